-- customers.sql: the customer part of 'make demo' (churn and retention),
-- kept apart from generate.sql and report.sql.
--
-- About 4,900 customers of the demo organisation over two years, December
-- 2024 to November 2026: 2,500 already customers when the window opens,
-- about 100 new ones a month.  Each month a customer leaves with a
-- probability of 1.3%, except in November 2026, the month after Billing's
-- phone queue collapsed (weeks 6 and 7 of the ticket data, October): then
-- 6% leave.  The report is the monthly churn and retention line against a
-- churn target of '<= 2%'.  Pseudo-random, the same on every run.
\set ON_ERROR_STOP 1
SET search_path = kpi_demo, public;
SET timezone = 'UTC';
\o /dev/null
SELECT setseed(0.16);

CREATE TABLE customers AS
WITH started AS (
	SELECT id,
	       CASE WHEN id <= 2500
	            THEN timestamptz '2022-12-01 00:00+00' + random() * interval '731 days'
	            ELSE timestamptz '2024-12-01 00:00+00' + random() * interval '730 days'
	       END AS active_from
	FROM generate_series(1, 4900) id
), left_in AS (
	-- the first month whose draw falls under that month's leaving rate (one
	-- draw per customer and month: LATERAL, so the planner cannot draw once
	-- per month for everybody)
	SELECT s.id, min(d.m) AS month
	FROM started s
	CROSS JOIN LATERAL (
		SELECT m, random() AS draw
		FROM generate_series(timestamptz '2024-12-01 00:00+00',
		                     timestamptz '2026-11-01 00:00+00', '1 month') m
		WHERE m + interval '1 month' > s.active_from) d
	WHERE d.draw < CASE WHEN d.m = timestamptz '2026-11-01 00:00+00' THEN 0.06 ELSE 0.013 END
	GROUP BY s.id
)
SELECT s.id, s.active_from,
       -- a random instant of the leaving month, never before the start
       greatest(l.month, s.active_from)
         + random() * (l.month + interval '1 month' - greatest(l.month, s.active_from)) AS active_until
FROM started s LEFT JOIN left_in l USING (id)
ORDER BY s.id;
\o

\pset footer off
\pset null '-'
\echo
\echo '=== Customers: monthly churn and retention (churn target <= 2%) ==='
\echo '(base: customers at the start of the month; churned: of them, gone by its end;'
\echo ' new: started during the month, in neither; one query, one period per month;'
\echo ' the bar: churn on a scale from 0 to the worst month)'
SELECT to_char(m, 'YYYY-MM') AS month,
       (kpi_counts(s) ->> 'base')::int AS base,
       (kpi_counts(s) ->> 'churned')::int AS churned,
       (kpi_counts(s) ->> 'new')::int AS new,
       to_char(churn, 'FM990.00') AS "churn %",
       to_char(retention, 'FM990.00') AS "retention %",
       kpi_status(churn, '<= 2%') AS status,
       kpi_bar(churn, max(churn) OVER (), 24) AS "churn bar"
FROM (SELECT m,
             churn_rate(active_from, active_until, tstzrange(m, m + interval '1 month')) AS churn,
             retention_rate(active_from, active_until, tstzrange(m, m + interval '1 month')) AS retention,
             churn_state(active_from, active_until, tstzrange(m, m + interval '1 month')) AS s
      FROM customers,
           generate_series(timestamptz '2024-12-01 00:00+00', timestamptz '2026-11-01 00:00+00', '1 month') m
      GROUP BY m) monthly
ORDER BY m;
