--
-- utilization(busy interval, scheduled interval): 100 * sum(busy) / sum(scheduled)
--

-- (6 h + 7 h) / (8 h + 8 h) = 13 / 16 = 81.25; the row with a NULL is ignored.
SELECT utilization(busy, scheduled)
FROM (VALUES ('6 hours'::interval, '8 hours'::interval),
             ('7 hours', '8 hours'),
             (NULL, '8 hours')) v(busy, scheduled);

-- Overtime: busy 9 h of 8 h scheduled = 112.5, not clamped.
SELECT utilization('9 hours'::interval, '8 hours'::interval);

-- 1 h of 3 h = 33.333...
SELECT utilization('1 hour'::interval, '3 hours'::interval);

-- Nothing scheduled: a zero denominator, NULL.  Empty and all-NULL: NULL.
SELECT utilization('1 hour'::interval, '0'::interval);
SELECT utilization(b, s) FROM (VALUES ('1 h'::interval, '1 h'::interval)) v(b, s) WHERE false;
SELECT utilization(b, s) FROM (VALUES (NULL::interval, '1 h'::interval)) v(b, s);

-- Grouped: a = 4 h / 8 h = 50; b = 30 min / 40 min = 75
SELECT agent, utilization(busy, scheduled)
FROM (VALUES ('a', '4 hours'::interval, '8 hours'::interval),
             ('b', '30 min', '40 min')) v(agent, busy, scheduled)
GROUP BY agent ORDER BY agent;

-- Negative durations are errors.
SELECT utilization('-1 hour'::interval, '8 hours'::interval);
SELECT utilization('1 hour'::interval, '-8 hours'::interval);

-- State functions: (1 h, 2 h) + (2 h, 2 h) = (3 h, 4 h) -> 75
SELECT utilization_state_combine('(busy_us=3600000000,scheduled_us=7200000000)',
                                 '(busy_us=7200000000,scheduled_us=7200000000)');
SELECT utilization_final('(busy_us=10800000000,scheduled_us=14400000000)');
SELECT utilization_accum('(busy_us=0,scheduled_us=0)', '1 s', '2 s'),
       utilization_retract('(busy_us=3000000,scheduled_us=4000000)', '1 s', '2 s');
