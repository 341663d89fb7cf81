--
-- target: the kpi_target type, the kpi_status enum, and evaluating KPI
-- values against targets.
--

-- The seed examples and the issue's examples parse, with the unit and
-- direction the comparator and goal imply; output is canonical.
-- kpi_goal gives durations in seconds: 1 min = 60, 8 hours = 28800,
-- 6 min = 360, 8 min = 480.
SELECT t AS literal, t::kpi_target AS canonical, kpi_unit(t::kpi_target),
       kpi_direction(t::kpi_target), kpi_goal(t::kpi_target), kpi_warning(t::kpi_target)
FROM (VALUES ('> 7'), ('< 1 min'), ('< 8 hours'), ('> 8'), ('< 6 min'), ('<= 5%'),
             ('<= 2%'), ('>= 80%'), ('>= 80% warn 70%'), ('< 6 min warn 8 min'),
             ('>= 30 warn 20'), ('>= -12.5')) v(t);

-- Case and spacing are free; durations take any interval input form and
-- short units: 20s = 20 s, 00:01:00 = 1 min, 1.5 h = 1 hour 30 min,
-- PT1M30S = 90 s, 2 days 3 hours, 0.25 s.
SELECT t AS literal, t::kpi_target AS canonical
FROM (VALUES ('>=80%WARN 70%'), ('  <   6 MIN   Warn   8 min  '), ('< 20s'),
             ('< 00:01:00'), ('< 1.5 h'), ('< PT1M30S'), ('<= 2 days 3 hours'),
             ('< 0.25 s'), ('> 1e3'), ('>= 0 warn -1'), ('< 0 s')) v(t);

-- The canonical form round-trips exactly.
SELECT t, t::kpi_target::text::kpi_target = t::kpi_target AS round_trip,
       t::kpi_target::text = t::kpi_target::text::kpi_target::text AS stable
FROM (VALUES ('>= 80% warn 70%'), ('< 6 min warn 8 min'), ('> 0.1'),
             ('< 1 hour 30 min 0.000001 s'), ('>= 33.333333333333336%')) v(t);

-- Malformed literals: SQLSTATE 22P02 with the text, what is wrong, and a
-- valid form in the hint.
\set VERBOSITY default
SELECT '7'::kpi_target;
SELECT '= 7'::kpi_target;
SELECT '>'::kpi_target;
SELECT '> 7 warn'::kpi_target;
SELECT '> seven'::kpi_target;
SELECT '> 7 warn 8'::kpi_target;
SELECT '>= 7 warn 7'::kpi_target;
SELECT '< 6 min warn 5 min'::kpi_target;
SELECT '< 6 min warn 7%'::kpi_target;
SELECT '>= 80% warn 70'::kpi_target;
SELECT '< -1 min'::kpi_target;
SELECT '> NaN'::kpi_target;
SELECT '> Infinity'::kpi_target;
SELECT '> 1e400'::kpi_target;
SELECT '> 0x10'::kpi_target;
SELECT '>= %'::kpi_target;
SELECT '> 7 x'::kpi_target;
\set VERBOSITY terse
-- every one of those is invalid_text_representation:
DO $$
DECLARE
  literal text;
  failures int := 0;
BEGIN
  FOREACH literal IN ARRAY ARRAY['7', '= 7', '>', '> 7 warn', '> seven', '> 7 warn 8',
      '>= 7 warn 7', '< 6 min warn 5 min', '< 6 min warn 7%', '>= 80% warn 70',
      '< -1 min', '> NaN', '> Infinity', '> 1e400', '> 0x10', '>= %', '> 7 x'] LOOP
    BEGIN
      PERFORM literal::kpi_target;
    EXCEPTION WHEN invalid_text_representation THEN
      failures := failures + 1;
    END;
  END LOOP;
  RAISE NOTICE '% of 17 literals rejected with 22P02', failures;
END
$$;
\set VERBOSITY default

-- Typos that interval input would read as durations (issue 29).  It reads
-- a number without a unit at the end of a duration as seconds, and knows
-- one-letter units ("w" is a week), so '> 30 w 20' (meant: > 30 warn 20)
-- would be 30 weeks 20 seconds, "> 210 days 20 s"; '< 1 h 30' would be
-- "< 1 hour 30 s" and '< 6 min 8' "< 6 min 8 s".  Every number of a
-- duration must carry its unit (or be part of a clock time), so each of
-- these is 22P02 with the unitless number in DETAIL; the hint asks for
-- "warn" when a word starting with w comes before it in the goal, and for
-- a unit otherwise.  The same in a warning threshold (8 min 30), after
-- "@" (PostgreSQL's own prefix), after a clock time (02:00 5) and in ISO
-- 8601 (P1DT2, which interval input reads as 1 day 2 hours), between two
-- numbers (1 2 min) and joined to a unit (1h30, 1 hour 30 s to interval
-- input).
CREATE FUNCTION target_problem(literal text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  detail text;
  hint text;
BEGIN
  RETURN 'accepted: ' || literal::kpi_target::text;
EXCEPTION WHEN invalid_text_representation THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN '22P02: ' || detail || ' HINT: ' || hint;
END $$;
SELECT t AS literal, target_problem(t) AS outcome
FROM (VALUES ('> 30 w 20'), ('< 1 h 30'), ('< 6 min 8'), ('> 30 wa 20'),
             ('< 6 min warn 8 min 30'), ('< 1 day 2'), ('< @ 1 min 20'),
             ('< 1 day 02:00 5'), ('< P1DT2'), ('< 1 2 min'), ('< 1h30')) v(t);

-- Two more mistakes get their place and a hint: a second "warn", and a
-- warning threshold of another unit than the goal's (8 after 6 min).
SELECT t AS literal, target_problem(t) AS outcome
FROM (VALUES ('> 7 warn 5 warn 3'), ('< 6 min warn 8')) v(t);

-- The forms that stay valid: units of one letter or more, written apart
-- or joined to the number, clock times, a number of days before a clock
-- time (SQL's "3 4:05:06" = 3 days 4 hours 5 min 6 s), ISO 8601.
-- 1 day 02:00:00 = 1 day 2 hours; 30 w = 30 x 7 = 210 days; 1.5 h = 1
-- hour 30 min; PT1M30S = 90 s; P1DT2H = 1 day 2 hours.
SELECT t AS literal, target_problem(t) AS outcome
FROM (VALUES ('< 1 day 02:00:00'), ('< 1 h'), ('< 20s'), ('< PT1M30S'),
             ('< 1 h 30 min'), ('< 30 w'), ('< 3 4:05:06'), ('< 1.5 h'),
             ('< P1DT2H'), ('< 6 min warn 8 min 30 s'), ('> 30 warn 20'),
             ('< @ 1 min 20 s')) v(t);

-- A duration that comes to nothing although it was not written as zero
-- is 22P02: interval input keeps whole microseconds and rounds 0.0000004
-- s (0.4 us) to 0, so the goal '< 0.0000004 s' would be "< 0 s", which
-- nothing meets; 1 min -60 s adds up to 0; 'PT' has no number at all and
-- reads as 0; in a warning threshold too ('> 1 s warn 0.0000001 s' would
-- be "> 1 s warn 0 s").  A duration written as zero stays valid (0 s, 00:00:00,
-- PT0S, 0.000 min), and 0.0000006 s rounds to 1 us, not to nothing.
SELECT t AS literal, target_problem(t) AS outcome
FROM (VALUES ('< 0.0000004 s'), ('<= PT'), ('< 1 min -60 s'),
             ('> 1 s warn 0.0000001 s'), ('<= 0 s'), ('< 00:00:00'),
             ('< PT0S'), ('<= 0.000 min'), ('< 0.0000006 s')) v(t);
DROP FUNCTION target_problem(text);

-- Status at exactly the goal and exactly the warning threshold, for each
-- comparator.  >= and <= include the bound, > and < exclude it.
SELECT target, value, kpi_status(value, target::kpi_target), kpi_met(value, target::kpi_target)
FROM (VALUES ('>= 80 warn 70', 80.0), ('>= 80 warn 70', 79.9), ('>= 80 warn 70', 70.0),
             ('>= 80 warn 70', 69.9),
             ('> 80 warn 70', 80.0), ('> 80 warn 70', 70.0), ('> 80 warn 70', 70.1),
             ('> 80 warn 70', 80.1),
             ('<= 5 warn 8', 5.0), ('<= 5 warn 8', 8.0), ('<= 5 warn 8', 8.1),
             ('< 5 warn 8', 5.0), ('< 5 warn 8', 8.0), ('< 5 warn 8', 4.9),
             ('< 5 warn 8', 7.9),
             ('> 7', 7.0), ('> 7', 7.5)) v(target, value);

-- The same with durations: < 6 min warn 8 min.
SELECT value, kpi_status(value, '< 6 min warn 8 min'), kpi_met(value, '< 6 min warn 8 min')
FROM (VALUES ('5 min 59 s'::interval), ('6 min'), ('7 min'), ('8 min'), ('1 day')) v(value);

-- kpi_status is an ordered enum: missed < at_risk < met.
SELECT 'missed'::kpi_status < 'at_risk'::kpi_status AND 'at_risk'::kpi_status < 'met' AS ordered,
       enum_range(NULL::kpi_status);

-- Attainment with a positive goal: higher is better -> 100 * value / goal;
-- lower is better -> 100 * goal / value.  72 of >= 80% -> 90; 4% of <= 5%
-- -> 125; 7 min of < 6 min -> 100 * 360 / 420 = 85.714...; a zero goal,
-- or a zero value when lower is better, has no percent: NULL.
SELECT kpi_attainment(72, '>= 80%') AS rate,
       kpi_attainment(4, '<= 5%') AS cost,
       kpi_attainment('7 min'::interval, '< 6 min') AS aht,
       kpi_attainment(10, '> 0') AS zero_goal,
       kpi_attainment(0, '< 5') AS zero_value,
       kpi_attainment('0'::interval, '< 1 min') AS zero_duration;

-- With a negative goal (an NPS target of "> -10") a plain ratio would run
-- backwards; attainment measures the distance from the goal in units of
-- |goal| instead:
--   higher is better: 100 * (2 - value / goal)
--     -5 of > -10 -> 100 * (2 - 0.5) = 150; -20 -> 100 * (2 - 2) = 0;
--     0 -> 200; 10 -> 100 * (2 + 1) = 300; -10 -> 100 (on the goal)
--   lower is better: 100 * value / goal
--     -20 of < -10 -> 200; -5 -> 50; 5 -> -50
--   a negative value against a positive goal, higher is better:
--     -8 of > 10 -> 100 * -8 / 10 = -80
SELECT kpi_attainment(-5, '> -10') AS "-5 > -10",
       kpi_attainment(-20, '> -10') AS "-20 > -10",
       kpi_attainment(0, '> -10') AS "0 > -10",
       kpi_attainment(10, '> -10') AS "10 > -10",
       kpi_attainment(-10, '>= -10') AS "-10 >= -10",
       kpi_attainment(-20, '< -10') AS "-20 < -10",
       kpi_attainment(-5, '< -10') AS "-5 < -10",
       kpi_attainment(5, '<= -10') AS "5 <= -10",
       kpi_attainment(-8, '> 10') AS "-8 > 10",
       kpi_attainment(-5, '< 0') AS "-5 < 0",
       kpi_attainment(-1, '< 5') AS "-1 < 5";

-- Attainment agrees with kpi_met for every sign: at least 100 exactly when
-- the goal is met with >= and <=, above 100 exactly when it is met with >
-- and < (on the goal itself it is 100 and a strict goal is not met).  Over
-- a grid of values around, between and beyond goals of both signs, with
-- neighbours one unit in the last place away, no row breaks the rule, and
-- attainment never falls as the value gets better.
CREATE TABLE attainment_grid AS
SELECT v.value, g.goal, c.comparator,
       (c.comparator || ' ' || g.goal)::kpi_target AS target
FROM (VALUES ('-Infinity'::float8), (-1e300), (-20), (-10.000000000000002),
             (-10), (-9.999999999999998), (-5), (-1e-300), (0), (1e-300),
             (5), (9.999999999999998), (10), (10.000000000000002), (20),
             (1e300), ('Infinity')) v(value),
     (VALUES (-10::float8), (10), (0)) g(goal),
     (VALUES ('>='), ('>'), ('<='), ('<')) c(comparator);
SELECT count(*) AS checked,
       count(*) FILTER (WHERE attainment IS NOT NULL) AS with_percent,
       count(*) FILTER (WHERE CASE WHEN comparator IN ('>', '<')
                                   THEN (attainment > 100) <> met
                                   ELSE (attainment >= 100) <> met END) AS disagreeing
FROM (SELECT comparator, kpi_met(value, target) AS met,
             kpi_attainment(value, target) AS attainment
      FROM attainment_grid) r;
SELECT count(*) AS falling
FROM (SELECT comparator, goal, attainment,
             lag(attainment) OVER (PARTITION BY comparator, goal
                                   ORDER BY CASE WHEN comparator LIKE '>%' THEN value ELSE -value END) AS worse
      FROM (SELECT *, kpi_attainment(value, target) AS attainment FROM attainment_grid) a
      WHERE attainment IS NOT NULL) r
WHERE attainment < worse;
DROP TABLE attainment_grid;

-- Gap: value minus goal, in the value's type: 72 - 80 = -8 points;
-- 7 min - 6 min = 1 min; 30 s - 1 min = -30 s.
SELECT kpi_gap(72, '>= 80% warn 70%') AS points,
       kpi_gap('7 min'::interval, '< 6 min') AS late,
       kpi_gap('30 s'::interval, '< 1 min') AS early;

-- A percent target compares with the percent numbers the rate aggregates
-- return: 3 satisfied of 4 -> 75, at risk against >= 80% warn 70%.
SELECT csat(s) AS csat, kpi_status(csat(s), '>= 80% warn 70%')
FROM (VALUES (5), (4), (4), (1)) v(s);

-- The wrong overload is an error that names the right one.
SELECT kpi_status(5.0, '< 6 min');
SELECT kpi_met('5 min'::interval, '> 7');
SELECT kpi_gap('5 min'::interval, '<= 5%');
SELECT kpi_attainment(1.0, '< 1 s');

-- NULLs: the functions are strict.
SELECT kpi_status(NULL::float8, '> 7') IS NULL AS null_value,
       kpi_status(7.0, NULL) IS NULL AS null_target;

-- Equality, ordering, GROUP BY, DISTINCT, UNIQUE, hash aggregation.
-- '>=80%warn 70%' is the same target as '>= 80% warn 70%'; 80% is not 80.
SELECT '>=80%warn 70%'::kpi_target = '>= 80% warn 70%' AS same,
       '>= 80%'::kpi_target = '>= 80' AS percent_is_not_number,
       '>= 80%'::kpi_target <> '>= 80% warn 70%' AS warning_counts,
       '> -0'::kpi_target = '> 0' AS zero_is_zero;
CREATE TABLE goals (kpi text, target kpi_target);
INSERT INTO goals VALUES ('csat', '>= 80% warn 70%'), ('sl', '>=80%  warn 70%'),
  ('fcr', '>= 75%'), ('aht', '< 6 min'), ('asa', '< 00:06:00'), ('nps', '> 30');
SELECT target, count(*), string_agg(kpi, ', ' ORDER BY kpi) FROM goals
GROUP BY target ORDER BY target;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT target, count(*) FROM goals GROUP BY target;
SELECT target, count(*) FROM goals GROUP BY target ORDER BY count(*) DESC, target::text;
RESET enable_sort;
SELECT count(DISTINCT target) AS distinct_targets FROM goals;
CREATE TABLE agreed (target kpi_target UNIQUE);
INSERT INTO agreed VALUES ('>= 80% warn 70%'), ('< 6 min');
INSERT INTO agreed VALUES ('>=80 %  WARN 70%');
SELECT kpi_hash = kpi_hash2 AS hash_agrees
FROM (SELECT kpi_target_hash('>= 80% warn 70%') AS kpi_hash,
             kpi_target_hash(' >=80 %WARN 70 %') AS kpi_hash2) h;

-- Hash partitioning needs the extended hash function (support function 2):
-- equal targets land in one partition, lookups prune to it, and with seed
-- 0 the extended hash's low 32 bits are the 32-bit hash.
SELECT opcname, amvalidate(oid) FROM pg_opclass
WHERE opcname = 'kpi_target_hash_ops';
CREATE TABLE targets_by_hash (target kpi_target) PARTITION BY HASH (target);
CREATE TABLE targets_by_hash_0 PARTITION OF targets_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE targets_by_hash_1 PARTITION OF targets_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO targets_by_hash VALUES ('> 7'), ('> 7.0'), ('>= 80%'), ('< 1 min'),
  ('< 60 s'), ('< 00:01:00'), ('>= 80% warn 70%');
SELECT target, count(*) AS rows, count(DISTINCT tableoid) AS partitions
FROM targets_by_hash GROUP BY target ORDER BY target;
EXPLAIN (COSTS OFF) SELECT * FROM targets_by_hash WHERE target = '< 1 min';
SELECT count(*) AS one_minute FROM targets_by_hash WHERE target = '< 60 s';
SELECT bool_and((kpi_target_hash_extended(target, 0) & 4294967295) =
                (kpi_target_hash(target)::int8 & 4294967295)) AS seed_0_low_bits,
       bool_and(kpi_target_hash_extended(target, 1) <> kpi_target_hash_extended(target, 0)) AS seed_matters
FROM targets_by_hash;
DROP TABLE targets_by_hash;

-- Binary round trip through COPY (FORMAT binary), via the data directory.
CREATE TABLE targets_copy (LIKE goals);
DO $$
DECLARE
  path text := current_setting('data_directory') || '/kpi_targets_regress.bin';
BEGIN
  EXECUTE format('COPY goals TO %L (FORMAT binary)', path);
  EXECUTE format('COPY targets_copy FROM %L (FORMAT binary)', path);
END
$$;
SELECT count(*) AS copied, count(*) FILTER (WHERE g.target = c.target) AS identical
FROM goals g JOIN targets_copy c USING (kpi);
-- Binary input is validated: a target whose warning (90) is on the better
-- side of its goal (80) for >=, written as raw COPY binary bytes:
-- comparator 0 (>=), unit 0 (number), warning flag 1, goal 80.0 and
-- warning 90.0 as big-endian float8 (0x4054000000000000, 0x4056800000000000).
COPY targets_copy (target) FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\023\000\000\001\100\124\000\000\000\000\000\000\100\126\200\000\000\000\000\000\377\377''' (FORMAT binary);
-- and the same bytes with the warning at 70 (0x4051800000000000) are fine:
COPY targets_copy (target) FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\023\000\000\001\100\124\000\000\000\000\000\000\100\121\200\000\000\000\000\000\377\377''' (FORMAT binary);
SELECT target FROM targets_copy WHERE kpi IS NULL;
-- an unknown comparator byte (7) is rejected too
COPY targets_copy (target) FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\023\007\000\000\100\124\000\000\000\000\000\000\000\000\000\000\000\000\000\000\377\377''' (FORMAT binary);

-- A targets table joined to a KPI report, grouped by target.
CREATE TABLE team_answers (team text, score int);
INSERT INTO team_answers VALUES
  ('a', 10), ('a', 9), ('a', 9), ('a', 3),   -- NPS 100 * (3 - 1) / 4 = 50
  ('b', 10), ('b', 7), ('b', 8), ('b', 2),   -- NPS 100 * (1 - 1) / 4 = 0
  ('c', 9), ('c', 9), ('c', 6), ('c', 10), ('c', 8);  -- 100 * (3 - 1) / 5 = 40
CREATE TABLE nps_targets (team text, target kpi_target);
INSERT INTO nps_targets VALUES ('a', '> 30 warn 20'), ('b', '> 30 warn 20'), ('c', '>= 45 warn 40');
SELECT r.team, r.nps, t.target, kpi_status(r.nps, t.target), kpi_gap(r.nps, t.target)
FROM (SELECT team, nps(score) FROM team_answers GROUP BY team) r
JOIN nps_targets t USING (team) ORDER BY r.team;
-- teams a (50 > 30: met) and b (0: missed) share a target; c is at risk.
SELECT t.target, count(*) AS teams,
       count(*) FILTER (WHERE kpi_met(r.nps, t.target)) AS met
FROM (SELECT team, nps(score) FROM team_answers GROUP BY team) r
JOIN nps_targets t USING (team) GROUP BY t.target ORDER BY t.target;

-- Attainment where 100 * goal overflows: lower is better, goal DBL_MAX,
-- value 117: 100 * goal / value = 100 * (1.7976931348623157e308 / 117) =
-- 1.53648986...e308, finite (divided first).  GCC 14 once folded the
-- overflow test away and raised 22003 here; with "Infinity" as the value
-- it gave NaN instead of 100 * DBL_MAX / Infinity = 0.
SELECT kpi_attainment(117, '< 1.7976931348623157e+308') BETWEEN 1.5364e308 AND 1.5365e308 AS finite_quotient,
       kpi_attainment('Infinity'::float8, '<= 1.7976931348623157e+308') AS at_infinity;
