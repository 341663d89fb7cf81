-- Stored ces_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.ces_state (id int PRIMARY KEY, grp int NOT NULL, v ces_state);
INSERT INTO stored.ces_state
SELECT row_number() OVER (ORDER BY team, day), team, ces_state(ces_score)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.ces_state
SELECT 100 + ord, 100 + ord, v::ces_state FROM unnest(ARRAY[
	'(responses=0,score_sum=0,score_squares=0)',
	'(responses=2,score_sum=13,score_squares=85)',
	'(responses=1,score_sum=7,score_squares=49)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.ces_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.ces_state ((kpi_value(v)));
CREATE INDEX ON stored.ces_state USING hash ((v::text));
