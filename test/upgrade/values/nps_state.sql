-- Stored nps_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.nps_state (id int PRIMARY KEY, grp int NOT NULL, v nps_state);
INSERT INTO stored.nps_state
SELECT row_number() OVER (ORDER BY team, day), team, nps_state(nps_score)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.nps_state
SELECT 100 + ord, 100 + ord, v::nps_state FROM unnest(ARRAY[
	'(promoters=0,passives=0,detractors=0)',
	'(promoters=9223372036854775807,passives=0,detractors=1)',
	'(promoters=1,passives=2,detractors=3)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.nps_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.nps_state ((kpi_value(v)));
CREATE INDEX ON stored.nps_state USING hash ((v::text));
