-- Stored asa_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.asa_state (id int PRIMARY KEY, grp int NOT NULL, v asa_state);
INSERT INTO stored.asa_state
SELECT row_number() OVER (ORDER BY team, day), team, asa_state(wait, abandoned)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.asa_state
SELECT 100 + ord, 100 + ord, v::asa_state FROM unnest(ARRAY[
	'(answered=0,wait_us=0,wait_us_squares=0)',
	'(answered=3,wait_us=75000000,wait_us_squares=1925000000000000)',
	'(answered=1,wait_us=0,wait_us_squares=0)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.asa_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.asa_state ((kpi_value(v)));
CREATE INDEX ON stored.asa_state USING hash ((v::text));
