--
-- setup: install the extension for the tests that follow.
--
CREATE EXTENSION kpi;

-- The aggregates this extension provides, with their arguments: a check
-- that the install script created exactly the public API.
SELECT p.proname, pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.format_type(p.prorettype, NULL) AS returns
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE p.prokind = 'a'
ORDER BY 1, 2;

-- None of them shadows a built-in aggregate.  Only min and max share a
-- built-in's name, over the extension's own kpi_status, which no built-in
-- takes exactly (min(anyenum) still serves every other enum): they are
-- listed here with the argument types, which must be the extension's.
SELECT a.oid::pg_catalog.regprocedure AS same_name_as_builtin,
       pg_catalog.bool_and(EXISTS (SELECT 1 FROM pg_catalog.pg_depend dt
                                   WHERE dt.objid = t AND dt.refobjid = e.oid AND dt.deptype = 'e'))
         AS takes_own_types_only
FROM pg_catalog.pg_proc a
JOIN pg_catalog.pg_depend d ON d.objid = a.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi',
LATERAL pg_catalog.unnest(a.proargtypes::pg_catalog.oid[]) t
WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_proc b
              WHERE b.proname = a.proname
                AND b.pronamespace = 'pg_catalog'::regnamespace)
GROUP BY a.oid
ORDER BY a.oid::pg_catalog.regprocedure::pg_catalog.text;
SELECT a.oid::pg_catalog.regprocedure AS shadows_builtin
FROM pg_catalog.pg_proc a
JOIN pg_catalog.pg_depend d ON d.objid = a.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_proc b
              WHERE b.proname = a.proname AND b.proargtypes = a.proargtypes
                AND b.pronamespace = 'pg_catalog'::regnamespace);

-- Every object of the extension has a comment.  The array types of its
-- types are left out: PostgreSQL 17 and later record them as members of
-- the extension too (15 does not), and they are described by their
-- element types.
SELECT pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS uncommented
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE d.deptype = 'e'
  AND d.classid IN ('pg_catalog.pg_proc'::regclass, 'pg_catalog.pg_type'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t
                  WHERE d.classid = 'pg_catalog.pg_type'::regclass
                    AND t.oid = d.objid AND t.typcategory = 'A')
  AND pg_catalog.obj_description(d.objid, d.classid::regclass::text) IS NULL;

-- Every KPI aggregate is parallel safe and has a combine function, an
-- inverse transition function for moving window frames and a real state
-- type.  The exceptions, listed with what they lack: min and max over
-- kpi_status (a minimum cannot be taken back out: no inverse), and the
-- presentation aggregate kpi_sparkline, whose ordered points cannot be
-- combined in order (internal state, no combine function, no inverse,
-- parallel restricted).
SELECT a.aggfnoid::regprocedure AS incomplete_aggregate,
       a.aggcombinefn <> 0 AS combines, a.aggminvtransfn <> 0 AS inverts,
       p.proparallel AS parallel, a.aggtranstype::regtype AS state
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_depend d ON d.objid = a.aggfnoid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
WHERE a.aggcombinefn = 0 OR a.aggminvtransfn = 0 OR p.proparallel <> 's'
   OR a.aggtranstype = 'pg_catalog.internal'::regtype
ORDER BY a.aggfnoid::regprocedure::text;

-- The synthetic tickets that the parallel and rollup tests aggregate: n
-- rows with every KPI input, NULLs sprinkled in and sub-second durations.
CREATE FUNCTION regress_tickets(n integer)
RETURNS TABLE (id integer, nps_score integer, csat_score integer,
               ces_score integer, resolved boolean, contacts integer,
               talk interval, hold interval, acw interval, wait interval,
               abandoned boolean, scheduled interval, busy interval,
               idle interval)
LANGUAGE sql AS $$
SELECT i,
       CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 7) % 11 END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE 1 + (i * 3) % 5 END,
       1 + (i * 5) % 7,
       CASE WHEN i % 11 = 0 THEN NULL ELSE i % 3 <> 0 END,
       (1 + (i::bigint * i) % 4)::integer,
       make_interval(secs => 60 + (i * 37) % 400 + (i % 1000) / 1000000.0),
       make_interval(secs => (i * 13) % 90),
       make_interval(secs => (i * 17) % 120 + 0.5),
       make_interval(secs => (i * 29) % 70),
       CASE WHEN i % 13 = 0 THEN NULL ELSE i % 5 = 0 END,
       interval '8 hours',
       make_interval(mins => 300 + (i * 23) % 150),
       make_interval(mins => (i * 11) % 60)
FROM generate_series(1, n) i;
$$;

-- Synthetic customers for the churn tests, one per ticket id: started
-- within 125 days from 2026-06-01 (with a microsecond part), a quarter
-- still customers, the others gone up to 104 days later; and the same as
-- dates.  The churn period of those tests is August 2026.
CREATE FUNCTION regress_active_from(id integer) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT timestamptz '2026-06-01 00:00+00' + (id * 7919 % 3000) * interval '1 hour'
       + (id % 997) * interval '1 microsecond'
$$;
CREATE FUNCTION regress_active_until(id integer) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT CASE WHEN id % 4 <> 0 THEN
         regress_active_from(id) + (id * 31 % 2500) * interval '1 hour' END
$$;
CREATE FUNCTION regress_active_from_date(id integer) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT date '2026-06-01' + id * 7919 % 125
$$;
CREATE FUNCTION regress_active_until_date(id integer) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN id % 4 <> 0 THEN regress_active_from_date(id) + id * 31 % 104 END
$$;

-- Shared by the test files that follow (bad_input, percentiles...).
-- The outcome of one expression: its value as text, or the SQLSTATE of the
-- error it raises.
CREATE FUNCTION outcome(expression text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  EXECUTE 'SELECT (' || expression || ')::text' INTO result;
  RETURN coalesce(result, 'NULL');
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE;
END
$$;

-- What a one-row, one-column COPY (FORMAT binary) file whose field holds
-- the given bytes reads as, for a column of the given type: the file is
-- written by printf, each byte as an octal escape.
CREATE FUNCTION binary_input(type regtype, payload bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  file bytea;
  octal text;
  result text;
BEGIN
  file := '\x5047434f50590aff0d0a00'::bytea   -- signature PGCOPY\n\377\r\n\0
          || int4send(0) || int4send(0)        -- flags, header extension
          || int2send(1::int2)                 -- one field
          || int4send(length(payload)) || payload
          || int2send(-1::int2);               -- trailer
  SELECT string_agg('\' || ((b >> 6) & 7) || ((b >> 3) & 7) || (b & 7), '' ORDER BY i)
    INTO octal
    FROM (SELECT i, get_byte(file, i) AS b
          FROM generate_series(0, length(file) - 1) i) bytes;
  DROP TABLE IF EXISTS binary_row;
  EXECUTE format('CREATE TEMP TABLE binary_row (value %s)', type);
  EXECUTE format('COPY binary_row FROM PROGRAM %L (FORMAT binary)',
                 'printf ''' || octal || '''');
  EXECUTE 'SELECT value::text FROM binary_row' INTO result;
  RETURN result;
END
$$;
