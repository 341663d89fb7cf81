-- business_hours.sql: the business-hours part of 'make demo', kept apart
-- from generate.sql and report.sql.
--
-- Each team gets opening hours in its own time zone, with a public holiday
-- and a daylight-saving change inside the 12 weeks: Billing in Copenhagen
-- (Denmark leaves summer time on 25 October; the office closes on Friday
-- 16 October for a company day), Technical in New York (Labor Day on
-- 7 September; DST ends 1 November), Onboarding in Sydney (DST starts
-- 4 October; Labour Day on 5 October).  The e-mails' first replies are
-- then measured in business hours against the target support teams set:
-- 90% answered within 8 business hours.  The demo's timestamps (type
-- timestamp) are read as each team's local time.
\set ON_ERROR_STOP 1
SET search_path = kpi_demo, public;
SET intervalstyle = postgres;
SET timezone = 'UTC';
\pset footer off
\pset null '-'
\o /dev/null
CREATE TABLE team_hours (team text PRIMARY KEY REFERENCES teams, zone text NOT NULL,
                         hours kpi_calendar NOT NULL);
INSERT INTO team_hours VALUES
	('Billing', 'Europe/Copenhagen', 'Mon-Fri 08:00-18:00; tz Europe/Copenhagen; closed 2026-10-16'),
	('Technical', 'America/New_York', 'Mon-Fri 07:00-19:00; Sat 09:00-13:00; tz America/New_York; closed 2026-09-07'),
	('Onboarding', 'Australia/Sydney', 'Mon-Fri 09:00-17:00; tz Australia/Sydney; closed 2026-10-05');
INSERT INTO targets VALUES ('email_8_business_hours', '>= 90% warn 80%',
	'e-mails answered within 8 business hours');
CREATE VIEW email_replies AS
SELECT t.team, t.week, h.hours,
       t.created_at AT TIME ZONE h.zone AS created_at,
       t.created_at AT TIME ZONE h.zone + t.wait AS first_reply_at
FROM tickets t JOIN team_hours h USING (team)
WHERE t.channel = 'email';
\o

\echo
\echo 'Business hours: each team''s opening hours (kpi_calendar), and per local week'
\echo 'its open hours / the week''s real length (a holiday takes a day out; the week'
\echo 'of a DST change lasts 167 or 169 hours, its opening hours stay the same)'
SELECT team, hours FROM team_hours JOIN teams USING (team) ORDER BY position;
WITH weeks AS (
	SELECT n AS week, h.team, h.hours,
	       (date '2026-08-31' + 7 * (n - 1))::timestamp AT TIME ZONE h.zone AS starts,
	       (date '2026-08-31' + 7 * n)::timestamp AT TIME ZONE h.zone AS ends
	FROM generate_series(1, 12) n CROSS JOIN team_hours h
), measured AS (
	SELECT week, team,
	       format('%s / %s h', round(extract(epoch FROM business_time(hours, starts, ends)) / 3600),
	              round(extract(epoch FROM ends - starts) / 3600)) AS cell
	FROM weeks
)
SELECT week_label(week) AS week,
       max(cell) FILTER (WHERE team = 'Billing') AS "Billing",
       max(cell) FILTER (WHERE team = 'Technical') AS "Technical",
       max(cell) FILTER (WHERE team = 'Onboarding') AS "Onboarding"
FROM measured GROUP BY measured.week ORDER BY measured.week;

\echo
\echo 'E-mail first reply in business hours, whole period, against ">= 90% warn 80%" within 8 business hours'
SELECT e.team, count(*) AS emails,
       hms(avg(e.first_reply_at - e.created_at)) AS "avg calendar time",
       hms(avg(business_time(e.hours, e.created_at, e.first_reply_at))) AS "avg business time",
       round(service_level(business_time(e.hours, e.created_at, e.first_reply_at), '8 hours')::numeric, 1) AS "within 8 business h %",
       kpi_status(service_level(business_time(e.hours, e.created_at, e.first_reply_at), '8 hours'), g.target) AS status
FROM email_replies e JOIN teams USING (team)
JOIN targets g ON g.kpi = 'email_8_business_hours'
GROUP BY e.team, teams.position, g.target ORDER BY teams.position;

\echo
\echo 'The same, week by week: % of e-mails answered within 8 business hours'
SELECT week_label(week) AS week,
       round(service_level(business_time(hours, created_at, first_reply_at), '8 hours')
             FILTER (WHERE team = 'Billing')::numeric, 1) AS "Billing",
       round(service_level(business_time(hours, created_at, first_reply_at), '8 hours')
             FILTER (WHERE team = 'Technical')::numeric, 1) AS "Technical",
       round(service_level(business_time(hours, created_at, first_reply_at), '8 hours')
             FILTER (WHERE team = 'Onboarding')::numeric, 1) AS "Onboarding"
FROM email_replies GROUP BY email_replies.week ORDER BY email_replies.week;
