-- Stored rating_state values (kpi 1.1): a rollup per team (grp) and day of
-- raw.tickets (NPS answers as ratings on 0..10; CES answers with half
-- points on 1..7, tenths), then hand-written edge values (each its own
-- grp): empty, a negative scale, bigint extremes with int128 sums, six
-- decimals.
CREATE TABLE stored.rating_state (id int PRIMARY KEY, grp int NOT NULL, v rating_state);
INSERT INTO stored.rating_state
SELECT row_number() OVER (ORDER BY team, day), team, rating_state(nps_score, 0, 10)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.rating_state
SELECT 50 + row_number() OVER (ORDER BY team, day), 50 + team,
       rating_state(ces_score - CASE WHEN id % 2 = 0 THEN 0.5 ELSE 0 END, 0.5, 7)
FROM raw.tickets GROUP BY team, day;
INSERT INTO stored.rating_state
SELECT 100 + ord, 100 + ord, v::rating_state FROM unnest(ARRAY[
	'(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	'(low=-5,high=5,decimals=0,responses=3,offset_sum=15,offset_squares=125)',
	'(low=0,high=9223372036854775807,decimals=0,responses=2,offset_sum=18446744073709551613,offset_squares=170141183460469231676347071494755450885)',
	'(low=0,high=1000000,decimals=6,responses=2,offset_sum=4,offset_squares=10)',
	'(low=1,high=10,decimals=0,responses=1,offset_sum=9,offset_squares=81)']) WITH ORDINALITY AS l(v, ord);
INSERT INTO stored.rating_state VALUES (200, 200, NULL);
-- a btree index on the KPI of each state, a hash index on its text form
CREATE INDEX ON stored.rating_state ((kpi_value(v)));
CREATE INDEX ON stored.rating_state USING hash ((v::text));
