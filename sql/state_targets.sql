-- Targets evaluated on states (1.1): kpi_status, kpi_met, kpi_gap and
-- kpi_attainment of a state equal those of its kpi_value, and a target
-- whose unit is not the KPI's is refused (22023) instead of silently met.

-- csat 5, 4, 2: 2 of 3 satisfied = 66.666...%; against '>= 80% warn 60%'
-- at_risk; gap 66.67 - 80 = -13.33; attainment 100 * 66.67 / 80 = 83.33
SELECT kpi_status(s, '>= 80% warn 60%'), kpi_met(s, '>= 80%'),
       kpi_gap(s, '>= 80%'), kpi_attainment(s, '>= 80%')
FROM (SELECT csat_state(x) AS s FROM (VALUES (5), (4), (2)) v(x)) t;

-- nps 10, 9, 6, 8: (2 - 1) / 4 = 25 points; '> 30 warn 20' at_risk,
-- gap -5, attainment 100 * 25 / 30 = 83.33
SELECT kpi_status(s, '> 30 warn 20'), kpi_met(s, '> 30'), kpi_gap(s, '> 30'),
       kpi_attainment(s, '> 30')
FROM (SELECT nps_state(x) AS s FROM (VALUES (10), (9), (6), (8)) v(x)) t;

-- rating 7, 8, 10 on 1..10: 25 / 3 = 8.33; '> 8' met, gap 1/3
SELECT kpi_status(s, '> 8'), kpi_met(s, '> 8'), kpi_gap(s, '> 8'), kpi_attainment(s, '> 8')
FROM (SELECT rating_state(x, 1, 10) AS s FROM (VALUES (7), (8), (10)) v(x)) t;

-- ces 7, 6: 6.5 against '>= 7 warn 6' at_risk, gap -0.5
SELECT kpi_status(s, '>= 7 warn 6'), kpi_gap(s, '>= 7')
FROM (SELECT ces_state(x) AS s FROM (VALUES (7), (6)) v(x)) t;

-- aht 5 and 9 minutes: 7 min against '< 6 min warn 8 min' at_risk,
-- gap +1 min, attainment 100 * 6 / 7 = 85.71
SELECT kpi_status(s, '< 6 min warn 8 min'), kpi_met(s, '< 6 min'),
       kpi_gap(s, '< 6 min'), kpi_attainment(s, '< 6 min')
FROM (SELECT aht_state(h) AS s FROM (VALUES (interval '5 min'), ('9 min')) v(h)) t;

-- asa: answered waits 10 s and 30 s (an abandon is not answered): 20 s
SELECT kpi_status(s, '< 30 s'), kpi_gap(s, '< 30 s')
FROM (SELECT asa_state(w, a) AS s
      FROM (VALUES (interval '10 s', false), ('30 s', false), ('5 min', true)) v(w, a)) t;

-- fcr contacts 1, 1, 2, 3: 2 of 4 = 50%: '>= 75% warn 70%' missed
SELECT kpi_status(s, '>= 75% warn 70%'), kpi_gap(s, '>= 75%')
FROM (SELECT fcr_state(c) AS s FROM (VALUES (1), (1), (2), (3)) v(c)) t;

-- service level 20 s: answered in 10 s and 30 s, one abandon after 40 s:
-- 1 / (2 + 1) = 33.33% missed against '>= 80%'
SELECT kpi_status(s, '>= 80%'), kpi_met(s, '>= 80%')
FROM (SELECT service_level_state(w, a, '20 s') AS s
      FROM (VALUES (interval '10 s', false), ('30 s', false), ('40 s', true)) v(w, a)) t;

-- abandonment 1 of 4 = 25%: '<= 5% warn 8%' missed, gap +20
SELECT kpi_status(s, '<= 5% warn 8%'), kpi_gap(s, '<= 5%')
FROM (SELECT abandonment_state(a) AS s FROM (VALUES (true), (false), (false), (false)) v(a)) t;

-- utilization 6 h of 8 h = 75%; occupancy 6 h / (6 h + 2 h) = 75%;
-- shrinkage 1 h of 8 h = 12.5%
SELECT kpi_status(utilization_state('6 h', '8 h'), '>= 75%'),
       kpi_status(occupancy_state('6 h', '2 h'), '<= 85%'),
       kpi_gap(shrinkage_state('1 h', '8 h'), '<= 15%');

-- churn: base 2 (both active on Jan 1), 1 left in January: 50%
SELECT kpi_status(s, '<= 2% warn 3%'), kpi_attainment(s, '<= 2%')
FROM (SELECT churn_state(f, u, '[2024-01-01,2024-02-01)'::daterange) AS s
      FROM (VALUES (date '2023-01-01', date '2024-01-15'), ('2023-06-01', NULL)) v(f, u)) t;

-- evaluating a state is evaluating its value, on the regression data
SELECT count(*) AS states,
       count(*) FILTER (WHERE kpi_status(s, '>= 60% warn 50%')
                        IS DISTINCT FROM kpi_status(kpi_value(s), '>= 60% warn 50%')) AS differing,
       count(*) FILTER (WHERE kpi_attainment(s, '>= 60%')
                        IS DISTINCT FROM kpi_attainment(kpi_value(s), '>= 60%')) AS differing_attainment
FROM (SELECT csat_state(x) AS s
      FROM generate_series(1, 200) g, LATERAL (SELECT 1 + (g * 7 + k) % 5 AS x
                                              FROM generate_series(1, 1 + g % 9) k) r
      GROUP BY g) t;

-- an empty state has no value: NULL, like a NULL state
SELECT kpi_status(csat_state(x), '>= 80%') IS NULL AS empty_is_null,
       kpi_gap(aht_state(h), '< 6 min') IS NULL AS empty_duration_is_null
FROM (VALUES (NULL::int, NULL::interval)) v(x, h);
SELECT kpi_status(NULL::nps_state, '> 30') IS NULL AS null_state;

-- the unit trap: a percent KPI against a plain number is refused
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT kpi_status(csat_state(x), '> 8') FROM (VALUES (5), (4)) v(x);
SELECT kpi_met(fcr_state(c), '>= 75') FROM (VALUES (1)) v(c);
-- a number KPI (points, a rating) against a percent
SELECT kpi_status(nps_state(x), '> 30%') FROM (VALUES (9)) v(x);
SELECT kpi_gap(rating_state(x, 1, 10), '>= 80%') FROM (VALUES (9)) v(x);
-- durations against numbers, and the reverse
SELECT kpi_status(aht_state(h), '< 6') FROM (VALUES (interval '5 min')) v(h);
SELECT kpi_attainment(asa_state(h, false), '< 20%') FROM (VALUES (interval '5 s')) v(h);
SELECT kpi_gap(service_level_state(w, '20 s'), '< 1 min') FROM (VALUES (interval '5 s')) v(w);
-- the check on its own: an unknown unit
SELECT kpi_target_for_state('> 8', 'kpi_status', 'csat', 'points');
