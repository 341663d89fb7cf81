--
-- rollup: KPI states stored in a rollup table and merged later give
-- exactly the KPI over the raw rows, which averaging daily KPIs does not.
--

-- By hand first.  NPS answers: day 1 {10, 0}, day 2 {9, 9, 7}.
-- Day states: (promoters=1, passives=0, detractors=1) and (2, 1, 0).
-- Merged: (3, 1, 1) -> 100 * (3 - 1) / 5 = 40.
-- The average of the daily NPS values, (0 + 66.67) / 2 = 33.3, is wrong.
CREATE TABLE answers (day int, score int);
INSERT INTO answers VALUES (1, 10), (1, 0), (2, 9), (2, 9), (2, 7);
CREATE TABLE nps_daily AS
SELECT day, nps_state(score) AS nps FROM answers GROUP BY day;
SELECT day, nps, kpi_value(nps), kpi_counts(nps) FROM nps_daily ORDER BY day;
SELECT nps(nps) AS from_states, nps_state(nps) AS merged_state,
       avg(kpi_value(nps)) AS wrong_average
FROM nps_daily;
SELECT nps(score) AS from_raw FROM answers;

-- AHT by hand: day 1 {2 min, 4 min}, day 2 {9 min}.
-- States (2, 360 s) and (1, 540 s); merged (3, 900 s) -> 300 s = 5 min,
-- while the average of daily means (3 min + 9 min) / 2 = 6 min is wrong.
SELECT avg_handle_time(s) AS from_states
FROM (SELECT aht_state(h) AS s
      FROM (VALUES (1, '2 min'::interval), (1, '4 min'), (2, '9 min')) v(day, h)
      GROUP BY day) d;

-- Every KPI over a daily rollup per team and day equals the KPI over the
-- raw rows, bit for bit.
CREATE TABLE raw_tickets AS
SELECT 'team ' || (id % 3) AS team, date '2026-09-01' + (id % 14) AS day, t.*
FROM regress_tickets(20000) t;

CREATE TABLE daily AS
SELECT team, day,
       nps_state(nps_score) AS nps,
       csat_state(csat_score) AS csat_score,
       csat_state(nps_score >= 9) AS csat_flag,
       fcr_state(resolved) AS fcr_flag,
       fcr_state(contacts) AS fcr_contacts,
       ces_state(ces_score) AS ces,
       aht_state(talk) AS aht,
       aht_state(talk, hold, acw) AS aht_parts,
       utilization_state(busy, scheduled) AS utilization,
       occupancy_state(talk, idle) AS occupancy,
       service_level_state(wait, '20 s') AS sl,
       service_level_state(wait, abandoned, '20 s') AS sl_abandon,
       asa_state(wait, abandoned) AS asa,
       abandonment_state(abandoned) AS abandon,
       abandonment_state(abandoned, wait, '5 s') AS abandon_short,
       shrinkage_state(idle, scheduled) AS shrinkage
FROM raw_tickets GROUP BY team, day;

CREATE VIEW by_team_from_raw AS
SELECT team, nps(nps_score), csat(csat_score), csat(nps_score >= 9) AS csat_flag,
       fcr_rate(resolved), fcr_rate(contacts) AS fcr_contacts, ces(ces_score),
       avg_handle_time(talk), avg_handle_time(talk, hold, acw) AS aht_parts,
       utilization(busy, scheduled), occupancy(talk, idle),
       service_level(wait, '20 s'), service_level(wait, abandoned, '20 s') AS sl_abandon,
       avg_speed_of_answer(wait, abandoned),
       abandonment_rate(abandoned), abandonment_rate(abandoned, wait, '5 s') AS abandon_short,
       shrinkage(idle, scheduled)
FROM raw_tickets GROUP BY team;

CREATE VIEW by_team_from_rollup AS
SELECT team, nps(nps), csat(csat_score), csat(csat_flag) AS csat_flag,
       fcr_rate(fcr_flag), fcr_rate(fcr_contacts) AS fcr_contacts, ces(ces),
       avg_handle_time(aht), avg_handle_time(aht_parts) AS aht_parts,
       utilization(utilization), occupancy(occupancy),
       service_level(sl), service_level(sl_abandon) AS sl_abandon,
       avg_speed_of_answer(asa),
       abandonment_rate(abandon), abandonment_rate(abandon_short) AS abandon_short,
       shrinkage(shrinkage)
FROM daily GROUP BY team;

SELECT (SELECT count(*) FROM by_team_from_raw) AS teams,
       (SELECT count(*) FROM (TABLE by_team_from_raw EXCEPT TABLE by_team_from_rollup) d) AS differing,
       (SELECT count(*) FROM (TABLE by_team_from_rollup EXCEPT TABLE by_team_from_raw) d) AS extra;

-- Re-aggregating states into states (days into weeks) and then into the
-- KPI gives the same numbers again.
SELECT count(*) AS differing
FROM (SELECT team, nps(nps), avg_handle_time(aht_parts), service_level(sl_abandon)
      FROM (SELECT team, day - (day - date '2026-08-31') % 7 AS week,
                   nps_state(nps) AS nps, aht_state(aht_parts) AS aht_parts,
                   service_level_state(sl_abandon) AS sl_abandon
            FROM daily GROUP BY 1, 2) weekly
      GROUP BY team
      EXCEPT
      SELECT team, nps(nps_score), avg_handle_time(talk, hold, acw),
             service_level(wait, abandoned, '20 s')
      FROM raw_tickets GROUP BY team) d;

-- A moving window over the rollup (3 days) equals the raw rows of those
-- days: the subtract functions undo a merge exactly.
SELECT count(*) FILTER (WHERE w IS DISTINCT FROM r) AS differing, count(w) AS compared
FROM (SELECT d.team, d.day,
             nps(d.nps) OVER (PARTITION BY d.team ORDER BY d.day
                              ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS w,
             (SELECT nps(r.nps_score) FROM raw_tickets r
              WHERE r.team = d.team AND r.day BETWEEN d.day - 2 AND d.day) AS r
      FROM daily d) f;

-- The mechanism a distributed engine (Citus) relies on: partial states
-- written as text on one side, read back and combined on the other.
SELECT count(*) AS differing
FROM (SELECT team, nps(s::nps_state), service_level(t::service_level_state)
      FROM (SELECT team, id % 4 AS worker,
                   nps_state(nps_score)::text AS s,
                   service_level_state(wait, abandoned, '20 s')::text AS t
            FROM raw_tickets GROUP BY 1, 2) shipped
      GROUP BY team
      EXCEPT
      SELECT team, nps(nps_score), service_level(wait, abandoned, '20 s')
      FROM raw_tickets GROUP BY team) d;

-- States that are not compatible do not merge: a 20 s and a 30 s service
-- level, or a 1-argument (limit 0) and a 5 s short-abandon rate.
SELECT service_level(s)
FROM (SELECT service_level_state(wait, '20 s') AS s FROM raw_tickets
      UNION ALL
      SELECT service_level_state(wait, '30 s') FROM raw_tickets) u;
SELECT abandonment_rate(s)
FROM (SELECT abandonment_state(abandoned) AS s FROM raw_tickets
      UNION ALL
      SELECT abandonment_state(abandoned, wait, '5 s') FROM raw_tickets) u;
-- States of different KPIs are different types: no nps() of a csat_state.
SELECT nps(csat_score) FROM daily;

-- Merging counts that overflow bigint is an error.
SELECT nps_state(s)
FROM (VALUES ('(promoters=9223372036854775807,passives=0,detractors=0)'::nps_state),
             ('(promoters=1,passives=0,detractors=0)')) v(s);

-- Empty input: a state of zeros (threshold unset), and a NULL KPI.
SELECT service_level_state(s), service_level(s)
FROM (SELECT service_level_state(wait, '20 s') AS s FROM raw_tickets WHERE false) e;

-- Partitioned tables: with partitionwise aggregation, each partition is
-- aggregated on its own (Partial HashAggregate under Append) and the result
-- equals the plain plan's.
CREATE TABLE parted (LIKE raw_tickets) PARTITION BY RANGE (day);
CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM ('2026-09-01') TO ('2026-09-08');
CREATE TABLE parted_2 PARTITION OF parted FOR VALUES FROM ('2026-09-08') TO ('2026-09-15');
INSERT INTO parted SELECT * FROM raw_tickets;
ANALYZE parted;
CREATE VIEW parted_kpis AS
SELECT team, nps(nps_score), avg_handle_time(talk, hold, acw),
       service_level(wait, abandoned, '20 s'), abandonment_rate(abandoned, wait, '5 s')
FROM parted GROUP BY team;
CREATE TEMP TABLE plain_plan AS SELECT * FROM parted_kpis;
SET enable_partitionwise_aggregate = on;
SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF) SELECT * FROM parted_kpis;
SELECT count(*) AS differing FROM (TABLE parted_kpis EXCEPT TABLE plain_plan) d;
SELECT count(*) AS teams FROM parted_kpis;
RESET enable_partitionwise_aggregate;
RESET max_parallel_workers_per_gather;

-- churn_state: daily states of a customer table (customers bucketed by
-- their start day) merge into exactly the churn over the raw rows; both
-- forms, period August 2026.
CREATE TABLE churn_daily AS
SELECT team, regress_active_from(id)::date AS day,
       churn_state(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01')) AS churn,
       churn_state(regress_active_from_date(id), regress_active_until_date(id), '[2026-08-01,2026-09-01)') AS churn_dates
FROM raw_tickets GROUP BY 1, 2;
SELECT count(*) AS differing
FROM (SELECT team, churn_rate(churn), retention_rate(churn), churn_state(churn)::text,
             churn_rate(churn_dates), churn_state(churn_dates)::text
      FROM churn_daily GROUP BY team
      EXCEPT
      SELECT team,
             churn_rate(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01')),
             retention_rate(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01')),
             churn_state(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01'))::text,
             churn_rate(regress_active_from_date(id), regress_active_until_date(id), '[2026-08-01,2026-09-01)'),
             churn_state(regress_active_from_date(id), regress_active_until_date(id), '[2026-08-01,2026-09-01)')::text
      FROM raw_tickets GROUP BY team) d;
-- ... with real values: 3 teams, each with a base and churned customers.
SELECT team, kpi_counts(churn_state(churn)) - 'period_from_us' - 'period_until_us' AS counts,
       churn_rate(churn) > 0 AS churned_some
FROM churn_daily GROUP BY team ORDER BY team;
-- Shipped as text and merged back.
SELECT count(*) AS differing
FROM (SELECT team, churn_rate(s::churn_state)
      FROM (SELECT team, id % 4 AS worker,
                   churn_state(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01'))::text AS s
            FROM raw_tickets GROUP BY 1, 2) shipped
      GROUP BY team
      EXCEPT
      SELECT team, churn_rate(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01'))
      FROM raw_tickets GROUP BY team) d;
-- States of different periods (August, September) do not merge; a date
-- state and a timestamptz state of the same UTC days do.
SELECT churn_rate(s)
FROM (SELECT churn_state(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01', '2026-09-01')) AS s FROM raw_tickets
      UNION ALL
      SELECT churn_state(regress_active_from(id), regress_active_until(id), tstzrange('2026-09-01', '2026-10-01')) FROM raw_tickets) u;
SELECT kpi_counts(churn_state(s)) - 'base' - 'churned' - 'new' AS period
FROM (SELECT churn_state(regress_active_from(id), regress_active_until(id), tstzrange('2026-08-01 00:00+00', '2026-09-01 00:00+00')) AS s FROM raw_tickets
      UNION ALL
      SELECT churn_state(regress_active_from_date(id), regress_active_until_date(id), '[2026-08-01,2026-09-01)') FROM raw_tickets) u;
