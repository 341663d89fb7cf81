-- Attribution benchmark, run at the end of run.sql in the same session
-- (bench_time comes from there).
--
-- One row per segment with its NPS and AHT states of two months, in
-- partitions of 1,000 segments (up to 200,000 rows): kpi_contribution,
-- kpi_rate_effect and kpi_mix_effect together over each partition,
-- against the window a user would write for the pooled numbers,
-- sum(x) OVER (PARTITION BY ...), over the same rows.  The goal: all
-- three functions within 3 times that window, for NPS and for AHT (whose
-- contributions take a second pass to round to the microsecond).  The
-- same rows in partitions of 10,000 segments must cost about the same
-- per row (at most 1.5 times): O(n) per partition, not O(n^2).
SELECT least(:rows, 200000) AS att_rows \gset
SELECT 'attribution' ~ :'only' AS att_selected \gset
\if :att_selected

\echo generating :att_rows segments for attribution...
SELECT setseed(0.125);
-- the AHT state of n contacts of handle_us each
CREATE FUNCTION aht_of(n int, handle_us bigint) RETURNS aht_state LANGUAGE sql AS
$$SELECT format('(contacts=%s,handle_us=%s,handle_us_squares=%s)', n, n::numeric * handle_us,
                n::numeric * handle_us * handle_us)::aht_state$$;
CREATE TABLE att_segments AS
SELECT i AS id, i / 1000 AS partition_1000, i / 10000 AS partition_10000,
       random() AS x,
       CASE WHEN random() < 0.05 THEN NULL ELSE
         format('(promoters=%s,passives=%s,detractors=%s)', (random() * 200)::int,
                (random() * 100)::int, (random() * 100)::int)::nps_state END AS nps0,
       CASE WHEN random() < 0.05 THEN NULL ELSE
         format('(promoters=%s,passives=%s,detractors=%s)', (random() * 200)::int,
                (random() * 100)::int, (random() * 100)::int)::nps_state END AS nps1,
       aht_of(1 + (random() * 50)::int, (30e6 + random() * 600e6)::bigint) AS aht0,
       aht_of(1 + (random() * 50)::int, (30e6 + random() * 600e6)::bigint) AS aht1
FROM generate_series(0, :att_rows - 1) i;
VACUUM (FREEZE, ANALYZE) att_segments;
SELECT pg_prewarm('att_segments') > 0 AS att_warm;

CREATE TABLE att_case (position int, name text, query text);
INSERT INTO att_case VALUES
(1, 'sum(x) OVER (PARTITION BY 1,000 segments)',
 $$SELECT sum(s) FROM (SELECT sum(x) OVER (PARTITION BY partition_1000) AS s FROM att_segments) t$$),
(2, 'nps: the three functions, 1,000 segments',
 $$SELECT sum(c), sum(r), sum(m) FROM (SELECT kpi_contribution(nps0, nps1) OVER w AS c,
   kpi_rate_effect(nps0, nps1) OVER w AS r, kpi_mix_effect(nps0, nps1) OVER w AS m
   FROM att_segments WINDOW w AS (PARTITION BY partition_1000)) t$$),
(3, 'aht: the three functions, 1,000 segments',
 $$SELECT sum(c), sum(r), sum(m) FROM (SELECT kpi_contribution(aht0, aht1) OVER w AS c,
   kpi_rate_effect(aht0, aht1) OVER w AS r, kpi_mix_effect(aht0, aht1) OVER w AS m
   FROM att_segments WINDOW w AS (PARTITION BY partition_1000)) t$$),
(4, 'sum(x) OVER (PARTITION BY 10,000 segments)',
 $$SELECT sum(s) FROM (SELECT sum(x) OVER (PARTITION BY partition_10000) AS s FROM att_segments) t$$),
(5, 'nps: the three functions, 10,000 segments',
 $$SELECT sum(c), sum(r), sum(m) FROM (SELECT kpi_contribution(nps0, nps1) OVER w AS c,
   kpi_rate_effect(nps0, nps1) OVER w AS r, kpi_mix_effect(nps0, nps1) OVER w AS m
   FROM att_segments WINDOW w AS (PARTITION BY partition_10000)) t$$),
(6, 'aht: the three functions, 10,000 segments',
 $$SELECT sum(c), sum(r), sum(m) FROM (SELECT kpi_contribution(aht0, aht1) OVER w AS c,
   kpi_rate_effect(aht0, aht1) OVER w AS r, kpi_mix_effect(aht0, aht1) OVER w AS m
   FROM att_segments WINDOW w AS (PARTITION BY partition_10000)) t$$);

-- the contributions of every partition add up to its pooled change
-- before anything is timed
SELECT count(*) AS att_partitions,
       count(*) FILTER (WHERE abs(total - change) > 1e-9) AS att_partitions_off
FROM (SELECT partition_1000, sum(c) AS total,
             kpi_value(nps_state(nps1)) - kpi_value(nps_state(nps0)) AS change
      FROM (SELECT partition_1000, nps0, nps1,
                   kpi_contribution(nps0, nps1) OVER (PARTITION BY partition_1000) AS c
            FROM att_segments) t
      GROUP BY partition_1000) p;

CREATE TABLE att_run (position int, ms float8);
DO $$
DECLARE
	c att_case;
BEGIN
	FOR round IN 1 .. current_setting('bench.runs')::int LOOP
		FOR c IN SELECT * FROM att_case ORDER BY random() LOOP
			INSERT INTO att_run VALUES (c.position, bench_time(c.query, '{max_parallel_workers_per_gather=0}'));
		END LOOP;
	END LOOP;
END
$$;

\echo
\echo attribution: :att_rows segments, median ms of :runs interleaved runs; ratio to sum(x) OVER the same partitions
WITH m AS (
	SELECT position, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
	FROM att_run GROUP BY position
)
SELECT c.name AS attribution, round(m.ms::numeric, 1) AS ms,
       round((m.ms / b.ms)::numeric, 2) AS "vs sum OVER",
       CASE WHEN c.position IN (1, 4) THEN ''
            WHEN m.ms / b.ms <= 3 THEN 'ok (<= 3x)'
            ELSE 'MISSED (> 3x)' END
       || CASE WHEN c.position IN (5, 6) THEN
            format('; per row vs 1,000 segments: %sx: %s', round(((m.ms / b.ms) / (m1.ms / b1.ms))::numeric, 2),
                   CASE WHEN (m.ms / b.ms) / (m1.ms / b1.ms) <= 1.5 THEN 'O(n) ok' ELSE 'NOT O(n)' END)
          ELSE '' END AS verdict
FROM att_case c
JOIN m USING (position)
JOIN m b ON b.position = CASE WHEN c.position <= 3 THEN 1 ELSE 4 END
LEFT JOIN m m1 ON m1.position = c.position - 3
LEFT JOIN m b1 ON b1.position = 1
ORDER BY c.position;
\endif
