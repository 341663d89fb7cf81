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

-- None of them shadows a built-in aggregate.
SELECT a.proname
FROM pg_catalog.pg_proc a
JOIN pg_catalog.pg_depend d ON d.objid = a.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_proc b
              WHERE b.proname = a.proname
                AND b.pronamespace = 'pg_catalog'::regnamespace);

-- Every object of the extension has a comment.
SELECT pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) AS uncommented
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE d.deptype = 'e'
  AND d.classid IN ('pg_catalog.pg_proc'::regclass, 'pg_catalog.pg_type'::regclass)
  AND pg_catalog.obj_description(d.objid, d.classid::regclass::text) IS NULL;

-- Every aggregate is parallel safe and has a combine function and an
-- inverse transition function for moving window frames.
SELECT a.aggfnoid::regprocedure AS incomplete_aggregate
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_depend d ON d.objid = a.aggfnoid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
WHERE a.aggcombinefn = 0 OR a.aggminvtransfn = 0 OR p.proparallel <> 's'
   OR a.aggtranstype = 'pg_catalog.internal'::regtype;
