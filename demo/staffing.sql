-- staffing.sql: the staffing part of 'make demo', run after generate.sql
-- and report.sql.  It stores the planned shrinkage beside the
-- KPI targets, measures the real shrinkage from the shifts, and builds the
-- staffing table of Billing's phone queue: per half hour of a weekday, the
-- average calls and handle time of the last four weeks, and the agents
-- the service-level target needs, with Erlang C and with Erlang A.
\set ON_ERROR_STOP 1
SET search_path = kpi_demo, public;
SET intervalstyle = postgres;
\pset footer off
\pset null '-'

\o /dev/null
-- The workforce plan assumes 30% of paid time away from the phones
-- (holidays, sickness, training, breaks); more than 35% is at risk.
INSERT INTO targets VALUES
	('shrinkage', '<= 30% warn 35%', 'planned shrinkage: at most 30% of paid time off the phones')
ON CONFLICT (kpi) DO NOTHING;
\o

\echo
\echo 'Shrinkage, whole period: paid time of the shifts the agents were not available (scheduled - busy)'
\echo '(measured: only the time lost inside the shifts worked, such as meetings, training and breaks;'
\echo ' the sample has no holidays, sick days or other absences, every agent works every weekday;'
\echo ' planned: the workforce plan''s 30% also covers those, so the staffing table below schedules'
\echo ' with the planned 30%, not with the measured figure)'
SELECT s.team, g.target AS "planned (target)",
       round(shrinkage(s.scheduled - s.busy, s.scheduled)::numeric, 1) AS "measured %",
       kpi_status(shrinkage(s.scheduled - s.busy, s.scheduled), g.target) AS status
FROM shifts s JOIN teams t USING (team) JOIN targets g ON g.kpi = 'shrinkage'
GROUP BY s.team, t.position, g.target
ORDER BY t.position;

\echo
\echo 'Staffing table, Billing phone queue, weekdays: per half hour the average of the last four weeks'
\echo '(service-level target and planned shrinkage (30%) from the targets table, answered within 20 s;'
\echo ' Erlang A with the callers'' mean patience estimated from the abandons of the same weeks)'
WITH recent AS (
	-- the last four weeks of data, Monday to Friday
	SELECT * FROM tickets
	WHERE team = 'Billing' AND channel = 'phone' AND week BETWEEN 9 AND 12
	  AND extract(isodow FROM created_at) < 6
), patience AS (
	-- exponential patience, maximum likelihood with waits cut short by an
	-- answer: total time all callers spent waiting / number who hung up
	SELECT sum(wait) / nullif(count(*) FILTER (WHERE abandoned), 0) AS mean_patience
	FROM recent
), slots AS (
	SELECT date_trunc('hour', created_at::time)
	       + CASE WHEN extract(minute FROM created_at) >= 30 THEN interval '30 min' ELSE interval '0' END AS slot,
	       count(*) / 20.0 AS calls,			-- 4 weeks of 5 weekdays
	       avg_handle_time(talk, hold, after_call_work) AS aht
	FROM recent GROUP BY 1
), plan AS (
	SELECT (SELECT target FROM targets WHERE kpi = 'service_level') AS sl_target,
	       (SELECT kpi_goal(target) FROM targets WHERE kpi = 'shrinkage') AS shrinkage
)
SELECT to_char(slot, 'HH24:MI') || '-' || to_char(slot + interval '30 min', 'HH24:MI') AS "half hour",
       round(calls, 1) AS calls,
       hms(aht) AS aht,
       round((calls * extract(epoch FROM aht) / 1800)::numeric, 2) AS erlangs,
       erlang_c_agents(calls::float8, aht, '30 min', sl_target, '20 s') AS "on phones",
       round(erlang_c_service_level(erlang_c_agents(calls::float8, aht, '30 min', sl_target, '20 s'),
                                    calls::float8, aht, '30 min', '20 s')::numeric, 1) AS "sl %",
       erlang_c_agents(calls::float8, aht, '30 min', sl_target, '20 s', 85, shrinkage) AS scheduled,
       erlang_a_agents(calls::float8, aht, '30 min', date_trunc('second', mean_patience),
                       sl_target, '20 s') AS "on phones (A)",
       erlang_a_agents(calls::float8, aht, '30 min', date_trunc('second', mean_patience),
                       sl_target, '20 s', 85, shrinkage) AS "scheduled (A)"
FROM slots, plan, patience
ORDER BY slot;
