-- Stored duration_sketch values (variable length): per team and day of
-- raw.tickets' talk and wait times, a sketch of one zero, an empty-ish
-- hand-written one; a btree index on the median, a hash index on the text.
CREATE TABLE stored.duration_sketch (id int PRIMARY KEY, grp int NOT NULL, v duration_sketch);
INSERT INTO stored.duration_sketch
SELECT row_number() OVER (ORDER BY team, day), team, duration_sketch(talk)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.duration_sketch
SELECT 50 + row_number() OVER (ORDER BY team, day), team, duration_sketch(wait)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.duration_sketch VALUES
	(101, 101, '(version=1,zeros=1,buckets={999:2,1009:1})'),
	(102, 102, (SELECT duration_sketch(interval '0'))),
	(200, 200, NULL);
CREATE INDEX ON stored.duration_sketch ((kpi_value(v, 0.5)));
CREATE INDEX ON stored.duration_sketch USING hash ((v::text));
