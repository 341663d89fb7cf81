--
-- windows: every aggregate as a window function over sliding ROWS and RANGE
-- frames (which use the inverse transition functions) gives exactly what the
-- same aggregate gives over the frame's rows picked by a subquery.
--

-- A hand-checked sliding frame first: NPS over the current and previous
-- answer, scores 10, 0, 9, NULL, 7:
--   {10} -> 100; {10, 0} -> 100 * (1 - 1) / 2 = 0; {0, 9} -> 0;
--   {9, NULL} -> 100; {NULL, 7} -> 0
SELECT i, score, nps(score) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
FROM (VALUES (1, 10), (2, 0), (3, 9), (4, NULL), (5, 7)) v(i, score)
ORDER BY i;

-- AHT over a frame that slides past a row: 1 min, 3 min, 2 min, 6 min with
-- one row either side: {1, 3} -> 2 min; {1, 3, 2} -> 2 min; {3, 2, 6}
-- -> 3 min 40 s; {2, 6} -> 4 min
SELECT i, avg_handle_time(h) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING)
FROM (VALUES (1, '1 min'::interval), (2, '3 min'), (3, '2 min'), (4, '6 min')) v(i, h)
ORDER BY i;

-- 60 deterministic calls, three to a timestamp (RANGE peers), with NULLs
-- sprinkled over every column.
CREATE TABLE calls AS
SELECT i AS id,
       timestamp '2026-01-05 09:00' + (i / 3) * interval '4 min' AS at,
       CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 7) % 11 END AS nps_score,
       CASE WHEN i % 9 = 0 THEN NULL ELSE 1 + (i * 3) % 5 END AS csat_score,
       1 + (i * 5) % 7 AS ces_score,
       CASE WHEN i % 11 = 0 THEN NULL ELSE i % 3 <> 0 END AS resolved,
       CASE WHEN i % 17 = 0 THEN NULL ELSE 1 + (i * i) % 4 END AS contacts,
       make_interval(secs => 60 + (i * 37) % 400) AS talk,
       make_interval(secs => (i * 13) % 90) AS hold,
       make_interval(secs => (i * 17) % 120 + 0.5) AS acw,
       CASE WHEN i % 19 = 0 THEN NULL ELSE make_interval(secs => (i * 29) % 70) END AS wait,
       CASE WHEN i % 13 = 0 THEN NULL ELSE i % 5 = 0 END AS abandoned,
       interval '8 hours' AS scheduled,
       make_interval(mins => 300 + (i * 23) % 150) AS busy,
       make_interval(mins => (i * 11) % 60) AS idle
FROM generate_series(1, 60) i;

-- rows 3 preceding: window value vs the same aggregate over the frame's rows
SELECT 'nps' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT nps(nps_score) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT nps(c2.nps_score) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'csat_score' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT csat(csat_score) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT csat(c2.csat_score) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'csat_flag' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT csat(nps_score >= 9) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT csat(c2.nps_score >= 9) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'fcr_flag' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT fcr_rate(resolved) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT fcr_rate(c2.resolved) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'fcr_contacts' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT fcr_rate(contacts) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT fcr_rate(c2.contacts) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'ces' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT ces(ces_score) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT ces(c2.ces_score) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'aht' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_handle_time(talk) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT avg_handle_time(c2.talk) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'aht_parts' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_handle_time(talk, hold, acw) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT avg_handle_time(c2.talk, c2.hold, c2.acw) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'utilization' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT utilization(busy, scheduled) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT utilization(c2.busy, c2.scheduled) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'occupancy' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT occupancy(talk, idle) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT occupancy(c2.talk, c2.idle) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'shrinkage' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT shrinkage(idle, scheduled) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT shrinkage(c2.idle, c2.scheduled) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'sl' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT service_level(wait, '20 s') OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT service_level(c2.wait, '20 s') FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'sl_abandon' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT service_level(wait, abandoned, '20 s') OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT service_level(c2.wait, c2.abandoned, '20 s') FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'asa' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_speed_of_answer(wait, abandoned) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT avg_speed_of_answer(c2.wait, c2.abandoned) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'abandon' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT abandonment_rate(abandoned) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT abandonment_rate(c2.abandoned) FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f
UNION ALL
SELECT 'abandon_short' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT abandonment_rate(abandoned, wait, '5 s') OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS w,
             (SELECT abandonment_rate(c2.abandoned, c2.wait, '5 s') FROM calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id) AS s
      FROM calls c) f;

-- rows 2 preceding and 2 following: window value vs the same aggregate over the frame's rows
SELECT 'nps' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT nps(nps_score) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT nps(c2.nps_score) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'csat_score' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT csat(csat_score) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT csat(c2.csat_score) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'csat_flag' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT csat(nps_score >= 9) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT csat(c2.nps_score >= 9) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'fcr_flag' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT fcr_rate(resolved) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT fcr_rate(c2.resolved) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'fcr_contacts' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT fcr_rate(contacts) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT fcr_rate(c2.contacts) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'ces' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT ces(ces_score) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT ces(c2.ces_score) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'aht' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_handle_time(talk) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT avg_handle_time(c2.talk) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'aht_parts' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_handle_time(talk, hold, acw) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT avg_handle_time(c2.talk, c2.hold, c2.acw) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'utilization' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT utilization(busy, scheduled) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT utilization(c2.busy, c2.scheduled) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'occupancy' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT occupancy(talk, idle) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT occupancy(c2.talk, c2.idle) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'shrinkage' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT shrinkage(idle, scheduled) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT shrinkage(c2.idle, c2.scheduled) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'sl' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT service_level(wait, '20 s') OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT service_level(c2.wait, '20 s') FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'sl_abandon' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT service_level(wait, abandoned, '20 s') OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT service_level(c2.wait, c2.abandoned, '20 s') FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'asa' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_speed_of_answer(wait, abandoned) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT avg_speed_of_answer(c2.wait, c2.abandoned) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'abandon' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT abandonment_rate(abandoned) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT abandonment_rate(c2.abandoned) FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f
UNION ALL
SELECT 'abandon_short' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT abandonment_rate(abandoned, wait, '5 s') OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING) AS w,
             (SELECT abandonment_rate(c2.abandoned, c2.wait, '5 s') FROM calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2) AS s
      FROM calls c) f;

-- range 10 min preceding: window value vs the same aggregate over the frame's rows
SELECT 'nps' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT nps(nps_score) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT nps(c2.nps_score) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'csat_score' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT csat(csat_score) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT csat(c2.csat_score) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'csat_flag' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT csat(nps_score >= 9) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT csat(c2.nps_score >= 9) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'fcr_flag' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT fcr_rate(resolved) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT fcr_rate(c2.resolved) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'fcr_contacts' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT fcr_rate(contacts) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT fcr_rate(c2.contacts) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'ces' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT ces(ces_score) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT ces(c2.ces_score) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'aht' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_handle_time(talk) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT avg_handle_time(c2.talk) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'aht_parts' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_handle_time(talk, hold, acw) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT avg_handle_time(c2.talk, c2.hold, c2.acw) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'utilization' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT utilization(busy, scheduled) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT utilization(c2.busy, c2.scheduled) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'occupancy' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT occupancy(talk, idle) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT occupancy(c2.talk, c2.idle) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'shrinkage' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT shrinkage(idle, scheduled) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT shrinkage(c2.idle, c2.scheduled) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'sl' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT service_level(wait, '20 s') OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT service_level(c2.wait, '20 s') FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'sl_abandon' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT service_level(wait, abandoned, '20 s') OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT service_level(c2.wait, c2.abandoned, '20 s') FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'asa' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT avg_speed_of_answer(wait, abandoned) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT avg_speed_of_answer(c2.wait, c2.abandoned) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'abandon' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT abandonment_rate(abandoned) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT abandonment_rate(c2.abandoned) FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f
UNION ALL
SELECT 'abandon_short' AS aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(w) > 0 AS has_values
FROM (SELECT abandonment_rate(abandoned, wait, '5 s') OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW) AS w,
             (SELECT abandonment_rate(c2.abandoned, c2.wait, '5 s') FROM calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at) AS s
      FROM calls c) f;


-- churn_rate and retention_rate over a sliding frame, by hand.  Period
-- January 2024; customers (from, until): 1 (2023-01-01, NULL) base;
-- 2 (2023-01-01, 2024-01-15) base, churned; 3 (2024-01-10, NULL) new;
-- 4 NULL, skipped; 5 (2023-05-01, 2024-02-01) base, churned at the end.
-- Current and previous row: {1} -> 0 of 1 = 0; {1, 2} -> 1 of 2 = 50;
-- {2, 3} -> 1 of 1 = 100; {3, 4} -> no base, NULL; {4, 5} -> 1 of 1 = 100.
-- Retention: 100, 50, 0, NULL, 0.
SELECT i,
       churn_rate(f, u, '[2024-01-01,2024-02-01)'::daterange) OVER w,
       retention_rate(f, u, '[2024-01-01,2024-02-01)'::daterange) OVER w,
       kpi_counts(churn_state(f, u, '[2024-01-01,2024-02-01)'::daterange) OVER w) - 'period_from_us' - 'period_until_us' AS counts
FROM (VALUES (1, date '2023-01-01', NULL::date), (2, '2023-01-01', '2024-01-15'),
             (3, '2024-01-10', NULL), (4, NULL, NULL), (5, '2023-05-01', '2024-02-01')) v(i, f, u)
WINDOW w AS (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
ORDER BY i;

-- Every churn aggregate over ROWS and RANGE frames equals the aggregate
-- over the frame's rows; the calls' ids stand for customers (setup.sql).
CREATE TABLE churn_calls AS
SELECT id, at, regress_active_from(id) AS active_from, regress_active_until(id) AS active_until,
       regress_active_from_date(id) AS from_date, regress_active_until_date(id) AS until_date
FROM calls;
SELECT frame, aggregate,
       count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches,
       count(DISTINCT w) > 2 AS varied_values
FROM (SELECT 'rows 3 preceding' AS frame, 'churn_rate' AS aggregate,
             churn_rate(active_from, active_until, tstzrange('2026-08-01', '2026-09-01')) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)::text AS w,
             (SELECT churn_rate(c2.active_from, c2.active_until, tstzrange('2026-08-01', '2026-09-01')) FROM churn_calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id)::text AS s
      FROM churn_calls c
      UNION ALL
      SELECT 'rows 3 preceding', 'retention_rate (dates)',
             retention_rate(from_date, until_date, '[2026-08-01,2026-09-01)') OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)::text,
             (SELECT retention_rate(c2.from_date, c2.until_date, '[2026-08-01,2026-09-01)') FROM churn_calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id)::text
      FROM churn_calls c
      UNION ALL
      SELECT 'rows 2 preceding 2 following', 'churn_state',
             churn_state(active_from, active_until, tstzrange('2026-08-01', '2026-09-01')) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING)::text,
             (SELECT churn_state(c2.active_from, c2.active_until, tstzrange('2026-08-01', '2026-09-01')) FROM churn_calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2)::text
      FROM churn_calls c
      UNION ALL
      SELECT 'rows 2 preceding 2 following', 'churn_state (dates)',
             churn_state(from_date, until_date, '[2026-08-01,2026-09-01)') OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING)::text,
             (SELECT churn_state(c2.from_date, c2.until_date, '[2026-08-01,2026-09-01)') FROM churn_calls c2 WHERE c2.id BETWEEN c.id - 2 AND c.id + 2)::text
      FROM churn_calls c
      UNION ALL
      SELECT 'range 10 min preceding', 'churn_rate',
             churn_rate(active_from, active_until, tstzrange('2026-08-01', '2026-09-01')) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW)::text,
             (SELECT churn_rate(c2.active_from, c2.active_until, tstzrange('2026-08-01', '2026-09-01')) FROM churn_calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at)::text
      FROM churn_calls c
      UNION ALL
      SELECT 'range 10 min preceding', 'retention_rate',
             retention_rate(active_from, active_until, tstzrange('2026-08-01', '2026-09-01')) OVER (ORDER BY at RANGE BETWEEN '10 min' PRECEDING AND CURRENT ROW)::text,
             (SELECT retention_rate(c2.active_from, c2.active_until, tstzrange('2026-08-01', '2026-09-01')) FROM churn_calls c2 WHERE c2.at BETWEEN c.at - interval '10 min' AND c.at)::text
      FROM churn_calls c) f
GROUP BY frame, aggregate ORDER BY frame, aggregate;

-- Over stored states: a moving frame of churn_state values (merged with
-- combine, taken out with subtract) equals the raw rows of the frame.
SELECT count(*) FILTER (WHERE w IS DISTINCT FROM s) AS mismatches, count(DISTINCT w) > 2 AS varied_values
FROM (SELECT churn_rate(st) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)::text AS w,
             (SELECT churn_rate(c2.active_from, c2.active_until, tstzrange('2026-08-01', '2026-09-01')) FROM churn_calls c2 WHERE c2.id BETWEEN c.id - 3 AND c.id)::text AS s
      FROM (SELECT id, churn_state(active_from, active_until, tstzrange('2026-08-01', '2026-09-01')) AS st
            FROM churn_calls GROUP BY id) c) f;
