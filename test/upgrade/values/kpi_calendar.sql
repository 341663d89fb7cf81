-- Stored kpi_calendar values: weekday hours, overnight ranges, 24/7, zones
-- with DST (north and south), closed dates and ranges; btree and hash
-- indexes on the column.
CREATE TABLE stored.kpi_calendar (id int PRIMARY KEY, grp int NOT NULL, v kpi_calendar);
INSERT INTO stored.kpi_calendar
SELECT ord, ord % 2, v::kpi_calendar FROM unnest(ARRAY[
	'Mon-Fri 09:00-17:00',
	'Mon-Fri 08:00-12:00,13:00-17:00; Sat 10:00-14:00; tz Europe/Copenhagen; closed 2026-12-24..2026-12-26, 2027-01-01',
	'24/7; tz Europe/Copenhagen',
	'Fri 22:00-06:00; tz America/Sao_Paulo',
	'daily 07:00-23:00; tz Australia/Sydney; closed 2026-04-05',
	'24/7']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.kpi_calendar VALUES (100, 3, NULL);
CREATE INDEX ON stored.kpi_calendar (v);
CREATE INDEX ON stored.kpi_calendar USING hash (v);
