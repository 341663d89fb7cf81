-- Stored utilization_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.utilization_state (id int PRIMARY KEY, grp int NOT NULL, v utilization_state);
INSERT INTO stored.utilization_state
SELECT row_number() OVER (ORDER BY team, day), team, utilization_state(busy, scheduled)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.utilization_state
SELECT 100 + ord, 100 + ord, v::utilization_state FROM unnest(ARRAY[
	'(busy_us=0,scheduled_us=0)',
	'(busy_us=3600000000,scheduled_us=28800000000)',
	'(busy_us=0,scheduled_us=1)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.utilization_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.utilization_state ((kpi_value(v)));
CREATE INDEX ON stored.utilization_state USING hash ((v::text));
