-- Percentile benchmark (issue 13), run by test/bench/run.sh after run.sql:
-- duration_median and duration_percentiles against what a user would pick
-- instead, in the same run: percentile_disc (built in) and, when it is
-- installed (make bench installs Debian's postgresql-15-tdigest for the
-- benchmark only), the tdigest extension's tdigest_percentile.
--
--   1. the median of :rows log-normal durations (median about 2 hours, a
--      tail cut at 60 days, 1% zeros), serial and parallel;
--   2. the largest relative error over eight fractions, against
--      percentile_disc, for kpi and for tdigest;
--   3. a sliding 1,000-row window median against the plain SQL that does
--      the same (a lateral subquery with percentile_disc per row);
--   4. weekly percentiles from a daily rollup of states against the same
--      from the raw rows: identical values, and the time of each.
--
-- Medians of :runs interleaved runs, in a new order every round.  Timings
-- are ratios on the same machine in the same run; nothing here asserts a
-- speed (bench_smoke.sh runs it on 3,000 rows to check that it runs).
\set ON_ERROR_STOP 1
\pset pager off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS kpi;
CREATE EXTENSION IF NOT EXISTS pg_prewarm;
SELECT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'tdigest') AS have_tdigest \gset
\if :have_tdigest
CREATE EXTENSION IF NOT EXISTS tdigest;
\else
\echo tdigest is not installed (make bench installs postgresql-15-tdigest): its rows are left out
\endif

\echo percentiles: generating :rows log-normal durations...
SELECT setseed(0.25);
-- ln(7200 s) = 8.88 is the median's logarithm; sigma 1.5 puts 60 days
-- (5,184,000 s, 720 times the median) 4.4 sigmas out; 70 days, 10 teams
CREATE TABLE pct_durations AS
SELECT i AS id,
       (i - 1) * 70 / :rows AS day,
       i % 10 AS team,
       CASE WHEN random() < 0.01 THEN interval '0'
            ELSE make_interval(secs => least(5184000,
                   exp(ln(7200) + 1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))
       END AS x
FROM generate_series(1, :rows) i;
CREATE TABLE pct_window AS
SELECT id, x FROM pct_durations WHERE id <= least(:rows, 1000000) ORDER BY id;
ALTER TABLE pct_window ADD PRIMARY KEY (id);
VACUUM (FREEZE, ANALYZE) pct_durations;
VACUUM (FREEZE, ANALYZE) pct_window;
SELECT pg_prewarm('pct_durations') > 0 AS durations_warm, pg_prewarm('pct_window') > 0 AS window_warm;
SELECT pg_size_pretty(pg_table_size('pct_durations')) AS table_size,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY x) AS exact_median,
       max(x) AS longest,
       (SELECT count(*) FROM pct_window) AS window_rows
FROM pct_durations;

-- the daily rollup the weekly query reads (built once, not timed)
CREATE TABLE pct_daily AS
SELECT day, team, duration_sketch(x) AS sketch, count(*) AS tickets
FROM pct_durations GROUP BY day, team;
ANALYZE pct_daily;
SELECT count(*) AS daily_rows, pg_size_pretty(pg_table_size('pct_daily')) AS rollup_size,
       round(avg(pg_column_size(sketch))) AS avg_sketch_bytes
FROM pct_daily;

-- The plain-SQL sliding median is too slow to run over all the window
-- rows every round: it runs over the first :lateral_rows output rows and
-- its time is scaled by window_rows / lateral_rows (each output row costs
-- the same: one index range scan and one sort of 1,000 values).  kpi runs
-- over both, so the scaled time can be checked against its own scaling.
SELECT least(:rows, 20000) AS lateral_rows \gset

\i timing.sql

CREATE TABLE pct_case (measure text, contender text, query text, settings text[], scale float8);
INSERT INTO pct_case VALUES
('median, serial', 'kpi', 'SELECT duration_median(x) FROM pct_durations', '{max_parallel_workers_per_gather=0}', 1),
('median, serial', 'percentile_disc', 'SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM pct_durations', '{max_parallel_workers_per_gather=0}', 1),
('median, serial', 'floor count(x)', 'SELECT count(x) FROM pct_durations', '{max_parallel_workers_per_gather=0}', 1),
('median, 2 workers', 'kpi', 'SELECT duration_median(x) FROM pct_durations', '{max_parallel_workers_per_gather=2,parallel_setup_cost=0,parallel_tuple_cost=0,min_parallel_table_scan_size=0}', 1),
('median, 2 workers', 'floor count(x)', 'SELECT count(x) FROM pct_durations', '{max_parallel_workers_per_gather=2,parallel_setup_cost=0,parallel_tuple_cost=0,min_parallel_table_scan_size=0}', 1),
('8 percentiles, serial', 'kpi', 'SELECT duration_percentiles(x, ''{0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999}'') FROM pct_durations', '{max_parallel_workers_per_gather=0}', 1),
('8 percentiles, serial', 'percentile_disc', 'SELECT percentile_disc(''{0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999}''::float8[]) WITHIN GROUP (ORDER BY x) FROM pct_durations', '{max_parallel_workers_per_gather=0}', 1),
('sliding 1000-row median', 'kpi', 'SELECT count(m) FROM (SELECT duration_median(x) OVER (ORDER BY id ROWS 999 PRECEDING) AS m FROM pct_window) q', '{max_parallel_workers_per_gather=0}', 1),
('sliding 1000-row median', 'kpi, first ' || :lateral_rows || ' rows scaled',
 'SELECT count(m) FROM (SELECT duration_median(x) OVER (ORDER BY id ROWS 999 PRECEDING) AS m FROM pct_window WHERE id <= ' || :lateral_rows || ') q',
 '{max_parallel_workers_per_gather=0}', (SELECT count(*) FROM pct_window)::float8 / :lateral_rows),
('sliding 1000-row median', 'lateral percentile_disc, first ' || :lateral_rows || ' rows scaled',
 'SELECT count(m) FROM pct_window w, LATERAL (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY f.x) AS m FROM pct_window f WHERE f.id BETWEEN w.id - 999 AND w.id) l WHERE w.id <= ' || :lateral_rows,
 '{max_parallel_workers_per_gather=0}', (SELECT count(*) FROM pct_window)::float8 / :lateral_rows),
('weekly p50/p90 per team', 'kpi from daily rollup', 'SELECT count(p) FROM (SELECT day / 7 AS week, team, duration_percentiles(sketch, ''{0.5,0.9}'') AS p FROM pct_daily GROUP BY 1, 2) q', '{max_parallel_workers_per_gather=0}', 1),
('weekly p50/p90 per team', 'kpi from raw rows', 'SELECT count(p) FROM (SELECT day / 7 AS week, team, duration_percentiles(x, ''{0.5,0.9}'') AS p FROM pct_durations GROUP BY 1, 2) q', '{max_parallel_workers_per_gather=0}', 1),
('weekly p50/p90 per team', 'percentile_disc from raw rows', 'SELECT count(p) FROM (SELECT day / 7 AS week, team, percentile_disc(''{0.5,0.9}''::float8[]) WITHIN GROUP (ORDER BY x) AS p FROM pct_durations GROUP BY 1, 2) q', '{max_parallel_workers_per_gather=0}', 1);
\if :have_tdigest
INSERT INTO pct_case VALUES
('median, serial', 'tdigest', 'SELECT tdigest_percentile(extract(epoch FROM x), 100, 0.5) FROM pct_durations', '{max_parallel_workers_per_gather=0}', 1),
('median, 2 workers', 'tdigest', 'SELECT tdigest_percentile(extract(epoch FROM x), 100, 0.5) FROM pct_durations', '{max_parallel_workers_per_gather=2,parallel_setup_cost=0,parallel_tuple_cost=0,min_parallel_table_scan_size=0}', 1),
('8 percentiles, serial', 'tdigest', 'SELECT tdigest_percentile(extract(epoch FROM x), 100, ''{0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999}''::float8[]) FROM pct_durations', '{max_parallel_workers_per_gather=0}', 1);
\endif

\echo percentiles: :runs interleaved runs...
CREATE TABLE pct_run (measure text, contender text, ms float8);
DO $$
DECLARE
	c pct_case;
BEGIN
	FOR round IN 1 .. current_setting('bench.runs')::int LOOP
		FOR c IN SELECT * FROM pct_case ORDER BY random() LOOP
			INSERT INTO pct_run VALUES (c.measure, c.contender,
				c.scale * bench_time(c.query, c.settings));
		END LOOP;
	END LOOP;
END
$$;

-- Plans: Partial Aggregate under the parallel medians.
CREATE TABLE pct_plan (contender text, partial boolean);
DO $$
DECLARE
	c pct_case;
	plan jsonb;
	setting text;
BEGIN
	FOR c IN SELECT * FROM pct_case WHERE measure = 'median, 2 workers' LOOP
		FOREACH setting IN ARRAY c.settings LOOP
			PERFORM set_config(split_part(setting, '=', 1), split_part(setting, '=', 2), true);
		END LOOP;
		EXECUTE 'EXPLAIN (FORMAT JSON) ' || c.query INTO plan;
		INSERT INTO pct_plan VALUES (c.contender, plan::text LIKE '%"Partial Mode": "Partial"%');
	END LOOP;
END
$$;

\pset footer off
\echo
\echo percentile benchmark: :rows rows, median of :runs interleaved runs (ms)
CREATE VIEW pct_result AS
WITH m AS (
	SELECT measure, contender, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
	FROM pct_run GROUP BY 1, 2
)
SELECT m.measure, m.contender, round(m.ms::numeric, 1) AS ms,
       round((m.ms / k.ms)::numeric, 2) AS vs_kpi,
       CASE
         WHEN m.contender = 'percentile_disc' AND m.measure = 'median, serial' THEN
           format('kpi takes %s of its time (goal <= 0.30): %s', round((k.ms / m.ms)::numeric, 2),
                  CASE WHEN k.ms / m.ms <= 0.30 THEN 'ok' ELSE 'MISSED' END)
         WHEN m.contender = 'tdigest' THEN
           format('kpi takes %s of its time (goal < 1): %s', round((k.ms / m.ms)::numeric, 2),
                  CASE WHEN k.ms < m.ms THEN 'ok' ELSE 'MISSED' END)
         WHEN m.contender LIKE 'lateral%' THEN
           format('kpi over all rows is %sx faster (goal >= 20): %s', round((m.ms / k.ms)::numeric, 1),
                  CASE WHEN m.ms / k.ms >= 20 THEN 'ok' ELSE 'MISSED' END)
         WHEN m.contender = 'kpi from raw rows' THEN
           format('the rollup is %sx faster (goal >= 50): %s', round((m.ms / r.ms)::numeric, 1),
                  CASE WHEN m.ms / r.ms >= 50 THEN 'ok' ELSE 'MISSED' END)
         WHEN m.contender = 'kpi' AND m.measure = 'median, 2 workers' THEN
           format('parallel speedup %sx', round((s.ms / m.ms)::numeric, 2))
       END AS verdict
FROM m
JOIN m k ON k.measure = m.measure AND k.contender = 'kpi'
            OR (m.measure = 'weekly p50/p90 per team' AND k.measure = m.measure AND k.contender = 'kpi from daily rollup')
LEFT JOIN m r ON r.measure = m.measure AND r.contender = 'kpi from daily rollup'
LEFT JOIN m s ON s.measure = 'median, serial' AND s.contender = 'kpi';
SELECT * FROM pct_result ORDER BY measure, ms;
SELECT contender, partial AS "parallel plan has Partial Aggregate" FROM pct_plan ORDER BY 1;

-- Accuracy: the largest relative error over the eight fractions against
-- percentile_disc, the same table, in microseconds.
CREATE TEMP TABLE pct_exact AS
SELECT percentile_disc('{0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999}'::float8[]) WITHIN GROUP (ORDER BY x) AS v
FROM pct_durations;
CREATE TEMP TABLE pct_estimate AS
SELECT 'kpi duration_percentiles' AS contender,
       (SELECT array_agg(extract(epoch FROM e) ORDER BY i)
        FROM unnest(p) WITH ORDINALITY u(e, i)) AS v
FROM (SELECT duration_percentiles(x, '{0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999}') AS p
      FROM pct_durations) q;
\if :have_tdigest
INSERT INTO pct_estimate
SELECT 'tdigest (compression 100)',
       tdigest_percentile(extract(epoch FROM x)::float8, 100, '{0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999}'::float8[])::numeric[]
FROM pct_durations;
\endif
SELECT e.contender,
       round(max(abs(u.est - extract(epoch FROM u.exact)) / nullif(extract(epoch FROM u.exact), 0)) * 100, 3) AS max_error_percent,
       string_agg(format('%s: %s%%', u.f,
                         round(abs(u.est - extract(epoch FROM u.exact)) / nullif(extract(epoch FROM u.exact), 0) * 100, 3)),
                  ', ' ORDER BY u.f) AS per_fraction,
       CASE WHEN e.contender LIKE 'kpi%' THEN
         CASE WHEN max(abs(u.est - extract(epoch FROM u.exact)) / nullif(extract(epoch FROM u.exact), 0)) <= 0.005
              THEN 'ok (<= 0.5%)' ELSE 'BOUND MISSED' END END AS verdict
FROM pct_estimate e, pct_exact x,
     unnest(e.v, x.v, '{0.01,0.1,0.25,0.5,0.75,0.9,0.99,0.999}'::float8[]) u(est, exact, f)
GROUP BY e.contender ORDER BY 1;

-- Rollup: weekly percentiles from the daily states equal those from raw rows.
SELECT 'weekly rollup' AS "check", count(*) AS weekly_groups,
       count(*) FILTER (WHERE r.p IS DISTINCT FROM w.p) AS differing
FROM (SELECT day / 7 AS week, team, duration_percentiles(sketch, '{0.5,0.9}') AS p FROM pct_daily GROUP BY 1, 2) r
FULL JOIN (SELECT day / 7 AS week, team, duration_percentiles(x, '{0.5,0.9}') AS p FROM pct_durations GROUP BY 1, 2) w
USING (week, team);
SELECT count(*) FILTER (WHERE verdict ~ '[A-Z]{2,}') AS percentile_goals_missed FROM pct_result;
