-- The names of every function, aggregate and type of the installed kpi
-- extension that a user calls or stores: its member objects, less the
-- functions that only serve another object (the support functions of
-- aggregates, types, operators and operator classes) and the array types.
-- pgxn.sh requires CHANGELOG.md to name each of them.
WITH member AS (
	SELECT d.classid, d.objid
	FROM pg_catalog.pg_depend d
	JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
	WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
	  AND d.deptype = 'e' AND e.extname = 'kpi'),
support AS (
	SELECT pg_catalog.unnest(ARRAY[aggtransfn, aggfinalfn, aggcombinefn,
		aggserialfn, aggdeserialfn, aggmtransfn, aggminvtransfn,
		aggmfinalfn])::pg_catalog.oid AS oid
	FROM pg_catalog.pg_aggregate
	UNION
	SELECT pg_catalog.unnest(ARRAY[typinput, typoutput, typreceive,
		typsend])::pg_catalog.oid
	FROM pg_catalog.pg_type
	UNION
	SELECT oprcode::pg_catalog.oid FROM pg_catalog.pg_operator
	UNION
	SELECT amproc::pg_catalog.oid FROM pg_catalog.pg_amproc)
SELECT p.proname
FROM member m
JOIN pg_catalog.pg_proc p ON p.oid = m.objid
WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
  AND p.oid NOT IN (SELECT oid FROM support)
UNION
SELECT t.typname
FROM member m
JOIN pg_catalog.pg_type t ON t.oid = m.objid
WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
  -- array types: PostgreSQL 17 and later make them members of the
  -- extension too; they are named by their element types
  AND t.typcategory <> 'A'
ORDER BY 1;
