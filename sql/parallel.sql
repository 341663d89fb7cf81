--
-- parallel: with parallel query forced, every aggregate is planned as
-- Partial Aggregate in the workers and Finalize Aggregate in the leader
-- (the combine functions merge worker states), and gives bit for bit what
-- the serial plan gives.
--

CREATE TABLE tickets AS
SELECT id % 5 AS team, t.* FROM regress_tickets(50000) t;
ANALYZE tickets;

CREATE VIEW all_kpis AS
SELECT nps(nps_score) AS nps,
       csat(csat_score) AS csat_score,
       csat(nps_score >= 9) AS csat_flag,
       fcr_rate(resolved) AS fcr_flag,
       fcr_rate(contacts) AS fcr_contacts,
       ces(ces_score) AS ces,
       avg_handle_time(talk) AS aht,
       avg_handle_time(talk, hold, acw) AS aht_parts,
       utilization(busy, scheduled) AS utilization,
       occupancy(talk, idle) AS occupancy,
       service_level(wait, '20 s') AS sl,
       service_level(wait, abandoned, '20 s') AS sl_abandon,
       avg_speed_of_answer(wait, abandoned) AS asa,
       abandonment_rate(abandoned) AS abandon,
       abandonment_rate(abandoned, wait, '5 s') AS abandon_short,
       shrinkage(idle, scheduled) AS shrinkage
FROM tickets;

CREATE VIEW kpis_by_team AS
SELECT team, nps(nps_score) AS nps, csat(csat_score) AS csat,
       avg_handle_time(talk, hold, acw) AS aht,
       service_level(wait, abandoned, '20 s') AS sl,
       abandonment_rate(abandoned, wait, '5 s') AS abandon_short
FROM tickets GROUP BY team;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_all AS SELECT * FROM all_kpis;
CREATE TEMP TABLE serial_by_team AS SELECT * FROM kpis_by_team;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;

EXPLAIN (COSTS OFF) SELECT * FROM all_kpis;
EXPLAIN (COSTS OFF) SELECT * FROM kpis_by_team;

-- Parallel results equal serial ones exactly: no row differs.
SELECT count(*) AS differing_rows
FROM (SELECT * FROM all_kpis EXCEPT SELECT * FROM serial_all) d;
SELECT count(*) AS differing_rows
FROM (SELECT * FROM kpis_by_team EXCEPT SELECT * FROM serial_by_team) d;
-- ... and they are real values, not NULLs that compare equal.
SELECT num_nulls(VARIADIC ARRAY[nps, csat_score, csat_flag, fcr_flag, fcr_contacts,
                               ces, utilization, occupancy, sl, sl_abandon,
                               abandon, abandon_short, shrinkage]) AS null_rates,
       aht IS NOT NULL AND aht_parts IS NOT NULL AND asa IS NOT NULL AS durations
FROM all_kpis;
SELECT count(*) FROM kpis_by_team;

RESET ALL;

-- churn_rate, retention_rate and churn_state, over timestamptz and dates:
-- the tickets' ids stand for customers (setup.sql), period August 2026.
CREATE VIEW churn_kpis AS
SELECT churn_rate(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01')) AS churn,
       retention_rate(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01')) AS retention,
       churn_state(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01'))::text AS state,
       churn_rate(regress_active_from_date(id), regress_active_until_date(id), '[2026-08-01,2026-09-01)') AS churn_dates,
       churn_state(regress_active_from_date(id), regress_active_until_date(id), '[2026-08-01,2026-09-01)')::text AS state_dates
FROM tickets;
CREATE VIEW churn_by_team AS
SELECT team, churn_rate(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01')) AS churn,
       churn_state(regress_active_from_date(id), regress_active_until_date(id), '[2026-08-01,2026-09-01)')::text AS state_dates
FROM tickets GROUP BY team;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_churn AS SELECT * FROM churn_kpis;
CREATE TEMP TABLE serial_churn_by_team AS SELECT * FROM churn_by_team;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT * FROM churn_kpis;
SELECT count(*) AS differing_rows
FROM (SELECT * FROM churn_kpis EXCEPT SELECT * FROM serial_churn) d;
SELECT count(*) AS differing_rows
FROM (SELECT * FROM churn_by_team EXCEPT SELECT * FROM serial_churn_by_team) d;
SELECT num_nulls(churn, retention, churn_dates) AS null_rates,
       churn > 0 AND churn < 100 AS churn_in_range
FROM churn_kpis;
RESET ALL;
