-- report.sql: the KPI report of 'make demo', by team and week, computed
-- with the kpi extension from the sample data of generate.sql.
\set ON_ERROR_STOP 1
SET search_path = kpi_demo, public;
SET intervalstyle = postgres;
\pset footer off
\pset tuples_only off
\pset null '-'

\echo
\echo '=== Support KPI report: 12 weeks from Monday 31 August 2026 ==='
\echo
SELECT (SELECT count(*) FROM tickets) AS tickets,
       (SELECT count(*) FROM agents) AS agents,
       (SELECT count(DISTINCT team) FROM agents) AS teams,
       (SELECT count(*) FROM tickets WHERE nps_score IS NOT NULL) AS survey_answers,
       (SELECT count(*) FROM shifts) AS shifts;

\echo
\echo 'Whole period, by team, straight from the tickets and shifts'
\echo '(NPS -100..100; rates in %; AHT = talk + hold + after-call work;'
\echo ' service level = phone answered within 20 s, abandons after 20 s counting against;'
\echo ' ASA and abandonment over phone and chat, abandons under 5 s left out)'
SELECT t.team,
       count(*) AS tickets,
       round(nps(nps_score)::numeric, 1) AS nps,
       round(csat(csat_score)::numeric, 1) AS "csat %",
       round(fcr_rate(contacts)::numeric, 1) AS "fcr %",
       date_trunc('second', avg_handle_time(talk, hold, after_call_work)) AS aht,
       round((service_level(wait, abandoned, '20 s') FILTER (WHERE channel = 'phone'))::numeric, 1) AS "phone sl %",
       date_trunc('second', avg_speed_of_answer(wait, abandoned) FILTER (WHERE channel <> 'email')) AS asa,
       round((abandonment_rate(abandoned, wait, '5 s') FILTER (WHERE channel <> 'email'))::numeric, 1) AS "abandon %",
       round(ces(ces_score)::numeric, 2) AS ces,
       round(s.occupancy::numeric, 1) AS "occupancy %",
       round(s.utilization::numeric, 1) AS "utilization %"
FROM tickets t
JOIN (SELECT team, occupancy(handle, idle), utilization(busy, scheduled)
      FROM shifts GROUP BY team) s USING (team)
GROUP BY t.team, s.occupancy, s.utilization
ORDER BY t.team;

\echo
\echo 'Week by week, from the daily rollup of KPI states (exact, not averages of averages)'
SELECT team, week,
       to_char(date '2026-08-31' + (week - 1) * 7, 'DD Mon') AS starting,
       sum(tickets) AS tickets,
       round(nps(nps)::numeric, 1) AS nps,
       round(csat(csat)::numeric, 1) AS "csat %",
       round(fcr_rate(fcr)::numeric, 1) AS "fcr %",
       date_trunc('second', avg_handle_time(aht)) AS aht,
       round(service_level(phone_sl)::numeric, 1) AS "phone sl %",
       date_trunc('second', avg_speed_of_answer(asa)) AS asa,
       round(abandonment_rate(abandonment)::numeric, 1) AS "abandon %",
       round(ces(ces)::numeric, 2) AS ces
FROM daily_rollup
GROUP BY team, week
ORDER BY team, week;
