-- Stored service_level_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.service_level_state (id int PRIMARY KEY, grp int NOT NULL, v service_level_state);
INSERT INTO stored.service_level_state
SELECT row_number() OVER (ORDER BY team, day), team, service_level_state(wait, abandoned, '20 s')
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.service_level_state
SELECT 100 + ord, 100 + ord, v::service_level_state FROM unnest(ARRAY[
	'(threshold_us=20000000,answered=3,answered_within=2,abandoned_after=1)',
	'(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	'(threshold_us=30000000,answered=5,answered_within=5,abandoned_after=0)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.service_level_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.service_level_state ((kpi_value(v)));
CREATE INDEX ON stored.service_level_state USING hash ((v::text));
