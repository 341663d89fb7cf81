-- generate.sql: a sample support organisation for 'make demo'.
--
-- 3 teams of 12 agents, 12 weeks from Monday 2026-08-31, about 120,000
-- tickets over phone, chat and e-mail with queue waits, abandons, handle
-- times, contacts to resolution and survey answers (NPS 0-10, CSAT 1-5,
-- CES 1-7); one shift per agent and working day; and a KPI targets table.
-- The data is pseudo-random but the same on every run (setseed).  The
-- teams differ on purpose: Billing has a phone-queue crisis in weeks 6-7,
-- Technical improves its first contact resolution week after week, and
-- Onboarding lives mostly on e-mail.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
\o /dev/null
DROP SCHEMA IF EXISTS kpi_demo CASCADE;
CREATE SCHEMA kpi_demo;
SET search_path = kpi_demo, public;

CREATE TABLE teams (
	team text PRIMARY KEY,
	position int NOT NULL,
	share float8 NOT NULL,			-- share of all tickets
	phone float8 NOT NULL,			-- channel mix
	chat float8 NOT NULL,
	satisfaction float8 NOT NULL	-- baseline of survey answers
);
INSERT INTO teams VALUES
	('Billing', 0, 0.40, 0.60, 0.25, 8.7),
	('Technical', 1, 0.35, 0.30, 0.40, 8.2),
	('Onboarding', 2, 0.25, 0.15, 0.35, 9.0);

CREATE TABLE agents AS
SELECT t.team, t.position * 12 + n AS agent_id,
       (ARRAY['Ada','Ben','Chloe','Dev','Elif','Femi','Gus','Hana','Ivo','Jade',
              'Kai','Lena','Milo','Nora','Omar','Pia','Quinn','Rosa','Sami','Tara',
              'Uma','Vik','Wes','Xia','Yara','Zeno','Alba','Bruno','Cleo','Dario',
              'Edda','Finn','Greta','Hugo','Iris','Jonas'])[t.position * 12 + n] AS name
FROM teams t, generate_series(1, 12) n;

SELECT setseed(0.42);

-- One row per ticket; the random draws come first, the derived columns after.
CREATE TABLE tickets AS
WITH draw AS (
	SELECT i, random() AS r_team, random() AS r_channel, random() AS r_agent,
	       random() AS r_day, random() AS r_hour, random() AS r_wait,
	       random() AS r_abandon, random() AS r_talk, random() AS r_hold,
	       random() AS r_acw, random() AS r_contacts, random() AS r_survey,
	       random() AS r_nps, random() AS r_csat, random() AS r_ces
	FROM generate_series(1, 120000) i
), placed AS (
	SELECT d.*,
	       CASE WHEN r_team < 0.40 THEN 'Billing'
	            WHEN r_team < 0.75 THEN 'Technical' ELSE 'Onboarding' END AS team,
	       timestamp '2026-08-31' + floor(r_day * 84) * interval '1 day'
	         + interval '8 hours' + r_hour * interval '10 hours' AS created_at
	FROM draw d
), routed AS (
	SELECT p.*, t.position, t.satisfaction,
	       CASE WHEN r_channel < t.phone THEN 'phone'
	            WHEN r_channel < t.phone + t.chat THEN 'chat' ELSE 'email' END AS channel,
	       ((p.created_at::date - date '2026-08-31') / 7) + 1 AS week
	FROM placed p JOIN teams t USING (team)
), waited AS (
	SELECT r.*,
	       CASE channel
	         -- phone: seconds, three times longer during Billing's weeks 6-7
	         WHEN 'phone' THEN r_wait * r_wait * 30
	              * CASE WHEN team = 'Billing' AND week IN (6, 7) THEN 3.2 ELSE 1 END
	         WHEN 'chat' THEN r_wait * r_wait * 150
	         ELSE 600 + r_wait * 9 * 3600			-- e-mail: up to 9 hours
	       END AS wait_s
	FROM routed r
), outcome AS (
	SELECT w.*,
	       channel <> 'email' AND r_abandon < 0.015 + wait_s / 2400.0 AS abandoned,
	       CASE
	         WHEN r_contacts < 0.74 - CASE WHEN team = 'Technical' THEN 0.14 - week * 0.014 ELSE 0 END THEN 1
	         WHEN r_contacts < 0.93 THEN 2
	         WHEN r_contacts < 0.98 THEN 3 ELSE 4
	       END AS contacts
	FROM waited w
)
SELECT i AS id, team,
       position * 12 + 1 + floor(r_agent * 12)::int AS agent_id,
       channel, created_at, week,
       make_interval(secs => round(wait_s::numeric, 1)::float8) AS wait,
       abandoned,
       CASE WHEN NOT abandoned THEN make_interval(secs => round(
         CASE channel WHEN 'phone' THEN 200 + r_talk * 280
                      WHEN 'chat' THEN 280 + r_talk * 420
                      ELSE 150 + r_talk * 450 END)) END AS talk,
       CASE WHEN NOT abandoned THEN make_interval(secs => round(
         CASE channel WHEN 'phone' THEN r_hold * r_hold * 150 ELSE 0 END)) END AS hold,
       CASE WHEN NOT abandoned THEN make_interval(secs => round(30 + r_acw * 100)) END AS after_call_work,
       CASE WHEN NOT abandoned THEN contacts END AS contacts,
       CASE WHEN NOT abandoned THEN contacts = 1 END AS resolved_first_contact,
       -- about a quarter of the handled tickets answer the survey; answers
       -- follow the team's baseline, the wait and the number of contacts
       CASE WHEN NOT abandoned AND r_survey < 0.25 THEN
         greatest(0, least(10, round(satisfaction + (r_nps - 0.5) * 6
           - CASE WHEN contacts > 1 THEN 1.8 ELSE 0 END
           - CASE WHEN channel = 'phone' AND wait_s > 120 THEN 1.5 ELSE 0 END)))::int
       END AS nps_score,
       r_csat, r_ces
FROM outcome o;

-- CSAT and CES answers come from the same respondents, correlated with NPS.
ALTER TABLE tickets
	ADD COLUMN csat_score int, ADD COLUMN ces_score int;
UPDATE tickets SET
	csat_score = greatest(1, least(5, round(1 + nps_score * 0.42 + (r_csat - 0.5) * 1.6)))::int,
	ces_score = greatest(1, least(7, round(1.8 + nps_score * 0.5 + (r_ces - 0.5) * 2)))::int
WHERE nps_score IS NOT NULL;
ALTER TABLE tickets DROP COLUMN r_csat, DROP COLUMN r_ces;

-- Shifts: every agent works every weekday, 8 hours scheduled.  Busy time
-- (logged in and working) is a little under it; on queue, handle time and
-- idle time share the busy time, the rest is meetings and training.
CREATE TABLE shifts AS
SELECT a.agent_id, a.team, d::date AS shift_date,
       ((d::date - date '2026-08-31') / 7) + 1 AS week,
       interval '8 hours' AS scheduled,
       make_interval(mins => round(400 + random() * 60)::int) AS busy
FROM agents a, generate_series(date '2026-08-31', date '2026-11-22', interval '1 day') d
WHERE extract(isodow FROM d) < 6;
ALTER TABLE shifts ADD COLUMN handle interval, ADD COLUMN idle interval;
UPDATE shifts SET
	handle = busy * (0.62 + random() * 0.18
	                 + CASE WHEN team = 'Billing' AND week IN (6, 7) THEN 0.12 ELSE 0 END),
	idle = busy * (0.08 + random() * 0.10);

-- The targets the support managers agreed on.
CREATE TABLE targets (
	kpi text PRIMARY KEY,
	target kpi_target NOT NULL,
	description text NOT NULL
);
INSERT INTO targets VALUES
	('nps', '> 30 warn 20', 'Net Promoter Score above 30'),
	('csat', '>= 80% warn 75%', 'four in five customers satisfied'),
	('fcr', '>= 75% warn 70%', 'three in four tickets solved at the first contact'),
	('aht', '< 8 min 15 s warn 9 min', 'handle time under 8 minutes 15 seconds'),
	('service_level', '>= 80% warn 70%', 'phone: 80% answered within 20 seconds'),
	('asa', '< 30 s warn 45 s', 'phone and chat answered in under 30 seconds on average'),
	('abandonment', '<= 5% warn 8%', 'at most 5% of phone and chat callers hang up'),
	('ces', '>= 5 warn 4.5', 'customers find it easy: effort score 5 or better'),
	('occupancy', '<= 85% warn 90%', 'agents not overloaded: occupancy at most 85%'),
	('utilization', '>= 85% warn 80%', 'scheduled time used for customer work');

-- A daily rollup per agent, the way a warehouse pre-aggregates: KPI states
-- that merge exactly into weeks and teams (the weekly report reads these).
CREATE TABLE daily_rollup AS
SELECT team, agent_id, created_at::date AS day, week,
       count(*) AS tickets,
       nps_state(nps_score) AS nps,
       csat_state(csat_score) AS csat,
       fcr_state(contacts) AS fcr,
       aht_state(talk, hold, after_call_work) AS aht,
       service_level_state(wait, abandoned, '20 s') FILTER (WHERE channel = 'phone') AS phone_sl,
       asa_state(wait, abandoned) FILTER (WHERE channel <> 'email') AS asa,
       abandonment_state(abandoned, wait, '5 s') FILTER (WHERE channel <> 'email') AS abandonment,
       ces_state(ces_score) AS ces
FROM tickets GROUP BY team, agent_id, created_at::date, week;

ANALYZE;
\o
