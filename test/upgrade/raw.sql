-- raw.sql: the raw rows the stored values of values/*.sql are rolled up
-- from (plain PostgreSQL types only, so it loads before any kpi object is
-- used): 600 tickets over 3 teams and 5 days, 400 customers.
CREATE SCHEMA raw;
CREATE TABLE raw.tickets AS
SELECT i AS id, i % 3 AS team, date '2026-09-01' + (i % 5) AS day,
       CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 7) % 11 END AS nps_score,
       1 + (i * 3) % 5 AS csat_score, 1 + (i * 5) % 7 AS ces_score,
       i % 3 <> 0 AS resolved, 1 + i % 3 AS contacts,
       make_interval(secs => 60 + (i * 37) % 400 + 0.25) AS talk,
       make_interval(secs => (i * 13) % 90) AS hold,
       make_interval(secs => (i * 17) % 120) AS acw,
       make_interval(secs => (i * 29) % 70) AS wait,
       i % 5 = 0 AS abandoned, interval '8 hours' AS scheduled,
       make_interval(mins => 300 + (i * 23) % 150) AS busy,
       make_interval(mins => (i * 11) % 60) AS idle
FROM generate_series(1, 600) i;

CREATE TABLE raw.customers AS
SELECT i AS id, i % 3 AS team,
       timestamptz '2026-06-01 00:00+00' + (i * 7919 % 3000) * interval '1 hour' AS active_from,
       CASE WHEN i % 4 <> 0 THEN timestamptz '2026-06-01 00:00+00'
            + (i * 7919 % 3000 + i * 31 % 2500) * interval '1 hour' END AS active_until
FROM generate_series(1, 400) i;
