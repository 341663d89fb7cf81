--
-- service_level(wait interval, threshold interval):
--   100 * contacts with wait <= threshold / contacts
-- service_level(wait interval, abandoned boolean, threshold interval):
--   100 * answered within threshold / (answered + abandoned after threshold)
--

-- Waits 5 s, 20 s (on the threshold counts as within), 21 s, 60 s with a
-- 20 s threshold: 2 of 4 = 50.  The NULL wait is ignored.
SELECT service_level(wait, '20 s')
FROM (VALUES ('5 s'::interval), ('20 s'), ('21 s'), ('60 s'), (NULL)) v(wait);

-- With abandons, threshold 20 s:
--   answered 10 s, 20 s within; 30 s late             -> answered 3, within 2
--   abandoned after 5 s: hung up before the goal was missed, not counted
--   abandoned after 25 s and 40 s: count against       -> abandoned after 2
-- 100 * 2 / (3 + 2) = 40
SELECT service_level(wait, abandoned, '20 s')
FROM (VALUES ('10 s'::interval, false), ('20 s', false), ('30 s', false),
             ('5 s', true), ('25 s', true), ('40 s', true),
             ('1 s', NULL)) v(wait, abandoned);

-- The same rows without the abandoned flag: every row is a contact, 4 of 7
-- waited 20 s or less: 100 * 4 / 7 = 57.142857...
SELECT service_level(wait, '20 s')
FROM (VALUES ('10 s'::interval), ('20 s'), ('30 s'), ('5 s'), ('25 s'),
             ('40 s'), ('1 s')) v(wait);

-- Single rows; a group with only early abandons has a zero denominator.
SELECT service_level('20 s'::interval, '20 s'::interval) AS on_goal,
       service_level('20.000001 s'::interval, '20 s'::interval) AS late,
       service_level('1 min'::interval, true, '20 s'::interval) AS late_abandon,
       service_level('5 s'::interval, true, '20 s'::interval) AS early_abandon;

-- Empty and all-NULL groups, and a NULL threshold: no data.
SELECT service_level(w, '20 s') FROM (VALUES ('1 s'::interval)) v(w) WHERE false;
SELECT service_level(w, '20 s') FROM (VALUES (NULL::interval)) v(w);
SELECT service_level('1 s'::interval, NULL::interval);

-- Each group has its own threshold: chat 1 min -> 2 of 3 = 66.666...;
-- phone 20 s -> 1 of 2 = 50
SELECT queue, service_level(wait, threshold)
FROM (VALUES ('chat', '30 s'::interval, '1 min'::interval),
             ('chat', '50 s', '1 min'),
             ('chat', '70 s', '1 min'),
             ('phone', '10 s', '20 s'),
             ('phone', '30 s', '20 s')) v(queue, wait, threshold)
GROUP BY queue ORDER BY queue;

-- A threshold that changes within a group is an error, so is a negative
-- wait or threshold.
SELECT service_level(wait, threshold)
FROM (VALUES ('1 s'::interval, '20 s'::interval), ('2 s', '30 s')) v(wait, threshold);
SELECT service_level('-1 s'::interval, '20 s'::interval);
SELECT service_level('1 s'::interval, '-20 s'::interval);
SELECT service_level('1 s'::interval, false, '-20 s'::interval);
SELECT service_level('1 s'::interval, '300000 years'::interval);

-- State functions.  Threshold 20 s = 20000000 us.
-- (3, 2, 1) + (2, 2, 0) = (5, 4, 1) -> 100 * 4 / (5 + 1) = 66.666...
SELECT service_level_state_combine(
  '(threshold_us=20000000,answered=3,answered_within=2,abandoned_after=1)',
  '(threshold_us=20000000,answered=2,answered_within=2,abandoned_after=0)');
SELECT service_level_final('(threshold_us=20000000,answered=5,answered_within=4,abandoned_after=1)');
-- An empty state (threshold -1) merges with any threshold.
SELECT service_level_state_combine(
  '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
  '(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)');
-- States built with different thresholds do not mix.
SELECT service_level_state_combine(
  '(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)',
  '(threshold_us=30000000,answered=1,answered_within=1,abandoned_after=0)');
SELECT service_level_accum('(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)', '25 s', '20 s'),
       service_level_abandon_accum('(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)', '25 s', true, '20 s'),
       service_level_abandon_retract('(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)', '5 s', false, '20 s'),
       service_level_retract('(threshold_us=20000000,answered=1,answered_within=0,abandoned_after=0)', '25 s', '20 s');
