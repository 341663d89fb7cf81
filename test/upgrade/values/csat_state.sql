-- Stored csat_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.csat_state (id int PRIMARY KEY, grp int NOT NULL, v csat_state);
INSERT INTO stored.csat_state
SELECT row_number() OVER (ORDER BY team, day), team, csat_state(csat_score)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.csat_state
SELECT 100 + ord, 100 + ord, v::csat_state FROM unnest(ARRAY[
	'(satisfied=0,responses=0)',
	'(satisfied=0,responses=5)',
	'(satisfied=9223372036854775807,responses=9223372036854775807)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.csat_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.csat_state ((kpi_value(v)));
CREATE INDEX ON stored.csat_state USING hash ((v::text));
