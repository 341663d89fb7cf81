--
-- rating (kpi 1.1): the mean of scores on a bounded scale low..high, and
-- its state rating_state.  Every expected value is worked out by hand in
-- the comment above it.
--

-- Scores 7, 8, 10 on 1..10: mean 25/3 = 8.333333333333334.
SELECT rating(s, 1, 10) FROM (VALUES (7), (8), (10)) v(s);
-- The state: offsets from low 6, 7, 9; sum 22, squares 36 + 49 + 81 = 166.
SELECT rating_state(s, 1, 10) FROM (VALUES (7), (8), (10)) v(s);
-- The same scores as smallint, bigint and numeric: the same mean and state.
SELECT rating(s::smallint, 1::smallint, 10::smallint) AS int2,
       rating(s::bigint, 1, 10) AS int8,
       rating(s::numeric, 1, 10) AS num,
       rating_state(s::numeric, 1.0, 10.00)::text = rating_state(s, 1, 10)::text AS same_state
FROM (VALUES (7), (8), (10)) v(s);
-- A smallint column with integer literals resolves to rating(integer).
SELECT rating(s::smallint, 1, 5) FROM (VALUES (1), (2)) v(s);

-- Half points on 0..10: 7.5, 8, 9.5: mean 25/3 again; the state counts
-- tenths: the scale 0..100, offsets 75, 80, 95, sum 250, squares
-- 5625 + 6400 + 9025 = 21050.
SELECT rating(s, 0, 10), rating_state(s, 0, 10)
FROM (VALUES (7.5), (8), (9.50)) v(s);
-- Quarter points on -2..2 (hundredths): -2, -0.25, 1.75: mean -0.5/3 =
-- -0.16666666666666666.
SELECT rating(s, -2, 2), rating_state(s, -2, 2)
FROM (VALUES (-2), (-0.25), (1.75)) v(s);
-- Six decimals are allowed: 0.000001 and 0.000003 on 0..1: mean 0.000002.
SELECT rating(s, 0, 1) FROM (VALUES (0.000001), (0.000003)) v(s);

-- NULL scores are ignored; no scores give NULL.
SELECT rating(s, 1, 5) FROM (VALUES (NULL::int), (4), (NULL)) v(s);
SELECT rating(s, 1, 5) FROM (VALUES (NULL::int)) v(s);
SELECT rating(s, 1, 5) FROM (SELECT 1 WHERE false) v(s);
SELECT rating_state(s, 1, 5), kpi_value(rating_state(s, 1, 5))
FROM (SELECT 1 WHERE false) v(s);

-- Errors: a score outside the scale is 22003; low >= high, a scale that
-- changes inside a group, too many decimals and NaN are 22023; an
-- infinity and a value that does not fit in bigint units are 22003.
\set VERBOSITY sqlstate
SELECT rating(s, 1, 10) FROM (VALUES (11)) v(s);
SELECT rating(s, 1, 10) FROM (VALUES (0)) v(s);
SELECT rating(s, 0, 10) FROM (VALUES (10.5)) v(s);
SELECT rating(s, 10, 1) FROM (VALUES (5)) v(s);
SELECT rating(s, 5, 5) FROM (VALUES (5)) v(s);
SELECT rating(s, 1, h) FROM (VALUES (5, 10), (3, 5)) v(s, h);
SELECT rating(s, 0, 10) FROM (VALUES (1.1234567)) v(s);
SELECT rating(s, 0, 10) FROM (VALUES ('NaN'::numeric)) v(s);
SELECT rating(s, 0, 10) FROM (VALUES ('Infinity'::numeric)) v(s);
-- 9223372036854.775808 is 2^63 millionths; 10^13 at 6 decimals is 10^19
SELECT rating(s, 0, 10000000) FROM (VALUES (9223372036854.775808)) v(s);
SELECT rating(s, 0, 10000000000000) FROM (VALUES (0.000005)) v(s);
\set VERBOSITY default
-- The messages name the function and the rule; DETAIL the value.
SELECT rating(s, 1, 10) FROM (VALUES (11)) v(s);
SELECT rating(s, 10, 1) FROM (VALUES (5)) v(s);
SELECT rating(s, 1, h) FROM (VALUES (5, 10), (3, 5)) v(s, h);
SELECT rating(s, 0, 10) FROM (VALUES (7.5), (1.1234567)) v(s);
SELECT rating(s, 0.5, 10) FROM (VALUES (7.25), (7), (0)) v(s);
SELECT rating(s, -0.05, 10) FROM (VALUES (-1.5)) v(s);
SELECT rating(s, 0, 10) FROM (VALUES (9223372036854.775808)) v(s);

-- bigint extremes: 2^63 - 1 and 2^63 - 2 on 0..2^63 - 1: the offset sum
-- 2^64 - 3 = 18446744073709551613 needs int128; the mean (2^64 - 3) / 2 =
-- 9223372036854775806.5 is 9223372036854775808 as a double.  The squares
-- (2^63 - 1)^2 + (2^63 - 2)^2 = 2^127 - 6 * 2^63 + 5 just fit in int128;
-- a third such score does not: 22003, never a wrong sum.
SELECT rating(s, 0, 9223372036854775807) AS mean,
       rating(s, 0, 9223372036854775807) = 9223372036854775808::float8 AS exact,
       rating_state(s, 0, 9223372036854775807)
FROM (VALUES (9223372036854775807), (9223372036854775806)) v(s);
SELECT rating(s, 0, 9223372036854775807)
FROM (VALUES (9223372036854775807), (9223372036854775806), (9223372036854775805)) v(s);
-- The lowest bigint and -1 on the whole bigint scale: mean
-- (-2^63 - 1) / 2 = -4611686018427387904.5, -4611686018427387904 as a double.
SELECT rating(s, -9223372036854775808, 9223372036854775807) AS mean,
       rating(s, -9223372036854775808, 9223372036854775807) = -4611686018427387904::float8 AS exact
FROM (VALUES (-9223372036854775808), (-1)) v(s);

-- Window frames: ROWS BETWEEN 2 PRECEDING AND CURRENT ROW (the inverse
-- transition) equals recomputing each frame, for integer scores and for
-- numeric ones whose decimals change inside the frames (the state is
-- rescaled, the mean stays exact).
CREATE TABLE rated AS
SELECT i, 1 + (i * 7) % 10 AS score,
       CASE WHEN i % 4 = 0 THEN (1 + (i * 3) % 9) + 0.25
            WHEN i % 4 = 1 THEN (1 + (i * 3) % 9) + 0.5
            ELSE 1 + (i * 3) % 9 END::numeric AS half
FROM generate_series(1, 200) i;
SELECT count(*) AS frames,
       count(*) FILTER (WHERE w.r = (SELECT rating(score, 1, 10) FROM rated x WHERE x.i BETWEEN w.i - 2 AND w.i)) AS int_equal,
       count(*) FILTER (WHERE w.h = (SELECT rating(half, 1, 10) FROM rated x WHERE x.i BETWEEN w.i - 2 AND w.i)) AS numeric_equal,
       count(*) FILTER (WHERE w.sr = (SELECT rating(st) FROM (SELECT rating_state(half, 1, 10) AS st FROM rated x WHERE x.i BETWEEN w.i - 2 AND w.i GROUP BY x.i) y)) AS rollup_equal
FROM (SELECT i, rating(score, 1, 10) OVER f AS r, rating(half, 1, 10) OVER f AS h,
             rating(st) OVER f AS sr
      FROM (SELECT i, score, half, rating_state(half, 1, 10) OVER (ORDER BY i ROWS CURRENT ROW) AS st FROM rated) s
      WINDOW f AS (ORDER BY i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)) w;
-- Scores 8, 5, 2, 9: rows 1 and 2 have shorter frames (8; (8 + 5) / 2 =
-- 6.5); frame 1..3: 15/3 = 5; frame 2..4: 16/3 = 5.333333333333333.
SELECT i, rating(score, 1, 10) OVER (ORDER BY i ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
FROM rated ORDER BY i LIMIT 4;

-- Parallel plans: Partial Aggregate in the workers, the combine function
-- in the leader, bit for bit the serial answer.
CREATE TABLE ratings_big AS
SELECT i % 5 AS team, 1 + (i * 7) % 10 AS score, (i % 21) / 2.0 AS half
FROM generate_series(1, 50000) i;
ANALYZE ratings_big;
CREATE VIEW rating_kpis AS
SELECT team, rating(score, 1, 10) AS r, rating(half, 0, 10) AS h,
       rating_state(half, 0, 10)::text AS st, kpi_ci_low(rating_state(score, 1, 10)) AS ci
FROM ratings_big GROUP BY team;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_ratings AS SELECT * FROM rating_kpis;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT rating(score, 1, 10), rating(half, 0, 10) FROM ratings_big;
SELECT count(*) AS differing_rows
FROM (SELECT * FROM rating_kpis EXCEPT SELECT * FROM serial_ratings) d;
SELECT count(*) AS teams, count(r) AS with_values FROM serial_ratings;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;

-- Rollups: daily states merged by rating(rating_state) and
-- rating_state(rating_state) are bit-identical to the raw rows, also when
-- the days' states have different decimals (halves on some days, whole
-- scores on others).
CREATE TABLE daily_ratings AS
SELECT i % 7 AS day, rating_state(half, 1, 10) AS st, rating_state(score, 1, 10) AS whole
FROM rated GROUP BY i % 7;
SELECT (SELECT rating(st) FROM daily_ratings) = (SELECT rating(half, 1, 10) FROM rated) AS mean_identical,
       (SELECT rating_state(st)::text FROM daily_ratings) = (SELECT rating_state(half, 1, 10)::text FROM rated) AS state_identical,
       (SELECT rating(whole) FROM daily_ratings) = (SELECT rating(score, 1, 10) FROM rated) AS whole_identical,
       (SELECT kpi_ci_high(rating_state(st)) FROM daily_ratings) = (SELECT kpi_ci_high(rating_state(half, 1, 10)) FROM rated) AS ci_identical;
-- Whole scores 2 (offset 1 on 1..10) and 1.5 (5 tenths): the merge
-- counts tenths: offsets 10 + 5 = 15, squares 100 + 25 = 125; mean
-- 3.5 / 2 = 1.75.
SELECT st, kpi_value(st)
FROM (SELECT rating_state(x) AS st FROM (VALUES
  ('(low=1,high=10,decimals=0,responses=1,offset_sum=1,offset_squares=1)'::rating_state),
  ('(low=10,high=100,decimals=1,responses=1,offset_sum=5,offset_squares=25)')) v(x)) y;
-- The empty state merges with anything; states of different scales do not.
SELECT rating_state_combine('(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
                            '(low=1,high=5,decimals=0,responses=1,offset_sum=2,offset_squares=4)');
SELECT rating(x) FROM (VALUES
  ('(low=1,high=10,decimals=0,responses=1,offset_sum=2,offset_squares=4)'::rating_state),
  ('(low=1,high=5,decimals=0,responses=1,offset_sum=2,offset_squares=4)')) v(x);
-- A scale too wide to bring to the other's decimals (0..9e18 against
-- 0..9.0, in tenths 0..9e19, beyond bigint) is another scale: 22023 as
-- well, not an overflow.
\set VERBOSITY sqlstate
SELECT rating(x) FROM (VALUES
  ('(low=0,high=9000000000000000000,decimals=0,responses=1,offset_sum=3,offset_squares=9)'::rating_state),
  ('(low=0,high=90,decimals=1,responses=1,offset_sum=3,offset_squares=9)')) v(x);
\set VERBOSITY default
-- Subtracting what a state does not hold is an error, not a negative count.
SELECT rating_state_subtract('(low=1,high=5,decimals=0,responses=1,offset_sum=2,offset_squares=4)',
                             '(low=1,high=5,decimals=0,responses=1,offset_sum=3,offset_squares=9)');
SELECT rating_retract('(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)', 3, 1, 5);
SELECT kpi_counts(rating_state(s, -5, 5)) FROM (VALUES (-5), (5), (0)) v(s);

-- Text and binary round trips.
CREATE TABLE rating_states AS
SELECT day, st FROM daily_ratings
UNION ALL SELECT 100, rating_state(s, 0, 9223372036854775807)
  FROM (VALUES (9223372036854775807), (9223372036854775806)) v(s)
UNION ALL SELECT 101, rating_state(s, -9223372036854775808, 9223372036854775807)
  FROM (VALUES (-9223372036854775808), (-1)) v(s)
UNION ALL SELECT 102, '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)';
SELECT count(*) AS states,
       count(*) FILTER (WHERE st::text::rating_state::text = st::text) AS text_identical
FROM rating_states;
CREATE TABLE rating_states_copy (LIKE rating_states);
DO $$
DECLARE
  path text := current_setting('data_directory') || '/kpi_rating_regress.bin';
BEGIN
  EXECUTE format('COPY rating_states TO %L (FORMAT binary)', path);
  EXECUTE format('COPY rating_states_copy FROM %L (FORMAT binary)', path);
END
$$;
SELECT count(*) AS copied,
       count(*) FILTER (WHERE s.st::text = c.st::text) AS identical
FROM rating_states s JOIN rating_states_copy c USING (day);
-- Binary input checks what it reads: six int64 fields, the sums as two
-- halves each (high, low).  1..10, 3 scores, offsets sum 22, squares 166:
SELECT binary_input('rating_state', int8send(1) || int8send(10) || int8send(0) || int8send(3)
                    || int8send(0) || int8send(22) || int8send(0) || int8send(166));
-- ... squares 167 (odd, for an even sum), a reversed scale, 7 decimals,
-- too short: refused.
SELECT outcome($$binary_input('rating_state', int8send(1) || int8send(10) || int8send(0) || int8send(3)
                    || int8send(0) || int8send(22) || int8send(0) || int8send(167))$$) AS odd_squares,
       outcome($$binary_input('rating_state', int8send(10) || int8send(1) || int8send(0) || int8send(0)
                    || int8send(0) || int8send(0) || int8send(0) || int8send(0))$$) AS reversed,
       outcome($$binary_input('rating_state', int8send(1) || int8send(10) || int8send(7) || int8send(0)
                    || int8send(0) || int8send(0) || int8send(0) || int8send(0))$$) AS decimals,
       outcome($$binary_input('rating_state', int8send(1) || int8send(10) || int8send(0))$$) AS short;

-- Hostile text input: every case refused with 22P02, each rule named.
SELECT v AS literal, outcome(quote_literal(v) || '::rating_state') AS result FROM (VALUES
  ('(low=1,high=10,decimals=0,responses=1,offset_sum=10,offset_squares=100)'),  -- score 11 on 1..10
  ('(low=10,high=1,decimals=0,responses=0,offset_sum=0,offset_squares=0)'),     -- reversed
  ('(low=1,high=1,decimals=0,responses=0,offset_sum=0,offset_squares=0)'),      -- empty scale
  ('(low=0,high=0,decimals=0,responses=1,offset_sum=0,offset_squares=0)'),      -- rows without a scale
  ('(low=0,high=0,decimals=2,responses=0,offset_sum=0,offset_squares=0)'),      -- decimals without a scale
  ('(low=1,high=10,decimals=7,responses=0,offset_sum=0,offset_squares=0)'),     -- 7 decimals
  ('(low=1,high=10,decimals=-1,responses=0,offset_sum=0,offset_squares=0)'),
  ('(low=1,high=10,decimals=0,responses=2,offset_sum=9,offset_squares=82)'),    -- 82 > 9 * 9
  ('(low=1,high=10,decimals=0,responses=2,offset_sum=9,offset_squares=39)'),    -- 39 < 81 / 2
  ('(low=1,high=10,decimals=0,responses=-1,offset_sum=0,offset_squares=0)'),
  ('(low=1,high=10,decimals=0,responses=0,offset_sum=1,offset_squares=1)'),     -- sums without rows
  ('(low=9223372036854775808,high=10,decimals=0,responses=0,offset_sum=0,offset_squares=0)'),
  ('(low=1,high=10,decimals=0,responses=1,offset_sum=1,offset_squares=1'),      -- truncated
  ('(low=1,high=10,decimals=0,responses=1,offset_sum=1,offset_squares=1) x'),
  ('(high=10,low=1,decimals=0,responses=1,offset_sum=1,offset_squares=1)'),     -- order
  ('(low=1.5,high=10,decimals=0,responses=0,offset_sum=0,offset_squares=0)'),
  ('(responses=3,score_sum=25,score_squares=213)')                              -- a ces_state
) t(v);
SELECT '(low=1,high=10,decimals=0,responses=1,offset_sum=10,offset_squares=100)'::rating_state;

-- Uncertainty of 7, 8, 10 on 1..10 (n = 3): s^2 = ((-4/3)^2 + (-1/3)^2 +
-- (5/3)^2) / 2 = (42/9) / 2 = 7/3, SE = sqrt(7/9) = 0.8819171036881969;
-- t(0.975, 2) = 4.302652729911275: 25/3 -/+ 3.7945830336 = [4.5387503,
-- 12.1279164], the high end clipped to the scale: 10.
SELECT round(kpi_ci_low(st)::numeric, 6) AS low, kpi_ci_high(st) AS high,
       round(kpi_ci_low(st, 0.5)::numeric, 6) AS low_50
FROM (SELECT rating_state(s, 1, 10) AS st FROM (VALUES (7), (8), (10)) v(s)) x;
-- At 50%: t(0.75, 2) = 0.816496580927726, 25/3 - 0.7200822998 = 7.613251.
-- Welch, 7, 8, 10 against 1, 2, 3 (s^2 = 1): difference 25/3 - 2 = 19/3,
-- SE = sqrt(7/9 + 1/3) = sqrt(10/9) = 1.0540925534, t = 6.0083276,
-- df = (10/9)^2 / ((7/9)^2 / 2 + (1/3)^2 / 2) = (100/81) / (29/81) =
-- 3.4482758621; two-sided p = 0.006133 (the Python reference checks the
-- digits).  P(mean >= 8) = P(T_2 > (8 - 25/3) / 0.88192) = P(T_2 >
-- -0.37796) = 0.629099.  A goal at an end of the scale: the true mean of
-- scores with spread lies strictly inside, so '>= 10' and '<= 1' are 0.
SELECT round(kpi_p_value(a, b)::numeric, 6) AS p,
       round(kpi_met_probability(a, '>= 8')::numeric, 6) AS met,
       kpi_met_probability(a, '>= 10') AS goal_at_top,
       kpi_met_probability(a, '<= 1') AS goal_at_bottom
FROM (SELECT rating_state(s, 1, 10) a FROM (VALUES (7), (8), (10)) v(s)) x,
     (SELECT rating_state(s, 1, 10) b FROM (VALUES (1), (2), (3)) v(s)) y;
-- One score has no interval; two states of different scales no p-value.
SELECT kpi_ci_low(rating_state(s, 1, 10)) FROM (VALUES (7)) v(s);
SELECT kpi_p_value('(low=1,high=10,decimals=0,responses=2,offset_sum=2,offset_squares=2)'::rating_state,
                   '(low=1,high=5,decimals=0,responses=2,offset_sum=2,offset_squares=2)');
-- Equal means on one scale, whatever the decimals: p = 1 (2 and 3 against
-- 2.0 and 3.0 as tenths).
SELECT kpi_p_value('(low=1,high=10,decimals=0,responses=2,offset_sum=3,offset_squares=5)'::rating_state,
                   '(low=10,high=100,decimals=1,responses=2,offset_sum=30,offset_squares=500)');
-- numeric scores through the transition's cache of recent values: 20
-- distinct half points (more than it keeps) cycling over 200 rows, each
-- 0.0 .. 9.5 ten times, mean 0.5 * (0 + ... + 19) / 20 = 0.5 * 9.5 = 4.75;
-- the scale's end written 10 and 10.00 on alternate rows is one scale;
-- a NaN after cached valid rows is still refused.
SELECT rating((i % 20) * 0.5, 0, CASE WHEN i % 2 = 0 THEN 10 ELSE 10.00 END) AS mean,
       rating_state((i % 20) * 0.5, 0, 10) AS state
FROM generate_series(1, 200) i;
SELECT rating(s, 0, 10) FROM (VALUES (1.5::numeric), (1.5), ('NaN')) v(s);
