--
-- occupancy(handle interval, idle interval): 100 * sum(handle) / (sum(handle) + sum(idle))
--

-- handle 45 + 30 = 75 min, idle 15 + 30 = 45 min: 100 * 75 / 120 = 62.5
SELECT occupancy(handle, idle)
FROM (VALUES ('45 min'::interval, '15 min'::interval),
             ('30 min', '30 min'),
             ('10 min', NULL)) v(handle, idle);

-- All idle 0, all busy 100; 1 of 3 = 33.333...
SELECT occupancy('0'::interval, '1 hour'::interval) AS idle,
       occupancy('1 hour'::interval, '0'::interval) AS busy,
       occupancy('1 hour'::interval, '2 hours'::interval) AS third;

-- No on-queue time at all: NULL.  Empty and all-NULL groups: NULL.
SELECT occupancy('0'::interval, '0'::interval);
SELECT occupancy(h, i) FROM (VALUES ('1 h'::interval, '1 h'::interval)) v(h, i) WHERE false;
SELECT occupancy(h, i) FROM (VALUES ('1 h'::interval, NULL::interval)) v(h, i);

-- Grouped: a = 50 / (50 + 10) = 83.333...; b = 20 / (20 + 20) = 50
SELECT agent, occupancy(handle, idle)
FROM (VALUES ('a', '50 min'::interval, '10 min'::interval),
             ('b', '20 min', '20 min')) v(agent, handle, idle)
GROUP BY agent ORDER BY agent;

-- Negative durations are errors.
SELECT occupancy('-1 min'::interval, '1 min'::interval);
SELECT occupancy('1 min'::interval, '-1 min'::interval);

-- State functions: (3 s, 1 s) + (0, 4 s) = (3 s, 5 s) -> 100 * 3 / 8 = 37.5
SELECT occupancy_state_combine('(handle_us=3000000,idle_us=1000000)',
                               '(handle_us=0,idle_us=4000000)');
SELECT occupancy_final('(handle_us=3000000,idle_us=5000000)');
SELECT occupancy_accum('(handle_us=0,idle_us=0)', '1 s', '2 s'),
       occupancy_retract('(handle_us=3000000,idle_us=4000000)', '1 s', '2 s');
