-- Stored fcr_state values: a rollup per team (grp) and day of raw.tickets,
-- then hand-written edge values (each its own grp): empty, large counts.
CREATE TABLE stored.fcr_state (id int PRIMARY KEY, grp int NOT NULL, v fcr_state);
INSERT INTO stored.fcr_state
SELECT row_number() OVER (ORDER BY team, day), team, fcr_state(contacts)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.fcr_state
SELECT 100 + ord, 100 + ord, v::fcr_state FROM unnest(ARRAY[
	'(resolved_first=0,tickets=0)',
	'(resolved_first=7,tickets=9)',
	'(resolved_first=1,tickets=9223372036854775807)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.fcr_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.fcr_state ((kpi_value(v)));
CREATE INDEX ON stored.fcr_state USING hash ((v::text));
