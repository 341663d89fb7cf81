-- Stored kpi_target values: every comparator and unit (number, percent,
-- duration), with and without a warning threshold; a unique btree index, a
-- hash index and an expression index on the goal.
CREATE TABLE stored.kpi_target (id int PRIMARY KEY, grp int NOT NULL, v kpi_target UNIQUE);
INSERT INTO stored.kpi_target
SELECT ord, ord % 3, v::kpi_target FROM unnest(ARRAY[
	'> 7', '>= 80% warn 70%', '< 6 min warn 8 min', '<= 5%', '< 20 s',
	'>= 0', '> -100 warn -120', '<= 1.5 h', '>= 99.9%', '< 1e15 warn 2e15',
	'> 0.000001', '>= 30 s warn 25 s']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.kpi_target VALUES (100, 4, NULL);
CREATE INDEX ON stored.kpi_target USING hash (v);
CREATE INDEX ON stored.kpi_target ((kpi_goal(v)));
