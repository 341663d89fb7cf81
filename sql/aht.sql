--
-- avg_handle_time(handle interval)
-- avg_handle_time(talk interval, hold interval, after_call_work interval)
-- mean handle time, rounded half up to the microsecond, all in the time field
--

-- 5 min + 7 min + 3 min 30 s = 930 s; 930 / 3 = 310 s = 00:05:10
SELECT avg_handle_time(h) FROM (VALUES ('5 min'::interval), ('7 min'), ('3 min 30 s')) v(h);

-- 1 s + 2 s + 2 s = 5 s; 5 / 3 = 1.6666666... s -> 1.666667 s
SELECT avg_handle_time(h) FROM (VALUES ('1 s'::interval), ('2 s'), ('2 s')) v(h);

-- Half a microsecond rounds up: (1 + 2) / 2 = 1.5 us -> 2 us
SELECT avg_handle_time(h) FROM (VALUES ('0.000001 s'::interval), ('0.000002 s')) v(h);

-- A day is 24 h and a month 30 days: (86400 s + 2592000 s) / 2 = 1339200 s
-- = 372 h, reported in the time field, not as days.
SELECT avg_handle_time(h) FROM (VALUES ('1 day'::interval), ('1 mon')) v(h);

-- Whole years count 365.25 days, as EXTRACT(EPOCH FROM interval) does:
-- 1 year = 8766 hours, 1 year 1 mon = 8766 + 720 = 9486 hours.
SELECT avg_handle_time('1 year'::interval) AS year,
       avg_handle_time('1 year 1 mon'::interval) AS year_and_month,
       extract(epoch FROM interval '1 year') / 3600 AS epoch_hours;

-- Mixed signs inside one interval are fine when the total is not negative:
-- 1 day - 1 hour = 23 h
SELECT avg_handle_time('1 day -1 hour'::interval);

-- NULLs ignored: (4 min + 6 min) / 2 = 5 min
SELECT avg_handle_time(h) FROM (VALUES ('4 min'::interval), (NULL), ('6 min')) v(h);

-- Three parts: (4 min + 1 min + 30 s) = 330 s and (6 min + 0 + 90 s) = 450 s;
-- (330 + 450) / 2 = 390 s = 00:06:30.  The row with a NULL part is ignored.
SELECT avg_handle_time(talk, hold, acw)
FROM (VALUES ('4 min'::interval, '1 min'::interval, '30 s'::interval),
             ('6 min', '0', '90 s'),
             ('9 min', NULL, '1 min')) v(talk, hold, acw);

-- Single rows, empty and all-NULL groups.
SELECT avg_handle_time('2 min 3 s'::interval) AS one,
       avg_handle_time('1 min'::interval, '2 min', '3 min') AS parts;
SELECT avg_handle_time(h) FROM (VALUES ('1 s'::interval)) v(h) WHERE false;
SELECT avg_handle_time(h) FROM (VALUES (NULL::interval)) v(h);
SELECT avg_handle_time(t, t, t) FROM (VALUES (NULL::interval)) v(t);

-- Grouped: a = {2 min, 4 min} -> 3 min; b = {10 s} -> 10 s
SELECT grp, avg_handle_time(h)
FROM (VALUES ('a', '2 min'::interval), ('b', '10 s'), ('a', '4 min')) v(grp, h)
GROUP BY grp ORDER BY grp;

-- Negative durations are errors, in every argument.
SELECT avg_handle_time(h) FROM (VALUES ('1 min'::interval), ('-1 s')) v(h);
SELECT avg_handle_time('1 hour -2 days'::interval);
SELECT avg_handle_time('1 min'::interval, '-1 min', '1 min');
SELECT avg_handle_time('1 min'::interval, '1 min', '-0.000001 s');
SELECT avg_handle_time('-1 min'::interval, '1 min', '1 min');

-- 380,000 years (380000 * 365.25 * 86400 * 10^6 = 11991888000000000000
-- microseconds) is a valid interval, its square fits the state's sum of
-- squares (below 2^127), but the mean does not fit in the interval's time
-- field (2^63 microseconds, about 292,000 years): an error.
SELECT avg_handle_time('380000 years'::interval);
-- 178,000,000 years is a valid interval but its square does not fit in
-- 2^127 square microseconds (a duration may be up to about 413,000 years).
SELECT avg_handle_time('178000000 years'::interval);

-- State functions: 200 s + 400 s is (2, 600 s, (4 + 16) * 10^16 us^2),
-- 300 s is (1, 300 s, 9 * 10^16): together (3, 900 s, 29 * 10^16) -> 300 s
SELECT aht_state_combine('(contacts=2,handle_us=600000000,handle_us_squares=200000000000000000)',
                         '(contacts=1,handle_us=300000000,handle_us_squares=90000000000000000)');
SELECT aht_final('(contacts=3,handle_us=900000000,handle_us_squares=290000000000000000)');
-- 1 s: (1, 10^6, 10^12); 1 + 2 + 3 s = 6 s: (1, 6 * 10^6, 36 * 10^12);
-- 2 s out of {2 s, 3 s} = (2, 5 * 10^6, 13 * 10^12): (1, 3 * 10^6, 9 * 10^12)
SELECT aht_accum('(contacts=0,handle_us=0,handle_us_squares=0)', '1 s'),
       aht_parts_accum('(contacts=0,handle_us=0,handle_us_squares=0)', '1 s', '2 s', '3 s'),
       aht_retract('(contacts=2,handle_us=5000000,handle_us_squares=13000000000000)', '2 s');
