-- Stored shrinkage_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.shrinkage_state (id int PRIMARY KEY, grp int NOT NULL, v shrinkage_state);
INSERT INTO stored.shrinkage_state
SELECT row_number() OVER (ORDER BY team, day), team, shrinkage_state(idle, scheduled)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.shrinkage_state
SELECT 100 + ord, 100 + ord, v::shrinkage_state FROM unnest(ARRAY[
	'(unavailable_us=0,paid_us=0)',
	'(unavailable_us=3600000000,paid_us=28800000000)',
	'(unavailable_us=1,paid_us=1)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.shrinkage_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.shrinkage_state ((kpi_value(v)));
CREATE INDEX ON stored.shrinkage_state USING hash ((v::text));
