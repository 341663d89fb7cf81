-- Stored kpi_status values (an enum): every label, in two groups, and NULL;
-- btree and hash indexes on the column (enums have both operator classes).
CREATE TABLE stored.kpi_status (id int PRIMARY KEY, grp int NOT NULL, v kpi_status);
INSERT INTO stored.kpi_status VALUES
	(1, 1, 'missed'), (2, 1, 'at_risk'), (3, 1, 'met'),
	(4, 2, 'met'), (5, 2, 'met'), (6, 2, 'at_risk'),
	(7, 3, NULL);
CREATE INDEX ON stored.kpi_status (v);
CREATE INDEX ON stored.kpi_status USING hash (v);
