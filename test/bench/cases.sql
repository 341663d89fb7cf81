-- The benchmark's cases: for every KPI aggregate, the kpi expression, the
-- plain SQL an analyst writes today, and the executor floor (count() over
-- the same input columns).  baseline, for the bigint forms only, is the
-- integer form over an integer copy of the same values in the column just
-- before the bigint one: the bigint form must cost at most 1.05 times its
-- baseline (run.sql judges it in the serial scenario).  Both read columns
-- at the end of the row, which costs every query more than reading the
-- integer columns near the front (the executor walks the columns before
-- it, some NULL), so the two are compared with each other, not with the
-- integer cases above.
CREATE TABLE bench_case (
	aggregate text PRIMARY KEY,
	kpi text NOT NULL,
	plain text NOT NULL,
	floor text NOT NULL,
	baseline text
);
INSERT INTO bench_case (aggregate, kpi, plain, floor) VALUES
('nps(score)', 'nps(nps_score)',
 '100.0 * (count(*) FILTER (WHERE nps_score >= 9) - count(*) FILTER (WHERE nps_score <= 6)) / nullif(count(nps_score), 0)',
 'count(nps_score)'),
('csat(score)', 'csat(csat_score)',
 '100.0 * count(*) FILTER (WHERE csat_score >= 4) / nullif(count(csat_score), 0)',
 'count(csat_score)'),
('csat(satisfied)', 'csat(nps_score >= 9)',
 '100.0 * count(*) FILTER (WHERE nps_score >= 9) / nullif(count(nps_score), 0)',
 'count(nps_score >= 9)'),
('fcr_rate(flag)', 'fcr_rate(resolved)',
 '100.0 * count(*) FILTER (WHERE resolved) / nullif(count(resolved), 0)',
 'count(resolved)'),
('fcr_rate(contacts)', 'fcr_rate(contacts)',
 '100.0 * count(*) FILTER (WHERE contacts = 1) / nullif(count(contacts), 0)',
 'count(contacts)'),
('ces(score)', 'ces(ces_score)', 'avg(ces_score)', 'count(ces_score)'),
-- rating (kpi 1.1): the CES answers as ratings on 1..7
('rating(score,low,high)', 'rating(ces_score, 1, 7)', 'avg(ces_score)', 'count(ces_score)'),
('rating_state(score,low,high)', 'rating_state(ces_score, 1, 7)', 'avg(ces_score)', 'count(ces_score)'),
-- half points on 0..7 as numeric (what a survey export often stores): the
-- user's alternative is avg(numeric)
('rating(numeric score)', 'rating(ces_scoren, 0, 7)', 'avg(ces_scoren)', 'count(ces_scoren)'),
('avg_handle_time(handle)', 'avg_handle_time(talk)', 'avg(talk)', 'count(talk)'),
('avg_handle_time(talk,hold,acw)', 'avg_handle_time(talk, hold, acw)',
 'avg(talk + hold + acw)',
 'count(*) FILTER (WHERE talk IS NOT NULL AND hold IS NOT NULL AND acw IS NOT NULL)'),
('utilization', 'utilization(busy, scheduled)',
 '100 * extract(epoch FROM sum(busy)) / nullif(extract(epoch FROM sum(scheduled)), 0)',
 'count(*) FILTER (WHERE busy IS NOT NULL AND scheduled IS NOT NULL)'),
('occupancy', 'occupancy(talk, idle)',
 '100 * extract(epoch FROM sum(talk)) / nullif(extract(epoch FROM sum(talk) + sum(idle)), 0)',
 'count(*) FILTER (WHERE talk IS NOT NULL AND idle IS NOT NULL)'),
('service_level(wait,T)', 'service_level(wait, ''20 s'')',
 '100.0 * count(*) FILTER (WHERE wait <= ''20 s'') / nullif(count(wait), 0)',
 'count(wait)'),
('service_level(wait,abandoned,T)', 'service_level(wait, abandoned, ''20 s'')',
 '100.0 * count(*) FILTER (WHERE NOT abandoned AND wait <= ''20 s'') / nullif(count(*) FILTER (WHERE NOT abandoned OR wait > ''20 s''), 0)',
 'count(*) FILTER (WHERE wait IS NOT NULL AND abandoned IS NOT NULL)'),
('avg_speed_of_answer', 'avg_speed_of_answer(wait, abandoned)',
 'avg(wait) FILTER (WHERE NOT abandoned)',
 'count(*) FILTER (WHERE wait IS NOT NULL AND abandoned IS NOT NULL)'),
('abandonment_rate(abandoned)', 'abandonment_rate(abandoned)',
 '100.0 * count(*) FILTER (WHERE abandoned) / nullif(count(abandoned), 0)',
 'count(abandoned)'),
('abandonment_rate(abandoned,wait,S)', 'abandonment_rate(abandoned, wait, ''5 s'')',
 '100.0 * count(*) FILTER (WHERE abandoned AND wait >= ''5 s'') / nullif(count(*) FILTER (WHERE wait >= ''5 s'' OR NOT abandoned), 0)',
 'count(*) FILTER (WHERE wait IS NOT NULL AND abandoned IS NOT NULL)'),
-- churn over January 2019: the base is active at its start (an end NULL
-- or after it), the churned of the base gone by its end
('churn_rate(from,until,period)',
 'churn_rate(customer_from, customer_until, tstzrange(''2019-01-01 00:00+00'', ''2019-02-01 00:00+00''))',
 '100.0 * count(*) FILTER (WHERE customer_from <= ''2019-01-01 00:00+00'' AND customer_until > ''2019-01-01 00:00+00'' AND customer_until <= ''2019-02-01 00:00+00'') / nullif(count(*) FILTER (WHERE customer_from <= ''2019-01-01 00:00+00'' AND customer_until > ''2019-01-01 00:00+00'' IS NOT FALSE), 0)',
 'count(*) FILTER (WHERE customer_from IS NOT NULL AND customer_until IS NOT NULL)');

-- The bigint overloads, over bigint copies of the integer columns at the
-- end of the row, each right after an integer copy for its baseline.
INSERT INTO bench_case (aggregate, kpi, plain, floor, baseline) VALUES
('nps(bigint score)', 'nps(nps_score8)',
 '100.0 * (count(*) FILTER (WHERE nps_score8 >= 9) - count(*) FILTER (WHERE nps_score8 <= 6)) / nullif(count(nps_score8), 0)',
 'count(nps_score8)', 'nps(nps_score4)'),
('csat(bigint score)', 'csat(csat_score8)',
 '100.0 * count(*) FILTER (WHERE csat_score8 >= 4) / nullif(count(csat_score8), 0)',
 'count(csat_score8)', 'csat(csat_score4)'),
('fcr_rate(bigint contacts)', 'fcr_rate(contacts8)',
 '100.0 * count(*) FILTER (WHERE contacts8 = 1) / nullif(count(contacts8), 0)',
 'count(contacts8)', 'fcr_rate(contacts4)'),
('ces(bigint score)', 'ces(ces_score8)', 'avg(ces_score8)', 'count(ces_score8)', 'ces(ces_score4)'),
('rating(bigint score)', 'rating(ces_score8, 1, 7)', 'avg(ces_score8)', 'count(ces_score8)', 'rating(ces_score4, 1, 7)');

-- Scenarios: a query template around the aggregate expression %1$s, and
-- the settings it runs under.  In the window scenarios every aggregate call
-- of the expression gets OVER w (see bench_sql in run.sql).
CREATE TABLE bench_scenario (
	position int PRIMARY KEY,
	scenario text NOT NULL,
	template text NOT NULL,
	settings text[] NOT NULL
);
INSERT INTO bench_scenario VALUES
(1, 'serial', 'SELECT %1$s FROM tickets',
 '{max_parallel_workers_per_gather=0}'),
(2, 'parallel', 'SELECT %1$s FROM tickets',
 '{max_parallel_workers_per_gather=2,parallel_setup_cost=0,parallel_tuple_cost=0,min_parallel_table_scan_size=0}'),
(3, 'group by agent', 'SELECT count(*) FROM (SELECT agent, %1$s AS v FROM tickets GROUP BY agent) q',
 '{max_parallel_workers_per_gather=0}'),
(4, 'group by hour', 'SELECT count(*) FROM (SELECT hour, %1$s AS v FROM tickets GROUP BY hour) q',
 '{max_parallel_workers_per_gather=0}'),
(5, 'window 10 rows', 'SELECT count(v) FROM (SELECT %1$s AS v FROM window_tickets WINDOW w AS (ORDER BY created_at ROWS BETWEEN 9 PRECEDING AND CURRENT ROW)) q',
 '{max_parallel_workers_per_gather=0}'),
(6, 'window 1000 rows', 'SELECT count(v) FROM (SELECT %1$s AS v FROM window_tickets WINDOW w AS (ORDER BY created_at ROWS BETWEEN 999 PRECEDING AND CURRENT ROW)) q',
 '{max_parallel_workers_per_gather=0}');
