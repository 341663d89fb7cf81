-- kpi--1.0.sql: install script of the kpi extension
--
-- Every object is schema-qualified (@extschema@ or pg_catalog) so that a
-- hostile search_path cannot redirect a reference at install time.

\echo Use "CREATE EXTENSION kpi" to load this file. \quit

------------------------------------------------------------------------
-- Aggregate state types
--
-- Fixed-length types made of integers only, with exact text and binary
-- forms, so states can be stored in rollup tables and merged exactly.
------------------------------------------------------------------------

CREATE TYPE @extschema@.nps_state;

CREATE FUNCTION @extschema@.nps_state_in(pg_catalog.cstring) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_out(@extschema@.nps_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_recv(pg_catalog.internal) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_state_send(@extschema@.nps_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.nps_state (
	INPUT = @extschema@.nps_state_in,
	OUTPUT = @extschema@.nps_state_out,
	RECEIVE = @extschema@.nps_state_recv,
	SEND = @extschema@.nps_state_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.nps_state_combine(@extschema@.nps_state, @extschema@.nps_state) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.nps_state IS 'NPS aggregate state: counts of promoters (9-10), passives (7-8) and detractors (0-6)';
COMMENT ON FUNCTION @extschema@.nps_state_in(pg_catalog.cstring) IS 'text input of nps_state';
COMMENT ON FUNCTION @extschema@.nps_state_out(@extschema@.nps_state) IS 'text output of nps_state';
COMMENT ON FUNCTION @extschema@.nps_state_recv(pg_catalog.internal) IS 'binary input of nps_state';
COMMENT ON FUNCTION @extschema@.nps_state_send(@extschema@.nps_state) IS 'binary output of nps_state';
COMMENT ON FUNCTION @extschema@.nps_state_combine(@extschema@.nps_state, @extschema@.nps_state) IS 'merges two nps_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.csat_state;

CREATE FUNCTION @extschema@.csat_state_in(pg_catalog.cstring) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_state_out(@extschema@.csat_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_state_recv(pg_catalog.internal) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_state_send(@extschema@.csat_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.csat_state (
	INPUT = @extschema@.csat_state_in,
	OUTPUT = @extschema@.csat_state_out,
	RECEIVE = @extschema@.csat_state_recv,
	SEND = @extschema@.csat_state_send,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.csat_state_combine(@extschema@.csat_state, @extschema@.csat_state) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.csat_state IS 'CSAT aggregate state: satisfied answers and all answers';
COMMENT ON FUNCTION @extschema@.csat_state_in(pg_catalog.cstring) IS 'text input of csat_state';
COMMENT ON FUNCTION @extschema@.csat_state_out(@extschema@.csat_state) IS 'text output of csat_state';
COMMENT ON FUNCTION @extschema@.csat_state_recv(pg_catalog.internal) IS 'binary input of csat_state';
COMMENT ON FUNCTION @extschema@.csat_state_send(@extschema@.csat_state) IS 'binary output of csat_state';
COMMENT ON FUNCTION @extschema@.csat_state_combine(@extschema@.csat_state, @extschema@.csat_state) IS 'merges two csat_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.fcr_state;

CREATE FUNCTION @extschema@.fcr_state_in(pg_catalog.cstring) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_state_out(@extschema@.fcr_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_state_recv(pg_catalog.internal) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_state_send(@extschema@.fcr_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.fcr_state (
	INPUT = @extschema@.fcr_state_in,
	OUTPUT = @extschema@.fcr_state_out,
	RECEIVE = @extschema@.fcr_state_recv,
	SEND = @extschema@.fcr_state_send,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.fcr_state_combine(@extschema@.fcr_state, @extschema@.fcr_state) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.fcr_state IS 'FCR aggregate state: tickets resolved at first contact and all tickets';
COMMENT ON FUNCTION @extschema@.fcr_state_in(pg_catalog.cstring) IS 'text input of fcr_state';
COMMENT ON FUNCTION @extschema@.fcr_state_out(@extschema@.fcr_state) IS 'text output of fcr_state';
COMMENT ON FUNCTION @extschema@.fcr_state_recv(pg_catalog.internal) IS 'binary input of fcr_state';
COMMENT ON FUNCTION @extschema@.fcr_state_send(@extschema@.fcr_state) IS 'binary output of fcr_state';
COMMENT ON FUNCTION @extschema@.fcr_state_combine(@extschema@.fcr_state, @extschema@.fcr_state) IS 'merges two fcr_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.ces_state;

CREATE FUNCTION @extschema@.ces_state_in(pg_catalog.cstring) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_state_out(@extschema@.ces_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_state_recv(pg_catalog.internal) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_state_send(@extschema@.ces_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.ces_state (
	INPUT = @extschema@.ces_state_in,
	OUTPUT = @extschema@.ces_state_out,
	RECEIVE = @extschema@.ces_state_recv,
	SEND = @extschema@.ces_state_send,
	INTERNALLENGTH = 16,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.ces_state_combine(@extschema@.ces_state, @extschema@.ces_state) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.ces_state IS 'CES aggregate state: number of effort answers and the sum of their scores';
COMMENT ON FUNCTION @extschema@.ces_state_in(pg_catalog.cstring) IS 'text input of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_out(@extschema@.ces_state) IS 'text output of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_recv(pg_catalog.internal) IS 'binary input of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_send(@extschema@.ces_state) IS 'binary output of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_combine(@extschema@.ces_state, @extschema@.ces_state) IS 'merges two ces_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.aht_state;

CREATE FUNCTION @extschema@.aht_state_in(pg_catalog.cstring) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.aht_state_out(@extschema@.aht_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.aht_state_recv(pg_catalog.internal) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.aht_state_send(@extschema@.aht_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.aht_state (
	INPUT = @extschema@.aht_state_in,
	OUTPUT = @extschema@.aht_state_out,
	RECEIVE = @extschema@.aht_state_recv,
	SEND = @extschema@.aht_state_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.aht_state_combine(@extschema@.aht_state, @extschema@.aht_state) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.aht_state IS 'AHT aggregate state: contacts handled and their total handle time in microseconds';
COMMENT ON FUNCTION @extschema@.aht_state_in(pg_catalog.cstring) IS 'text input of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_out(@extschema@.aht_state) IS 'text output of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_recv(pg_catalog.internal) IS 'binary input of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_send(@extschema@.aht_state) IS 'binary output of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_combine(@extschema@.aht_state, @extschema@.aht_state) IS 'merges two aht_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.utilization_state;

CREATE FUNCTION @extschema@.utilization_state_in(pg_catalog.cstring) RETURNS @extschema@.utilization_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.utilization_state_out(@extschema@.utilization_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.utilization_state_recv(pg_catalog.internal) RETURNS @extschema@.utilization_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.utilization_state_send(@extschema@.utilization_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.utilization_state (
	INPUT = @extschema@.utilization_state_in,
	OUTPUT = @extschema@.utilization_state_out,
	RECEIVE = @extschema@.utilization_state_recv,
	SEND = @extschema@.utilization_state_send,
	INTERNALLENGTH = 32,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.utilization_state_combine(@extschema@.utilization_state, @extschema@.utilization_state) RETURNS @extschema@.utilization_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.utilization_state IS 'Utilization aggregate state: total busy and scheduled time in microseconds';
COMMENT ON FUNCTION @extschema@.utilization_state_in(pg_catalog.cstring) IS 'text input of utilization_state';
COMMENT ON FUNCTION @extschema@.utilization_state_out(@extschema@.utilization_state) IS 'text output of utilization_state';
COMMENT ON FUNCTION @extschema@.utilization_state_recv(pg_catalog.internal) IS 'binary input of utilization_state';
COMMENT ON FUNCTION @extschema@.utilization_state_send(@extschema@.utilization_state) IS 'binary output of utilization_state';
COMMENT ON FUNCTION @extschema@.utilization_state_combine(@extschema@.utilization_state, @extschema@.utilization_state) IS 'merges two utilization_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.occupancy_state;

CREATE FUNCTION @extschema@.occupancy_state_in(pg_catalog.cstring) RETURNS @extschema@.occupancy_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.occupancy_state_out(@extschema@.occupancy_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.occupancy_state_recv(pg_catalog.internal) RETURNS @extschema@.occupancy_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.occupancy_state_send(@extschema@.occupancy_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.occupancy_state (
	INPUT = @extschema@.occupancy_state_in,
	OUTPUT = @extschema@.occupancy_state_out,
	RECEIVE = @extschema@.occupancy_state_recv,
	SEND = @extschema@.occupancy_state_send,
	INTERNALLENGTH = 32,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.occupancy_state_combine(@extschema@.occupancy_state, @extschema@.occupancy_state) RETURNS @extschema@.occupancy_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.occupancy_state IS 'Occupancy aggregate state: total handle and idle time in microseconds';
COMMENT ON FUNCTION @extschema@.occupancy_state_in(pg_catalog.cstring) IS 'text input of occupancy_state';
COMMENT ON FUNCTION @extschema@.occupancy_state_out(@extschema@.occupancy_state) IS 'text output of occupancy_state';
COMMENT ON FUNCTION @extschema@.occupancy_state_recv(pg_catalog.internal) IS 'binary input of occupancy_state';
COMMENT ON FUNCTION @extschema@.occupancy_state_send(@extschema@.occupancy_state) IS 'binary output of occupancy_state';
COMMENT ON FUNCTION @extschema@.occupancy_state_combine(@extschema@.occupancy_state, @extschema@.occupancy_state) IS 'merges two occupancy_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.service_level_state;

CREATE FUNCTION @extschema@.service_level_state_in(pg_catalog.cstring) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.service_level_state_out(@extschema@.service_level_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.service_level_state_recv(pg_catalog.internal) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.service_level_state_send(@extschema@.service_level_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.service_level_state (
	INPUT = @extschema@.service_level_state_in,
	OUTPUT = @extschema@.service_level_state_out,
	RECEIVE = @extschema@.service_level_state_recv,
	SEND = @extschema@.service_level_state_send,
	INTERNALLENGTH = 32,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.service_level_state_combine(@extschema@.service_level_state, @extschema@.service_level_state) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.service_level_state IS 'Service level aggregate state: threshold in microseconds (-1 until set), answered contacts, those answered within the threshold, and abandons after it';
COMMENT ON FUNCTION @extschema@.service_level_state_in(pg_catalog.cstring) IS 'text input of service_level_state';
COMMENT ON FUNCTION @extschema@.service_level_state_out(@extschema@.service_level_state) IS 'text output of service_level_state';
COMMENT ON FUNCTION @extschema@.service_level_state_recv(pg_catalog.internal) IS 'binary input of service_level_state';
COMMENT ON FUNCTION @extschema@.service_level_state_send(@extschema@.service_level_state) IS 'binary output of service_level_state';
COMMENT ON FUNCTION @extschema@.service_level_state_combine(@extschema@.service_level_state, @extschema@.service_level_state) IS 'merges two service_level_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.asa_state;

CREATE FUNCTION @extschema@.asa_state_in(pg_catalog.cstring) RETURNS @extschema@.asa_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.asa_state_out(@extschema@.asa_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.asa_state_recv(pg_catalog.internal) RETURNS @extschema@.asa_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.asa_state_send(@extschema@.asa_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.asa_state (
	INPUT = @extschema@.asa_state_in,
	OUTPUT = @extschema@.asa_state_out,
	RECEIVE = @extschema@.asa_state_recv,
	SEND = @extschema@.asa_state_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.asa_state_combine(@extschema@.asa_state, @extschema@.asa_state) RETURNS @extschema@.asa_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.asa_state IS 'ASA aggregate state: answered contacts and their total queue wait in microseconds';
COMMENT ON FUNCTION @extschema@.asa_state_in(pg_catalog.cstring) IS 'text input of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_out(@extschema@.asa_state) IS 'text output of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_recv(pg_catalog.internal) IS 'binary input of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_send(@extschema@.asa_state) IS 'binary output of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_combine(@extschema@.asa_state, @extschema@.asa_state) IS 'merges two asa_state values (combine function of the aggregates using it)';

CREATE TYPE @extschema@.abandonment_state;

CREATE FUNCTION @extschema@.abandonment_state_in(pg_catalog.cstring) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.abandonment_state_out(@extschema@.abandonment_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.abandonment_state_recv(pg_catalog.internal) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.abandonment_state_send(@extschema@.abandonment_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.abandonment_state (
	INPUT = @extschema@.abandonment_state_in,
	OUTPUT = @extschema@.abandonment_state_out,
	RECEIVE = @extschema@.abandonment_state_recv,
	SEND = @extschema@.abandonment_state_send,
	INTERNALLENGTH = 32,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.abandonment_state_combine(@extschema@.abandonment_state, @extschema@.abandonment_state) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.abandonment_state IS 'Abandonment aggregate state: short-abandon limit in microseconds (-1 until set), offered contacts, abandons, and short abandons';
COMMENT ON FUNCTION @extschema@.abandonment_state_in(pg_catalog.cstring) IS 'text input of abandonment_state';
COMMENT ON FUNCTION @extschema@.abandonment_state_out(@extschema@.abandonment_state) IS 'text output of abandonment_state';
COMMENT ON FUNCTION @extschema@.abandonment_state_recv(pg_catalog.internal) IS 'binary input of abandonment_state';
COMMENT ON FUNCTION @extschema@.abandonment_state_send(@extschema@.abandonment_state) IS 'binary output of abandonment_state';
COMMENT ON FUNCTION @extschema@.abandonment_state_combine(@extschema@.abandonment_state, @extschema@.abandonment_state) IS 'merges two abandonment_state values (combine function of the aggregates using it)';

------------------------------------------------------------------------
-- KPI aggregates
--
-- Each one: a strict transition function that updates its state in place,
-- its inverse for moving window frames, the state type's combine function
-- for parallel and partial aggregation, and a final function.
------------------------------------------------------------------------

-- nps(score)
CREATE FUNCTION @extschema@.nps_accum(@extschema@.nps_state, pg_catalog.int4) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_retract(@extschema@.nps_state, pg_catalog.int4) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_accum(@extschema@.nps_state, pg_catalog.int4) IS 'transition function of nps(score)';
COMMENT ON FUNCTION @extschema@.nps_retract(@extschema@.nps_state, pg_catalog.int4) IS 'inverse transition function of nps(score), for moving window frames';

CREATE FUNCTION @extschema@.nps_final(@extschema@.nps_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_final(@extschema@.nps_state) IS 'final function: the KPI value of a nps_state';

CREATE AGGREGATE @extschema@.nps(pg_catalog.int4) (
	SFUNC = @extschema@.nps_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = @extschema@.nps_final,
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_accum,
	MINVFUNC = @extschema@.nps_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int4) IS 'Net Promoter Score: 100 * (promoters 9-10 - detractors 0-6) / answers, scores 0..10';

-- csat(score)
CREATE FUNCTION @extschema@.csat_score_accum(@extschema@.csat_state, pg_catalog.int4) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_score_retract(@extschema@.csat_state, pg_catalog.int4) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_score_accum(@extschema@.csat_state, pg_catalog.int4) IS 'transition function of csat(score)';
COMMENT ON FUNCTION @extschema@.csat_score_retract(@extschema@.csat_state, pg_catalog.int4) IS 'inverse transition function of csat(score), for moving window frames';

CREATE FUNCTION @extschema@.csat_final(@extschema@.csat_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'share_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_final(@extschema@.csat_state) IS 'final function: the KPI value of a csat_state';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int4) (
	SFUNC = @extschema@.csat_score_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_accum,
	MINVFUNC = @extschema@.csat_score_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	MFINALFUNC = @extschema@.csat_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int4) IS 'Customer satisfaction: percent of 1..5 answers that score 4 or 5';

-- csat(satisfied)
CREATE FUNCTION @extschema@.csat_flag_accum(@extschema@.csat_state, pg_catalog.bool) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_flag_retract(@extschema@.csat_state, pg_catalog.bool) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_flag_accum(@extschema@.csat_state, pg_catalog.bool) IS 'transition function of csat(satisfied)';
COMMENT ON FUNCTION @extschema@.csat_flag_retract(@extschema@.csat_state, pg_catalog.bool) IS 'inverse transition function of csat(satisfied), for moving window frames';

CREATE AGGREGATE @extschema@.csat(pg_catalog.bool) (
	SFUNC = @extschema@.csat_flag_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_flag_accum,
	MINVFUNC = @extschema@.csat_flag_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	MFINALFUNC = @extschema@.csat_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.bool) IS 'Customer satisfaction: percent of answers flagged satisfied';

-- fcr_rate(resolved_first_contact)
CREATE FUNCTION @extschema@.fcr_flag_accum(@extschema@.fcr_state, pg_catalog.bool) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_flag_retract(@extschema@.fcr_state, pg_catalog.bool) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fcr_flag_accum(@extschema@.fcr_state, pg_catalog.bool) IS 'transition function of fcr_rate(resolved_first_contact)';
COMMENT ON FUNCTION @extschema@.fcr_flag_retract(@extschema@.fcr_state, pg_catalog.bool) IS 'inverse transition function of fcr_rate(resolved_first_contact), for moving window frames';

CREATE FUNCTION @extschema@.fcr_final(@extschema@.fcr_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'share_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fcr_final(@extschema@.fcr_state) IS 'final function: the KPI value of a fcr_state';

CREATE AGGREGATE @extschema@.fcr_rate(pg_catalog.bool) (
	SFUNC = @extschema@.fcr_flag_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	FINALFUNC = @extschema@.fcr_final,
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_flag_accum,
	MINVFUNC = @extschema@.fcr_flag_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	MFINALFUNC = @extschema@.fcr_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_rate(pg_catalog.bool) IS 'First contact resolution: percent of tickets flagged resolved at first contact';

-- fcr_rate(contacts)
CREATE FUNCTION @extschema@.fcr_contacts_accum(@extschema@.fcr_state, pg_catalog.int4) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_contacts_retract(@extschema@.fcr_state, pg_catalog.int4) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fcr_contacts_accum(@extschema@.fcr_state, pg_catalog.int4) IS 'transition function of fcr_rate(contacts)';
COMMENT ON FUNCTION @extschema@.fcr_contacts_retract(@extschema@.fcr_state, pg_catalog.int4) IS 'inverse transition function of fcr_rate(contacts), for moving window frames';

CREATE AGGREGATE @extschema@.fcr_rate(pg_catalog.int4) (
	SFUNC = @extschema@.fcr_contacts_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	FINALFUNC = @extschema@.fcr_final,
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_accum,
	MINVFUNC = @extschema@.fcr_contacts_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	MFINALFUNC = @extschema@.fcr_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_rate(pg_catalog.int4) IS 'First contact resolution: percent of tickets that needed exactly one contact (contacts >= 1)';

-- avg_handle_time(handle)
CREATE FUNCTION @extschema@.aht_accum(@extschema@.aht_state, pg_catalog.interval) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.aht_retract(@extschema@.aht_state, pg_catalog.interval) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aht_accum(@extschema@.aht_state, pg_catalog.interval) IS 'transition function of avg_handle_time(handle)';
COMMENT ON FUNCTION @extschema@.aht_retract(@extschema@.aht_state, pg_catalog.interval) IS 'inverse transition function of avg_handle_time(handle), for moving window frames';

CREATE FUNCTION @extschema@.aht_final(@extschema@.aht_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aht_final(@extschema@.aht_state) IS 'final function: the KPI value of a aht_state';

CREATE AGGREGATE @extschema@.avg_handle_time(pg_catalog.interval) (
	SFUNC = @extschema@.aht_accum,
	STYPE = @extschema@.aht_state,
	INITCOND = '(contacts=0,handle_us=0)',
	FINALFUNC = @extschema@.aht_final,
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_accum,
	MINVFUNC = @extschema@.aht_retract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0)',
	MFINALFUNC = @extschema@.aht_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg_handle_time(pg_catalog.interval) IS 'Average handle time: mean handle duration, to the microsecond';

-- avg_handle_time(talk, hold, after_call_work)
CREATE FUNCTION @extschema@.aht_parts_accum(@extschema@.aht_state, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.aht_parts_retract(@extschema@.aht_state, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aht_parts_accum(@extschema@.aht_state, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'transition function of avg_handle_time(talk, hold, after_call_work)';
COMMENT ON FUNCTION @extschema@.aht_parts_retract(@extschema@.aht_state, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'inverse transition function of avg_handle_time(talk, hold, after_call_work), for moving window frames';

CREATE AGGREGATE @extschema@.avg_handle_time(pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.aht_parts_accum,
	STYPE = @extschema@.aht_state,
	INITCOND = '(contacts=0,handle_us=0)',
	FINALFUNC = @extschema@.aht_final,
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_parts_accum,
	MINVFUNC = @extschema@.aht_parts_retract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0)',
	MFINALFUNC = @extschema@.aht_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg_handle_time(pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'Average handle time: mean of talk + hold + after-call work, to the microsecond';

-- utilization(busy, scheduled)
CREATE FUNCTION @extschema@.utilization_accum(@extschema@.utilization_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.utilization_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.utilization_retract(@extschema@.utilization_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.utilization_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.utilization_accum(@extschema@.utilization_state, pg_catalog.interval, pg_catalog.interval) IS 'transition function of utilization(busy, scheduled)';
COMMENT ON FUNCTION @extschema@.utilization_retract(@extschema@.utilization_state, pg_catalog.interval, pg_catalog.interval) IS 'inverse transition function of utilization(busy, scheduled), for moving window frames';

CREATE FUNCTION @extschema@.utilization_final(@extschema@.utilization_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.utilization_final(@extschema@.utilization_state) IS 'final function: the KPI value of a utilization_state';

CREATE AGGREGATE @extschema@.utilization(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.utilization_accum,
	STYPE = @extschema@.utilization_state,
	INITCOND = '(busy_us=0,scheduled_us=0)',
	FINALFUNC = @extschema@.utilization_final,
	COMBINEFUNC = @extschema@.utilization_state_combine,
	MSFUNC = @extschema@.utilization_accum,
	MINVFUNC = @extschema@.utilization_retract,
	MSTYPE = @extschema@.utilization_state,
	MINITCOND = '(busy_us=0,scheduled_us=0)',
	MFINALFUNC = @extschema@.utilization_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.utilization(pg_catalog.interval, pg_catalog.interval) IS 'Utilization: 100 * total busy time / total scheduled time';

-- occupancy(handle, idle)
CREATE FUNCTION @extschema@.occupancy_accum(@extschema@.occupancy_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.occupancy_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.occupancy_retract(@extschema@.occupancy_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.occupancy_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.occupancy_accum(@extschema@.occupancy_state, pg_catalog.interval, pg_catalog.interval) IS 'transition function of occupancy(handle, idle)';
COMMENT ON FUNCTION @extschema@.occupancy_retract(@extschema@.occupancy_state, pg_catalog.interval, pg_catalog.interval) IS 'inverse transition function of occupancy(handle, idle), for moving window frames';

CREATE FUNCTION @extschema@.occupancy_final(@extschema@.occupancy_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.occupancy_final(@extschema@.occupancy_state) IS 'final function: the KPI value of a occupancy_state';

CREATE AGGREGATE @extschema@.occupancy(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.occupancy_accum,
	STYPE = @extschema@.occupancy_state,
	INITCOND = '(handle_us=0,idle_us=0)',
	FINALFUNC = @extschema@.occupancy_final,
	COMBINEFUNC = @extschema@.occupancy_state_combine,
	MSFUNC = @extschema@.occupancy_accum,
	MINVFUNC = @extschema@.occupancy_retract,
	MSTYPE = @extschema@.occupancy_state,
	MINITCOND = '(handle_us=0,idle_us=0)',
	MFINALFUNC = @extschema@.occupancy_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.occupancy(pg_catalog.interval, pg_catalog.interval) IS 'Occupancy: 100 * total handle time / (total handle time + total idle time)';

-- service_level(wait, threshold)
CREATE FUNCTION @extschema@.service_level_accum(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.service_level_retract(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.service_level_accum(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.interval) IS 'transition function of service_level(wait, threshold)';
COMMENT ON FUNCTION @extschema@.service_level_retract(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.interval) IS 'inverse transition function of service_level(wait, threshold), for moving window frames';

CREATE FUNCTION @extschema@.service_level_final(@extschema@.service_level_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.service_level_final(@extschema@.service_level_state) IS 'final function: the KPI value of a service_level_state';

CREATE AGGREGATE @extschema@.service_level(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.service_level_accum,
	STYPE = @extschema@.service_level_state,
	INITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	FINALFUNC = @extschema@.service_level_final,
	COMBINEFUNC = @extschema@.service_level_state_combine,
	MSFUNC = @extschema@.service_level_accum,
	MINVFUNC = @extschema@.service_level_retract,
	MSTYPE = @extschema@.service_level_state,
	MINITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	MFINALFUNC = @extschema@.service_level_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.service_level(pg_catalog.interval, pg_catalog.interval) IS 'Service level: percent of contacts answered with wait <= threshold (one threshold per group)';

-- service_level(wait, abandoned, threshold)
CREATE FUNCTION @extschema@.service_level_abandon_accum(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.service_level_abandon_retract(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.service_level_abandon_accum(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) IS 'transition function of service_level(wait, abandoned, threshold)';
COMMENT ON FUNCTION @extschema@.service_level_abandon_retract(@extschema@.service_level_state, pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) IS 'inverse transition function of service_level(wait, abandoned, threshold), for moving window frames';

CREATE AGGREGATE @extschema@.service_level(pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) (
	SFUNC = @extschema@.service_level_abandon_accum,
	STYPE = @extschema@.service_level_state,
	INITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	FINALFUNC = @extschema@.service_level_final,
	COMBINEFUNC = @extschema@.service_level_state_combine,
	MSFUNC = @extschema@.service_level_abandon_accum,
	MINVFUNC = @extschema@.service_level_abandon_retract,
	MSTYPE = @extschema@.service_level_state,
	MINITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	MFINALFUNC = @extschema@.service_level_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.service_level(pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) IS 'Service level: answered within threshold / (answered + abandoned after threshold), in percent';

-- avg_speed_of_answer(wait, abandoned)
CREATE FUNCTION @extschema@.asa_accum(@extschema@.asa_state, pg_catalog.interval, pg_catalog.bool) RETURNS @extschema@.asa_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.asa_retract(@extschema@.asa_state, pg_catalog.interval, pg_catalog.bool) RETURNS @extschema@.asa_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.asa_accum(@extschema@.asa_state, pg_catalog.interval, pg_catalog.bool) IS 'transition function of avg_speed_of_answer(wait, abandoned)';
COMMENT ON FUNCTION @extschema@.asa_retract(@extschema@.asa_state, pg_catalog.interval, pg_catalog.bool) IS 'inverse transition function of avg_speed_of_answer(wait, abandoned), for moving window frames';

CREATE FUNCTION @extschema@.asa_final(@extschema@.asa_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.asa_final(@extschema@.asa_state) IS 'final function: the KPI value of a asa_state';

CREATE AGGREGATE @extschema@.avg_speed_of_answer(pg_catalog.interval, pg_catalog.bool) (
	SFUNC = @extschema@.asa_accum,
	STYPE = @extschema@.asa_state,
	INITCOND = '(answered=0,wait_us=0)',
	FINALFUNC = @extschema@.asa_final,
	COMBINEFUNC = @extschema@.asa_state_combine,
	MSFUNC = @extschema@.asa_accum,
	MINVFUNC = @extschema@.asa_retract,
	MSTYPE = @extschema@.asa_state,
	MINITCOND = '(answered=0,wait_us=0)',
	MFINALFUNC = @extschema@.asa_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg_speed_of_answer(pg_catalog.interval, pg_catalog.bool) IS 'Average speed of answer: mean queue wait of answered (not abandoned) contacts';

-- abandonment_rate(abandoned)
CREATE FUNCTION @extschema@.abandonment_accum(@extschema@.abandonment_state, pg_catalog.bool) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.abandonment_retract(@extschema@.abandonment_state, pg_catalog.bool) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.abandonment_accum(@extschema@.abandonment_state, pg_catalog.bool) IS 'transition function of abandonment_rate(abandoned)';
COMMENT ON FUNCTION @extschema@.abandonment_retract(@extschema@.abandonment_state, pg_catalog.bool) IS 'inverse transition function of abandonment_rate(abandoned), for moving window frames';

CREATE FUNCTION @extschema@.abandonment_final(@extschema@.abandonment_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.abandonment_final(@extschema@.abandonment_state) IS 'final function: the KPI value of a abandonment_state';

CREATE AGGREGATE @extschema@.abandonment_rate(pg_catalog.bool) (
	SFUNC = @extschema@.abandonment_accum,
	STYPE = @extschema@.abandonment_state,
	INITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	FINALFUNC = @extschema@.abandonment_final,
	COMBINEFUNC = @extschema@.abandonment_state_combine,
	MSFUNC = @extschema@.abandonment_accum,
	MINVFUNC = @extschema@.abandonment_retract,
	MSTYPE = @extschema@.abandonment_state,
	MINITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	MFINALFUNC = @extschema@.abandonment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.abandonment_rate(pg_catalog.bool) IS 'Abandonment rate: percent of offered contacts that were abandoned';

-- abandonment_rate(abandoned, wait, short_abandon)
CREATE FUNCTION @extschema@.abandonment_short_accum(@extschema@.abandonment_state, pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.abandonment_short_retract(@extschema@.abandonment_state, pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.abandonment_short_accum(@extschema@.abandonment_state, pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) IS 'transition function of abandonment_rate(abandoned, wait, short_abandon)';
COMMENT ON FUNCTION @extschema@.abandonment_short_retract(@extschema@.abandonment_state, pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) IS 'inverse transition function of abandonment_rate(abandoned, wait, short_abandon), for moving window frames';

CREATE AGGREGATE @extschema@.abandonment_rate(pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.abandonment_short_accum,
	STYPE = @extschema@.abandonment_state,
	INITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	FINALFUNC = @extschema@.abandonment_final,
	COMBINEFUNC = @extschema@.abandonment_state_combine,
	MSFUNC = @extschema@.abandonment_short_accum,
	MINVFUNC = @extschema@.abandonment_short_retract,
	MSTYPE = @extschema@.abandonment_state,
	MINITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	MFINALFUNC = @extschema@.abandonment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.abandonment_rate(pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) IS 'Abandonment rate: percent abandoned, leaving out abandons with wait < short_abandon from both counts';

-- ces(score)
CREATE FUNCTION @extschema@.ces_accum(@extschema@.ces_state, pg_catalog.int4) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_retract(@extschema@.ces_state, pg_catalog.int4) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_accum(@extschema@.ces_state, pg_catalog.int4) IS 'transition function of ces(score)';
COMMENT ON FUNCTION @extschema@.ces_retract(@extschema@.ces_state, pg_catalog.int4) IS 'inverse transition function of ces(score), for moving window frames';

CREATE FUNCTION @extschema@.ces_final(@extschema@.ces_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_final(@extschema@.ces_state) IS 'final function: the KPI value of a ces_state';

CREATE AGGREGATE @extschema@.ces(pg_catalog.int4) (
	SFUNC = @extschema@.ces_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0)',
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_accum,
	MINVFUNC = @extschema@.ces_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0)',
	MFINALFUNC = @extschema@.ces_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.int4) IS 'Customer effort score: mean of 1..7 effort answers';
