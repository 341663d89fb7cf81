--
-- shrinkage(unavailable interval, paid interval): 100 * sum(unavailable) / sum(paid)
--

-- A week of two agents: 40 h paid each; one was off sick 8 h and in
-- training 2 h, the other had 4 h of meetings.  (8 + 2 + 4) / 80 = 14 / 80
-- = 17.5; the row with a NULL is ignored.
SELECT shrinkage(unavailable, paid)
FROM (VALUES ('8 hours'::interval, '40 hours'::interval),
             ('2 hours', '0'),
             ('4 hours', '40 hours'),
             (NULL, '40 hours')) v(unavailable, paid);

-- "At most 2% sick leave": 1 sick day in 50 working days of 8 h = 8 / 400 = 2.
SELECT shrinkage('8 hours'::interval, '400 hours'::interval) AS sick_leave,
       kpi_met(shrinkage('8 hours'::interval, '400 hours'::interval), '<= 2%') AS met;

-- 1 h of 3 h = 33.333...; all of it = 100; none = 0.
SELECT shrinkage('1 hour'::interval, '3 hours'::interval) AS third,
       shrinkage('3 hours'::interval, '3 hours'::interval) AS all_of_it,
       shrinkage('0'::interval, '3 hours'::interval) AS none;

-- Nothing paid: a zero denominator, NULL.  Empty and all-NULL: NULL.
SELECT shrinkage('0'::interval, '0'::interval);
SELECT shrinkage(u, p) FROM (VALUES ('1 h'::interval, '1 h'::interval)) v(u, p) WHERE false;
SELECT shrinkage(u, p) FROM (VALUES (NULL::interval, '1 h'::interval)) v(u, p);

-- Grouped: a = 6 h / 40 h = 15; b = 12 h / 32 h = 37.5
SELECT agent, shrinkage(unavailable, paid)
FROM (VALUES ('a', '6 hours'::interval, '40 hours'::interval),
             ('b', '12 hours', '32 hours')) v(agent, unavailable, paid)
GROUP BY agent ORDER BY agent;

-- Negative durations are errors.  Unavailable time beyond the paid time
-- is not clamped: 9 h / 8 h = 112.5 tells that the data do not add up.
SELECT shrinkage('-1 hour'::interval, '8 hours'::interval);
SELECT shrinkage('1 hour'::interval, '-8 hours'::interval);
SELECT shrinkage('9 hours'::interval, '8 hours'::interval);

-- State functions: (1 h, 4 h) + (2 h, 4 h) = (3 h, 8 h) -> 37.5
SELECT shrinkage_state_combine('(unavailable_us=3600000000,paid_us=14400000000)',
                               '(unavailable_us=7200000000,paid_us=14400000000)');
SELECT shrinkage_final('(unavailable_us=10800000000,paid_us=28800000000)');
SELECT shrinkage_accum('(unavailable_us=0,paid_us=0)', '1 s', '2 s'),
       shrinkage_retract('(unavailable_us=3000000,paid_us=4000000)', '1 s', '2 s');
-- Removing what the state did not hold: (1 s, 4 s) - (2 s, 0) would leave
-- a negative sum, an error.
SELECT shrinkage_state_subtract('(unavailable_us=1000000,paid_us=4000000)',
                                '(unavailable_us=2000000,paid_us=0)');
-- Rollup: kpi_value and kpi_counts of a state, and the state of states.
-- Days (1 h, 8 h) and (3 h, 8 h): 4 / 16 = 25.
SELECT kpi_value(s), kpi_counts(s)
FROM (SELECT shrinkage_state(u, p) AS s
      FROM (VALUES ('1 hour'::interval, '8 hours'::interval), ('3 hours', '8 hours')) v(u, p)) t;
SELECT shrinkage(s) AS from_states, shrinkage_state(s) AS merged
FROM (SELECT day, shrinkage_state(u, p) AS s
      FROM (VALUES (1, '1 hour'::interval, '8 hours'::interval), (2, '3 hours', '8 hours')) v(day, u, p)
      GROUP BY day) d;
-- Text input: more unavailable than paid time is a state rows can give;
-- negative sums and fields out of order are rejected.
SELECT '(unavailable_us=2,paid_us=1)'::shrinkage_state;
SELECT '(unavailable_us=-1,paid_us=1)'::shrinkage_state;
SELECT '(paid_us=1,unavailable_us=2)'::shrinkage_state;
-- A sliding frame: 1 h / 8 h, 3 h / 8 h, 0 / 4 h with the previous row:
-- {1/8} -> 12.5; {1+3 / 16} -> 25; {3+0 / 12} -> 25
SELECT i, shrinkage(u, p) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM (VALUES (1, '1 hour'::interval, '8 hours'::interval), (2, '3 hours', '8 hours'),
             (3, '0', '4 hours')) v(i, u, p)
ORDER BY i;

-- The shrinkage argument of erlang_c_agents and erlang_a_agents (review,
-- issue 29): a percent of at least 0 and below 100, which is then taken
-- to nine decimals, 100 - shrinkage rounded to the nearest 10^-9 (half
-- away from zero), so that 99.9 is the decimal 99.9 and not the double
-- 99.900000000000006 (14 agents: 14,000 scheduled, not 14,001).  So a
-- shrinkage that rounds to 100 at nine decimals is refused too (22023),
-- whatever the calls: 99.9999999994 leaves 10^-9 percent available and
-- no calls need 0 agents; 99.9999999995 (the double 99.999999999500005,
-- leaving 0.49999 * 10^-9) and 99.9999999999 are refused.  Between,
-- 30.0000000004 is 30 (14 on the phones: ceil(14 / 0.7) = 20 scheduled)
-- while 30.000000001 is not: ceil(1400 / 69.999999999) = ceil(20.0000000003)
-- = 21.  With 14 agents on the phones 99.9999999994 asks for 14 * 100 /
-- 10^-9 = 1.4 * 10^12 scheduled: beyond integer, 22003.
SELECT erlang_c_agents(0, '3 min', '30 min', '>= 80%', '20 s', 100, 99.9999999994) AS no_calls,
       erlang_c_agents(100, '3 min', '30 min', '>= 80%', '20 s', 100, 30.0000000004) AS nine_decimals,
       erlang_c_agents(100, '3 min', '30 min', '>= 80%', '20 s', 100, 30.000000001) AS ninth_decimal,
       erlang_a_agents(0, '3 min', '30 min', '2 min', '>= 80%', '20 s', 100, 99.9999999994) AS erlang_a_no_calls;
SELECT erlang_c_agents(0, '3 min', '30 min', '>= 80%', '20 s', 100, 99.9999999995);
SELECT erlang_c_agents(0, '3 min', '30 min', '>= 80%', '20 s', 100, 99.9999999999);
SELECT erlang_a_agents(0, '3 min', '30 min', '2 min', '>= 80%', '20 s', 100, 99.9999999999);
SELECT erlang_c_agents(100, '3 min', '30 min', '>= 80%', '20 s', 100, 99.9999999994);
SELECT erlang_c_agents(100, '3 min', '30 min', '>= 80%', '20 s', 100, 100);
