--
-- percentiles: duration_percentile, duration_median, duration_percentiles
-- and the duration_sketch state.
--
-- Buckets (see src/sketch_buckets.c): lower[0] = 1 us, and for each bucket
--   estimate = floor(lower * 201 / 200), upper = floor(estimate * 200 / 199),
--   next lower = upper + 1.
-- So 1 .. 198 us have one bucket each (estimate = the value: exact), and
-- e.g. the bucket from 999 us has estimate floor(999 * 1.005) = 1003 and
-- upper floor(1003 * 200 / 199) = 1008; the next one 1009 .. 1019 answers
-- floor(1009 * 1.005) = 1014 (upper floor(1014 * 200 / 199) = 1019).
-- Rank rule (percentile_disc's): the value of rank r = max(1, ceil(f * n)).
--

-- The microseconds of an interval, exactly (EXTRACT gives numeric).
CREATE FUNCTION micros(x interval) RETURNS numeric
LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM x) * 1000000 $$;
-- An interval of a whole number of microseconds, exactly: days plus at most
-- 86400 s with six decimals, which double precision holds exactly.
CREATE FUNCTION us(v numeric) RETURNS interval
LANGUAGE sql IMMUTABLE AS $$
  SELECT make_interval(days => div(v, 86400000000)::int,
                       secs => (mod(v, 86400000000) / 1000000)::float8)
$$;

-- 1. Six values 0, 0, 50 us, 150 us, 1000 us, 1019 us (n = 6):
--   f = 0    -> r = 1 -> 0
--   f = 0.3  -> r = ceil(1.8) = 2 -> 0 (zeros are exact)
--   f = 0.34 -> r = ceil(2.04) = 3 -> 50 us (own bucket, exact)
--   f = 0.5  -> r = 3 -> 50 us
--   f = 0.6  -> r = ceil(3.6) = 4 -> 150 us (exact)
--   f = 0.7  -> r = ceil(4.2) = 5 -> 1000 us, bucket 999 .. 1008 -> 1003 us
--   f = 1    -> r = 6 -> 1019 us, bucket 1009 .. 1019 -> 1014 us
--             (5 us off 1019 us is 0.49%)
CREATE TABLE six AS
SELECT * FROM (VALUES (1, interval '0'), (2, '0'), (3, '50 microseconds'),
                      (4, '150 microseconds'), (5, '1000 microseconds'),
                      (6, '1019 microseconds'), (7, NULL)) v(i, x);
SELECT f, duration_percentile(x, f)
FROM six, unnest(ARRAY[0, 0.3, 0.34, 0.5, 0.6, 0.7, 1]::float8[]) f
GROUP BY f ORDER BY f;
-- the same from one pass, in the order asked, repeats allowed
SELECT duration_percentiles(x, ARRAY[1, 0.7, 0.34, 0, 0.7]) FROM six;
-- the median is r = 3 -> 50 us; percentile_disc agrees on the rank
SELECT duration_median(x),
       percentile_disc(0.5) WITHIN GROUP (ORDER BY x) AS percentile_disc
FROM six;
-- the state: two zeros; 50 and 150 us in their own buckets; one value in
-- each of the buckets from 999 and 1009 us
SELECT duration_sketch(x) FROM six;
SELECT kpi_counts(duration_sketch(x)) FROM six;

-- 2. Bucket edges: 198 us is the last one-value bucket; 199 and 200 us
-- share the bucket 199 .. 200 (estimate floor(199 * 1.005) = 199, upper
-- floor(199 * 200 / 199) = 200): 200 us reads as 199 us, 0.5% low.
-- 201 .. 203 (estimate floor(201 * 1.005) = 202): both ends 1 us off.
SELECT x, duration_median(x), duration_sketch(x)
FROM unnest(ARRAY[198, 199, 200, 201, 203, 204]) v, LATERAL (SELECT us(v) AS x) i
GROUP BY x ORDER BY x;

-- 3. One value, all equal values, only zeros, NULLs, no rows.
SELECT duration_median(x) AS one_value FROM (VALUES (interval '2 hours')) v(x);
-- 2 h = 7200000000 us lies in the bucket 7133531249 .. 7205225030 (checked
-- against the full table in 6.): estimate floor(7133531249 * 1.005) =
-- 7169198905 us = 1:59:29.198905, 0.43% below 2 h; for every fraction
SELECT duration_percentiles(x, '{0,0.5,1}') AS all_equal
FROM (SELECT interval '2 hours' FROM generate_series(1, 5)) v(x);
SELECT duration_percentiles(x, '{0,0.5,1}') AS only_zeros,
       duration_sketch(x) AS sketch
FROM (SELECT interval '0' FROM generate_series(1, 3)) v(x);
SELECT duration_median(x) AS all_null, duration_percentile(x, 0.5) AS p,
       duration_percentiles(x, '{0.5}') AS ps, duration_sketch(x) AS sketch
FROM (VALUES (NULL::interval), (NULL)) v(x);
SELECT duration_median(x) AS no_rows, duration_sketch(x) AS sketch
FROM (SELECT interval '1 s' WHERE false) v(x);
-- an empty fractions array gives an empty array (values present)
SELECT duration_percentiles(x, '{}') FROM six;
-- a NULL fraction skips the row, like a NULL value
SELECT duration_percentile(x, NULL) FROM six;
-- a day counts 24 h and a month 30 days: 1 mon 1 day = 31 days =
-- 2678400000000 us, in the bucket 2656741663062 .. 2683442584298 (the
-- table in 6.): estimate floor(2656741663062 * 201 / 200) = 2670025371377 us
-- = 741:40:25.371377, 0.31% below 744 h
SELECT duration_median(interval '1 mon 1 day');
-- -0 is 0
SELECT duration_percentile(x, '-0'::float8) FROM six;

-- 4. Errors.
-- fraction outside 0 .. 1, NaN: 22023
SELECT duration_percentile(x, 1.5) FROM six;
SELECT duration_percentile(x, -0.1) FROM six;
SELECT duration_percentile(x, 'NaN') FROM six;
SELECT duration_percentiles(x, '{0.5,2}') FROM six;
SELECT kpi_value(duration_sketch(x), 1.01) FROM six;
-- a fraction that changes within a group: 22023
SELECT duration_percentile(x, i / 10.0) FROM six;
SELECT duration_percentiles(x, CASE WHEN i < 3 THEN '{0.5}'::float8[] ELSE '{0.5,0.9}' END) FROM six;
-- NULL in the fractions, a 2-D array, more than 1000 fractions: 22023
SELECT duration_percentiles(x, '{0.5,NULL}') FROM six;
SELECT duration_percentiles(x, '{{0.5},{0.9}}') FROM six;
SELECT duration_percentiles(x, array_fill(0.5::float8, ARRAY[1001])) FROM six;
-- but an array whose NULL was replaced is fine although it keeps its null
-- bitmap: {0.5,0.9} over 1 us and 2 us (n = 2) is r = ceil(0.5 * 2) = 1
-- -> 1 us and r = ceil(0.9 * 2) = ceil(1.8) = 2 -> 2 us (exact, below 199 us)
CREATE TABLE replaced_null (fractions float8[]);
INSERT INTO replaced_null VALUES ('{0.5,NULL}');
UPDATE replaced_null SET fractions[2] = 0.9;
SELECT duration_percentiles(x, fractions)
FROM replaced_null, (VALUES (interval '1 us'), (interval '2 us')) v(x);
DROP TABLE replaced_null;
-- negative durations: 22003
SELECT duration_median(x) FROM (VALUES (interval '1 s'), ('-1 microsecond')) v(x);
-- (mixed signs are fine when the total is not negative: 1 us)
SELECT duration_sketch(interval '1 day -24 hours 1 microsecond');
SELECT duration_sketch(interval '1 mon -30 days -1 microsecond');
-- beyond 2^63 - 1 us (292,000 years): 22003
SELECT duration_median(interval '178000000 years');
-- but the largest 2^63 - 1 us is fine: the last bucket is cut at
-- 9223372036854775807, and so is its estimate (floor(lower * 1.005) would
-- be beyond it)
SELECT micros(duration_median(us(9223372036854775807))) AS largest;

-- the SQLSTATE of each error above, and of the NULL cases
-- (outcome() is defined in sql/setup.sql)
SELECT expected, outcome(expression) AS outcome, expression FROM (VALUES
 ('ERROR 22023', 'SELECT duration_percentile(x, 1.5) FROM six'),
 ('ERROR 22023', 'SELECT duration_percentile(x, ''NaN'') FROM six'),
 ('ERROR 22023', 'SELECT duration_percentile(x, ''-Infinity'') FROM six'),
 ('ERROR 22023', 'SELECT kpi_value(duration_sketch(x), 1.01) FROM six'),
 ('ERROR 22023', 'SELECT duration_percentile(x, i / 10.0) FROM six'),
 ('ERROR 22023', 'SELECT duration_percentiles(x, ''{0.5,NULL}'') FROM six'),
 ('ERROR 22023', 'SELECT duration_percentiles(x, ''{{0.5},{0.9}}'') FROM six'),
 ('ERROR 22003', 'SELECT duration_median(interval ''-1 microsecond'')'),
 ('ERROR 22003', 'SELECT duration_percentile(interval ''178000000 years'', 0.5)'),
 ('ERROR 22P02', 'SELECT ''(version=1,zeros=0,buckets={1000:1})''::duration_sketch'),
 ('NULL', 'SELECT kpi_value(''(version=1,zeros=0,buckets={})'', 0.5)'),
 ('NULL', 'SELECT kpi_value(''(version=1,zeros=0,buckets={999:1})'', NULL)'),
 ('NULL', 'SELECT duration_percentiles(x, NULL) FROM six'),
 ('@ 0.001003 secs', 'SELECT kpi_value(''(version=1,zeros=0,buckets={999:1})'', 0)')
) v(expected, expression)
WHERE outcome(expression) IS DISTINCT FROM expected;

-- 5. Text and binary forms.
SELECT '(version=1,zeros=2,buckets={50:1,150:1,999:1,1009:1})'::duration_sketch;
SELECT ' ( version = 1 , fractions = { 0.5 , 1e-1 } , zeros = 0 , buckets = { 999 : 3 } ) '::duration_sketch;
SELECT '(version=1,fractions={},zeros=0,buckets={})'::duration_sketch;
-- a fraction of any length is read as float8 input reads it: 0. and 70
-- zeros and a 1 is 10^-71, printed 1e-71
SELECT ('(version=1,fractions={0.' || repeat('0', 70) || '1},zeros=0,buckets={})')::duration_sketch AS long_fraction,
       ('(version=1,fractions={0.' || repeat('0', 70) || '1},zeros=0,buckets={})')::duration_sketch::text
         = '(version=1,fractions={' || ('0.' || repeat('0', 70) || '1')::float8 || '},zeros=0,buckets={})' AS as_float8_reads_it;
-- as float8 input reads it, a fraction below the smallest double (1e-400)
-- is out of range (in the malformed literals below) rather than 0, the
-- smallest denormal 5e-324 is kept, and a zero with any exponent is 0
SELECT '(version=1,fractions={0e-400,4.9406564584124654e-324},zeros=0,buckets={})'::duration_sketch AS tiny_fractions;
-- fractions print as the shortest decimal that reads back exactly
SELECT duration_percentile_accum('(version=1,zeros=0,buckets={})', '1 s', 1 / 3.0);
-- malformed literals: 22P02, each with the rule it breaks
CREATE TABLE bad_literal (literal text);
INSERT INTO bad_literal VALUES
('(version=2,zeros=0,buckets={})'),
('(version=10,zeros=0,buckets={})'),
('(zeros=0,buckets={})'),
('(version=1,zeros=-1,buckets={})'),
('(version=1,zeros=0,buckets={1000:1})'),       -- 1000 is not a lower bound
('(version=1,zeros=0,buckets={0:1})'),
('(version=1,zeros=0,buckets={1009:1,999:1})'),
('(version=1,zeros=0,buckets={999:1,999:1})'),
('(version=1,zeros=0,buckets={999:0})'),
('(version=1,zeros=9223372036854775807,buckets={1:1})'),
('(version=1,zeros=0,buckets={1:9223372036854775808})'),
('(version=1,zeros=0,buckets={1:1.5})'),
('(version=1,zeros=0,buckets={9223372036854775808:1})'),
('(version=1,fractions={1.5},zeros=0,buckets={})'),
('(version=1,fractions={-0.5},zeros=0,buckets={})'),
('(version=1,fractions={nan},zeros=0,buckets={})'),
('(version=1,fractions={0x1p-1},zeros=0,buckets={})'),
('(version=1,fractions={1e-400},zeros=0,buckets={})'),  -- float8 input refuses it, not 0
('(version=1,fractions={0.5,},zeros=0,buckets={})'),
('(version=1,zeros=0,buckets={})x'),
('(version=1,zeros=0,buckets={}'),
('(version=1,zeros=0,buckets={1:1,})'),
('');
DO $$
DECLARE
  literal text;
  detail text;
BEGIN
  FOR literal IN SELECT b.literal FROM bad_literal b LOOP
    BEGIN
      PERFORM literal::duration_sketch;
      RAISE NOTICE '% accepted', literal;
    EXCEPTION WHEN invalid_text_representation THEN
      GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
      RAISE NOTICE '% -> %', literal, detail;
    END;
  END LOOP;
END
$$;
-- every one-row error message names the rule; one in full
SELECT '(version=1,zeros=0,buckets={1000:1})'::duration_sketch;

-- Binary: what a COPY (FORMAT binary) field of these bytes reads as.
-- (the shared binary_input of sql/setup.sql, with the error named)
CREATE FUNCTION binary_input(payload bytea) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
  RETURN binary_input('duration_sketch', payload);
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END
$$;
SET client_min_messages = warning;
-- the send format: version 1, flags, 2-byte fraction count, fractions,
-- zeros, 4-byte bucket count, then lower bound and count per bucket:
-- 01 | 01 | 0001 | 3fe0000000000000 (0.5) | 0000000000000002 |
-- 00000001 | 00000000000003e7 (999) | 0000000000000003
SELECT duration_sketch_send('(version=1,fractions={0.5},zeros=2,buckets={999:3})');
-- round trips of the states above
SELECT binary_input(duration_sketch_send(s)) = s::text AS round_trip, s
FROM (SELECT duration_sketch(x) FROM six
      UNION ALL SELECT '(version=1,fractions={0.5,0.25},zeros=0,buckets={})'
      UNION ALL SELECT '(version=1,fractions={},zeros=1,buckets={9223138465109244079:1})') v(s);
-- malformed binary values: 22P03 (08P01 when bytes are missing)
SELECT input, binary_input(payload) FROM (VALUES
 ('version 2', '\x0200'::bytea || int2send(0::int2) || int8send(0) || int4send(0)),
 ('unknown flag', '\x0102'::bytea || int2send(0::int2) || int8send(0) || int4send(0)),
 ('fraction without flag', '\x0100'::bytea || int2send(1::int2) || float8send(0.5) || int8send(0) || int4send(0)),
 ('fraction 2', '\x0101'::bytea || int2send(1::int2) || float8send(2) || int8send(0) || int4send(0)),
 ('fraction NaN', '\x0101'::bytea || int2send(1::int2) || float8send('NaN') || int8send(0) || int4send(0)),
 ('negative zeros', '\x0100'::bytea || int2send(0::int2) || int8send(-1) || int4send(0)),
 ('not a lower bound', '\x0100'::bytea || int2send(0::int2) || int8send(0) || int4send(1) || int8send(1000) || int8send(1)),
 ('count 0', '\x0100'::bytea || int2send(0::int2) || int8send(0) || int4send(1) || int8send(999) || int8send(0)),
 ('buckets out of order', '\x0100'::bytea || int2send(0::int2) || int8send(0) || int4send(2) || int8send(1009) || int8send(1) || int8send(999) || int8send(1)),
 ('count overflow', '\x0100'::bytea || int2send(0::int2) || int8send(9223372036854775807) || int4send(1) || int8send(1) || int8send(1)),
 ('4034 buckets', '\x0100'::bytea || int2send(0::int2) || int8send(0) || int4send(4034)),
 ('a bucket missing', '\x0100'::bytea || int2send(0::int2) || int8send(0) || int4send(2) || int8send(999) || int8send(1)),
 ('a byte too many', '\x0100'::bytea || int2send(0::int2) || int8send(0) || int4send(0) || '\x00'::bytea)
) v(input, payload);
RESET client_min_messages;

-- 6. The whole bucket table against the recurrence in numeric arithmetic:
-- 4033 buckets; the sketch of every bucket's lower and upper bound names
-- exactly the lower bounds, twice each; every estimate matches.
CREATE TABLE reference_bucket AS
WITH RECURSIVE b(k, lower) AS (
  SELECT 0, 1::numeric
  UNION ALL
  SELECT k + 1, div(div(lower * 201, 200) * 200, 199) + 1 FROM b
  WHERE div(div(lower * 201, 200) * 200, 199) < 9223372036854775807
)
SELECT k, lower,
       least(div(lower * 201, 200), 9223372036854775807) AS estimate,
       least(div(div(lower * 201, 200) * 200, 199), 9223372036854775807) AS upper
FROM b;
SELECT count(*) AS buckets, max(lower) AS last_lower, max(upper) AS last_upper
FROM reference_bucket;
SELECT (SELECT duration_sketch(us(v))::text
        FROM reference_bucket, LATERAL (VALUES (lower), (upper)) e(v))
     = '(version=1,zeros=0,buckets={' ||
       (SELECT string_agg(lower || ':2', ',' ORDER BY k) FROM reference_bucket) || '})'
       AS bounds_match;
SELECT count(*) AS estimates_differing
FROM reference_bucket r
WHERE micros(kpi_value(('(version=1,zeros=0,buckets={' || lower || ':1})')::duration_sketch, 0.5))
      <> r.estimate;
-- and the estimate is within 0.5% of both ends of its bucket
SELECT count(*) AS beyond_bound
FROM reference_bucket
WHERE 200 * (estimate - lower) > lower OR 200 * (upper - estimate) > upper;

-- 7. Randomized comparison with percentile_disc: 200 data sets of 1 to 300
-- durations, log-uniform from 1 us to 100 years (3155760000000000 us) with
-- zeros and repeats, or crowded around 2 hours; every rank (fractions
-- (k - 0.5) / n and k / n) and the usual fractions.  The estimate must be
-- within 0.5% of percentile_disc's value (200 |e - t| <= t, in exact
-- microseconds), and equal to it below 199 us.
SELECT setseed(0.13);
CREATE TABLE random_value AS
SELECT s AS set_id, i,
       CASE WHEN random() < 0.03 THEN interval '0'
            WHEN s % 4 = 0 THEN us(7200000000 + floor(random() * 2000000)::numeric)
            WHEN random() < 0.1 THEN us((1 + floor(random() * 3))::numeric)
            ELSE us(floor(exp(random() * ln(3155760000000000)))::numeric) END AS x
FROM generate_series(1, 200) s, generate_series(1, 1 + (s * 37) % 300) i;
CREATE TABLE random_fraction AS
SELECT set_id,
       array_agg(f ORDER BY f) || '{0,0.001,0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999,1}'::float8[] AS fractions
FROM (SELECT set_id, count(*) AS n FROM random_value GROUP BY set_id) s,
     LATERAL (SELECT (k - 0.5) / n FROM generate_series(1, n) k
              UNION ALL SELECT k::float8 / n FROM generate_series(1, n) k) r(f)
GROUP BY set_id;
CREATE TABLE random_result AS
SELECT v.set_id,
       duration_percentiles(x, fractions) AS estimates,
       percentile_disc(fractions) WITHIN GROUP (ORDER BY x) AS exact
FROM random_value v JOIN random_fraction USING (set_id)
GROUP BY v.set_id, fractions;
SELECT count(*) AS comparisons,
       count(*) FILTER (WHERE 200 * abs(micros(e) - micros(t)) > micros(t)) AS beyond_bound,
       count(*) FILTER (WHERE micros(t) < 199 AND e <> t) AS inexact_small,
       count(*) FILTER (WHERE micros(t) = 0) AS zero_values,
       count(*) FILTER (WHERE micros(t) < 199) AS small_values,
       count(*) FILTER (WHERE micros(t) > 86400e6 * 365) AS over_a_year,
       round(max(abs(micros(e) - micros(t)) / nullif(micros(t), 0)) * 100, 2) AS max_error_percent
FROM random_result, unnest(estimates, exact) u(e, t);
-- the rank rule exactly: every estimate is the estimate of the bucket of
-- percentile_disc's value (a rank off by one would land elsewhere at
-- least sometimes among 62,600 answers)
SELECT count(*) FILTER (WHERE e IS DISTINCT FROM
         kpi_value(duration_sketch_accum('(version=1,zeros=0,buckets={})', t), 0.5)) AS not_its_bucket
FROM random_result, unnest(estimates, exact) u(e, t);

-- 8. Moving window frames (inverse transitions) equal the same aggregate
-- recomputed over each frame's rows, bit for bit, and so do states.
CREATE TABLE windowed AS
SELECT i, (i % 3 = 0) AS even_team, CASE WHEN i % 17 = 0 THEN NULL ELSE x END AS x
FROM random_value WHERE set_id = 7;
-- frame membership by row position within the team
CREATE TABLE positioned AS
SELECT i, even_team, x, row_number() OVER (PARTITION BY even_team ORDER BY i) AS position
FROM windowed;
SELECT count(*) AS rows,
       count(*) FILTER (WHERE w.p IS DISTINCT FROM f.p OR w.m IS DISTINCT FROM f.m
                          OR w.ps IS DISTINCT FROM f.ps
                          OR w.s::text IS DISTINCT FROM f.s::text) AS differing
FROM (SELECT i, even_team, position,
             duration_percentile(x, 0.9) OVER w AS p,
             duration_median(x) OVER w AS m,
             duration_percentiles(x, '{0.1,0.5,0.99}') OVER w AS ps,
             duration_sketch(x) OVER w AS s
      FROM positioned
      WINDOW w AS (PARTITION BY even_team ORDER BY i ROWS BETWEEN 5 PRECEDING AND 2 FOLLOWING)) w,
LATERAL (SELECT duration_percentile(x, 0.9) AS p, duration_median(x) AS m,
                duration_percentiles(x, '{0.1,0.5,0.99}') AS ps,
                duration_sketch(x) AS s
         FROM positioned o
         WHERE o.even_team = w.even_team
           AND o.position BETWEEN w.position - 5 AND w.position + 2) f;
-- a rolling median over a RANGE frame of 7 hours (rows 37 minutes apart,
-- so frames of 12 rows, fewer at the start), against recomputation
SELECT count(*) AS rows,
       count(*) FILTER (WHERE w.m IS DISTINCT FROM f.m) AS differing,
       count(*) FILTER (WHERE w.m IS NULL) AS null_frames
FROM (SELECT i, at, duration_median(x) OVER (ORDER BY at RANGE BETWEEN '7 hours' PRECEDING AND CURRENT ROW) AS m
      FROM (SELECT i, timestamp '2026-03-29 00:00' + i * interval '37 min' AS at, x FROM windowed) t) w,
LATERAL (SELECT duration_median(o.x) AS m FROM windowed o
         WHERE timestamp '2026-03-29 00:00' + o.i * interval '37 min'
               BETWEEN w.at - interval '7 hours' AND w.at) f;
-- a hand-checked sliding median: 1, 3, 2, 6 s over the row and the one
-- before: {1} -> 1 s; {1, 3} -> r = 1 -> 1 s; {3, 2} -> 2 s; {2, 6} -> 2 s,
-- each as its bucket's estimate: 1 s = 1000000 us is in the bucket from
-- 992513 us, estimate floor(992513 * 201 / 200) = floor(997475.57) =
-- 997475; 2 s in the bucket from 1998694 us, estimate
-- floor(2008687.47) = 2008687 (both from the table of 6., shown below)
SELECT i, duration_median(x) OVER (ORDER BY i ROWS 1 PRECEDING)
FROM (VALUES (1, interval '1 s'), (2, '3 s'), (3, '2 s'), (4, '6 s')) v(i, x)
ORDER BY i;
SELECT lower, estimate FROM reference_bucket
WHERE 1000000 BETWEEN lower AND upper OR 2000000 BETWEEN lower AND upper ORDER BY k;
-- over stored states: a moving frame of sketches
SELECT i, duration_median(s) OVER (ORDER BY i ROWS 1 PRECEDING),
       duration_percentile(s, 1) OVER (ORDER BY i ROWS 1 PRECEDING),
       duration_sketch(s) OVER (ORDER BY i ROWS 1 PRECEDING)
FROM (SELECT i, duration_sketch(x) AS s
      FROM (VALUES (1, interval '1 s'), (2, '3 s'), (2, '0'), (3, '2 s'), (4, NULL)) v(i, x)
      GROUP BY i) g
ORDER BY i;

-- 9. Parallel plans give what the serial plan gives, bit for bit.
CREATE TABLE many AS
SELECT id % 5 AS team, wait, talk FROM regress_tickets(50000) t;
ANALYZE many;
CREATE VIEW many_percentiles AS
SELECT team, duration_median(talk) AS median, duration_percentile(wait, 0.9) AS p90,
       duration_percentiles(talk, '{0.01,0.5,0.99}') AS ps,
       duration_sketch(wait)::text AS sketch
FROM many GROUP BY team;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_percentiles AS SELECT * FROM many_percentiles;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT * FROM many_percentiles;
SELECT count(*) AS differing_rows
FROM (SELECT * FROM many_percentiles EXCEPT SELECT * FROM serial_percentiles) d;
SELECT count(*) AS rows, count(median) AS medians FROM serial_percentiles;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET parallel_leader_participation;

-- 10. Rollups: daily sketches merged into weekly ones equal the weekly
-- sketches and percentiles of the raw rows.
CREATE TABLE daily_sketch AS
SELECT id / 1000 AS day, team, duration_sketch(talk) AS talk_sketch
FROM (SELECT id, id % 5 AS team, talk FROM regress_tickets(14000)) t
GROUP BY 1, 2;
SELECT count(*) AS differing
FROM (SELECT day / 7 AS week, team, duration_sketch(talk_sketch)::text AS s,
             duration_median(talk_sketch) AS m,
             duration_percentile(talk_sketch, 0.9) AS p,
             duration_percentiles(talk_sketch, '{0.25,0.75}') AS ps
      FROM daily_sketch GROUP BY 1, 2) r
FULL JOIN
     (SELECT id / 1000 / 7 AS week, id % 5 AS team, duration_sketch(talk)::text AS s,
             duration_median(talk) AS m, duration_percentile(talk, 0.9) AS p,
             duration_percentiles(talk, '{0.25,0.75}') AS ps
      FROM regress_tickets(14000) GROUP BY 1, 2) raw USING (week, team)
WHERE r.s IS DISTINCT FROM raw.s OR r.m IS DISTINCT FROM raw.m
   OR r.p IS DISTINCT FROM raw.p OR r.ps IS DISTINCT FROM raw.ps;
SELECT count(*) AS weeks_teams FROM (SELECT DISTINCT day / 7, team FROM daily_sketch) d;
-- merging empty states and NULLs is safe
SELECT duration_median(s), duration_sketch(s)
FROM (VALUES ('(version=1,zeros=0,buckets={})'::duration_sketch), (NULL),
             ('(version=1,zeros=0,buckets={999:1})')) v(s);
SELECT duration_median(s) AS empty_only FROM (VALUES ('(version=1,zeros=0,buckets={})'::duration_sketch)) v(s);
-- a state of 40 tickets of one agent's day stays well under 1 kB: 32 bytes
-- of header and 10 per used bucket
SELECT n, pg_column_size(s) AS bytes, kpi_counts(s)->'count' AS count,
       jsonb_array_length(kpi_counts(s)->'buckets') AS used_buckets
FROM (SELECT 40 AS n, duration_sketch(talk) AS s FROM regress_tickets(40)) v;
-- subtracting what a state does not hold is an error (22023)
SELECT duration_sketch_subtract('(version=1,zeros=0,buckets={999:1})', '(version=1,zeros=0,buckets={1009:1})');
SELECT duration_sketch_subtract('(version=1,zeros=0,buckets={999:1})', '(version=1,zeros=0,buckets={999:2})');
SELECT duration_sketch_subtract('(version=1,zeros=0,buckets={999:1})', '(version=1,zeros=1,buckets={})');
SELECT duration_sketch_retract('(version=1,zeros=0,buckets={999:1})', '1009 microseconds');
SELECT duration_sketch_retract('(version=1,zeros=0,buckets={999:1})', '0');
-- removing what it holds gives the canonical state back
SELECT duration_sketch_retract('(version=1,zeros=0,buckets={999:1,1009:2})', '1000 microseconds'),
       duration_sketch_subtract('(version=1,zeros=1,buckets={999:1,1009:2})', '(version=1,zeros=1,buckets={1009:2})');
-- states with different fractions do not merge (22023); an unset one does
SELECT duration_sketch_combine('(version=1,fractions={0.5},zeros=0,buckets={})', '(version=1,fractions={0.9},zeros=0,buckets={})');
SELECT duration_sketch_combine('(version=1,zeros=0,buckets={1:1})', '(version=1,fractions={0.9},zeros=0,buckets={2:1})');
-- a percentile state without its fraction cannot answer (22023)
SELECT duration_percentile_final('(version=1,zeros=0,buckets={1:1})');
-- counts near the bigint limit: 22003
SELECT duration_sketch_accum('(version=1,zeros=9223372036854775807,buckets={})', '1 s');
SELECT duration_sketch_combine('(version=1,zeros=9223372036854775807,buckets={})', '(version=1,zeros=0,buckets={1:1})');
