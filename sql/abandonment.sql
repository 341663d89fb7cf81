--
-- abandonment_rate(abandoned boolean): 100 * abandoned / offered
-- abandonment_rate(abandoned boolean, wait interval, short_abandon interval):
--   short abandons (wait < short_abandon) left out of both counts
--

-- t, f, f, f -> 100 * 1 / 4 = 25; the NULL is ignored.
SELECT abandonment_rate(abandoned)
FROM (VALUES (true), (false), (false), (false), (NULL)) v(abandoned);

-- Short-abandon limit 5 s:
--   abandoned after 2 s: short, left out
--   abandoned after 5 s (not below the limit) and 30 s: counted -> 2
--   answered after 1 s, 10 s, 3 s: offered                      -> 3
-- 100 * 2 / (2 + 3) = 40
SELECT abandonment_rate(abandoned, wait, '5 s')
FROM (VALUES (true, '2 s'::interval), (true, '5 s'), (true, '30 s'),
             (false, '1 s'), (false, '10 s'), (false, '3 s'),
             (true, NULL)) v(abandoned, wait);

-- Single rows; only short abandons leave nothing: NULL.
SELECT abandonment_rate(true) AS yes, abandonment_rate(false) AS no,
       abandonment_rate(true, '1 s'::interval, '5 s'::interval) AS short_only,
       abandonment_rate(false, '1 s'::interval, '5 s'::interval) AS answered;

-- Empty and all-NULL groups.
SELECT abandonment_rate(a) FROM (VALUES (true)) v(a) WHERE false;
SELECT abandonment_rate(a) FROM (VALUES (NULL::boolean)) v(a);
SELECT abandonment_rate(true, w, '5 s') FROM (VALUES (NULL::interval)) v(w);

-- Grouped: chat 1 of 3 = 33.333...; phone 2 of 2 = 100
SELECT queue, abandonment_rate(abandoned)
FROM (VALUES ('chat', true), ('chat', false), ('chat', false),
             ('phone', true), ('phone', true)) v(queue, abandoned)
GROUP BY queue ORDER BY queue;

-- A short-abandon limit that changes within a group, negative waits and
-- negative limits are errors.
SELECT abandonment_rate(true, '10 s'::interval, s)
FROM (VALUES ('5 s'::interval), ('10 s')) v(s);
SELECT abandonment_rate(false, '-1 s'::interval, '5 s'::interval);
SELECT abandonment_rate(true, '1 s'::interval, '-5 s'::interval);

-- State functions.  The one-argument form is the same KPI with a limit of
-- zero, so its state carries short_abandon_us=0.
-- (4, 2, 1) + (6, 1, 0) = (10, 3, 1) -> 100 * (3 - 1) / (10 - 1) = 22.222...
SELECT abandonment_state_combine(
  '(short_abandon_us=5000000,offered=4,abandoned=2,short_abandoned=1)',
  '(short_abandon_us=5000000,offered=6,abandoned=1,short_abandoned=0)');
SELECT abandonment_final('(short_abandon_us=5000000,offered=10,abandoned=3,short_abandoned=1)');
SELECT abandonment_accum('(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)', true),
       abandonment_short_accum('(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)', true, '2 s', '5 s'),
       abandonment_short_retract('(short_abandon_us=5000000,offered=1,abandoned=1,short_abandoned=1)', true, '2 s', '5 s'),
       abandonment_retract('(short_abandon_us=0,offered=2,abandoned=1,short_abandoned=0)', false);
-- A rollup of the one-argument form cannot merge with a 5 s limit.
SELECT abandonment_state_combine(
  '(short_abandon_us=0,offered=4,abandoned=2,short_abandoned=0)',
  '(short_abandon_us=5000000,offered=6,abandoned=1,short_abandoned=0)');
