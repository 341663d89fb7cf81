--
-- attribution (kpi 1.1): kpi_contribution, kpi_rate_effect and
-- kpi_mix_effect, window functions that split the change of a pooled KPI
-- between the segments of a partition.  With W0, W1 a segment's share of
-- the KPI's denominator in each period, r0, r1 its KPI and R0, R1 the
-- pooled KPI:  rate = (W0 + W1)/2 (r1 - r0),
--              mix = (W1 - W0) ((r0 + r1)/2 - (R0 + R1)/2).
-- Every expected value is worked out by hand in the comment above it.
--

-- The tables of this test in a schema of their own: the earlier tests'
-- tables (answers, tickets, calls) stay in the database.
CREATE SCHEMA attribution;
SET search_path = attribution, public;

-- NPS from answers.  Team A: 10 answers before, 5 promoters and 2
-- detractors (NPS 30), 10 after, 6 and 1 (50).  Team B: 10 before, 2 and 5
-- (-30), 30 after, 6 and 15 (-30).  Pooled: before 7 - 7 over 20 = 0,
-- after 12 - 16 over 40 = -10; the change is -10.  W0 = 1/2, 1/2;
-- W1 = 1/4, 3/4; (R0 + R1)/2 = -5.
--   A: rate = 3/8 * 20 = 7.5;  mix = -1/4 * (40 - -5) = -11.25;  -3.75
--   B: rate = 0;               mix = 1/4 * (-30 - -5) = -6.25;   -6.25
-- and -3.75 + -6.25 = -10.
CREATE TABLE answers (team text, month int, score int);
INSERT INTO answers
SELECT 'A', 0, CASE WHEN i <= 5 THEN 10 WHEN i <= 7 THEN 0 ELSE 8 END FROM generate_series(1, 10) i
UNION ALL
SELECT 'A', 1, CASE WHEN i <= 6 THEN 10 WHEN i <= 7 THEN 0 ELSE 8 END FROM generate_series(1, 10) i
UNION ALL
SELECT 'B', 0, CASE WHEN i <= 2 THEN 10 WHEN i <= 7 THEN 0 ELSE 8 END FROM generate_series(1, 10) i
UNION ALL
SELECT 'B', 1, CASE WHEN i % 10 < 2 THEN 10 WHEN i % 10 < 7 THEN 0 ELSE 8 END FROM generate_series(1, 30) i;
SELECT nps(score) FILTER (WHERE month = 0) AS before,
       nps(score) FILTER (WHERE month = 1) AS after
FROM answers;
WITH teams AS (
  SELECT team, nps_state(score) FILTER (WHERE month = 0) AS before,
         nps_state(score) FILTER (WHERE month = 1) AS after
  FROM answers GROUP BY team)
SELECT team, kpi_value(before) AS nps_before, kpi_value(after) AS nps_after,
       kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM teams WINDOW w AS () ORDER BY team;

-- New and vanished segments, and one with nothing in either month.  X: 3
-- promoters and 1 detractor (50), then 2 and 2 (0).  Y is new: 4
-- promoters (100).  Z is gone: 2 passives and 2 detractors (-50), then an
-- empty state.  Q has neither.  Pooled: before X + Z = 3 - 3 over 8 = 0,
-- after X + Y = 6 - 2 over 8 = 50.  W0 = 1/2, 0, 1/2; W1 = 1/2, 1/2, 0;
-- (R0 + R1)/2 = 25.  Y and Z take their other month's NPS:
--   X: rate = 1/2 * (0 - 50) = -25;  mix = 0
--   Y: rate = 0;  mix = 1/2 * (100 - 25) = 37.5
--   Z: rate = 0;  mix = -1/2 * (-50 - 25) = 37.5
--   Q: 0, 0, 0;   and -25 + 37.5 + 37.5 = 50.
CREATE TABLE segments (region text, segment text, before nps_state, after nps_state);
INSERT INTO segments VALUES
  ('north', 'X', '(promoters=3,passives=0,detractors=1)', '(promoters=2,passives=0,detractors=2)'),
  ('north', 'Y', NULL, '(promoters=4,passives=0,detractors=0)'),
  ('north', 'Z', '(promoters=0,passives=2,detractors=2)', '(promoters=0,passives=0,detractors=0)'),
  ('north', 'Q', NULL, NULL),
-- A second partition, south: S alone, 1 promoter of 2 (50), then 1
-- detractor of 1 (-100): one segment has W0 = W1 = 1, so its mix is 0
-- and its rate the whole change, -150.
  ('south', 'S', '(promoters=1,passives=1,detractors=0)', '(promoters=0,passives=0,detractors=1)'),
-- A third, west: no answers before at all, so every row is NULL.
  ('west', 'V', NULL, '(promoters=1,passives=0,detractors=0)'),
  ('west', 'U', '(promoters=0,passives=0,detractors=0)', '(promoters=0,passives=0,detractors=1)');
SELECT region, segment,
       kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM segments WINDOW w AS (PARTITION BY region) ORDER BY region, segment;
-- The frame does not matter: the whole partition is read, like rank().
SELECT region, segment,
       kpi_contribution(before, after) OVER (PARTITION BY region ORDER BY segment) AS running,
       kpi_contribution(before, after) OVER (PARTITION BY region ORDER BY segment
         ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS one_row,
       kpi_mix_effect(before, after) OVER (PARTITION BY region ORDER BY segment DESC
         ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS empty_frame
FROM segments ORDER BY region, segment;
-- No rows: no output; one NULL row: NULL.
SELECT kpi_contribution(before, after) OVER () FROM segments WHERE false;
SELECT kpi_contribution(NULL::nps_state, NULL::nps_state) OVER ();

-- CSAT, in percentage points.  A: 8 of 10 satisfied (80%), then 9 of 10
-- (90%); B: 5 of 10 (50%), then 15 of 30 (50%).  Pooled 13/20 = 65%, then
-- 24/40 = 60%: -5.  W0 = 1/2, 1/2; W1 = 1/4, 3/4; (R0 + R1)/2 = 62.5.
--   A: rate = 3/8 * 10 = 3.75;  mix = -1/4 * (85 - 62.5) = -5.625;  -1.875
--   B: rate = 0;                mix = 1/4 * (50 - 62.5) = -3.125;   -3.125
WITH teams (team, before, after) AS (VALUES
  ('A', '(satisfied=8,responses=10)'::csat_state, '(satisfied=9,responses=10)'::csat_state),
  ('B', '(satisfied=5,responses=10)', '(satisfied=15,responses=30)'))
SELECT team, kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM teams WINDOW w AS () ORDER BY team;

-- Service level, in percentage points, with the abandoned after the
-- threshold in the denominator.  A: 6 of 8 + 2 within 20 s (60%), then 9
-- of 10 (90%); B is new: 5 of 10 (50%).  Pooled 60%, then 14/20 = 70%:
-- +10.  W0 = 1, 0; W1 = 1/2, 1/2; (R0 + R1)/2 = 65.
--   A: rate = 3/4 * 30 = 22.5;  mix = -1/2 * (75 - 65) = -5;    17.5
--   B: rate = 0;                mix = 1/2 * (50 - 65) = -7.5;   -7.5
WITH queues (queue, before, after) AS (VALUES
  ('A', '(threshold_us=20000000,answered=8,answered_within=6,abandoned_after=2)'::service_level_state,
        '(threshold_us=20000000,answered=10,answered_within=9,abandoned_after=0)'::service_level_state),
  ('B', NULL, '(threshold_us=20000000,answered=10,answered_within=5,abandoned_after=0)'))
SELECT queue, kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM queues WINDOW w AS () ORDER BY queue;

-- Ratings, in the scale's unit.  A on 1..5: 4 and 5 (4.5), then 3; B: 2
-- and 2, then 2, 2 and 2 (2).  Pooled 13/4 = 3.25, then 9/4 = 2.25: -1.
-- W0 = 1/2, 1/2; W1 = 1/4, 3/4; (R0 + R1)/2 = 2.75.
--   A: rate = 3/8 * -1.5 = -0.5625;  mix = -1/4 * (3.75 - 2.75) = -0.25;  -0.8125
--   B: rate = 0;                     mix = 1/4 * (2 - 2.75) = -0.1875;    -0.1875
-- B's scores are numeric with a decimal: the same scale, counted in tenths.
CREATE TABLE ratings (team text, month int, score numeric);
INSERT INTO ratings VALUES ('A', 0, 4), ('A', 0, 5), ('A', 1, 3),
  ('B', 0, 2.0), ('B', 0, 2.0), ('B', 1, 2.0), ('B', 1, 2.0), ('B', 1, 2.0);
WITH teams AS (
  SELECT team, rating_state(score, 1, 5) FILTER (WHERE month = 0) AS before,
         rating_state(score, 1.0, 5.0) FILTER (WHERE month = 1) AS after
  FROM ratings GROUP BY team)
SELECT team, kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM teams WINDOW w AS () ORDER BY team;

-- Churn, with a different period before (January 2026) and after
-- (February).  S1: 2 of 10 customers lost (20%), then 1 of 10 (10%); S2: 3
-- of 30 (10%), then 1 of 10 (10%).  Pooled 5/40 = 12.5%, then 2/20 = 10%:
-- -2.5.  W0 = 1/4, 3/4; W1 = 1/2, 1/2; (R0 + R1)/2 = 11.25.
--   S1: rate = 3/8 * -10 = -3.75;  mix = 1/4 * (15 - 11.25) = 0.9375;  -2.8125
--   S2: rate = 0;                  mix = -1/4 * (10 - 11.25) = 0.3125;  0.3125
-- (January: 1767225600 s since 1970 to 1769904000; February to 1772323200.)
CREATE TABLE churn_months (segment text, before churn_state, after churn_state);
INSERT INTO churn_months VALUES
  ('S1', '(period_from_us=1767225600000000,period_until_us=1769904000000000,base=10,churned=2,new=0)',
         '(period_from_us=1769904000000000,period_until_us=1772323200000000,base=10,churned=1,new=0)'),
  ('S2', '(period_from_us=1767225600000000,period_until_us=1769904000000000,base=30,churned=3,new=0)',
         '(period_from_us=1769904000000000,period_until_us=1772323200000000,base=10,churned=1,new=0)');
SELECT segment, kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM churn_months WINDOW w AS () ORDER BY segment;

-- One segment alone: its weight is 1 in both periods, so the rate effect
-- is the whole change and the mix effect 0, for each of the other types.
--   fcr 3/4 = 75% -> 1/2 = 50%: -25;  ces (2 + 4)/2 = 3 -> 5: +2;
--   utilization 1 h of 2 h = 50% -> 3 h of 4 h = 75%: +25;
--   occupancy 1 h / (1 h + 3 h) = 25% -> 1 h / 2 h = 50%: +25;
--   shrinkage 1 h of 8 h = 12.5% -> 2 h of 8 h = 25%: +12.5;
--   abandonment 2 of 10 offered = 20% -> 1 of 10 = 10%: -10.
WITH alone AS (
  SELECT '(resolved_first=3,tickets=4)'::fcr_state AS fcr0, '(resolved_first=1,tickets=2)'::fcr_state AS fcr1,
         (SELECT ces_state(s) FROM (VALUES (2), (4)) v(s)) AS ces0, (SELECT ces_state(5)) AS ces1,
         utilization_state('1 h', '2 h') AS util0, utilization_state('3 h', '4 h') AS util1,
         occupancy_state('1 h', '3 h') AS occ0, occupancy_state('1 h', '1 h') AS occ1,
         shrinkage_state('1 h', '8 h') AS shr0, shrinkage_state('2 h', '8 h') AS shr1,
         '(short_abandon_us=0,offered=10,abandoned=2,short_abandoned=0)'::abandonment_state AS ab0,
         '(short_abandon_us=0,offered=10,abandoned=1,short_abandoned=0)'::abandonment_state AS ab1)
SELECT kpi_rate_effect(fcr0, fcr1) OVER () AS fcr, kpi_mix_effect(fcr0, fcr1) OVER () AS fcr_mix,
       kpi_rate_effect(ces0, ces1) OVER () AS ces, kpi_mix_effect(ces0, ces1) OVER () AS ces_mix,
       kpi_contribution(util0, util1) OVER () AS utilization,
       kpi_contribution(occ0, occ1) OVER () AS occupancy,
       kpi_contribution(shr0, shr1) OVER () AS shrinkage,
       kpi_contribution(ab0, ab1) OVER () AS abandonment, kpi_mix_effect(ab0, ab1) OVER () AS ab_mix
FROM alone;

-- Durations come out in whole microseconds, and the contributions add up
-- to exactly the change of the two means as avg_handle_time rounds them.
-- A: 1, 1, 2 us (mean 4/3), then 2 us; B: 5 us, then 3 and 4 us (7/2).
-- Pooled 9/4 = 2.25 us, rounded 2, then 9/3 = 3 us: the change is 1 us
-- (0.75 exact).  W0 = 3/4, 1/4; W1 = 1/3, 2/3; (R0 + R1)/2 = 2.625.
--   A: rate = 13/24 * 2/3 = 13/36 = 0.36;  mix = -5/12 * (5/3 - 2.625) = 115/288;
--      contribution 219/288 = 0.76
--   B: rate = 11/24 * -3/2 = -0.6875;  mix = 5/12 * (4.25 - 2.625) = 65/96;
--      contribution -1/96 = -0.01
-- Rounded down, 0 and -1 add up to -1, 2 short of the rounded change: both
-- rows go up by one, to 1 and 0.  The rate effects round to 0 and -1; the
-- mix effects are the rest, 1 and 1.
CREATE TABLE calls (team text, month int, handle interval);
INSERT INTO calls VALUES ('A', 0, '1 us'), ('A', 0, '1 us'), ('A', 0, '2 us'), ('A', 1, '2 us'),
  ('B', 0, '5 us'), ('B', 1, '3 us'), ('B', 1, '4 us');
SELECT avg_handle_time(handle) FILTER (WHERE month = 0) AS before,
       avg_handle_time(handle) FILTER (WHERE month = 1) AS after
FROM calls;
WITH teams AS (
  SELECT team, aht_state(handle) FILTER (WHERE month = 0) AS before,
         aht_state(handle) FILTER (WHERE month = 1) AS after
  FROM calls GROUP BY team)
SELECT team, kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM teams WINDOW w AS () ORDER BY team;
-- ASA the same way, minutes: A answers 2 calls after 1 and 3 min (2 min),
-- then 1 after 1 min; B is new, 1 call after 4 min.  Pooled 2 min, then
-- 5/2 min: +30 s.  W0 = 1, 0; W1 = 1/2, 1/2; (R0 + R1)/2 = 2.25 min.
--   A: rate = 3/4 * -1 min = -45 s;  mix = -1/2 * (1.5 - 2.25) min = 22.5 s;  -22.5 s
--   B: rate = 0;  mix = 1/2 * (4 - 2.25) min = 52.5 s
-- Exact to the microsecond, with no rounding to do.
WITH queues AS (
  SELECT 'A' AS queue, (SELECT asa_state(w, false) FROM (VALUES ('1 min'::interval), ('3 min')) v(w)) AS before,
         asa_state('1 min', false) AS after
  UNION ALL
  SELECT 'B', NULL, asa_state('4 min', false))
SELECT queue, kpi_contribution(before, after) OVER w AS contribution,
       kpi_rate_effect(before, after) OVER w AS rate,
       kpi_mix_effect(before, after) OVER w AS mix
FROM queues WINDOW w AS () ORDER BY queue;

-- Means beyond 2^53 us, where a double no longer holds every microsecond:
-- A, 2^62 us then 2^62 + 600 us; B, 0 us in both.  Pooled 2^61, then 2^61
-- + 300: +300 us.  W = 1/2 throughout, so A: rate 1/2 * 600 = 300 us, mix
-- 0; B: 0.  (2^62 + 600 itself is no double: the difference of the means
-- must be taken before anything is rounded.)
SELECT team, kpi_contribution(b, a) OVER w AS contribution,
       kpi_rate_effect(b, a) OVER w AS rate, kpi_mix_effect(b, a) OVER w AS mix
FROM (VALUES
  ('A', '(contacts=1,handle_us=4611686018427387904,handle_us_squares=21267647932558653966460912964485513216)'::aht_state,
        '(contacts=1,handle_us=4611686018427388504,handle_us_squares=21267647932558659500484135077351358016)'::aht_state),
  ('B', '(contacts=1,handle_us=0,handle_us_squares=0)', '(contacts=1,handle_us=0,handle_us_squares=0)')) v(team, b, a)
WINDOW w AS () ORDER BY team;

-- Many segments: in every partition the contributions add up to the
-- change of the pooled KPI (to the last bits for NPS, exactly for AHT),
-- and rate + mix is the contribution.  Partitions are id % 3, segments
-- id % 7, periods id % 2; teams 5 and 6 of partition 0 are gone after, so
-- theirs is all mix: 2 such rows in partition 0, none elsewhere.
CREATE TABLE tickets AS
SELECT id % 3 AS region, id % 7 AS team, id % 2 AS month, t.*
FROM regress_tickets(30000) t
WHERE NOT (id % 3 = 0 AND id % 7 >= 5 AND id % 2 = 1);
CREATE VIEW team_months AS
SELECT region, team,
       nps_state(nps_score) FILTER (WHERE month = 0) AS nps0,
       nps_state(nps_score) FILTER (WHERE month = 1) AS nps1,
       aht_state(talk) FILTER (WHERE month = 0) AS aht0,
       aht_state(talk) FILTER (WHERE month = 1) AS aht1
FROM tickets GROUP BY region, team;
CREATE VIEW effects AS
SELECT region, team,
       kpi_contribution(nps0, nps1) OVER w AS nps, kpi_rate_effect(nps0, nps1) OVER w AS nps_rate,
       kpi_mix_effect(nps0, nps1) OVER w AS nps_mix,
       kpi_contribution(aht0, aht1) OVER w AS aht, kpi_rate_effect(aht0, aht1) OVER w AS aht_rate,
       kpi_mix_effect(aht0, aht1) OVER w AS aht_mix
FROM team_months WINDOW w AS (PARTITION BY region);
WITH pooled AS (
  SELECT region, nps(nps_score) FILTER (WHERE month = 1) - nps(nps_score) FILTER (WHERE month = 0) AS nps_change,
         avg_handle_time(talk) FILTER (WHERE month = 1) - avg_handle_time(talk) FILTER (WHERE month = 0) AS aht_change
  FROM tickets GROUP BY region),
sums AS (
  SELECT region, sum(nps) AS nps, sum(aht) AS aht,
         bool_and(nps_rate + nps_mix = nps AND aht_rate + aht_mix = aht) AS parts_add_up,
         count(*) FILTER (WHERE nps_rate = 0 AND aht_rate = interval '0') AS all_mix
  FROM effects GROUP BY region)
SELECT region, abs(s.nps - p.nps_change) < 1e-12 AS nps_adds_up, s.aht = p.aht_change AS aht_adds_up,
       parts_add_up, all_mix
FROM sums s JOIN pooled p USING (region) ORDER BY region;

-- States rolled up from daily states give the same answers as states from
-- the rows themselves.
CREATE TABLE daily AS
SELECT region, team, month, id % 30 AS day, nps_state(nps_score) AS nps, aht_state(talk) AS aht
FROM tickets GROUP BY region, team, month, day;
CREATE VIEW rolled_effects AS
SELECT region, team,
       kpi_contribution(nps0, nps1) OVER w AS nps, kpi_rate_effect(nps0, nps1) OVER w AS nps_rate,
       kpi_mix_effect(nps0, nps1) OVER w AS nps_mix,
       kpi_contribution(aht0, aht1) OVER w AS aht, kpi_rate_effect(aht0, aht1) OVER w AS aht_rate,
       kpi_mix_effect(aht0, aht1) OVER w AS aht_mix
FROM (SELECT region, team,
             nps_state(nps) FILTER (WHERE month = 0) AS nps0, nps_state(nps) FILTER (WHERE month = 1) AS nps1,
             aht_state(aht) FILTER (WHERE month = 0) AS aht0, aht_state(aht) FILTER (WHERE month = 1) AS aht1
      FROM daily GROUP BY region, team) t
WINDOW w AS (PARTITION BY region);
SELECT count(*) AS rows,
       count(*) FILTER (WHERE (r.nps, r.nps_rate, r.nps_mix, r.aht, r.aht_rate, r.aht_mix)
                     IS NOT DISTINCT FROM (e.nps, e.nps_rate, e.nps_mix, e.aht, e.aht_rate, e.aht_mix)) AS same
FROM rolled_effects r JOIN effects e USING (region, team);

-- A parallel plan (partial states in the workers, combined in the leader)
-- and a partitioned table give the same answers, bit for bit.
CREATE TABLE serial_effects AS SELECT * FROM effects;
-- whether a plan has a node (EXPLAIN's other lines differ between versions)
CREATE FUNCTION plan_has(query text, node text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
    IF line LIKE '%' || node || '%' THEN
      RETURN true;
    END IF;
  END LOOP;
  RETURN false;
END
$$;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
SELECT plan_has('SELECT * FROM effects', 'Partial') AS partial_states,
       plan_has('SELECT * FROM effects', 'Gather') AS gather;
SELECT count(*) AS rows, count(*) FILTER (WHERE (p.*)::text = (s.*)::text) AS same
FROM effects p JOIN serial_effects s USING (region, team);
RESET ALL;
SET search_path = attribution, public;
CREATE TABLE tickets_by_month (LIKE tickets) PARTITION BY LIST (month);
CREATE TABLE tickets_month0 PARTITION OF tickets_by_month FOR VALUES IN (0);
CREATE TABLE tickets_month1 PARTITION OF tickets_by_month FOR VALUES IN (1);
INSERT INTO tickets_by_month SELECT * FROM tickets;
SELECT count(*) AS rows, count(*) FILTER (WHERE (p.*)::text = (s.*)::text) AS same
FROM (SELECT region, team,
             kpi_contribution(nps0, nps1) OVER w AS nps, kpi_rate_effect(nps0, nps1) OVER w AS nps_rate,
             kpi_mix_effect(nps0, nps1) OVER w AS nps_mix,
             kpi_contribution(aht0, aht1) OVER w AS aht, kpi_rate_effect(aht0, aht1) OVER w AS aht_rate,
             kpi_mix_effect(aht0, aht1) OVER w AS aht_mix
      FROM (SELECT region, team,
                   nps_state(nps_score) FILTER (WHERE month = 0) AS nps0,
                   nps_state(nps_score) FILTER (WHERE month = 1) AS nps1,
                   aht_state(talk) FILTER (WHERE month = 0) AS aht0,
                   aht_state(talk) FILTER (WHERE month = 1) AS aht1
            FROM tickets_by_month GROUP BY region, team) t
      WINDOW w AS (PARTITION BY region)) p
JOIN serial_effects s USING (region, team);

-- Errors: states counted another way do not pool, 22023.
\set VERBOSITY sqlstate
-- service levels of 20 s and 30 s in one period,
SELECT kpi_contribution(b, a) OVER () FROM (VALUES
  ('(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)'::service_level_state,
   '(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)'::service_level_state),
  ('(threshold_us=30000000,answered=1,answered_within=1,abandoned_after=0)',
   '(threshold_us=30000000,answered=1,answered_within=1,abandoned_after=0)')) v(b, a);
-- or before and after,
SELECT kpi_rate_effect(b, a) OVER () FROM (VALUES
  ('(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)'::service_level_state,
   '(threshold_us=30000000,answered=1,answered_within=1,abandoned_after=0)'::service_level_state)) v(b, a);
-- short abandons of 5 s and none,
SELECT kpi_mix_effect(b, a) OVER () FROM (VALUES
  ('(short_abandon_us=5000000,offered=2,abandoned=1,short_abandoned=0)'::abandonment_state,
   '(short_abandon_us=0,offered=2,abandoned=1,short_abandoned=0)'::abandonment_state)) v(b, a);
-- ratings on 1..5 and 1..7,
SELECT kpi_contribution(b, a) OVER () FROM (VALUES
  ((SELECT rating_state(4, 1, 5)), (SELECT rating_state(4, 1, 5))),
  ((SELECT rating_state(4, 1, 7)), (SELECT rating_state(4, 1, 7)))) v(b, a);
-- a scale of 0..9e18 and one of 0..9.0 (too wide to bring to tenths:
-- still a scale conflict, not an overflow),
SELECT kpi_contribution(b, a) OVER () FROM (VALUES
  ('(low=0,high=9000000000000000000,decimals=0,responses=1,offset_sum=3,offset_squares=9)'::rating_state, NULL::rating_state),
  ('(low=0,high=90,decimals=1,responses=1,offset_sum=3,offset_squares=9)', NULL)) v(b, a);
-- churn of January and of February in the before states.
SELECT kpi_contribution(b, a) OVER () FROM (VALUES
  ('(period_from_us=1767225600000000,period_until_us=1769904000000000,base=10,churned=2,new=0)'::churn_state,
   NULL::churn_state),
  ('(period_from_us=1769904000000000,period_until_us=1772323200000000,base=10,churned=1,new=0)', NULL)) v(b, a);
\set VERBOSITY default
-- The message names the function, the rule and both values.
SELECT kpi_rate_effect(b, a) OVER () FROM (VALUES
  ('(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)'::service_level_state,
   '(threshold_us=30000000,answered=1,answered_within=1,abandoned_after=0)'::service_level_state)) v(b, a);
-- The empty state that no rows make (threshold -1) pools with states of
-- any threshold: 1 of 2 (50%), then 1 of 1 (100%): +50 and 0.
SELECT kpi_contribution(b, a) OVER () FROM (VALUES
  ('(threshold_us=20000000,answered=2,answered_within=1,abandoned_after=0)'::service_level_state,
   '(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)'::service_level_state),
  ('(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
   '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)')) v(b, a);
