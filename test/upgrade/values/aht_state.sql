-- Stored aht_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.aht_state (id int PRIMARY KEY, grp int NOT NULL, v aht_state);
INSERT INTO stored.aht_state
SELECT row_number() OVER (ORDER BY team, day), team, aht_state(talk, hold, acw)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.aht_state
SELECT 100 + ord, 100 + ord, v::aht_state FROM unnest(ARRAY[
	'(contacts=0,handle_us=0,handle_us_squares=0)',
	'(contacts=3,handle_us=930000000,handle_us_squares=288500000000000000)',
	'(contacts=1,handle_us=1,handle_us_squares=1)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.aht_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.aht_state ((kpi_value(v)));
CREATE INDEX ON stored.aht_state USING hash ((v::text));
