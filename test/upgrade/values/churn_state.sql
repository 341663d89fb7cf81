-- Stored churn_state values: a monthly rollup per team of raw.customers,
-- over timestamptz and date periods, plus an empty period; a btree index
-- on the churn rate and a hash index on the text form.
CREATE TABLE stored.churn_state (id int PRIMARY KEY, grp int NOT NULL, v churn_state);
INSERT INTO stored.churn_state
SELECT row_number() OVER (ORDER BY team, m), team,
       churn_state(active_from, active_until, tstzrange(m, m + interval '1 month'))
FROM raw.customers,
     generate_series(timestamptz '2026-06-01 00:00+00', '2026-09-01 00:00+00', '1 month') m
GROUP BY team, m;
INSERT INTO stored.churn_state
SELECT 50 + row_number() OVER (ORDER BY team, m), 10 + team,
       churn_state(active_from::date, active_until::date, daterange(m::date, (m + interval '1 month')::date))
FROM raw.customers,
     generate_series(timestamptz '2026-06-01 00:00+00', '2026-09-01 00:00+00', '1 month') m
GROUP BY team, m;
INSERT INTO stored.churn_state VALUES
	(101, 101, '(period_from_us=1704067200000000,period_until_us=1706745600000000,base=7,churned=3,new=3)'),
	(102, 102, '(period_from_us=1704067200000000,period_until_us=1706745600000000,base=0,churned=0,new=0)'),
	(200, 200, NULL);
CREATE INDEX ON stored.churn_state ((kpi_value(v)));
CREATE INDEX ON stored.churn_state USING hash ((v::text));
