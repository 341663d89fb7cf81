-- report.sql: the KPI report of 'make demo', by team and week, computed
-- with the kpi extension from the sample data of generate.sql, printed
-- with the helpers of format.sql (durations, weeks, attainment).
\set ON_ERROR_STOP 1
SET search_path = kpi_demo, public;
SET intervalstyle = postgres;
\pset footer off
\pset tuples_only off
\pset null '-'

\echo
\echo '=== Support KPI report: 12 weeks from Monday 31 August 2026 ==='
\echo '(durations in h:mm:ss, rounded to the second; weeks as number · the Monday they start;'
\echo ' status against each target: met, at_risk (missed the goal, within the warning threshold), missed)'
\echo
SELECT (SELECT count(*) FROM tickets) AS tickets,
       (SELECT count(*) FROM agents) AS agents,
       (SELECT count(DISTINCT team) FROM agents) AS teams,
       (SELECT count(*) FROM tickets WHERE nps_score IS NOT NULL) AS survey_answers,
       (SELECT count(*) FROM shifts) AS shifts;

\echo
-- One row per team and KPI: the value as a number or a duration.
CREATE TEMP VIEW team_kpi AS
WITH per_team AS (
	SELECT team, nps(nps_score), csat(csat_score), fcr_rate(contacts) AS fcr,
	       avg_handle_time(talk, hold, after_call_work) AS aht,
	       service_level(wait, abandoned, '20 s') FILTER (WHERE channel = 'phone') AS service_level,
	       avg_speed_of_answer(wait, abandoned) FILTER (WHERE channel <> 'email') AS asa,
	       abandonment_rate(abandoned, wait, '5 s') FILTER (WHERE channel <> 'email') AS abandonment,
	       ces(ces_score)
	FROM tickets GROUP BY team
), per_team_shifts AS (
	SELECT team, occupancy(handle, idle), utilization(busy, scheduled)
	FROM shifts GROUP BY team
)
SELECT team, kpi, position, number, duration
FROM per_team JOIN per_team_shifts USING (team),
LATERAL (VALUES
	('nps', 1, nps, NULL::interval),
	('csat', 2, csat, NULL),
	('fcr', 3, fcr, NULL),
	('aht', 4, NULL, aht),
	('service_level', 5, service_level, NULL),
	('asa', 6, NULL, asa),
	('abandonment', 7, abandonment, NULL),
	('ces', 8, ces, NULL),
	('occupancy', 9, occupancy, NULL),
	('utilization', 10, utilization, NULL)) AS k(kpi, position, number, duration);

-- A value and its status against the KPI's target, as a report cell.
CREATE FUNCTION pg_temp.cell(number float8, duration interval, target kpi_target)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT coalesce(kpi_demo.hms(duration), to_char(number, 'FM990.0'))
	       || '  ' || coalesce(kpi_status(duration, target), kpi_status(number, target))::text
$$;

\echo 'Scorecard, whole period: each KPI against its target'
\echo '(NPS -100..100; rates in %; AHT = talk + hold + after-call work;'
\echo ' service level: phone answered within 20 s, abandons after 20 s count against;'
\echo ' ASA and abandonment: phone and chat, abandons under 5 s left out)'
SELECT g.kpi, g.target, g.description,
       max(pg_temp.cell(number, duration, g.target)) FILTER (WHERE team = 'Billing') AS "Billing",
       max(pg_temp.cell(number, duration, g.target)) FILTER (WHERE team = 'Technical') AS "Technical",
       max(pg_temp.cell(number, duration, g.target)) FILTER (WHERE team = 'Onboarding') AS "Onboarding"
FROM team_kpi k JOIN targets g USING (kpi)
GROUP BY g.kpi, g.target, g.description, k.position
ORDER BY k.position;

\echo 'Week by week, from the daily rollup of KPI states (exact, not averages of averages)'
SELECT team, week_label(week) AS week,
       sum(tickets) AS tickets,
       round(nps(nps)::numeric, 1) AS nps,
       round(csat(csat)::numeric, 1) AS "csat %",
       round(fcr_rate(fcr)::numeric, 1) AS "fcr %",
       hms(avg_handle_time(aht)) AS aht,
       round(service_level(phone_sl)::numeric, 1) AS "phone sl %",
       hms(avg_speed_of_answer(asa)) AS asa,
       round(abandonment_rate(abandonment)::numeric, 1) AS "abandon %",
       round(ces(ces)::numeric, 2) AS ces
FROM daily_rollup JOIN teams USING (team)
GROUP BY team, position, daily_rollup.week
ORDER BY position, daily_rollup.week;

------------------------------------------------------------------------
-- At a glance: the scorecard as attainment bars, and every KPI of the
-- weekly report as a 12-week sparkline per team, on one scale per KPI.
-- It reads the team_kpi view and the daily rollup.
------------------------------------------------------------------------
\echo
\echo 'At a glance: attainment of each target, whole period, with its status (the bar is full at the goal)'
\echo '(attainment: 100% = exactly the goal, above 100% = better than the goal; where lower is better'
\echo ' (column "better"), attainment = goal / value, so a rate at a third of its limit reads 300%:'
\echo ' far better than the goal, not an alarm; a status other than met never reads 100%)'
WITH judged AS (
	SELECT k.team, k.kpi, k.position, g.target,
	       coalesce(kpi_attainment(k.duration, g.target), kpi_attainment(k.number, g.target)) AS attainment,
	       coalesce(kpi_status(k.duration, g.target), kpi_status(k.number, g.target)) AS status
	FROM team_kpi k JOIN targets g USING (kpi)
), cells AS (
	SELECT *, lpad(attainment_text(attainment, status), 6) || ' ' || rpad(status::text, 7) || ' '
	          || rpad(kpi_bar(attainment, 100, 10), 10) AS cell
	FROM judged
)
SELECT kpi, target, kpi_direction(target) AS better,
       max(cell) FILTER (WHERE team = 'Billing') AS "Billing",
       max(cell) FILTER (WHERE team = 'Technical') AS "Technical",
       max(cell) FILTER (WHERE team = 'Onboarding') AS "Onboarding"
FROM cells
GROUP BY kpi, target, position
ORDER BY position;

\echo
\echo 'At a glance: 12 weeks per team, one character a week (▁ lowest .. █ highest),'
\echo 'on one scale per KPI: the lowest and highest weekly value of all three teams;'
\echo '"reading" says which way is good: for AHT, ASA and abandonment a high bar is bad'
WITH weekly AS (
	SELECT team, week,
	       nps(nps), csat(csat), fcr_rate(fcr) AS fcr, avg_handle_time(aht) AS aht,
	       service_level(phone_sl) AS service_level, avg_speed_of_answer(asa) AS asa,
	       abandonment_rate(abandonment) AS abandonment, ces(ces)
	FROM daily_rollup GROUP BY team, week
), points AS (
	SELECT w.team, w.week, k.*,
	       min(k.number) OVER (PARTITION BY k.kpi) AS low, max(k.number) OVER (PARTITION BY k.kpi) AS high,
	       min(k.duration) OVER (PARTITION BY k.kpi) AS shortest, max(k.duration) OVER (PARTITION BY k.kpi) AS longest
	FROM weekly w,
	LATERAL (VALUES ('nps', 1, false, nps, NULL::interval), ('csat', 2, false, csat, NULL),
	                ('fcr', 3, false, fcr, NULL), ('aht', 4, true, NULL, aht),
	                ('service_level', 5, false, service_level, NULL), ('asa', 6, true, NULL, asa),
	                ('abandonment', 7, false, abandonment, NULL), ('ces', 8, false, ces, NULL))
	        AS k(kpi, position, is_duration, number, duration)
), lines AS (
	SELECT kpi, position, team,
	       coalesce(kpi_sparkline(number, low, high ORDER BY week) FILTER (WHERE NOT is_duration),
	                kpi_sparkline(duration, shortest, longest ORDER BY week) FILTER (WHERE is_duration)) AS line,
	       CASE WHEN bool_and(is_duration)
	            THEN hms(min(shortest)) || ' .. ' || hms(max(longest))
	            ELSE to_char(min(low), 'FM990.0') || ' .. ' || to_char(max(high), 'FM990.0') END AS scale
	FROM points
	GROUP BY kpi, position, team
)
SELECT kpi,
       max(line) FILTER (WHERE team = 'Billing') AS "Billing",
       max(line) FILTER (WHERE team = 'Technical') AS "Technical",
       max(line) FILTER (WHERE team = 'Onboarding') AS "Onboarding",
       max(scale) AS scale,
       CASE kpi_direction(g.target) WHEN 'higher' THEN 'higher is better'
                                    ELSE 'higher is worse' END AS reading
FROM lines JOIN targets g USING (kpi)
GROUP BY kpi, position, g.target
ORDER BY position;

------------------------------------------------------------------------
-- Uncertainty: how sure each number is, from the same states.
-- kpi_ci_low/kpi_ci_high give 95% confidence intervals, kpi_p_value the
-- chance of a move this large if nothing had changed, kpi_met_probability
-- how likely the true KPI meets its target.
------------------------------------------------------------------------

\echo
\echo 'How sure? Weekly NPS and CSAT with 95% confidence intervals, from the daily rollup'
\echo '(p: two-sided p-value of the change since the previous week; "changed" marks p < 0.05,'
\echo ' a move that noise alone rarely makes; the other moves are within the noise)'
WITH weekly AS (
	SELECT team, week, nps_state(nps) AS nps, csat_state(csat) AS csat
	FROM daily_rollup GROUP BY team, week
), moves AS (
	SELECT w.*,
	       kpi_p_value(lag(nps) OVER by_week, nps) AS nps_p,
	       kpi_value(nps) - kpi_value(lag(nps) OVER by_week) AS nps_move,
	       kpi_p_value(lag(csat) OVER by_week, csat) AS csat_p,
	       kpi_value(csat) - kpi_value(lag(csat) OVER by_week) AS csat_move
	FROM weekly w
	WINDOW by_week AS (PARTITION BY team ORDER BY week)
)
SELECT team, week_label(week) AS week,
       to_char(kpi_value(nps), 'FM990.0') AS nps,
       to_char(kpi_ci_low(nps), 'FM990.0') || ' .. ' || to_char(kpi_ci_high(nps), 'FM990.0') AS "nps 95%",
       to_char(nps_p, 'FM0.000') AS "p",
       CASE WHEN nps_p < 0.05 THEN CASE WHEN nps_move > 0 THEN 'changed: up' ELSE 'changed: down' END
            ELSE '' END AS "nps vs last week",
       to_char(kpi_value(csat), 'FM990.0') AS "csat %",
       to_char(kpi_ci_low(csat), 'FM990.0') || ' .. ' || to_char(kpi_ci_high(csat), 'FM990.0') AS "csat 95%",
       to_char(csat_p, 'FM0.000') AS "p ",
       CASE WHEN csat_p < 0.05 THEN CASE WHEN csat_move > 0 THEN 'changed: up' ELSE 'changed: down' END
            ELSE '' END AS "csat vs last week"
FROM moves JOIN teams USING (team)
ORDER BY position, moves.week;

\echo
\echo 'Needs attention: the targets a team missed in one of the last four weeks, least likely met first'
\echo '(P(met): the probability that the true KPI meets the target anyway, given the week''s answers or'
\echo ' contacts; near 0: a real miss, near 0.5: too close to call; at_risk weeks are in the tables above)'
CREATE FUNCTION pg_temp.target_of(name text) RETURNS kpi_target
LANGUAGE sql STABLE AS $$ SELECT target FROM kpi_demo.targets WHERE kpi = name $$;
WITH weekly AS (
	SELECT team, week, nps_state(nps) AS nps, csat_state(csat) AS csat,
	       fcr_state(fcr) AS fcr, aht_state(aht) AS aht,
	       service_level_state(phone_sl) AS service_level, asa_state(asa) AS asa,
	       abandonment_state(abandonment) AS abandonment, ces_state(ces) AS ces
	FROM daily_rollup WHERE week > (SELECT max(week) - 4 FROM daily_rollup) GROUP BY team, week
), judged AS (
	SELECT w.team, w.week, k.kpi, k.position, k.number, k.duration,
	       kpi_status(k.duration, pg_temp.target_of(k.kpi)) AS duration_status,
	       kpi_status(k.number, pg_temp.target_of(k.kpi)) AS number_status, k.p_met
	FROM weekly w
	CROSS JOIN LATERAL (VALUES
	        ('nps', 1, kpi_value(w.nps), NULL::interval, kpi_met_probability(w.nps, pg_temp.target_of('nps'))),
	        ('csat', 2, kpi_value(w.csat), NULL, kpi_met_probability(w.csat, pg_temp.target_of('csat'))),
	        ('fcr', 3, kpi_value(w.fcr), NULL, kpi_met_probability(w.fcr, pg_temp.target_of('fcr'))),
	        ('aht', 4, NULL, kpi_value(w.aht), kpi_met_probability(w.aht, pg_temp.target_of('aht'))),
	        ('service_level', 5, kpi_value(w.service_level), NULL,
	         kpi_met_probability(w.service_level, pg_temp.target_of('service_level'))),
	        ('asa', 6, NULL, kpi_value(w.asa), kpi_met_probability(w.asa, pg_temp.target_of('asa'))),
	        ('abandonment', 7, kpi_value(w.abandonment), NULL,
	         kpi_met_probability(w.abandonment, pg_temp.target_of('abandonment'))),
	        ('ces', 8, kpi_value(w.ces), NULL, kpi_met_probability(w.ces, pg_temp.target_of('ces'))))
	        AS k(kpi, position, number, duration, p_met)
)
SELECT kpi, team, week_label(judged.week) AS week,
       coalesce(hms(duration), to_char(number, 'FM990.0')) AS value,
       pg_temp.target_of(kpi) AS target, coalesce(duration_status, number_status) AS status,
       to_char(p_met, 'FM0.00') AS "P(met)"
FROM judged JOIN teams t USING (team)
WHERE coalesce(duration_status, number_status) = 'missed'
ORDER BY round(p_met::numeric, 2), judged.position, t.position, judged.week;

------------------------------------------------------------------------
\echo
\echo 'This quarter''s goals, due 31 December: progress from each team''s September and on track on 22 November'
\echo '(baseline: weeks 1-4, September; now: weeks 11-12; the glide path runs from the baseline on'
\echo ' 1 October to the goal on 31 December: 52 of its 91 days have passed, so a team on track has come'
\echo ' 57% of the way; progress: the share of the way it has come, the bar full at the goal; on track:'
\echo ' met on the goal''s path, at_risk only on the warning''s, missed behind both; a team that started'
\echo ' beyond the goal reads "beyond" and is judged by its status alone)'
WITH quarter_goals(kpi, position, target) AS (VALUES
	('nps', 1, kpi_target '> 40 warn 30'),
	('csat', 2, kpi_target '>= 85% warn 80%'),
	('aht', 3, kpi_target '< 7 min 30 s warn 8 min')
), states AS (
	SELECT team, week <= 4 AS september, nps_state(nps) AS nps, csat_state(csat) AS csat,
	       aht_state(aht) AS aht
	FROM daily_rollup WHERE week <= 4 OR week >= 11 GROUP BY team, week <= 4
), periods AS (
	SELECT b.team, g.kpi, g.position, g.target,
	       CASE g.kpi WHEN 'nps' THEN kpi_value(b.nps) WHEN 'csat' THEN kpi_value(b.csat) END AS base_number,
	       CASE g.kpi WHEN 'nps' THEN kpi_value(n.nps) WHEN 'csat' THEN kpi_value(n.csat) END AS now_number,
	       CASE g.kpi WHEN 'aht' THEN kpi_value(b.aht) END AS base_duration,
	       CASE g.kpi WHEN 'aht' THEN kpi_value(n.aht) END AS now_duration
	FROM states b JOIN states n ON n.team = b.team AND b.september AND NOT n.september
	CROSS JOIN quarter_goals g
), judged AS (
	SELECT *,
	       coalesce(kpi_progress(now_duration, target, base_duration),
	                kpi_progress(now_number, target, base_number)) AS progress,
	       coalesce(kpi_on_track(now_duration, target, base_duration, '2026-10-01', '2026-12-31', '2026-11-22'),
	                kpi_on_track(now_number, target, base_number, '2026-10-01', '2026-12-31', '2026-11-22')) AS on_track,
	       coalesce(kpi_status(base_duration, target), kpi_status(base_number, target)) = 'met' AS started_beyond
	FROM periods
), cells AS (
	SELECT *, coalesce(hms(base_duration), to_char(base_number, 'FM990.0')) || ' -> '
	          || coalesce(hms(now_duration), to_char(now_number, 'FM990.0')) || ' '
	          || CASE WHEN started_beyond THEN rpad('beyond', 15)
	                  ELSE lpad(round(least(greatest(progress, -999), 999))::int || '% ', 6)
	                       || rpad(kpi_bar(greatest(progress, 0), 100, 8), 8) END
	          || ' ' || on_track AS cell
	FROM judged
)
SELECT kpi, target,
       max(cell) FILTER (WHERE team = 'Billing') AS "Billing",
       max(cell) FILTER (WHERE team = 'Technical') AS "Technical",
       max(cell) FILTER (WHERE team = 'Onboarding') AS "Onboarding"
FROM cells
GROUP BY kpi, target, position
ORDER BY position;

------------------------------------------------------------------------
-- Why did NPS move since last month: the change of the company's NPS from
-- the month before to the last full month of the data (October against
-- September: the data runs from 31 August to 22 November), split over the
-- nine segments, team × channel, with kpi_contribution, kpi_rate_effect and
-- kpi_mix_effect (symmetric shift-share).  A segment's contribution is its
-- rate effect, its own NPS moving at its average share of the answers, plus
-- its mix effect, its share of the answers moving, which lifts the company
-- when a segment scoring above the company grows or one below it shrinks.
-- The nine contributions add up to the company's change.
------------------------------------------------------------------------
-- The last month whose every day the data covers, and the one before.
CREATE TEMP VIEW nps_months AS
SELECT after_start - interval '1 month' AS before_start, after_start,
       after_start + interval '1 month' AS after_end
FROM (SELECT date_trunc('month', (max(created_at)::date + 1)::timestamp) - interval '1 month' AS after_start
      FROM tickets) last_full_month;
SELECT to_char(before_start, 'FMMonth') AS before_month, to_char(after_start, 'FMMonth') AS after_month
FROM nps_months \gset

CREATE TEMP VIEW nps_moves AS
WITH segments AS (
	SELECT t.team || ' ' || t.channel AS segment, g.position, t.channel,
	       nps_state(t.nps_score) FILTER (WHERE t.created_at >= m.before_start
	                                        AND t.created_at < m.after_start) AS before,
	       nps_state(t.nps_score) FILTER (WHERE t.created_at >= m.after_start
	                                        AND t.created_at < m.after_end) AS after,
	       count(t.nps_score) FILTER (WHERE t.created_at >= m.before_start
	                                    AND t.created_at < m.after_start) AS answers_before,
	       count(t.nps_score) FILTER (WHERE t.created_at >= m.after_start
	                                    AND t.created_at < m.after_end) AS answers_after
	FROM tickets t JOIN teams g USING (team) CROSS JOIN nps_months m
	WHERE t.created_at >= m.before_start AND t.created_at < m.after_end
	GROUP BY t.team, t.channel, g.position
), moves AS (
	SELECT segment, position, channel,
	       kpi_value(before) AS nps_before, kpi_value(after) AS nps_after,
	       answers_before::float8 / sum(answers_before) OVER whole AS share_before,
	       answers_after::float8 / sum(answers_after) OVER whole AS share_after,
	       kpi_contribution(before, after) OVER whole AS contribution,
	       kpi_rate_effect(before, after) OVER whole AS rate,
	       kpi_mix_effect(before, after) OVER whole AS mix,
	       kpi_p_value(before, after) AS p,
	       kpi_value(nps_state(before) OVER whole) AS company_before,
	       kpi_value(nps_state(after) OVER whole) AS company_after,
	       kpi_p_value(nps_state(before) OVER whole, nps_state(after) OVER whole) AS company_p
	FROM segments
	WINDOW whole AS ()
)
SELECT *, sum(contribution) OVER () AS contributions, count(*) OVER () AS segments,
       row_number() OVER (ORDER BY abs(contribution) DESC, position, channel) AS rank
FROM moves;

-- A change in points with its sign, two decimals: +0.68, -0.24.
CREATE FUNCTION pg_temp.points(change float8) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT to_char(round(change::numeric, 2), 'FMS990.00') $$;

SELECT format('Why did NPS move since last month? The three segments (team and channel) that moved the company''s NPS most, %s against %s',
              :'after_month', :'before_month') AS title,
       format('(before: %s, after: %s, the last full month of the data;', :'before_month', :'after_month') AS months \gset
\echo
\echo :title
\echo :months
\echo ' contribution: the segment''s part of the change of the company''s NPS, in points: the contributions'
\echo ' of all the segments add up to the change; rate: the part from the segment''s own NPS moving;'
\echo ' mix: the part from its share of the answers moving, at its NPS against the company''s;'
\echo ' contribution = rate + mix; share: of the company''s survey answers in the month;'
\echo ' p: two-sided p-value of the move of the segment''s own NPS, below 0.05 a move that noise alone rarely makes)'
SELECT segment,
       to_char(nps_before, 'FM990.0') AS "nps before", to_char(nps_after, 'FM990.0') AS "nps after",
       to_char(share_before * 100, 'FM990.0') || '%' AS "share before",
       to_char(share_after * 100, 'FM990.0') || '%' AS "share after",
       pg_temp.points(contribution) AS contribution, pg_temp.points(rate) AS rate,
       pg_temp.points(mix) AS mix, to_char(p, 'FM0.000') AS p
FROM nps_moves WHERE rank <= 3 ORDER BY rank;

-- The same in words, from the same numbers.
\pset tuples_only on
\pset format unaligned
WITH top AS (
	SELECT * FROM nps_moves WHERE rank <= 3
), company AS (
	SELECT company_before, company_after, company_after - company_before AS change, company_p, contributions,
	       segments, (SELECT sum(contribution) FROM top) AS top_three,
	       (SELECT string_agg(segment, ', ' ORDER BY rank) FROM nps_moves WHERE p < 0.05) AS beyond_noise
	FROM nps_moves WHERE rank = 1
)
SELECT line FROM (
	SELECT 0 AS n, format('NPS %s %s points, from %s in %s to %s in %s (p = %s, %s).',
	                      CASE WHEN change < 0 THEN 'fell' ELSE 'rose' END,
	                      to_char(abs(change), 'FM990.00'), to_char(company_before, 'FM990.0'),
	                      :'before_month', to_char(company_after, 'FM990.0'), :'after_month',
	                      to_char(company_p, 'FM0.000'),
	                      CASE WHEN company_p < 0.05 THEN 'a move noise alone rarely makes'
	                           ELSE 'within the noise' END) AS line
	FROM company
	UNION ALL
	SELECT rank * 2 - 1,
	       format('%s%s%s accounts for %s: its own NPS %s from %s to %s (rate %s; p = %s, %s),',
	              CASE WHEN rank = 1 THEN '' ELSE 'Then ' END,
	              segment, CASE WHEN rank = 1 THEN ' alone' ELSE '' END, pg_temp.points(contribution),
	              CASE WHEN nps_after < nps_before THEN 'fell' ELSE 'rose' END,
	              to_char(nps_before, 'FM990.0'), to_char(nps_after, 'FM990.0'), pg_temp.points(rate),
	              to_char(p, 'FM0.000'),
	              CASE WHEN p < 0.05 THEN 'a move noise alone rarely makes' ELSE 'within the noise' END)
	FROM top
	UNION ALL
	SELECT rank * 2,
	       CASE WHEN to_char(share_before * 100, 'FM990.0') = to_char(share_after * 100, 'FM990.0')
	            THEN format('  and its share of the answers held at %s%% (mix %s).',
	                        to_char(share_after * 100, 'FM990.0'), pg_temp.points(mix))
	            ELSE format('  and its share of the answers %s from %s%% to %s%% while it scores %s the company (mix %s).',
	                        CASE WHEN share_after < share_before THEN 'shrank' ELSE 'grew' END,
	                        to_char(share_before * 100, 'FM990.0'), to_char(share_after * 100, 'FM990.0'),
	                        CASE WHEN nps_before + nps_after < company_before + company_after
	                             THEN 'below' ELSE 'above' END,
	                        pg_temp.points(mix)) END
	FROM top
	UNION ALL
	SELECT 9, format('Together the three make %s of the %s; the other %s segments the remaining %s.',
	                 pg_temp.points(top_three), pg_temp.points(change), segments - 3,
	                 pg_temp.points(contributions - top_three))
	FROM company
	UNION ALL
	SELECT 10, CASE WHEN beyond_noise IS NOT NULL
	                THEN format('Segments whose own NPS moved beyond the noise: %s.', beyond_noise)
	                WHEN company_p < 0.05
	                THEN format('A broad %s: the company''s move is beyond the noise, no single segment''s own move is.',
	                            CASE WHEN change < 0 THEN 'fall' ELSE 'rise' END)
	                ELSE 'Neither the company''s move nor any segment''s own is beyond the noise.' END
	FROM company
) sentences
ORDER BY n;
\pset format aligned
\pset tuples_only off
