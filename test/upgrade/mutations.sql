-- mutations.sql: what a faulty upgrade script can get wrong, one change at
-- a time, and the line of the catalog listing (catalog.sql) that must show
-- it.  test/upgrade/check-mutations.py installs kpi 1.0 in schema public,
-- takes the listing, then runs each block below in its own transaction
-- (rolled back) and takes the listing again: the two must differ on every
-- "expect" line, given as "object | property" (a changed, added or removed
-- line starting with it), or not at all for "expect: (unchanged)" (changes
-- that a correct upgrade may legitimately make, e.g. new OIDs).  So a
-- change of catalog.sql that stops seeing a property fails the upgrade
-- suite.
--
-- Statements run as a superuser outside an extension script: an object
-- created here becomes a member only by ALTER EXTENSION kpi ADD, and a
-- member is dropped after ALTER EXTENSION kpi DROP.  PostgreSQL 15 has no
-- ALTER for some properties (an operator's commutator, a type's alignment,
-- an opclass's default...): those blocks update the catalog directly, which
-- an upgrade script run as superuser could do as well, and which stands for
-- a script that drops and re-creates the object differently.
-- Format: a block starts with "-- mutation: NAME", then "-- expect:" lines,
-- then the SQL.  In expect lines, @owner@ stands for the role that runs the
-- check and owns the extension's objects (postgres as root, else the user
-- running make test).

------------------------------------------------------------------------
-- functions
------------------------------------------------------------------------

-- mutation: function C symbol
-- expect: function public.kpi_bar(double precision,double precision,integer) | prosrc
CREATE OR REPLACE FUNCTION public.kpi_bar(value float8, high float8, width int4 DEFAULT 20) RETURNS text
	AS '$libdir/kpi', 'kpi_sparkline_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

-- mutation: function library
-- expect: function public.kpi_bar(double precision,double precision,integer) | probin
UPDATE pg_catalog.pg_proc SET probin = '$libdir/kpi2' WHERE oid = 'public.kpi_bar(float8,float8,int4)'::regprocedure;

-- mutation: function language and body
-- expect: function public.kpi_bar(double precision,double precision,integer) | language
-- expect: function public.kpi_bar(double precision,double precision,integer) | prosrc
CREATE OR REPLACE FUNCTION public.kpi_bar(value float8, high float8, width int4 DEFAULT 20) RETURNS text
	AS $$ SELECT '' $$ LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE;

-- mutation: SQL function body (BEGIN ATOMIC)
-- expect: function public.kpi_mutant(integer) | sql body | BEGIN ATOMIC\n SELECT (i + 2);\nEND
CREATE FUNCTION public.kpi_mutant(i int4) RETURNS int4 LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT i + 2; END;
ALTER EXTENSION kpi ADD FUNCTION public.kpi_mutant(int4);

-- mutation: argument default
-- expect: function public.kpi_bar(double precision,double precision,integer) | arguments
CREATE OR REPLACE FUNCTION public.kpi_bar(value float8, high float8, width int4 DEFAULT 30) RETURNS text
	AS '$libdir/kpi' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

-- mutation: argument default removed (drop and re-create)
-- expect: function public.kpi_bar(double precision,double precision,integer) | arguments
UPDATE pg_catalog.pg_proc SET pronargdefaults = 0, proargdefaults = NULL WHERE oid = 'public.kpi_bar(float8,float8,int4)'::regprocedure;

-- mutation: argument names added
-- expect: function public.kpi_goal(public.kpi_target) | argument names
CREATE OR REPLACE FUNCTION public.kpi_goal(target public.kpi_target) RETURNS float8
	AS '$libdir/kpi' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

-- mutation: return type (drop and re-create)
-- expect: function public.kpi_bar(double precision,double precision,integer) | result
-- expect: function public.kpi_bar(double precision,double precision,integer) | return type
ALTER EXTENSION kpi DROP FUNCTION public.kpi_bar(float8, float8, int4);
DROP FUNCTION public.kpi_bar(float8, float8, int4);
CREATE FUNCTION public.kpi_bar(value float8, high float8, width int4 DEFAULT 20) RETURNS varchar
	AS '$libdir/kpi' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
ALTER EXTENSION kpi ADD FUNCTION public.kpi_bar(float8, float8, int4);
COMMENT ON FUNCTION public.kpi_bar(float8, float8, int4) IS 'a horizontal bar of block characters in eighths of a character: empty for 0, width characters at high, rounded down, clamped outside 0..high';

-- mutation: OUT parameter renamed (drop and re-create)
-- expect: function public.erlang_c_table(double precision,interval,interval,interval) | argument names
-- expect: function public.erlang_c_table(double precision,interval,interval,interval) | arguments
UPDATE pg_catalog.pg_proc SET proargnames = '{calls,aht,period,threshold,agents,p_wait,service_level,asa,occupancy}'
WHERE oid = 'public.erlang_c_table(float8,interval,interval,interval)'::regprocedure;

-- mutation: volatility
-- expect: function public.kpi_bar(double precision,double precision,integer) | volatility
ALTER FUNCTION public.kpi_bar(float8, float8, int4) STABLE;

-- mutation: parallel safety
-- expect: function public.kpi_bar(double precision,double precision,integer) | parallel
ALTER FUNCTION public.kpi_bar(float8, float8, int4) PARALLEL RESTRICTED;

-- mutation: strictness
-- expect: function public.kpi_bar(double precision,double precision,integer) | strict
ALTER FUNCTION public.kpi_bar(float8, float8, int4) CALLED ON NULL INPUT;

-- mutation: cost
-- expect: function public.kpi_bar(double precision,double precision,integer) | cost
ALTER FUNCTION public.kpi_bar(float8, float8, int4) COST 7;

-- mutation: rows of a set-returning function
-- expect: function public.erlang_c_table(double precision,interval,interval,interval) | rows
ALTER FUNCTION public.erlang_c_table(float8, interval, interval, interval) ROWS 50;

-- mutation: security definer
-- expect: function public.kpi_bar(double precision,double precision,integer) | security definer
ALTER FUNCTION public.kpi_bar(float8, float8, int4) SECURITY DEFINER;

-- mutation: leakproof
-- expect: function public.kpi_target_eq(public.kpi_target,public.kpi_target) | leakproof
ALTER FUNCTION public.kpi_target_eq(public.kpi_target, public.kpi_target) NOT LEAKPROOF;

-- mutation: SET option (proconfig)
-- expect: function public.kpi_bar(double precision,double precision,integer) | config
ALTER FUNCTION public.kpi_bar(float8, float8, int4) SET search_path = pg_catalog;

-- mutation: support function
-- expect: function public.kpi_bar(double precision,double precision,integer) | support
CREATE OR REPLACE FUNCTION public.kpi_bar(value float8, high float8, width int4 DEFAULT 20) RETURNS text
	AS '$libdir/kpi' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE SUPPORT pg_catalog.textlike_support;

-- mutation: transforms
-- expect: function public.kpi_bar(double precision,double precision,integer) | transforms
UPDATE pg_catalog.pg_proc SET protrftypes = ARRAY['pg_catalog.int4'::pg_catalog.regtype::pg_catalog.oid] WHERE oid = 'public.kpi_bar(float8,float8,int4)'::regprocedure;

-- mutation: function comment
-- expect: function public.kpi_bar(double precision,double precision,integer) | comment
COMMENT ON FUNCTION public.kpi_bar(float8, float8, int4) IS 'a bar';

-- mutation: function comment removed
-- expect: function public.kpi_bar(double precision,double precision,integer) | comment
COMMENT ON FUNCTION public.kpi_bar(float8, float8, int4) IS NULL;

-- mutation: function privileges revoked
-- expect: function public.kpi_bar(double precision,double precision,integer) | acl
REVOKE EXECUTE ON FUNCTION public.kpi_bar(float8, float8, int4) FROM PUBLIC;

-- mutation: function privileges granted to a role
-- expect: function public.kpi_bar(double precision,double precision,integer) | acl
CREATE ROLE kpi_mutation_role;
GRANT EXECUTE ON FUNCTION public.kpi_bar(float8, float8, int4) TO kpi_mutation_role;

-- mutation: function privileges granted to two roles (listed sorted)
-- expect: function public.kpi_bar(double precision,double precision,integer) | acl | {=X/@owner@,kpi_mutation_a=X/@owner@,kpi_mutation_b=X/@owner@,@owner@=X/@owner@}
CREATE ROLE kpi_mutation_a;
CREATE ROLE kpi_mutation_b;
GRANT EXECUTE ON FUNCTION public.kpi_bar(float8, float8, int4) TO kpi_mutation_b;
GRANT EXECUTE ON FUNCTION public.kpi_bar(float8, float8, int4) TO kpi_mutation_a;

-- mutation: function owner
-- expect: function public.kpi_bar(double precision,double precision,integer) | owner
CREATE ROLE kpi_mutation_role;
ALTER FUNCTION public.kpi_bar(float8, float8, int4) OWNER TO kpi_mutation_role;

-- mutation: function renamed
-- expect: function public.kpi_bar(double precision,double precision,integer) | member
-- expect: function public.kpi_bar2(double precision,double precision,integer) | member
ALTER FUNCTION public.kpi_bar(float8, float8, int4) RENAME TO kpi_bar2;

-- mutation: function moved to another schema
-- expect: function public.kpi_bar(double precision,double precision,integer) | member
-- expect: function kpi_mutation.kpi_bar(double precision,double precision,integer) | member
CREATE SCHEMA kpi_mutation;
ALTER FUNCTION public.kpi_bar(float8, float8, int4) SET SCHEMA kpi_mutation;

-- mutation: function turned into a procedure
-- expect: function public.kpi_bar(double precision,double precision,integer) | member
-- expect: procedure public.kpi_bar(double precision,double precision,integer) | kind
UPDATE pg_catalog.pg_proc SET prokind = 'p' WHERE oid = 'public.kpi_bar(float8,float8,int4)'::regprocedure;

------------------------------------------------------------------------
-- aggregates
------------------------------------------------------------------------

-- mutation: aggregate initial value
-- expect: aggregate public.nps(integer) | initial value
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=1,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = SAFE);

-- mutation: aggregate moving initial value
-- expect: aggregate public.nps(integer) | moving initial value
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=1,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = SAFE);

-- mutation: aggregate transition function
-- expect: aggregate public.nps(integer) | transition function
CREATE FUNCTION public.kpi_mutant_accum(public.nps_state, int4) RETURNS public.nps_state
	AS '$libdir/kpi', 'nps_accum' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.kpi_mutant_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = SAFE);

-- mutation: aggregate final functions removed
-- expect: aggregate public.nps(integer) | final function
-- expect: aggregate public.nps(integer) | moving final function
UPDATE pg_catalog.pg_aggregate SET aggfinalfn = 0, aggmfinalfn = 0 WHERE aggfnoid = 'public.nps(int4)'::regprocedure;

-- mutation: aggregate final function extra arguments
-- expect: aggregate public.nps(integer) | final extra
CREATE FUNCTION public.kpi_mutant_final(public.nps_state, int4) RETURNS float8
	AS '$libdir/kpi', 'nps_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.kpi_mutant_final, FINALFUNC_EXTRA, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = SAFE);

-- mutation: aggregate final function modify
-- expect: aggregate public.nps(integer) | final modify
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, FINALFUNC_MODIFY = READ_WRITE, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = SAFE);

-- mutation: aggregate moving final function modify
-- expect: aggregate public.nps(integer) | moving final modify
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final,
	MFINALFUNC_MODIFY = SHAREABLE, PARALLEL = SAFE);

-- mutation: aggregate combine function removed
-- expect: aggregate public.nps(integer) | combine function
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = SAFE);

-- mutation: aggregate moving-aggregate functions removed
-- expect: aggregate public.nps(integer) | moving transition function
-- expect: aggregate public.nps(integer) | moving inverse function
-- expect: aggregate public.nps(integer) | moving final function
-- expect: aggregate public.nps(integer) | moving state type
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, COMBINEFUNC = public.nps_state_combine, PARALLEL = SAFE);

-- mutation: aggregate serial and deserial functions
-- expect: aggregate public.kpi_sparkline(double precision) | combine function
-- expect: aggregate public.kpi_sparkline(double precision) | serial function
-- expect: aggregate public.kpi_sparkline(double precision) | deserial function
CREATE OR REPLACE AGGREGATE public.kpi_sparkline(float8) (
	SFUNC = public.kpi_sparkline_accum, STYPE = internal, FINALFUNC = public.kpi_sparkline_final,
	COMBINEFUNC = pg_catalog.numeric_avg_combine, SERIALFUNC = pg_catalog.numeric_avg_serialize,
	DESERIALFUNC = pg_catalog.numeric_avg_deserialize, PARALLEL = RESTRICTED);

-- mutation: aggregate sort operator
-- expect: aggregate public.min(public.kpi_status) | sort operator
UPDATE pg_catalog.pg_aggregate SET aggsortop = 'pg_catalog.<(anyenum,anyenum)'::regoperator
WHERE aggfnoid = 'public.min(public.kpi_status)'::regprocedure;

-- mutation: aggregate state space
-- expect: aggregate public.nps(integer) | state space
-- expect: aggregate public.nps(integer) | moving state space
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, SSPACE = 64, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state, MSSPACE = 64,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = SAFE);

-- mutation: aggregate parallel safety
-- expect: aggregate public.nps(integer) | parallel
CREATE OR REPLACE AGGREGATE public.nps(int4) (
	SFUNC = public.nps_accum, STYPE = public.nps_state, INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = public.nps_final, COMBINEFUNC = public.nps_state_combine,
	MSFUNC = public.nps_accum, MINVFUNC = public.nps_retract, MSTYPE = public.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)', MFINALFUNC = public.nps_final, PARALLEL = RESTRICTED);

-- mutation: aggregate kind (ordered-set)
-- expect: aggregate public.nps(integer) | aggregate kind
UPDATE pg_catalog.pg_aggregate SET aggkind = 'o' WHERE aggfnoid = 'public.nps(int4)'::regprocedure;

-- mutation: aggregate direct arguments
-- expect: aggregate public.nps(integer) | direct arguments
UPDATE pg_catalog.pg_aggregate SET aggnumdirectargs = 1 WHERE aggfnoid = 'public.nps(int4)'::regprocedure;

-- mutation: aggregate state type
-- expect: aggregate public.kpi_sparkline(double precision) | state type
UPDATE pg_catalog.pg_aggregate SET aggtranstype = 'pg_catalog.bytea'::regtype WHERE aggfnoid = 'public.kpi_sparkline(float8)'::regprocedure;

-- mutation: aggregate moving final function extra arguments
-- expect: aggregate public.nps(integer) | moving final extra
UPDATE pg_catalog.pg_aggregate SET aggmfinalextra = true WHERE aggfnoid = 'public.nps(int4)'::regprocedure;

-- mutation: aggregate comment
-- expect: aggregate public.nps(integer) | comment
COMMENT ON AGGREGATE public.nps(int4) IS 'NPS';

-- mutation: aggregate privileges
-- expect: aggregate public.nps(integer) | acl
REVOKE EXECUTE ON FUNCTION public.nps(int4) FROM PUBLIC;

-- mutation: aggregate owner
-- expect: aggregate public.nps(integer) | owner
CREATE ROLE kpi_mutation_role;
ALTER AGGREGATE public.nps(int4) OWNER TO kpi_mutation_role;

------------------------------------------------------------------------
-- types
------------------------------------------------------------------------

-- mutation: type comment
-- expect: type public.kpi_target | comment
COMMENT ON TYPE public.kpi_target IS 'a target';

-- mutation: type receive and send functions removed
-- expect: type public.kpi_target | receive
-- expect: type public.kpi_target | send
ALTER TYPE public.kpi_target SET (RECEIVE = NONE, SEND = NONE);

-- mutation: type typmod functions
-- expect: type public.kpi_target | typmod input
-- expect: type public.kpi_target | typmod output
ALTER TYPE public.kpi_target SET (TYPMOD_IN = pg_catalog.numerictypmodin, TYPMOD_OUT = pg_catalog.numerictypmodout);

-- mutation: type analyze function
-- expect: type public.kpi_target | analyze
ALTER TYPE public.kpi_target SET (ANALYZE = pg_catalog.array_typanalyze);

-- mutation: type subscript handler
-- expect: type public.kpi_calendar | subscript
ALTER TYPE public.kpi_calendar SET (SUBSCRIPT = pg_catalog.raw_array_subscript_handler);

-- mutation: type storage
-- expect: type public.kpi_calendar | storage
ALTER TYPE public.kpi_calendar SET (STORAGE = main);

-- mutation: type input and output functions
-- expect: type public.kpi_target | input
-- expect: type public.kpi_target | output
UPDATE pg_catalog.pg_type SET typinput = 'public.kpi_calendar_in'::regproc, typoutput = 'public.kpi_calendar_out'::regproc
WHERE oid = 'public.kpi_target'::regtype;

-- mutation: type alignment
-- expect: type public.kpi_target | alignment
UPDATE pg_catalog.pg_type SET typalign = 'i' WHERE oid = 'public.kpi_target'::regtype;

-- mutation: type length and passing
-- expect: type public.kpi_target | length
-- expect: type public.kpi_target | by value
UPDATE pg_catalog.pg_type SET typlen = 8, typbyval = true WHERE oid = 'public.kpi_target'::regtype;

-- mutation: type category and preferred
-- expect: type public.kpi_target | category
-- expect: type public.kpi_target | preferred
UPDATE pg_catalog.pg_type SET typcategory = 'N', typispreferred = true WHERE oid = 'public.kpi_target'::regtype;

-- mutation: type default and delimiter
-- expect: type public.kpi_target | default
-- expect: type public.kpi_target | delimiter
UPDATE pg_catalog.pg_type SET typdefault = '>= 80%', typdelim = ';' WHERE oid = 'public.kpi_target'::regtype;

-- mutation: type privileges
-- expect: type public.kpi_target | acl
REVOKE USAGE ON TYPE public.kpi_target FROM PUBLIC;

-- mutation: type owner
-- expect: type public.kpi_target | owner
CREATE ROLE kpi_mutation_role;
ALTER TYPE public.kpi_target OWNER TO kpi_mutation_role;

-- mutation: enum label added
-- expect: type public.kpi_status | enum labels
ALTER TYPE public.kpi_status ADD VALUE 'exceeded';

-- mutation: enum label renamed
-- expect: type public.kpi_status | enum labels
ALTER TYPE public.kpi_status RENAME VALUE 'at_risk' TO 'at risk';

-- mutation: type renamed
-- expect: type public.kpi_target | member
-- expect: type public.kpi_goal_target | member
ALTER TYPE public.kpi_target RENAME TO kpi_goal_target;

------------------------------------------------------------------------
-- operators
------------------------------------------------------------------------

-- mutation: operator restrict and join estimators
-- expect: operator public.=(public.kpi_target,public.kpi_target) | restrict
-- expect: operator public.=(public.kpi_target,public.kpi_target) | join
ALTER OPERATOR public.= (public.kpi_target, public.kpi_target) SET (RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel);

-- mutation: operator commutator and negator
-- expect: operator public.<(public.kpi_target,public.kpi_target) | commutator
-- expect: operator public.<(public.kpi_target,public.kpi_target) | negator
UPDATE pg_catalog.pg_operator SET oprcom = 0, oprnegate = 0 WHERE oid = 'public.<(public.kpi_target,public.kpi_target)'::regoperator;

-- mutation: operator hashes and merges
-- expect: operator public.=(public.kpi_target,public.kpi_target) | hashes
-- expect: operator public.=(public.kpi_target,public.kpi_target) | merges
UPDATE pg_catalog.pg_operator SET oprcanhash = false, oprcanmerge = false WHERE oid = 'public.=(public.kpi_target,public.kpi_target)'::regoperator;

-- mutation: operator function
-- expect: operator public.<(public.kpi_target,public.kpi_target) | function
UPDATE pg_catalog.pg_operator SET oprcode = 'public.kpi_target_le(public.kpi_target,public.kpi_target)'::regprocedure
WHERE oid = 'public.<(public.kpi_target,public.kpi_target)'::regoperator;

-- mutation: operator result type
-- expect: operator public.=(public.kpi_target,public.kpi_target) | result
UPDATE pg_catalog.pg_operator SET oprresult = 'pg_catalog.int4'::regtype WHERE oid = 'public.=(public.kpi_target,public.kpi_target)'::regoperator;

-- mutation: operator comment
-- expect: operator public.=(public.kpi_target,public.kpi_target) | comment
COMMENT ON OPERATOR public.= (public.kpi_target, public.kpi_target) IS 'same';

-- mutation: operator owner
-- expect: operator public.=(public.kpi_target,public.kpi_target) | owner
CREATE ROLE kpi_mutation_role;
ALTER OPERATOR public.= (public.kpi_target, public.kpi_target) OWNER TO kpi_mutation_role;

------------------------------------------------------------------------
-- operator classes and families
------------------------------------------------------------------------

-- mutation: operator family gains a support function
-- expect: operator family public.kpi_target_ops USING btree | function 4(public.kpi_target,public.kpi_target)
ALTER OPERATOR FAMILY public.kpi_target_ops USING btree ADD FUNCTION 4 (public.kpi_target, public.kpi_target) pg_catalog.btequalimage(oid);

-- mutation: operator family gains an operator
-- expect: operator family public.kpi_target_ops USING btree | operator 1(public.kpi_target,public.kpi_calendar)
CREATE FUNCTION public.kpi_mutant_lt(public.kpi_target, public.kpi_calendar) RETURNS bool AS 'SELECT false' LANGUAGE sql;
CREATE OPERATOR public.< (LEFTARG = public.kpi_target, RIGHTARG = public.kpi_calendar, FUNCTION = public.kpi_mutant_lt);
ALTER OPERATOR FAMILY public.kpi_target_ops USING btree ADD OPERATOR 1 public.< (public.kpi_target, public.kpi_calendar);

-- mutation: operator family loses a support function
-- expect: operator family public.kpi_target_hash_ops USING hash | function 2(public.kpi_target,public.kpi_target)
DELETE FROM pg_catalog.pg_amproc WHERE amprocfamily = (SELECT oid FROM pg_catalog.pg_opfamily WHERE opfname = 'kpi_target_hash_ops') AND amprocnum = 2;

-- mutation: operator family loses an operator
-- expect: operator family public.kpi_target_ops USING btree | operator 5(public.kpi_target,public.kpi_target)
DELETE FROM pg_catalog.pg_amop WHERE amopfamily = (SELECT oid FROM pg_catalog.pg_opfamily WHERE opfname = 'kpi_target_ops' AND opfmethod = 403) AND amopstrategy = 5;

-- mutation: operator family support function replaced
-- expect: operator family public.kpi_target_ops USING btree | function 1(public.kpi_target,public.kpi_target)
UPDATE pg_catalog.pg_amproc SET amproc = 'public.kpi_calendar_cmp'::regproc
WHERE amprocfamily = (SELECT oid FROM pg_catalog.pg_opfamily WHERE opfname = 'kpi_target_ops' AND opfmethod = 403) AND amprocnum = 1;

-- mutation: operator class no longer the default
-- expect: operator class public.kpi_target_ops USING btree | default
UPDATE pg_catalog.pg_opclass SET opcdefault = false WHERE opcname = 'kpi_target_ops';

-- mutation: operator class key type
-- expect: operator class public.kpi_target_ops USING btree | key type
UPDATE pg_catalog.pg_opclass SET opckeytype = 'pg_catalog.int8'::regtype WHERE opcname = 'kpi_target_ops';

-- mutation: operator family owner
-- expect: operator family public.kpi_target_hash_ops USING hash | owner
CREATE ROLE kpi_mutation_role;
ALTER OPERATOR FAMILY public.kpi_target_hash_ops USING hash OWNER TO kpi_mutation_role;

-- mutation: operator class renamed
-- expect: operator class public.kpi_target_ops USING btree | member
ALTER OPERATOR CLASS public.kpi_target_ops USING btree RENAME TO kpi_target_btree_ops;

-- mutation: operator class comment
-- expect: operator class public.kpi_target_ops USING btree | comment
COMMENT ON OPERATOR CLASS public.kpi_target_ops USING btree IS 'order';

-- mutation: operator family comment
-- expect: operator family public.kpi_target_ops USING btree | comment
COMMENT ON OPERATOR FAMILY public.kpi_target_ops USING btree IS 'order';

-- mutation: operator class owner
-- expect: operator class public.kpi_target_ops USING btree | owner
CREATE ROLE kpi_mutation_role;
ALTER OPERATOR CLASS public.kpi_target_ops USING btree OWNER TO kpi_mutation_role;

------------------------------------------------------------------------
-- casts
------------------------------------------------------------------------

-- mutation: cast added
-- expect: cast (public.kpi_target AS pg_catalog.text) | member | yes
-- expect: cast (public.kpi_target AS pg_catalog.text) | context | a
-- expect: cast (public.kpi_target AS pg_catalog.text) | method | i
-- expect: cast (public.kpi_target AS pg_catalog.text) | comment | the text form
CREATE CAST (public.kpi_target AS text) WITH INOUT AS ASSIGNMENT;
ALTER EXTENSION kpi ADD CAST (public.kpi_target AS text);
COMMENT ON CAST (public.kpi_target AS text) IS 'the text form';

------------------------------------------------------------------------
-- membership: objects dropped, added, moved out
------------------------------------------------------------------------

-- mutation: function dropped
-- expect: function public.kpi_bar(double precision,double precision,integer) | member
ALTER EXTENSION kpi DROP FUNCTION public.kpi_bar(float8, float8, int4);
DROP FUNCTION public.kpi_bar(float8, float8, int4);

-- mutation: function moved out of the extension
-- expect: function public.kpi_bar(double precision,double precision,integer) | member
ALTER EXTENSION kpi DROP FUNCTION public.kpi_bar(float8, float8, int4);

-- mutation: function added
-- expect: function public.kpi_mutant(integer) | member
CREATE FUNCTION public.kpi_mutant(int4) RETURNS int4 AS 'SELECT $1' LANGUAGE sql IMMUTABLE;
ALTER EXTENSION kpi ADD FUNCTION public.kpi_mutant(int4);

-- mutation: type added
-- expect: type public.kpi_mutant | member
CREATE TYPE public.kpi_mutant AS ENUM ('a');
ALTER EXTENSION kpi ADD TYPE public.kpi_mutant;

-- mutation: operator added
-- expect: operator public.<<(public.kpi_target,public.kpi_target) | member
CREATE OPERATOR public.<< (LEFTARG = public.kpi_target, RIGHTARG = public.kpi_target, FUNCTION = public.kpi_target_lt);
ALTER EXTENSION kpi ADD OPERATOR public.<< (public.kpi_target, public.kpi_target);

-- mutation: composite type added, with a comment on an attribute
-- expect: type public.kpi_mutant | attributes | goal public.kpi_target, label text
-- expect: type public.kpi_mutant | attribute comments | label: what it is
CREATE TYPE public.kpi_mutant AS (goal public.kpi_target, label text);
ALTER EXTENSION kpi ADD TYPE public.kpi_mutant;
COMMENT ON COLUMN public.kpi_mutant.label IS 'what it is';

-- mutation: configuration table added
-- expect: table public.kpi_mutant | member | yes
-- expect: table public.kpi_mutant | columns | id integer NOT NULL DEFAULT nextval('public.kpi_mutant_id_seq'::regclass), goal public.kpi_target, label text COLLATE "C"
-- expect: table public.kpi_mutant | column comments | label: what it is
-- expect: table public.kpi_mutant | constraints | kpi_mutant_label_check CHECK ((label <> ''::text)); kpi_mutant_pkey PRIMARY KEY (id)
-- expect: table public.kpi_mutant | indexes | CREATE INDEX kpi_mutant_goal_idx ON public.kpi_mutant USING btree (goal); CREATE UNIQUE INDEX kpi_mutant_pkey
-- expect: table public.kpi_mutant | triggers | CREATE TRIGGER kpi_mutant_check
-- expect: table public.kpi_mutant | options | {fillfactor=90}
-- expect: table public.kpi_mutant | column acl | label
-- expect: table public.kpi_mutant | row security | true, forced false
-- expect: table public.kpi_mutant | policies | kpi_mutant_own permissive r to public using (label IS NOT NULL)
-- expect: sequence public.kpi_mutant_id_seq | sequence | integer start 1 increment 1
-- expect: extension kpi | config tables | public.kpi_mutant 'WHERE id > 100'
CREATE TABLE public.kpi_mutant (id serial PRIMARY KEY, goal public.kpi_target, label text COLLATE "C" CHECK (label <> ''))
	WITH (fillfactor = 90);
CREATE INDEX ON public.kpi_mutant (goal);
CREATE TRIGGER kpi_mutant_check BEFORE INSERT ON public.kpi_mutant FOR EACH ROW EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger();
ALTER TABLE public.kpi_mutant ENABLE ROW LEVEL SECURITY;
CREATE POLICY kpi_mutant_own ON public.kpi_mutant FOR SELECT USING (label IS NOT NULL);
COMMENT ON COLUMN public.kpi_mutant.label IS 'what it is';
CREATE ROLE kpi_mutation_role;
GRANT SELECT (label) ON public.kpi_mutant TO kpi_mutation_role;
ALTER EXTENSION kpi ADD TABLE public.kpi_mutant;
ALTER EXTENSION kpi ADD SEQUENCE public.kpi_mutant_id_seq;
-- pg_extension_config_dump() runs in extension scripts only
UPDATE pg_catalog.pg_extension SET extconfig = ARRAY['public.kpi_mutant'::pg_catalog.regclass::pg_catalog.oid],
	extcondition = ARRAY['WHERE id > 100'] WHERE extname = 'kpi';

-- mutation: aggregate moved out of the extension
-- expect: aggregate public.nps(integer) | member
ALTER EXTENSION kpi DROP AGGREGATE public.nps(int4);

-- mutation: an object of a kind catalog.sql does not describe
-- expect: text search configuration public.kpi_mutant | member
CREATE TEXT SEARCH CONFIGURATION public.kpi_mutant (COPY = pg_catalog.simple);
ALTER EXTENSION kpi ADD TEXT SEARCH CONFIGURATION public.kpi_mutant;

------------------------------------------------------------------------
-- the extension
------------------------------------------------------------------------

-- mutation: extension comment
-- expect: extension kpi | comment
COMMENT ON EXTENSION kpi IS 'KPIs';

-- mutation: extension schema privileges
-- expect: extension kpi | schema acl
REVOKE USAGE ON SCHEMA public FROM PUBLIC;

-- mutation: extension schema owner
-- expect: extension kpi | schema owner
CREATE ROLE kpi_mutation_role;
ALTER SCHEMA public OWNER TO kpi_mutation_role;

-- mutation: extension relocatable
-- expect: extension kpi | relocatable
UPDATE pg_catalog.pg_extension SET extrelocatable = true WHERE extname = 'kpi';

-- mutation: extension version
-- expect: extension kpi | version
UPDATE pg_catalog.pg_extension SET extversion = '1.0.1' WHERE extname = 'kpi';

------------------------------------------------------------------------
-- changes a correct upgrade may make that must not show
------------------------------------------------------------------------

-- mutation: function dropped and re-created identically (new OID, last in pg_depend)
-- expect: (unchanged)
ALTER EXTENSION kpi DROP FUNCTION public.kpi_bar(float8, float8, int4);
DROP FUNCTION public.kpi_bar(float8, float8, int4);
CREATE FUNCTION public.kpi_bar(value float8, high float8, width int4 DEFAULT 20) RETURNS text
	AS '$libdir/kpi' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
ALTER EXTENSION kpi ADD FUNCTION public.kpi_bar(float8, float8, int4);
COMMENT ON FUNCTION public.kpi_bar(float8, float8, int4) IS 'a horizontal bar of block characters in eighths of a character: empty for 0, width characters at high, rounded down, clamped outside 0..high';

-- mutation: operator class dropped and re-created identically (new OIDs)
-- expect: (unchanged)
ALTER EXTENSION kpi DROP OPERATOR CLASS public.kpi_target_hash_ops USING hash;
ALTER EXTENSION kpi DROP OPERATOR FAMILY public.kpi_target_hash_ops USING hash;
DROP OPERATOR FAMILY public.kpi_target_hash_ops USING hash;
CREATE OPERATOR CLASS public.kpi_target_hash_ops DEFAULT FOR TYPE public.kpi_target USING hash AS
	OPERATOR 1 public.=,
	FUNCTION 1 public.kpi_target_hash(public.kpi_target),
	FUNCTION 2 public.kpi_target_hash_extended(public.kpi_target, int8);
ALTER EXTENSION kpi ADD OPERATOR FAMILY public.kpi_target_hash_ops USING hash;
ALTER EXTENSION kpi ADD OPERATOR CLASS public.kpi_target_hash_ops USING hash;
COMMENT ON OPERATOR CLASS public.kpi_target_hash_ops USING hash IS 'hashing of kpi_target, for hash joins and hash aggregation';

-- mutation: operator class re-created, its operator added by ALTER OPERATOR FAMILY (new OIDs)
-- expect: (unchanged)
ALTER EXTENSION kpi DROP OPERATOR CLASS public.kpi_target_hash_ops USING hash;
DROP OPERATOR CLASS public.kpi_target_hash_ops USING hash;
CREATE OPERATOR CLASS public.kpi_target_hash_ops DEFAULT FOR TYPE public.kpi_target USING hash
	FAMILY public.kpi_target_hash_ops AS FUNCTION 1 public.kpi_target_hash(public.kpi_target);
ALTER OPERATOR FAMILY public.kpi_target_hash_ops USING hash ADD OPERATOR 1 public.= (public.kpi_target, public.kpi_target);
ALTER EXTENSION kpi ADD OPERATOR CLASS public.kpi_target_hash_ops USING hash;
COMMENT ON OPERATOR CLASS public.kpi_target_hash_ops USING hash IS 'hashing of kpi_target, for hash joins and hash aggregation';

-- mutation: privileges granted and revoked back to the default
-- expect: (unchanged)
GRANT EXECUTE ON FUNCTION public.kpi_bar(float8, float8, int4) TO PUBLIC;
GRANT USAGE ON TYPE public.kpi_target TO PUBLIC;

-- mutation: function replaced by the same definition, argument names kept
-- expect: (unchanged)
CREATE OR REPLACE FUNCTION public.kpi_bar(value float8, high float8, width int4 DEFAULT 20) RETURNS text
	AS '$libdir/kpi' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
ALTER FUNCTION public.kpi_bar(float8, float8, int4) STABLE;
ALTER FUNCTION public.kpi_bar(float8, float8, int4) IMMUTABLE;
