-- percentiles.sql: the first-reply and resolution-time part of 'make demo'
-- (duration_median, duration_percentile, duration_sketch).
-- Runs after generate.sql and report.sql and only adds to them: its own
-- table of ticket times and its own rollup, then its report section.
--
-- First reply: a phone or chat contact is answered when the queue wait
-- ends; an e-mail gets its reply after the wait generate.sql drew (10 min
-- to 9 h).  Resolution: first reply plus the handling, and for every
-- further contact a follow-up delay with a long tail (median about 20
-- hours, up to weeks), so the mean sits far above the median.  Calendar
-- time, and then the same in business hours: the team's kpi_calendar from
-- business_hours.sql (team_hours, which runs first), the ticket's
-- timestamp read as the team's local time as there.  The draws hash the
-- ticket id, so they are the same on every run.
\set ON_ERROR_STOP 1
SET search_path = kpi_demo, public;
SET intervalstyle = postgres;
\pset footer off
\pset null '-'

\o /dev/null
-- A uniform draw in (0, 1) from a ticket id and a salt, without random().
CREATE FUNCTION pg_temp.draw(id int, salt text) RETURNS float8
LANGUAGE sql IMMUTABLE AS $$
	SELECT (abs(hashtext(id::text || salt)::float8) + 1) / 2147483649.0
$$;

CREATE TABLE ticket_times AS
SELECT id, team, week, created_at::date AS day, channel,
       wait AS first_reply,
       wait + talk + hold + after_call_work
         + (contacts - 1) * make_interval(secs => round(
             -- log-normal follow-up delay: median exp(11.2) s = 20 h
             exp(11.2 + 1.3 * sqrt(-2 * ln(pg_temp.draw(id, 'a')))
                            * cos(2 * pi() * pg_temp.draw(id, 'b'))))::float8)
         AS resolution
FROM tickets
WHERE NOT abandoned;

-- the warehouse's daily rollup per team: one duration_sketch per column
CREATE TABLE daily_times AS
SELECT team, day, week, count(*) AS tickets,
       duration_sketch(first_reply) AS first_reply,
       duration_sketch(resolution) AS resolution
FROM ticket_times GROUP BY team, day, week;
ANALYZE ticket_times;
ANALYZE daily_times;
\o

\echo
\echo 'Response and resolution times, whole period (calendar time)'
\echo '(median and 90th percentile within 0.5%; the mean shows what one slow ticket does;'
\echo ' the percentiles come from duration_sketch, whose buckets are about 1% wide and answer'
\echo ' with one value per bucket, so teams whose percentile falls into the same bucket print'
\echo ' the same figure, such as three of the resolution p90s below: not a copy, a shared bucket)'
SELECT team, channel, count(*) AS tickets,
       hms(duration_median(first_reply)) AS "first reply median",
       hms(duration_percentile(first_reply, 0.9)) AS "first reply p90",
       hms(duration_median(resolution)) AS "resolution median",
       hms(duration_percentile(resolution, 0.9)) AS "resolution p90",
       hms(avg(resolution)) AS "resolution mean"
FROM ticket_times JOIN teams USING (team)
GROUP BY team, position, channel
ORDER BY position, channel;

\echo
\echo 'The same in business hours (each team''s kpi_calendar, see above): calendar time | business time'
\echo '(business_time counts only the open hours between creation and reply or resolution; the sample'
\echo ' has contacts 08:00-18:00 local time every day, weekends too, so a call or chat that'
\echo ' arrives while the team is closed and is answered within seconds counts 0:00:00; the more'
\echo ' contacts arrive while closed ("closed %"; most for Onboarding, open 40 hours a week), the closer'
\echo ' the business-hours first-reply median of phone and chat gets to 0:00:00)'
SELECT team, channel, count(*) AS tickets,
       round(100.0 * count(*) FILTER (WHERE NOT business_open(hours, opened)) / count(*), 1) AS "closed %",
       hms(duration_median(first_reply)) AS "first reply median",
       hms(duration_median(business_time(hours, opened, opened + first_reply))) AS "business",
       hms(duration_percentile(first_reply, 0.9)) AS "first reply p90",
       hms(duration_percentile(business_time(hours, opened, opened + first_reply), 0.9)) AS "business",
       hms(duration_median(resolution)) AS "resolution median",
       hms(duration_median(business_time(hours, opened, opened + resolution))) AS "business",
       hms(duration_percentile(resolution, 0.9)) AS "resolution p90",
       hms(duration_percentile(business_time(hours, opened, opened + resolution), 0.9)) AS "business"
FROM ticket_times
JOIN teams USING (team)
JOIN (SELECT id, created_at FROM tickets) t USING (id)
JOIN team_hours h USING (team),
LATERAL (SELECT t.created_at AT TIME ZONE h.zone AS opened) o
GROUP BY team, position, channel
ORDER BY position, channel;

\echo
\echo 'Resolution time week by week, merged from the daily rollup of duration_sketch states'
\echo '(identical to the same percentiles over the tickets themselves; repeated figures are shared buckets)'
SELECT team, week_label(week) AS week,
       sum(tickets) AS tickets,
       hms(duration_median(resolution)) AS "median",
       hms(duration_percentile(resolution, 0.9)) AS "p90",
       hms(duration_median(first_reply)) AS "first reply median"
FROM daily_times JOIN teams USING (team)
GROUP BY team, position, daily_times.week
ORDER BY position, daily_times.week;

\echo
\echo 'Check: weekly percentiles from the rollup equal those from the tickets'
SELECT count(*) AS "team-weeks",
       count(*) FILTER (WHERE r.p IS DISTINCT FROM t.p) AS differing
FROM (SELECT team, week, duration_percentiles(resolution, '{0.5,0.9}') AS p
      FROM daily_times GROUP BY team, week) r
JOIN (SELECT team, week, duration_percentiles(resolution, '{0.5,0.9}') AS p
      FROM ticket_times GROUP BY team, week) t USING (team, week);
