--
-- status_agg: min(kpi_status) and max(kpi_status), the worst and the best
-- status, as the extension's own aggregates with a combine function.
--

-- The order is missed < at_risk < met: min is the worst, max the best.
-- NULLs are ignored; no status at all is NULL.
SELECT min(s) AS worst, max(s) AS best
FROM (VALUES ('met'::kpi_status), ('missed'), ('at_risk'), (NULL)) v(s);
SELECT min(s) AS worst, max(s) AS best
FROM (VALUES ('met'::kpi_status), ('at_risk'), ('met')) v(s);
SELECT min(s) AS worst, max(s) AS best
FROM (VALUES ('met'::kpi_status)) v(s);
SELECT min(s) AS worst, max(s) AS best
FROM (VALUES (NULL::kpi_status), (NULL)) v(s);
SELECT min(s) AS worst, max(s) AS best
FROM (VALUES ('met'::kpi_status)) v(s) WHERE false;

-- Per team, from kpi_status itself: team A has NPS 35 (> 30: met) and
-- CSAT 72% (>= 80% warn 75%: below both, missed); team B has NPS 25
-- (> 30 warn 20: at risk) and CSAT 90% (met).
SELECT team, min(kpi_status(value, target)) AS worst, max(kpi_status(value, target)) AS best
FROM (VALUES ('A', 35.0, '> 30 warn 20'::kpi_target), ('A', 72.0, '>= 80% warn 75%'),
             ('B', 25.0, '> 30 warn 20'), ('B', 90.0, '>= 80% warn 75%')) v(team, value, target)
GROUP BY team ORDER BY team;

-- min(status) resolves to the extension's aggregate (an exact argument
-- type wins over anyenum); min() of any other enum still resolves to the
-- built-in min(anyenum) and works: the parse trees the views store name
-- the aggregate each call resolved to.
CREATE TYPE mood AS ENUM ('sad', 'fine', 'happy');
CREATE VIEW status_min AS
SELECT min(s), max(s) FROM (VALUES ('met'::kpi_status), ('at_risk')) v(s);
CREATE VIEW mood_min AS
SELECT min(m), max(m) FROM (VALUES ('happy'::mood), ('sad'), ('fine')) v(m);
SELECT c.relname AS view, a[1]::oid::regprocedure AS calls,
       n.nspname AS schema
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class,
LATERAL regexp_matches(r.ev_action::text, ':aggfnoid (\d+)', 'g') a
JOIN pg_proc p ON p.oid = a[1]::oid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE c.relname IN ('status_min', 'mood_min')
ORDER BY c.relname, a[1]::oid::regprocedure::text;
SELECT * FROM status_min;  -- at_risk, met
SELECT * FROM mood_min;    -- sad, happy (declaration order, not alphabetical)
DROP VIEW status_min, mood_min;
DROP TYPE mood;

-- Over window frames (recomputed per frame; min has no inverse):
-- running worst of met, at_risk, met, missed.
SELECT i, s, min(s) OVER (ORDER BY i) AS worst_so_far,
       max(s) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS best_of_two
FROM (VALUES (1, 'met'::kpi_status), (2, 'at_risk'), (3, 'met'), (4, 'missed')) v(i, s)
ORDER BY i;

-- Called directly, the support functions are the two-argument worse and
-- better (strict).
SELECT kpi_status_worse('met', 'at_risk') AS worse, kpi_status_better('met', 'at_risk') AS better,
       kpi_status_worse('missed', NULL) AS with_null;

-- A parallel plan: Partial Aggregate in the workers, the combine function
-- in the leader, the same answer as the serial plan.  30,000 rows in 10
-- groups; status by i % 7: 0 missed, 1..2 at_risk, else met, except that
-- group 3 never misses (its missed rows are made at_risk): the worst is
-- missed in nine groups and at_risk in group 3, the best met everywhere.
CREATE TABLE statuses AS
SELECT i % 10 AS grp,
       CASE WHEN i % 7 = 0 AND i % 10 <> 3 THEN 'missed'
            WHEN i % 7 <= 2 THEN 'at_risk'
            ELSE 'met' END::kpi_status AS status
FROM generate_series(1, 30000) i;
ANALYZE statuses;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_worst AS
SELECT grp, min(status) AS worst, max(status) AS best FROM statuses GROUP BY grp;
CREATE TEMP TABLE serial_overall AS
SELECT min(status) AS worst, max(status) AS best FROM statuses;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT min(status) AS worst, max(status) AS best FROM statuses;
EXPLAIN (COSTS OFF) SELECT grp, min(status), max(status) FROM statuses GROUP BY grp;

SELECT p.*, s.worst = p.worst AND s.best = p.best AS same_as_serial
FROM (SELECT min(status) AS worst, max(status) AS best FROM statuses) p, serial_overall s;
SELECT p.grp, p.worst, p.best, s.worst = p.worst AND s.best = p.best AS same_as_serial
FROM (SELECT grp, min(status) AS worst, max(status) AS best FROM statuses GROUP BY grp) p
JOIN serial_worst s USING (grp)
ORDER BY grp;
RESET ALL;

-- Partial states shipped as text and combined, the way a distributed
-- planner (Citus) runs the aggregate across nodes: each "node" computes
-- min over its rows, the coordinator reads the text back and takes min
-- again.
SELECT min(partial::kpi_status) AS worst_of_nodes
FROM (SELECT min(status)::text AS partial FROM statuses GROUP BY grp % 3) nodes;

DROP TABLE statuses;
