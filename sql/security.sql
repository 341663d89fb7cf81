--
-- security: kpi is a trusted extension.  The owner of a database, not a
-- superuser, can install and use it; nothing in it runs with elevated
-- rights; and objects planted in the target schema cannot hijack the
-- install script, whose every reference is schema-qualified.
--
CREATE ROLE kpi_db_owner NOLOGIN;
CREATE ROLE kpi_plotter NOLOGIN;
CREATE DATABASE kpi_security OWNER kpi_db_owner;
\c kpi_security

-- A hostile user plants look-alikes in the schema the extension will be
-- created in: shell types and functions named like what the install script
-- uses, which complain loudly if they are ever called or referenced.
GRANT CREATE ON SCHEMA public TO kpi_plotter;
SET ROLE kpi_plotter;
CREATE TYPE public.int4;
CREATE TYPE public.interval;
CREATE TYPE public.float8;
CREATE TYPE public.bool;
CREATE TYPE public.jsonb;
CREATE FUNCTION public.nps_final(anyelement) RETURNS float8
  LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked nps_final'; END $$;
CREATE FUNCTION public.interval_out(anyelement) RETURNS cstring
  LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked interval_out'; END $$;
RESET ROLE;

-- The database owner, not a superuser, installs it in that schema.
SET ROLE kpi_db_owner;
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
SET search_path = public, pg_catalog;
CREATE EXTENSION kpi SCHEMA public;

-- ... and uses it: an aggregate, a state, a KPI over states.
-- nps: promoters {9}, detractors {3, 0} -> 100 * (1 - 2) / 3 = -33.33...
SELECT nps(s) FROM (VALUES (9), (3), (0)) v(s);
SELECT nps(st) FROM (SELECT nps_state(s) AS st FROM (VALUES (10), (6)) v(s)) x;
SELECT avg_handle_time(h) FROM (VALUES ('1 min'::pg_catalog.interval), ('3 min')) v(h);
RESET ROLE;
RESET search_path;

-- Every argument and result type of the extension's functions is a
-- pg_catalog type or one of the extension's own, never a planted one.
SELECT DISTINCT pg_catalog.format_type(t, NULL) AS planted_type_used
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi',
LATERAL unnest(p.proargtypes::oid[] || p.prorettype) t
JOIN pg_catalog.pg_type ty ON ty.oid = t
WHERE ty.typnamespace = 'pg_catalog'::regnamespace IS NOT TRUE
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dt
                  WHERE dt.objid = ty.oid AND dt.refobjid = e.oid AND dt.deptype = 'e');

-- Aggregate support functions are the extension's own.
SELECT a.aggfnoid::regprocedure AS foreign_support
FROM pg_catalog.pg_aggregate a
JOIN pg_catalog.pg_depend d ON d.objid = a.aggfnoid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE EXISTS (SELECT 1 FROM unnest(ARRAY[a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
                                          a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn]::oid[]) f
              WHERE f <> 0 AND NOT EXISTS (
                SELECT 1 FROM pg_catalog.pg_depend df
                WHERE df.objid = f AND df.refobjid = e.oid AND df.deptype = 'e'));

-- Nothing runs with its owner's rights, and no function is left callable
-- with a pseudo-type that could smuggle a pointer in from SQL except the
-- type I/O functions PostgreSQL itself requires and the support functions
-- of kpi_sparkline, whose state is internal: SQL cannot produce an
-- internal value, and they refuse to run outside the aggregate
-- (sql/sparkline.sql).
SELECT p.oid::regprocedure AS security_definer
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE p.prosecdef;
SELECT p.oid::regprocedure AS takes_internal
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
WHERE 'pg_catalog.internal'::regtype = ANY (p.proargtypes::oid[])
  AND p.proname NOT LIKE '%\_recv'
ORDER BY 1;

-- The extension belongs to the database owner who created it.
SELECT extowner::regrole FROM pg_catalog.pg_extension WHERE extname = 'kpi';

\c contrib_regression
DROP DATABASE kpi_security;
DROP ROLE kpi_db_owner;
DROP ROLE kpi_plotter;
