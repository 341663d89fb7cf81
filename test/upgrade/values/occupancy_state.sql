-- Stored occupancy_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.occupancy_state (id int PRIMARY KEY, grp int NOT NULL, v occupancy_state);
INSERT INTO stored.occupancy_state
SELECT row_number() OVER (ORDER BY team, day), team, occupancy_state(talk, idle)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.occupancy_state
SELECT 100 + ord, 100 + ord, v::occupancy_state FROM unnest(ARRAY[
	'(handle_us=0,idle_us=0)',
	'(handle_us=1000000,idle_us=3000000)',
	'(handle_us=9223372036854775807,idle_us=0)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.occupancy_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.occupancy_state ((kpi_value(v)));
CREATE INDEX ON stored.occupancy_state USING hash ((v::text));
