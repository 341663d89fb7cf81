--
-- sparkline: kpi_sparkline and kpi_bar, the pictures in a report cell.
--
-- Levels: on the scale [low, high] a value v is drawn at level
-- min(7, floor(8 * (v - low) / (high - low))), one of
--   0 ▁  1 ▂  2 ▃  3 ▄  4 ▅  5 ▆  6 ▇  7 █
-- so each level is one eighth of the scale, the top one closed.
-- Strings are shown between [ ] so that spaces (NULL points) are visible.
--

-- The outcome of SELECT <expression>, which may go on with FROM ...: its
-- first column as text between [ ], NULL, or the SQLSTATE of the error.
CREATE FUNCTION picture_outcome(expression text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  EXECUTE 'SELECT ' || expression INTO result;
  RETURN coalesce('[' || result || ']', 'NULL');
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE;
END
$$;

-- Every level boundary on the group's own scale, smallest 0 and largest 8:
-- 8 * (v - 0) / (8 - 0) = v, so the level is floor(v), and 8 is clamped
-- to 7.  Points in ORDER BY order:
--   v     0   0.5 0.999 1   1.5 2   3   4   5   6   6.999 7   7.5 8
--   level 0   0   0     1   1   2   3   4   5   6   6     7   7   7
SELECT '[' || kpi_sparkline(v ORDER BY i) || ']' AS line,
       length(kpi_sparkline(v ORDER BY i)) AS characters
FROM unnest(ARRAY[0, 0.5, 0.999, 1, 1.5, 2, 3, 4, 5, 6, 6.999, 7, 7.5, 8]::float8[])
     WITH ORDINALITY AS p(v, i);

-- The same boundaries on a scale that is not a power of two: smallest 10,
-- largest 90, so one level is (90 - 10) / 8 = 10 wide and the boundaries
-- are 20, 30, ... 80 (each (v - 10) / 80 is an exact binary fraction:
-- 10/80 = 0.125 -> 1, 70/80 = 0.875 -> 7).
--   v     10  19.999 20  29.999 30  40  50  60  70  79.999 80  89.999 90
--   level 0   0      1   1      2   3   4   5   6   6      7   7      7
SELECT '[' || kpi_sparkline(v ORDER BY i) || ']' AS line
FROM unnest(ARRAY[10, 19.999, 20, 29.999, 30, 40, 50, 60, 70, 79.999, 80, 89.999, 90]::float8[])
     WITH ORDINALITY AS p(v, i);

-- ORDER BY inside the call decides the order, whatever order the rows
-- arrive in: weeks 1..4 with values 1, 2, 3, 4 (scale 1..4: 8 * 0/3 = 0,
-- 8 * 1/3 = 2.67 -> 2, 8 * 2/3 = 5.33 -> 5, top 7), stored shuffled.
CREATE TABLE weekly (team text, week integer, value float8, handle interval);
INSERT INTO weekly VALUES
  ('A', 3, 3, '6 min'), ('A', 1, 1, '4 min'), ('A', 4, 4, '7 min'), ('A', 2, 2, '5 min'),
  ('B', 2, 40, '5 min'), ('B', 4, NULL, NULL), ('B', 1, 80, '3 min'), ('B', 3, 60, '9 min');
SELECT team,
       '[' || kpi_sparkline(value ORDER BY week) || ']' AS ascending,
       '[' || kpi_sparkline(value ORDER BY week DESC) || ']' AS descending
FROM weekly GROUP BY team ORDER BY team;
-- B: 80, 40, 60, NULL on the scale 40..80: 80 -> 7, 40 -> 0,
-- 60 -> 8 * 20/40 = 4, NULL -> a space (it still takes its place).

-- NULLs, one value, all equal, nothing at all.
SELECT picture_outcome($$kpi_sparkline(v ORDER BY i) FROM unnest(ARRAY[1, NULL, 3]::float8[]) WITH ORDINALITY p(v, i)$$) AS null_in_the_middle,  -- 1 -> 0, NULL -> ' ', 3 -> 7
       picture_outcome($$kpi_sparkline(v) FROM (VALUES (42::float8)) p(v)$$) AS one_value,                                           -- the middle level, ▄
       picture_outcome($$kpi_sparkline(v) FROM (VALUES (5::float8), (5), (5)) p(v)$$) AS all_equal,                                 -- ▄▄▄
       picture_outcome($$kpi_sparkline(v) FROM (VALUES (NULL::float8), (NULL)) p(v)$$) AS only_nulls,                                -- two spaces
       picture_outcome($$kpi_sparkline(v) FROM (VALUES (1::float8)) p(v) WHERE false$$) AS no_rows;                                 -- NULL, like avg()

-- Infinity is clamped to the ends and does not stretch the scale (the
-- scale is that of the finite values): 1, Infinity, 3, -Infinity on the
-- scale 1..3 -> 0, 7, 7, 0.  With one finite value it is the middle; with
-- none, the infinities are at the ends.  NaN is an error (22023).
SELECT picture_outcome($$kpi_sparkline(v ORDER BY i) FROM unnest('{1,Infinity,3,-Infinity}'::float8[]) WITH ORDINALITY p(v, i)$$) AS clamped,
       picture_outcome($$kpi_sparkline(v ORDER BY i) FROM unnest('{5,Infinity}'::float8[]) WITH ORDINALITY p(v, i)$$) AS one_finite,
       picture_outcome($$kpi_sparkline(v ORDER BY i) FROM unnest('{-Infinity,Infinity}'::float8[]) WITH ORDINALITY p(v, i)$$) AS no_finite,
       picture_outcome($$kpi_sparkline(v) FROM unnest('{1,NaN,3}'::float8[]) p(v)$$) AS nan;

-- A scale wider than double precision: high - low = 2^1024 overflows, the
-- halves do not.  Points -2^1023, 2^1022, 0, 2^1023:
-- 2^1022 -> 8 * (2^1022 + 2^1023) / 2^1024 = 8 * 0.75 = 6;
-- 0 -> 8 * 2^1023 / 2^1024 = 4.
SELECT '[' || kpi_sparkline(v ORDER BY i) || ']' AS huge_range
FROM unnest(ARRAY[-power(2::float8, 1023), power(2::float8, 1022), 0, power(2::float8, 1023)])
     WITH ORDINALITY AS p(v, i);

-- A fixed scale 0..100: one level is 12.5 wide.  Values outside are
-- clamped; infinities too.
--   v     -5  0   12.4 12.5 50  87.4 87.5 99  100 150 Infinity -Infinity
--   level 0   0   0    1    4   6    7    7   7   7   7        0
-- (8 * 12.4/100 = 0.992; 8 * 87.4/100 = 6.992; 8 * 87.5/100 = 7.)
SELECT '[' || kpi_sparkline(v, 0, 100 ORDER BY i) || ']' AS fixed_scale
FROM unnest('{-5,0,12.4,12.5,50,87.4,87.5,99,100,150,Infinity,-Infinity}'::float8[])
     WITH ORDINALITY AS p(v, i);

-- Two teams on one scale are comparable: A's 1..4 is flat at the bottom
-- of 0..80 (8 * 4/80 = 0.4 -> 0), B's 80, 40, 60 spans it
-- (7, 8 * 40/80 = 4, 8 * 60/80 = 6); on their own scales both span it.
SELECT team,
       '[' || kpi_sparkline(value, 0, 80 ORDER BY week) || ']' AS common_scale,
       '[' || kpi_sparkline(value ORDER BY week) || ']' AS own_scale
FROM weekly GROUP BY team ORDER BY team;

-- Fixed scale errors (22023): low not below high, NaN or infinite
-- bounds, NULL bounds, bounds that change within the group.
SELECT picture_outcome($$kpi_sparkline(v, 5, 5) FROM (VALUES (1::float8)) p(v)$$) AS low_equals_high,
       picture_outcome($$kpi_sparkline(v, 9, 1) FROM (VALUES (1::float8)) p(v)$$) AS low_above_high,
       picture_outcome($$kpi_sparkline(v, 'NaN', 1) FROM (VALUES (1::float8)) p(v)$$) AS nan_low,
       picture_outcome($$kpi_sparkline(v, 0, 'Infinity') FROM (VALUES (1::float8)) p(v)$$) AS infinite_high,
       picture_outcome($$kpi_sparkline(v, NULL, 1) FROM (VALUES (1::float8)) p(v)$$) AS null_low,
       picture_outcome($$kpi_sparkline(v, 0, v + 1) FROM (VALUES (1::float8), (2)) p(v)$$) AS changing;
\set VERBOSITY default
SELECT kpi_sparkline(v, 0, v + 1 ORDER BY v) FROM (VALUES (1::float8), (2)) p(v);
SELECT kpi_sparkline(v, 9, 1) FROM (VALUES (1::float8)) p(v);
SELECT kpi_sparkline(v) FROM unnest('{1,2,NaN}'::float8[]) p(v);
\set VERBOSITY terse

-- Durations, scaled in exact microseconds.  0, 59.999999 s, 1 min, ...,
-- 8 min on the scale 0..8 min: 8 * v / 480 s, so 59.999999 s is
-- floor(479.999992 / 480) = 0 and 1 min is exactly 1.
SELECT '[' || kpi_sparkline(d ORDER BY i) || ']' AS durations
FROM unnest(ARRAY['0', '59.999999 s', '1 min', '2 min', '3 min', '4 min', '5 min',
                  '6 min', '7 min', '7 min 59.999999 s', '8 min']::interval[])
     WITH ORDINALITY AS p(d, i);
-- Negative durations are drawn too (kpi_gap returns them): -1 min, 0,
-- 1 min -> 0, 8 * 60/120 = 4, 7.  1 day and 24 hours are the same
-- duration (all equal: ▄▄), and a month counts 30 days like everywhere in
-- kpi: 1 mon, 30 days, 29 days -> 7, 7, 0.
SELECT '[' || kpi_sparkline(d ORDER BY i) || ']' AS gaps
FROM unnest(ARRAY['-1 min', '0', '1 min']::interval[]) WITH ORDINALITY AS p(d, i);
SELECT picture_outcome($$kpi_sparkline(d ORDER BY i) FROM unnest('{1 day,24 hours}'::interval[]) WITH ORDINALITY p(d, i)$$) AS equal_durations,
       picture_outcome($$kpi_sparkline(d ORDER BY i) FROM unnest('{1 mon,30 days,29 days}'::interval[]) WITH ORDINALITY p(d, i)$$) AS months,
       picture_outcome($$kpi_sparkline(d ORDER BY i) FROM unnest(ARRAY['1 min', NULL, '3 min']::interval[]) WITH ORDINALITY p(d, i)$$) AS with_null;
-- Team A's handle times 4..7 min and B's 3, 5, 9 min, NULL on the fixed
-- scale 0..10 min (one level = 75 s): 4 min = 240 s -> 3.2 -> 3,
-- 5 min -> 4, 6 min -> 4.8 -> 4, 7 min -> 5.6 -> 5; 3 min -> 2.4 -> 2,
-- 9 min -> 7.2 -> 7.  Outside the scale: clamped.
SELECT team, '[' || kpi_sparkline(handle, '0', '10 min' ORDER BY week) || ']' AS handle_time
FROM weekly GROUP BY team ORDER BY team;
SELECT picture_outcome($$kpi_sparkline(d, '1 min', '2 min' ORDER BY i) FROM unnest('{0,1 hour}'::interval[]) WITH ORDINALITY p(d, i)$$) AS clamped,
       picture_outcome($$kpi_sparkline(d, '2 min', '120 s') FROM (VALUES ('1 min'::interval)) p(d)$$) AS empty_scale,
       picture_outcome($$kpi_sparkline(d, '1 day', '2 days') FROM (VALUES ('1 min'::interval)) p(d)$$) AS below,
       picture_outcome($$kpi_sparkline(d, '0', d) FROM (VALUES ('1 min'::interval), ('2 min')) p(d)$$) AS changing,
       picture_outcome($$kpi_sparkline(d, '0', NULL) FROM (VALUES ('1 min'::interval)) p(d)$$) AS null_high;
\set VERBOSITY default
SELECT kpi_sparkline(d, '0', d ORDER BY d) FROM (VALUES ('1 min'::interval), ('2 min')) p(d);
\set VERBOSITY terse

-- At most 10,000 points: 10,000 draw (one character each), 10,001 are an
-- error (22023) with the count in DETAIL.  NULL points count.
SELECT length(kpi_sparkline(i)) AS characters FROM generate_series(1, 10000) i;
SELECT length(kpi_sparkline(CASE WHEN i % 2 = 0 THEN i END)) AS characters FROM generate_series(1, 10000) i;
SELECT picture_outcome($$kpi_sparkline(i) FROM generate_series(1, 10001) i$$) AS too_many;
\set VERBOSITY default
SELECT kpi_sparkline(i) FROM generate_series(1, 12345) i;
SELECT kpi_sparkline(make_interval(secs => i), '0', '1 hour') FROM generate_series(1, 10001) i;
\set VERBOSITY terse

-- Over a window: the line so far, week by week (team B: 80 alone is the
-- middle; 80, 40 -> 7, 0; 80, 40, 60 -> 7, 0, 4; then the NULL).
SELECT team, week, '[' || kpi_sparkline(value) OVER (PARTITION BY team ORDER BY week) || ']' AS so_far
FROM weekly WHERE team = 'B' ORDER BY week;

-- A moving frame of two rows restarts the line for each row (there is no
-- inverse): team A's 1, 2, 3, 4 in frames {1}, {1,2}, {2,3}, {3,4} is
-- the middle level, then bottom and top each time.
SELECT week, '[' || kpi_sparkline(value) OVER (ORDER BY week ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) || ']' AS last_two
FROM weekly WHERE team = 'A' ORDER BY week;

-- A fixed duration scale is compared as a duration: 1 day in one row and
-- 24 hours in the next are the same scale, not a change.  On 0..1 day,
-- 6 hours -> 8 * 6/24 = 2 and 18 hours -> 6.
SELECT '[' || kpi_sparkline(d, '0', CASE WHEN i = 1 THEN '1 day' ELSE '24 hours' END::interval ORDER BY i) || ']' AS same_scale
FROM unnest('{6 hours,18 hours}'::interval[]) WITH ORDINALITY p(d, i);

-- The support functions take `internal`, which SQL cannot produce: no
-- cast to it (42846), and an untyped NULL does not resolve to it (42883).
-- (Called with a NULL state outside an aggregate, the transition
-- functions would refuse as well.)
SELECT picture_outcome($$kpi_sparkline_accum(NULL::internal, 1::float8)$$) AS cast_to_internal,
       picture_outcome($$kpi_sparkline_accum(NULL, 1::float8)$$) AS accum_from_sql,
       picture_outcome($$kpi_sparkline_final(NULL)$$) AS final_from_sql;

-- Against a plain-SQL reference of the same formula (min and max per
-- group from a window, 8 * (v - low) / (high - low) as in the comments
-- above, ▄ for an all-equal group, a space for NULL): 3,000 groups of 12
-- pseudo-random points with NULLs, equal values and negative numbers;
-- no line differs.  The 60 groups g = 50, 100, ..., 3000 hold only 4.25
-- (and NULLs): only ▄ and spaces.  Point (g, w) is NULL when
-- 13g + 7w = 0 (mod 17), i.e. w = 3g (mod 17) (7 * 5 = 35 = 1, -65 = 3),
-- so a group has a NULL when 3g mod 17 is in 1..12: 12 of every 17
-- consecutive g, 12 * 176 = 2112 for g = 1..2992, and for g = 2993..3000
-- (3g mod 17 = 3, 6, 9, 12, 15, 1, 4, 7) 7 more: 2119.
CREATE TABLE series AS
SELECT g, w, CASE WHEN (g * 13 + w * 7) % 17 = 0 THEN NULL
                  WHEN g % 50 = 0 THEN 4.25
                  ELSE ((g * 7919 + w * 104729) % 2001 - 1000) / 8.0 END::float8 AS v
FROM generate_series(1, 3000) g, generate_series(1, 12) w;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE k.line IS DISTINCT FROM r.line) AS differing,
       count(*) FILTER (WHERE k.line ~ '^[▄ ]+$') AS all_equal,
       count(*) FILTER (WHERE k.line LIKE '% %') AS with_nulls
FROM (SELECT g, kpi_sparkline(v ORDER BY w) AS line FROM series GROUP BY g) k
JOIN (SELECT g, string_agg(CASE WHEN v IS NULL THEN ' '
                                WHEN high = low THEN '▄'
                                ELSE substr('▁▂▃▄▅▆▇█', 1 + least(7, floor(8 * (v - low) / (high - low)))::int, 1)
                           END, '' ORDER BY w) AS line
      FROM (SELECT g, w, v, min(v) OVER (PARTITION BY g) AS low, max(v) OVER (PARTITION BY g) AS high
            FROM series) x
      GROUP BY g) r USING (g);
DROP TABLE series;

-- In a parallel plan the scan runs in the workers and the sparkline in the
-- leader above the Gather (no Partial Aggregate: there is no combine
-- function); the lines equal the serial ones.  The plan is shown without
-- its Sort Key lines: PostgreSQL 16 and later also sort by the aggregate's
-- ORDER BY column ("team, \"position\""), 15 by the group key only, and
-- either order serves the sparkline.
CREATE FUNCTION plan_without_sort_keys(query text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
  line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
    IF line !~ '^ *Sort Key: ' THEN
      RETURN NEXT line;
    END IF;
  END LOOP;
END
$$;
CREATE TABLE many_points AS
SELECT i % 3 AS team, i AS position, ((i * 7919) % 1000)::float8 AS value
FROM generate_series(1, 30000) i;
ANALYZE many_points;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_lines AS
SELECT team, kpi_sparkline(value ORDER BY position) AS line FROM many_points GROUP BY team;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
SELECT plan_without_sort_keys(
  'SELECT team, kpi_sparkline(value ORDER BY position) AS line FROM many_points GROUP BY team');
SELECT s.team, p.line = s.line AS same_line, length(p.line) AS characters
FROM serial_lines s
JOIN (SELECT team, kpi_sparkline(value ORDER BY position) AS line
      FROM many_points GROUP BY team) p USING (team)
ORDER BY team;
RESET ALL;

--
-- kpi_bar(value, high, width DEFAULT 20): floor(8 * width * value / high)
-- eighths: that many / 8 full blocks, then the left block of the rest:
--   1 ▏  2 ▎  3 ▍  4 ▌  5 ▋  6 ▊  7 ▉  (8 is the full block █)
--
-- Every eighth on a one-character bar with high 8: v eighths for v = 0..8;
-- 0.999 and 7.999 round down to 0 and 7.
SELECT v, '[' || kpi_bar(v, 8, 1) || ']' AS bar
FROM unnest(ARRAY[0, 0.999, 1, 2, 3, 4, 5, 6, 7, 7.999, 8]::float8[]) v;

-- Wider bars: 43.75 of 100 on 10 characters is 0.4375 * 80 = 35 eighths:
-- 4 full and 3/8; 50 of 100 on the default 20 characters is 80 eighths,
-- 10 full; 100 of 100 fills the 20; 12.5 of 100 on 20 is 20 eighths: 2
-- full and a half.
SELECT '[' || kpi_bar(43.75, 100, 10) || ']' AS "43.75 of 100, 10 wide",
       '[' || kpi_bar(50, 100) || ']' AS "50 of 100",
       '[' || kpi_bar(100, 100) || ']' AS "100 of 100",
       '[' || kpi_bar(12.5, 100) || ']' AS "12.5 of 100";

-- Eighth boundaries that are exact in decimals stay exact: the formula is
-- evaluated in its order, 8 * width * value / high.  (Dividing first lost
-- an eighth at each: 1.2 / 3 = 0.39999999999999997, times 80 is
-- 31.999999999999996 -> 31.)
--   1.2 of 3, 10 wide:  80 * 1.2 = 96, 96 / 3 = 32 eighths: 4 full blocks
--   0.7 of 0.8, 10 wide: 80 * 0.7 = 56, 56 / 0.8 = 70 eighths: 8 full + ▊ (6)
--   0.3 of 3, 5 wide:   40 * 0.3 = 12, 12 / 3 = 4 eighths: ▌
--   0.6 of 1.5, 10 wide: 80 * 0.6 = 48, 48 / 1.5 = 32 eighths: 4 full blocks
-- Where 8 * width * value overflows, it divides first: 1e308 of 1.5e308 on
-- 1000 characters: 8000 / 1.5 = 5333.3 -> 5333 eighths = 666 full blocks
-- and ▋ (5), 667 characters.
SELECT '[' || kpi_bar(1.2, 3, 10) || ']' AS "1.2 of 3",
       '[' || kpi_bar(0.7, 0.8, 10) || ']' AS "0.7 of 0.8",
       '[' || kpi_bar(0.3, 3, 5) || ']' AS "0.3 of 3",
       '[' || kpi_bar(0.6, 1.5, 10) || ']' AS "0.6 of 1.5",
       length(kpi_bar(1e308, 1.5e308, 1000)) AS huge_length,
       right(kpi_bar(1e308, 1.5e308, 1000), 2) AS huge_end;

-- Clamped outside 0..high, NULL in NULL out, errors for NaN (22023), a
-- width outside 1..1000 and a high that is not a positive finite number.
SELECT picture_outcome('kpi_bar(150, 100, 4)') AS above_high,
       picture_outcome('kpi_bar(''Infinity'', 100, 4)') AS infinity,
       picture_outcome('kpi_bar(-5, 100)') AS negative,
       picture_outcome('kpi_bar(''-Infinity'', 100)') AS minus_infinity,
       picture_outcome('kpi_bar(1e-300, 100)') AS tiny,
       picture_outcome('kpi_bar(NULL, 100)') AS null_value,
       picture_outcome('kpi_bar(1, 100, NULL)') AS null_width;
SELECT picture_outcome('kpi_bar(''NaN'', 100)') AS nan_value,
       picture_outcome('kpi_bar(1, 100, 0)') AS width_0,
       picture_outcome('kpi_bar(1, 100, 1001)') AS width_1001,
       picture_outcome('length(kpi_bar(1, 1, 1000))') AS width_1000,
       picture_outcome('kpi_bar(1, 0)') AS high_0,
       picture_outcome('kpi_bar(1, -100)') AS high_negative,
       picture_outcome('kpi_bar(1, ''NaN'')') AS high_nan,
       picture_outcome('kpi_bar(1, ''Infinity'')') AS high_infinite;
\set VERBOSITY default
SELECT kpi_bar(1, 100, 0);
SELECT kpi_bar(1, 0);
SELECT kpi_bar('NaN', 100);
\set VERBOSITY terse

-- Attainment as a bar: 72 against ">= 80%" is 90% of the goal, on a bar
-- that is full at the goal (high 100, 10 characters): 0.9 * 80 = 72
-- eighths = 9 full blocks.
SELECT '[' || kpi_bar(kpi_attainment(72, '>= 80%'), 100, 10) || ']' AS attainment;

DROP TABLE weekly, many_points;
DROP FUNCTION picture_outcome(text);
