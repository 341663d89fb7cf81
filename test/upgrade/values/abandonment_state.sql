-- Stored abandonment_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.abandonment_state (id int PRIMARY KEY, grp int NOT NULL, v abandonment_state);
INSERT INTO stored.abandonment_state
SELECT row_number() OVER (ORDER BY team, day), team, abandonment_state(abandoned, wait, '5 s')
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.abandonment_state
SELECT 100 + ord, 100 + ord, v::abandonment_state FROM unnest(ARRAY[
	'(short_abandon_us=5000000,offered=6,abandoned=3,short_abandoned=1)',
	'(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	'(short_abandon_us=0,offered=4,abandoned=4,short_abandoned=0)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.abandonment_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.abandonment_state ((kpi_value(v)));
CREATE INDEX ON stored.abandonment_state USING hash ((v::text));
