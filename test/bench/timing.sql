-- timing.sql: the timing function of the benchmark scripts (run.sql,
-- percentiles.sql), which each may run alone.

-- Time one query in ms, under the given settings.
CREATE OR REPLACE FUNCTION bench_time(query text, settings text[]) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
	setting text;
	started timestamptz;
BEGIN
	FOREACH setting IN ARRAY settings LOOP
		PERFORM set_config(split_part(setting, '=', 1), split_part(setting, '=', 2), true);
	END LOOP;
	started := clock_timestamp();
	EXECUTE query;
	RETURN extract(epoch FROM clock_timestamp() - started) * 1000;
END
$$;
