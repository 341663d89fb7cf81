-- Staffing timings for 'make bench' (included at the end of run.sql):
-- erlang_c_agents for a center of 10,000 agents (100,000 calls per half
-- hour of 3 minutes, 80% within 20 s: 10,013 agents) against the same
-- Erlang B recursion written in PL/pgSQL, what a user would write without
-- kpi; and erlang_a_agents and erlang_c_table of the same queue.  Each
-- timing is :runs interleaved runs of a batch of calls; medians in
-- microseconds per call.  The arguments depend on the row (i * 0) so that
-- the planner cannot fold the immutable calls into one constant.

-- Erlang C staffing in PL/pgSQL: the same recursion and rules (no
-- occupancy cap, no shrinkage), for comparison.
CREATE FUNCTION bench_plpgsql_erlang_c_agents(calls float8, aht_s float8, period_s float8,
                                              goal float8, threshold_s float8)
RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
	a float8 := calls * aht_s / period_s;
	b float8 := 1;
	n integer := 0;
	c float8;
BEGIN
	LOOP
		n := n + 1;
		b := a * b / (n + a * b);
		IF n > a THEN
			c := n * b / (n - a * (1 - b));
			IF 100 * (1 - c * exp(-(n - a) * threshold_s / aht_s)) >= goal THEN
				RETURN n;
			END IF;
		END IF;
	END LOOP;
END
$$;

CREATE TABLE bench_staffing_case (position int, function text, query text, calls int);
INSERT INTO bench_staffing_case VALUES
(1, 'erlang_c_agents, 10,000 Erlangs',
 $$SELECT erlang_c_agents(100000 + i * 0, '3 min', '30 min', '>= 80%', '20 s') FROM generate_series(1, 200) i$$, 200),
(2, 'same in PL/pgSQL',
 $$SELECT bench_plpgsql_erlang_c_agents(100000 + i * 0, 180, 1800, 80, 20) FROM generate_series(1, 20) i$$, 20),
(3, 'erlang_c_table, 10,000 Erlangs',
 $$SELECT count(*) FROM generate_series(1, 100) i, erlang_c_table(100000 + i * 0, '3 min', '30 min', '20 s')$$, 100),
(4, 'erlang_a_agents, 10,000 Erlangs, 2 min patience',
 $$SELECT erlang_a_agents(100000 + i * 0, '3 min', '30 min', '2 min', '>= 80%', '20 s') FROM generate_series(1, 5) i$$, 5),
(5, 'erlang_c_agents, 10 Erlangs',
 $$SELECT erlang_c_agents(100 + i * 0, '3 min', '30 min', '>= 80%', '20 s') FROM generate_series(1, 2000) i$$, 2000),
(6, 'same in PL/pgSQL',
 $$SELECT bench_plpgsql_erlang_c_agents(100 + i * 0, 180, 1800, 80, 20) FROM generate_series(1, 2000) i$$, 2000);

-- the two implementations agree before they are timed
SELECT erlang_c_agents(100000, '3 min', '30 min', '>= 80%', '20 s') AS kpi_agents,
       bench_plpgsql_erlang_c_agents(100000, 180, 1800, 80, 20) AS plpgsql_agents;

CREATE TABLE bench_staffing_run (position int, us float8);
DO $$
DECLARE
	c bench_staffing_case;
BEGIN
	FOR round IN 1 .. current_setting('bench.runs')::int LOOP
		FOR c IN SELECT * FROM bench_staffing_case ORDER BY random() LOOP
			INSERT INTO bench_staffing_run
			VALUES (c.position, bench_time(c.query, '{}') * 1000 / c.calls);
		END LOOP;
	END LOOP;
END
$$;

\echo
\echo staffing: median microseconds per call over :runs runs (PL/pgSQL ratio: kpi time / PL/pgSQL time)
WITH m AS (
	SELECT position, percentile_cont(0.5) WITHIN GROUP (ORDER BY us) AS us
	FROM bench_staffing_run GROUP BY position
)
SELECT c.function, round(m.us::numeric, 1) AS "us per call",
       CASE c.position
         WHEN 1 THEN round((m.us / (SELECT us FROM m WHERE position = 2))::numeric, 3)
         WHEN 5 THEN round((m.us / (SELECT us FROM m WHERE position = 6))::numeric, 3)
       END AS "kpi / PL/pgSQL"
FROM bench_staffing_case c JOIN m USING (position)
ORDER BY c.position;
