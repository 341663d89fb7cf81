-- examples/sample.sql: a small support organisation to try kpi on.
--
--   createdb kpi_sample
--   psql -d kpi_sample -f examples/sample.sql
--
-- Three teams of four agents, twelve weeks from Monday 2026-09-07 to Sunday
-- 2026-11-29: about 3,600 tickets over phone, chat and e-mail, the survey
-- answers of about a third of them, one shift per agent and working day,
-- customers with their contract dates, a KPI targets table, opening hours
-- per team, a nightly rollup of KPI states per day and team, and a call
-- forecast for the week after.  It loads in about a second.
--
-- The data is pseudo-random but the same on every load and every
-- PostgreSQL version (setseed, and every timestamp written in UTC), so the
-- outputs printed in the documentation are what you get.  The teams differ
-- on purpose: Billing has a phone-queue crisis in the weeks of 12 and 19
-- October, Technical improves its first contact resolution week after
-- week, Onboarding answers mostly by e-mail and sells upgrades in chats.
--
-- It creates tables in the current schema and stops at the first error,
-- so it never replaces a table of yours with the same name: load it into a
-- database of its own.

\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS kpi;

-- who works where; a team's leader is the manager its agents report to
CREATE TABLE agents (
	agent text PRIMARY KEY,
	team text NOT NULL,
	leader text NOT NULL
);
INSERT INTO agents VALUES
	('Ada', 'Billing', 'Maria'), ('Ben', 'Billing', 'Maria'),
	('Chloe', 'Billing', 'Maria'), ('Dev', 'Billing', 'Maria'),
	('Elif', 'Technical', 'Tomas'), ('Femi', 'Technical', 'Tomas'),
	('Gus', 'Technical', 'Tomas'), ('Hana', 'Technical', 'Tomas'),
	('Ivo', 'Onboarding', 'Ines'), ('Jade', 'Onboarding', 'Ines'),
	('Kai', 'Onboarding', 'Ines'), ('Lena', 'Onboarding', 'Ines');

-- each team's opening hours, for the business-hours KPIs
CREATE TABLE calendars (
	team text PRIMARY KEY,
	hours kpi_calendar NOT NULL
);
INSERT INTO calendars VALUES
	('Billing', 'Mon-Fri 08:00-18:00; tz Europe/Berlin; closed 2026-10-03, 2026-12-24..2026-12-26'),
	('Technical', 'Mon-Fri 07:00-19:00; Sat 09:00-13:00; tz Europe/Berlin'),
	('Onboarding', 'Mon-Fri 08:00-17:00; tz Europe/London; closed 2026-12-25, 2026-12-28');

-- the KPI targets, one per KPI function, as values of type kpi_target
CREATE TABLE targets (
	kpi text PRIMARY KEY,
	target kpi_target NOT NULL,
	meaning text NOT NULL
);
INSERT INTO targets VALUES
	('nps', '> 30 warn 20', 'NPS above 30; 20 to 30 is at risk'),
	('csat', '>= 80% warn 75%', 'at least 80% satisfied answers'),
	('ces', '>= 5.5 warn 5', 'effort score at least 5.5 of 7'),
	('fcr_rate', '>= 75% warn 70%', 'three in four solved at the first contact'),
	('avg_handle_time', '< 6 min warn 7 min', 'handle time under 6 minutes'),
	('service_level', '>= 80% warn 70%', '80% of calls answered within 20 seconds'),
	('avg_speed_of_answer', '< 1 min warn 90 s', 'queue under 1 minute'),
	('abandonment_rate', '<= 5% warn 8%', 'at most 5% of calls abandoned'),
	('utilization', '>= 75% warn 70%', 'busy three quarters of the scheduled time'),
	('occupancy', '<= 85% warn 90%', 'at most 85% occupied on the queue'),
	('shrinkage', '<= 15% warn 20%', 'at most 15% of paid time away from the queue'),
	('churn_rate', '<= 2% warn 3%', 'at most 2% of customers lost a month'),
	('first_reply', '<= 8 hours warn 12 hours', 'e-mail first reply within 8 business hours');

SELECT setseed(0.2026) \g /dev/null

-- one row per contact; the random draws come first, the derived columns
-- after, so that the draws happen in one fixed order
CREATE TABLE tickets AS
WITH draw AS (
	SELECT i, random() AS r_agent, random() AS r_channel, random() AS r_day,
	       random() AS r_hour, random() AS r_wait, random() AS r_patience,
	       random() AS r_talk, random() AS r_hold, random() AS r_acw,
	       random() AS r_contacts, random() AS r_reply, random() AS r_order
	FROM generate_series(1, 3600) i
), placed AS (
	SELECT d.*, a.agent, a.team,
	       floor(r_day * 84)::int AS day_no,
	       timestamptz '2026-09-07 00:00:00+00'
	         + floor(r_day * 84) * interval '1 day'
	         + interval '7 hours'
	         + floor(r_hour * 600) * interval '1 minute' AS created_at
	FROM draw d
	JOIN (SELECT agent, team, row_number() OVER (ORDER BY agent) - 1 AS n FROM agents) a
	  ON a.n = floor(d.r_agent * 12)
), routed AS (
	SELECT p.*, day_no / 7 AS week_no,
	       CASE team
	         WHEN 'Billing' THEN CASE WHEN r_channel < 0.65 THEN 'phone' WHEN r_channel < 0.85 THEN 'chat' ELSE 'email' END
	         WHEN 'Technical' THEN CASE WHEN r_channel < 0.45 THEN 'phone' WHEN r_channel < 0.75 THEN 'chat' ELSE 'email' END
	         ELSE CASE WHEN r_channel < 0.15 THEN 'phone' WHEN r_channel < 0.40 THEN 'chat' ELSE 'email' END
	       END AS channel
	FROM placed p
), queued AS (
	-- the time in queue a caller would wait, and how long they would hold on
	SELECT r.*,
	       CASE WHEN channel = 'email' THEN NULL
	            ELSE round(-ln(1 - r_wait) *
	                       CASE WHEN channel = 'chat' THEN 15
	                            WHEN team = 'Billing' AND week_no IN (5, 6) THEN 60
	                            WHEN team = 'Billing' THEN 10
	                            ELSE 13 END) END AS wait_s,
	       round(-ln(1 - r_patience) * CASE WHEN channel = 'chat' THEN 600 ELSE 300 END) AS patience_s
	FROM routed r
), handled AS (
	SELECT q.*,
	       CASE WHEN channel = 'email' THEN NULL ELSE patience_s < wait_s END AS abandoned_call,
	       CASE channel WHEN 'phone' THEN 150 + round(r_talk * 220)
	                    WHEN 'chat' THEN 240 + round(r_talk * 300)
	                    ELSE 90 + round(r_talk * 240) END AS talk_s,
	       CASE WHEN channel = 'phone' THEN round(r_hold * r_hold * 120) ELSE 0 END AS hold_s,
	       20 + round(r_acw * 80) AS acw_s,
	       CASE WHEN r_contacts < CASE team WHEN 'Billing' THEN 0.78
	                                        WHEN 'Technical' THEN 0.60 + 0.015 * week_no
	                                        ELSE 0.82 END THEN 1
	            ELSE 2 + floor(r_contacts * 10)::int % 3 END AS contacts_n
	FROM queued q
)
SELECT i AS id, team, agent, channel, created_at,
       CASE WHEN abandoned_call THEN patience_s ELSE wait_s END * interval '1 second' AS wait,
       abandoned_call AS abandoned,
       CASE WHEN abandoned_call THEN NULL ELSE talk_s * interval '1 second' END AS talk,
       CASE WHEN abandoned_call THEN NULL ELSE hold_s * interval '1 second' END AS hold,
       CASE WHEN abandoned_call THEN NULL ELSE acw_s * interval '1 second' END AS after_call_work,
       CASE WHEN abandoned_call THEN NULL ELSE contacts_n END AS contacts,
       CASE WHEN channel = 'email'
            THEN created_at + round(-ln(1 - r_reply) * CASE team WHEN 'Onboarding' THEN 300 ELSE 420 END) * interval '1 minute'
       END AS first_reply_at,
       CASE WHEN abandoned_call THEN NULL
            ELSE created_at + (talk_s + hold_s + acw_s) * interval '1 second'
                 + (contacts_n - 1) * interval '26 hours' END AS resolved_at,
       CASE WHEN channel = 'chat' AND team = 'Onboarding' AND NOT abandoned_call AND r_order < 0.3
            THEN round((40 + r_order * 400)::numeric, 2) END AS order_value
FROM handled
ORDER BY i;
ALTER TABLE tickets ADD PRIMARY KEY (id);

-- the survey sent after a solved contact, answered for about a third:
-- NPS 0..10, CSAT 1..5, customer effort 1..7 and satisfaction 1..10
CREATE TABLE answers AS
WITH draw AS (
	SELECT t.id, t.team, t.agent, t.resolved_at, t.wait, t.contacts,
	       random() AS r_answer, random() AS r_score, random() AS r_csat,
	       random() AS r_effort, random() AS r_satisfaction
	FROM tickets t
	WHERE t.resolved_at IS NOT NULL
	ORDER BY t.id
), scored AS (
	SELECT d.*,
	       least(10, greatest(0, round(
	         CASE team WHEN 'Billing' THEN 8.6 WHEN 'Technical' THEN 8.0 ELSE 8.9 END
	         + (r_score - 0.5) * 6
	         - CASE WHEN wait > interval '1 minute' THEN 2 ELSE 0 END
	         - CASE WHEN contacts > 1 THEN 1 ELSE 0 END)))::int AS nps_score
	FROM draw d
	WHERE r_answer < 0.35
)
SELECT id AS ticket_id, team, agent,
       resolved_at + interval '2 hours' AS answered_at,
       nps_score,
       least(5, greatest(1, round(1.2 + nps_score * 0.4 + (r_csat - 0.5) * 1.6)))::int AS csat_score,
       least(7, greatest(1, round(2 + nps_score * 0.45 + (r_effort - 0.5) * 2)))::int AS effort,
       least(10, greatest(1, round(nps_score + (r_satisfaction - 0.4) * 2
	         - CASE agent WHEN 'Femi' THEN 1.2 WHEN 'Dev' THEN 0.9 WHEN 'Gus' THEN 0.6 ELSE 0 END)))::int AS satisfaction
FROM scored
ORDER BY id;
ALTER TABLE answers ADD PRIMARY KEY (ticket_id);

-- one shift per agent and working day: paid time, the part away from the
-- queue (breaks, training, sick leave), and of the time on the queue the
-- part spent handling contacts
CREATE TABLE shifts AS
WITH draw AS (
	SELECT a.agent, a.team, d::date AS day,
	       random() AS r_sick, random() AS r_training, random() AS r_busy
	FROM agents a,
	     generate_series(timestamp '2026-09-07', timestamp '2026-11-29', interval '1 day') d
	WHERE extract(isodow FROM d) < 6
	ORDER BY a.agent, d
), planned AS (
	SELECT d.*, r_sick < 0.025 AS sick_day,
	       CASE WHEN r_training < 0.1 THEN 60 ELSE 0 END AS training_min
	FROM draw d
), timed AS (
	SELECT p.*,
	       CASE WHEN sick_day THEN 480 ELSE 45 + training_min END AS away_min
	FROM planned p
)
SELECT agent, team, day,
       interval '8 hours' AS paid,
       away_min * interval '1 minute' AS unavailable,
       CASE WHEN sick_day THEN interval '8 hours' ELSE interval '0' END AS sick,
       (480 - away_min) * interval '1 minute' AS scheduled,
       round((480 - away_min) * (0.68 + r_busy * 0.2)) * interval '1 minute' AS busy,
       round((480 - away_min) * (0.68 + r_busy * 0.2) * 0.93) * interval '1 minute' AS handle,
       ((480 - away_min) - round((480 - away_min) * (0.68 + r_busy * 0.2))) * interval '1 minute' AS idle
FROM timed;
ALTER TABLE shifts ADD PRIMARY KEY (agent, day);

-- customers and their contracts: active from active_from until the day
-- before active_until (NULL: still a customer)
CREATE TABLE customers AS
WITH draw AS (
	SELECT c, random() AS r_start, random() AS r_stay, random() AS r_segment
	FROM generate_series(1, 600) c
)
SELECT c AS customer_id,
       CASE WHEN r_segment < 0.6 THEN 'small' WHEN r_segment < 0.9 THEN 'mid' ELSE 'enterprise' END AS segment,
       date '2025-01-01' + floor(r_start * 700)::int AS active_from,
       CASE WHEN r_stay < 0.45
            THEN date '2025-01-01' + floor(r_start * 700)::int + 30 + floor(r_stay * 1200)::int
       END AS active_until
FROM draw
ORDER BY c;
ALTER TABLE customers ADD PRIMARY KEY (customer_id);

-- what support cost and what the customers paid, per month
CREATE TABLE finance (
	month date PRIMARY KEY,
	revenue numeric NOT NULL,
	support_cost numeric NOT NULL
);
INSERT INTO finance VALUES
	('2026-09-01', 412000, 19100),
	('2026-10-01', 418500, 22400),
	('2026-11-01', 425300, 20200);

-- the nightly rollup: one row per day and team with the KPI states of that
-- day, which later queries merge into weeks, months and the whole company
-- without reading the tickets again
CREATE TABLE daily_rollup AS
WITH contacts AS (
	SELECT (created_at AT TIME ZONE 'UTC')::date AS day, team,
	       count(*) AS tickets,
	       fcr_state(contacts) AS fcr,
	       aht_state(talk, hold, after_call_work) AS aht,
	       service_level_state(wait, abandoned, '20 s') FILTER (WHERE channel = 'phone') AS sl,
	       asa_state(wait, abandoned) FILTER (WHERE channel = 'phone') AS asa,
	       abandonment_state(abandoned, wait, '5 s') FILTER (WHERE channel = 'phone') AS abandonment,
	       duration_sketch(first_reply_at - created_at) AS first_reply
	FROM tickets
	GROUP BY 1, 2
), surveys AS (
	SELECT (t.created_at AT TIME ZONE 'UTC')::date AS day, a.team,
	       nps_state(a.nps_score) AS nps, csat_state(a.csat_score) AS csat,
	       ces_state(a.effort) AS ces
	FROM answers a JOIN tickets t ON t.id = a.ticket_id
	GROUP BY 1, 2
)
SELECT c.day, c.team, c.tickets, s.nps, s.csat, s.ces, c.fcr, c.aht, c.sl, c.asa,
       c.abandonment, c.first_reply
FROM contacts c LEFT JOIN surveys s USING (day, team)
ORDER BY c.day, c.team;
ALTER TABLE daily_rollup ADD PRIMARY KEY (day, team);

-- the calls forecast for the week after, per team and half hour of the
-- phone lines' opening hours (08:00 to 18:00 UTC)
CREATE TABLE forecast AS
SELECT team, slot AS interval_start,
       round((CASE team WHEN 'Billing' THEN 9 WHEN 'Technical' THEN 6 ELSE 2 END)
             * (1.2 - abs(extract(hour FROM slot) + extract(minute FROM slot) / 60 - 12.5) / 8)
             * CASE extract(isodow FROM slot) WHEN 1 THEN 1.25 ELSE 1 END)::float8 AS calls,
       CASE team WHEN 'Billing' THEN interval '6 min' WHEN 'Technical' THEN interval '7 min 30 s'
                 ELSE interval '5 min' END AS aht
FROM (VALUES ('Billing'), ('Technical'), ('Onboarding')) t(team),
     generate_series(timestamptz '2026-11-30 00:00:00+00', timestamptz '2026-12-04 00:00:00+00', interval '1 day') d,
     generate_series(d + interval '8 hours', d + interval '17 hours 30 minutes', interval '30 minutes') slot
ORDER BY team, slot;
ALTER TABLE forecast ADD PRIMARY KEY (team, interval_start);

ANALYZE agents, calendars, targets, tickets, answers, shifts, customers, finance, daily_rollup, forecast;
