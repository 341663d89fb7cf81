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

CREATE FUNCTION @extschema@.nps_state_subtract(@extschema@.nps_state, @extschema@.nps_state) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_state_subtract(@extschema@.nps_state, @extschema@.nps_state) IS 'takes the second nps_state back out of the first (inverse of nps_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.nps_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'nps_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.nps_state) IS 'the fields of a nps_state as a jsonb object';

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

CREATE FUNCTION @extschema@.csat_state_subtract(@extschema@.csat_state, @extschema@.csat_state) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_state_subtract(@extschema@.csat_state, @extschema@.csat_state) IS 'takes the second csat_state back out of the first (inverse of csat_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.csat_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'csat_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.csat_state) IS 'the fields of a csat_state as a jsonb object';

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

CREATE FUNCTION @extschema@.fcr_state_subtract(@extschema@.fcr_state, @extschema@.fcr_state) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fcr_state_subtract(@extschema@.fcr_state, @extschema@.fcr_state) IS 'takes the second fcr_state back out of the first (inverse of fcr_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.fcr_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'fcr_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.fcr_state) IS 'the fields of a fcr_state as a jsonb object';

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
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.ces_state_combine(@extschema@.ces_state, @extschema@.ces_state) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.ces_state IS 'CES aggregate state: number of effort answers, the sum of their scores and the sum of their squared scores';
COMMENT ON FUNCTION @extschema@.ces_state_in(pg_catalog.cstring) IS 'text input of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_out(@extschema@.ces_state) IS 'text output of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_recv(pg_catalog.internal) IS 'binary input of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_send(@extschema@.ces_state) IS 'binary output of ces_state';
COMMENT ON FUNCTION @extschema@.ces_state_combine(@extschema@.ces_state, @extschema@.ces_state) IS 'merges two ces_state values (combine function of the aggregates using it)';

CREATE FUNCTION @extschema@.ces_state_subtract(@extschema@.ces_state, @extschema@.ces_state) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_state_subtract(@extschema@.ces_state, @extschema@.ces_state) IS 'takes the second ces_state back out of the first (inverse of ces_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.ces_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'ces_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.ces_state) IS 'the fields of a ces_state as a jsonb object';

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
	INTERNALLENGTH = 40,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.aht_state_combine(@extschema@.aht_state, @extschema@.aht_state) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.aht_state IS 'AHT aggregate state: contacts handled, their total handle time in microseconds and the sum of the squared handle times (square microseconds)';
COMMENT ON FUNCTION @extschema@.aht_state_in(pg_catalog.cstring) IS 'text input of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_out(@extschema@.aht_state) IS 'text output of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_recv(pg_catalog.internal) IS 'binary input of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_send(@extschema@.aht_state) IS 'binary output of aht_state';
COMMENT ON FUNCTION @extschema@.aht_state_combine(@extschema@.aht_state, @extschema@.aht_state) IS 'merges two aht_state values (combine function of the aggregates using it)';

CREATE FUNCTION @extschema@.aht_state_subtract(@extschema@.aht_state, @extschema@.aht_state) RETURNS @extschema@.aht_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aht_state_subtract(@extschema@.aht_state, @extschema@.aht_state) IS 'takes the second aht_state back out of the first (inverse of aht_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.aht_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'aht_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.aht_state) IS 'the fields of an aht_state as a jsonb object';

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

CREATE FUNCTION @extschema@.utilization_state_subtract(@extschema@.utilization_state, @extschema@.utilization_state) RETURNS @extschema@.utilization_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.utilization_state_subtract(@extschema@.utilization_state, @extschema@.utilization_state) IS 'takes the second utilization_state back out of the first (inverse of utilization_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.utilization_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'utilization_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.utilization_state) IS 'the fields of a utilization_state as a jsonb object';

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

CREATE FUNCTION @extschema@.occupancy_state_subtract(@extschema@.occupancy_state, @extschema@.occupancy_state) RETURNS @extschema@.occupancy_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.occupancy_state_subtract(@extschema@.occupancy_state, @extschema@.occupancy_state) IS 'takes the second occupancy_state back out of the first (inverse of occupancy_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.occupancy_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'occupancy_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.occupancy_state) IS 'the fields of an occupancy_state as a jsonb object';

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

CREATE FUNCTION @extschema@.service_level_state_subtract(@extschema@.service_level_state, @extschema@.service_level_state) RETURNS @extschema@.service_level_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.service_level_state_subtract(@extschema@.service_level_state, @extschema@.service_level_state) IS 'takes the second service_level_state back out of the first (inverse of service_level_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.service_level_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'service_level_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.service_level_state) IS 'the fields of a service_level_state as a jsonb object';

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
	INTERNALLENGTH = 40,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.asa_state_combine(@extschema@.asa_state, @extschema@.asa_state) RETURNS @extschema@.asa_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.asa_state IS 'ASA aggregate state: answered contacts, their total queue wait in microseconds and the sum of the squared waits (square microseconds)';
COMMENT ON FUNCTION @extschema@.asa_state_in(pg_catalog.cstring) IS 'text input of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_out(@extschema@.asa_state) IS 'text output of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_recv(pg_catalog.internal) IS 'binary input of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_send(@extschema@.asa_state) IS 'binary output of asa_state';
COMMENT ON FUNCTION @extschema@.asa_state_combine(@extschema@.asa_state, @extschema@.asa_state) IS 'merges two asa_state values (combine function of the aggregates using it)';

CREATE FUNCTION @extschema@.asa_state_subtract(@extschema@.asa_state, @extschema@.asa_state) RETURNS @extschema@.asa_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.asa_state_subtract(@extschema@.asa_state, @extschema@.asa_state) IS 'takes the second asa_state back out of the first (inverse of asa_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.asa_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'asa_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.asa_state) IS 'the fields of an asa_state as a jsonb object';

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

CREATE FUNCTION @extschema@.abandonment_state_subtract(@extschema@.abandonment_state, @extschema@.abandonment_state) RETURNS @extschema@.abandonment_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.abandonment_state_subtract(@extschema@.abandonment_state, @extschema@.abandonment_state) IS 'takes the second abandonment_state back out of the first (inverse of abandonment_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.abandonment_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'abandonment_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.abandonment_state) IS 'the fields of an abandonment_state as a jsonb object';

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
COMMENT ON FUNCTION @extschema@.aht_final(@extschema@.aht_state) IS 'final function: the KPI value of an aht_state';

CREATE AGGREGATE @extschema@.avg_handle_time(pg_catalog.interval) (
	SFUNC = @extschema@.aht_accum,
	STYPE = @extschema@.aht_state,
	INITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	FINALFUNC = @extschema@.aht_final,
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_accum,
	MINVFUNC = @extschema@.aht_retract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
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
	INITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	FINALFUNC = @extschema@.aht_final,
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_parts_accum,
	MINVFUNC = @extschema@.aht_parts_retract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
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
COMMENT ON FUNCTION @extschema@.occupancy_final(@extschema@.occupancy_state) IS 'final function: the KPI value of an occupancy_state';

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
COMMENT ON FUNCTION @extschema@.asa_final(@extschema@.asa_state) IS 'final function: the KPI value of an asa_state';

CREATE AGGREGATE @extschema@.avg_speed_of_answer(pg_catalog.interval, pg_catalog.bool) (
	SFUNC = @extschema@.asa_accum,
	STYPE = @extschema@.asa_state,
	INITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
	FINALFUNC = @extschema@.asa_final,
	COMBINEFUNC = @extschema@.asa_state_combine,
	MSFUNC = @extschema@.asa_accum,
	MINVFUNC = @extschema@.asa_retract,
	MSTYPE = @extschema@.asa_state,
	MINITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
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
COMMENT ON FUNCTION @extschema@.abandonment_final(@extschema@.abandonment_state) IS 'final function: the KPI value of an abandonment_state';

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
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_accum,
	MINVFUNC = @extschema@.ces_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	MFINALFUNC = @extschema@.ces_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.int4) IS 'Customer effort score: mean of 1..7 effort answers';

------------------------------------------------------------------------
-- Rollups
--
-- For every KPI: <kpi>_state(raw rows) and <kpi>_state(states) return a
-- state, <kpi>(states) returns the KPI of merged states, and kpi_value()
-- and kpi_counts() read one state without aggregating.  Merging is exact,
-- so a KPI over a daily rollup equals the KPI over the raw rows.
------------------------------------------------------------------------

-- nps_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.nps_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.nps_state) IS 'the nps value of one nps_state, as nps() would return it';

CREATE AGGREGATE @extschema@.nps_state(pg_catalog.int4) (
	SFUNC = @extschema@.nps_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_accum,
	MINVFUNC = @extschema@.nps_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_state(pg_catalog.int4) IS 'the nps_state of raw rows, as nps(score) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.nps_state(@extschema@.nps_state) (
	SFUNC = @extschema@.nps_state_combine,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_combine,
	MINVFUNC = @extschema@.nps_state_subtract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_state(@extschema@.nps_state) IS 'merges nps_state values into one nps_state';

CREATE AGGREGATE @extschema@.nps(@extschema@.nps_state) (
	SFUNC = @extschema@.nps_state_combine,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = @extschema@.nps_final,
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_state_combine,
	MINVFUNC = @extschema@.nps_state_subtract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps(@extschema@.nps_state) IS 'nps of merged nps_state values: equals nps over the raw rows';

-- csat_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.csat_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'share_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.csat_state) IS 'the csat value of one csat_state, as csat() would return it';

CREATE AGGREGATE @extschema@.csat_state(pg_catalog.int4) (
	SFUNC = @extschema@.csat_score_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_accum,
	MINVFUNC = @extschema@.csat_score_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_state(pg_catalog.int4) IS 'the csat_state of raw rows, as csat(score) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.csat_state(pg_catalog.bool) (
	SFUNC = @extschema@.csat_flag_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_flag_accum,
	MINVFUNC = @extschema@.csat_flag_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_state(pg_catalog.bool) IS 'the csat_state of raw rows, as csat(satisfied) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.csat_state(@extschema@.csat_state) (
	SFUNC = @extschema@.csat_state_combine,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_state_combine,
	MINVFUNC = @extschema@.csat_state_subtract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_state(@extschema@.csat_state) IS 'merges csat_state values into one csat_state';

CREATE AGGREGATE @extschema@.csat(@extschema@.csat_state) (
	SFUNC = @extschema@.csat_state_combine,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_state_combine,
	MINVFUNC = @extschema@.csat_state_subtract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	MFINALFUNC = @extschema@.csat_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(@extschema@.csat_state) IS 'csat of merged csat_state values: equals csat over the raw rows';

-- fcr_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.fcr_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'share_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.fcr_state) IS 'the fcr_rate value of one fcr_state, as fcr_rate() would return it';

CREATE AGGREGATE @extschema@.fcr_state(pg_catalog.bool) (
	SFUNC = @extschema@.fcr_flag_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_flag_accum,
	MINVFUNC = @extschema@.fcr_flag_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_state(pg_catalog.bool) IS 'the fcr_state of raw rows, as fcr_rate(resolved_first_contact) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.fcr_state(pg_catalog.int4) (
	SFUNC = @extschema@.fcr_contacts_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_accum,
	MINVFUNC = @extschema@.fcr_contacts_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_state(pg_catalog.int4) IS 'the fcr_state of raw rows, as fcr_rate(contacts) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.fcr_state(@extschema@.fcr_state) (
	SFUNC = @extschema@.fcr_state_combine,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_state_combine,
	MINVFUNC = @extschema@.fcr_state_subtract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_state(@extschema@.fcr_state) IS 'merges fcr_state values into one fcr_state';

CREATE AGGREGATE @extschema@.fcr_rate(@extschema@.fcr_state) (
	SFUNC = @extschema@.fcr_state_combine,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	FINALFUNC = @extschema@.fcr_final,
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_state_combine,
	MINVFUNC = @extschema@.fcr_state_subtract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	MFINALFUNC = @extschema@.fcr_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_rate(@extschema@.fcr_state) IS 'fcr_rate of merged fcr_state values: equals fcr_rate over the raw rows';

-- ces_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.ces_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.ces_state) IS 'the ces value of one ces_state, as ces() would return it';

CREATE AGGREGATE @extschema@.ces_state(pg_catalog.int4) (
	SFUNC = @extschema@.ces_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_accum,
	MINVFUNC = @extschema@.ces_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_state(pg_catalog.int4) IS 'the ces_state of raw rows, as ces(score) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.ces_state(@extschema@.ces_state) (
	SFUNC = @extschema@.ces_state_combine,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_state_combine,
	MINVFUNC = @extschema@.ces_state_subtract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_state(@extschema@.ces_state) IS 'merges ces_state values into one ces_state';

CREATE AGGREGATE @extschema@.ces(@extschema@.ces_state) (
	SFUNC = @extschema@.ces_state_combine,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_state_combine,
	MINVFUNC = @extschema@.ces_state_subtract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	MFINALFUNC = @extschema@.ces_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(@extschema@.ces_state) IS 'ces of merged ces_state values: equals ces over the raw rows';

-- aht_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.aht_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'aht_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.aht_state) IS 'the avg_handle_time value of one aht_state, as avg_handle_time() would return it';

CREATE AGGREGATE @extschema@.aht_state(pg_catalog.interval) (
	SFUNC = @extschema@.aht_accum,
	STYPE = @extschema@.aht_state,
	INITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_accum,
	MINVFUNC = @extschema@.aht_retract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.aht_state(pg_catalog.interval) IS 'the aht_state of raw rows, as avg_handle_time(handle) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.aht_state(pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.aht_parts_accum,
	STYPE = @extschema@.aht_state,
	INITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_parts_accum,
	MINVFUNC = @extschema@.aht_parts_retract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.aht_state(pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'the aht_state of raw rows, as avg_handle_time(talk, hold, after_call_work) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.aht_state(@extschema@.aht_state) (
	SFUNC = @extschema@.aht_state_combine,
	STYPE = @extschema@.aht_state,
	INITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_state_combine,
	MINVFUNC = @extschema@.aht_state_subtract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.aht_state(@extschema@.aht_state) IS 'merges aht_state values into one aht_state';

CREATE AGGREGATE @extschema@.avg_handle_time(@extschema@.aht_state) (
	SFUNC = @extschema@.aht_state_combine,
	STYPE = @extschema@.aht_state,
	INITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	FINALFUNC = @extschema@.aht_final,
	COMBINEFUNC = @extschema@.aht_state_combine,
	MSFUNC = @extschema@.aht_state_combine,
	MINVFUNC = @extschema@.aht_state_subtract,
	MSTYPE = @extschema@.aht_state,
	MINITCOND = '(contacts=0,handle_us=0,handle_us_squares=0)',
	MFINALFUNC = @extschema@.aht_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg_handle_time(@extschema@.aht_state) IS 'avg_handle_time of merged aht_state values: equals avg_handle_time over the raw rows';

-- utilization_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.utilization_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.utilization_state) IS 'the utilization value of one utilization_state, as utilization() would return it';

CREATE AGGREGATE @extschema@.utilization_state(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.utilization_accum,
	STYPE = @extschema@.utilization_state,
	INITCOND = '(busy_us=0,scheduled_us=0)',
	COMBINEFUNC = @extschema@.utilization_state_combine,
	MSFUNC = @extschema@.utilization_accum,
	MINVFUNC = @extschema@.utilization_retract,
	MSTYPE = @extschema@.utilization_state,
	MINITCOND = '(busy_us=0,scheduled_us=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.utilization_state(pg_catalog.interval, pg_catalog.interval) IS 'the utilization_state of raw rows, as utilization(busy, scheduled) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.utilization_state(@extschema@.utilization_state) (
	SFUNC = @extschema@.utilization_state_combine,
	STYPE = @extschema@.utilization_state,
	INITCOND = '(busy_us=0,scheduled_us=0)',
	COMBINEFUNC = @extschema@.utilization_state_combine,
	MSFUNC = @extschema@.utilization_state_combine,
	MINVFUNC = @extschema@.utilization_state_subtract,
	MSTYPE = @extschema@.utilization_state,
	MINITCOND = '(busy_us=0,scheduled_us=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.utilization_state(@extschema@.utilization_state) IS 'merges utilization_state values into one utilization_state';

CREATE AGGREGATE @extschema@.utilization(@extschema@.utilization_state) (
	SFUNC = @extschema@.utilization_state_combine,
	STYPE = @extschema@.utilization_state,
	INITCOND = '(busy_us=0,scheduled_us=0)',
	FINALFUNC = @extschema@.utilization_final,
	COMBINEFUNC = @extschema@.utilization_state_combine,
	MSFUNC = @extschema@.utilization_state_combine,
	MINVFUNC = @extschema@.utilization_state_subtract,
	MSTYPE = @extschema@.utilization_state,
	MINITCOND = '(busy_us=0,scheduled_us=0)',
	MFINALFUNC = @extschema@.utilization_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.utilization(@extschema@.utilization_state) IS 'utilization of merged utilization_state values: equals utilization over the raw rows';

-- occupancy_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.occupancy_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.occupancy_state) IS 'the occupancy value of one occupancy_state, as occupancy() would return it';

CREATE AGGREGATE @extschema@.occupancy_state(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.occupancy_accum,
	STYPE = @extschema@.occupancy_state,
	INITCOND = '(handle_us=0,idle_us=0)',
	COMBINEFUNC = @extschema@.occupancy_state_combine,
	MSFUNC = @extschema@.occupancy_accum,
	MINVFUNC = @extschema@.occupancy_retract,
	MSTYPE = @extschema@.occupancy_state,
	MINITCOND = '(handle_us=0,idle_us=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.occupancy_state(pg_catalog.interval, pg_catalog.interval) IS 'the occupancy_state of raw rows, as occupancy(handle, idle) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.occupancy_state(@extschema@.occupancy_state) (
	SFUNC = @extschema@.occupancy_state_combine,
	STYPE = @extschema@.occupancy_state,
	INITCOND = '(handle_us=0,idle_us=0)',
	COMBINEFUNC = @extschema@.occupancy_state_combine,
	MSFUNC = @extschema@.occupancy_state_combine,
	MINVFUNC = @extschema@.occupancy_state_subtract,
	MSTYPE = @extschema@.occupancy_state,
	MINITCOND = '(handle_us=0,idle_us=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.occupancy_state(@extschema@.occupancy_state) IS 'merges occupancy_state values into one occupancy_state';

CREATE AGGREGATE @extschema@.occupancy(@extschema@.occupancy_state) (
	SFUNC = @extschema@.occupancy_state_combine,
	STYPE = @extschema@.occupancy_state,
	INITCOND = '(handle_us=0,idle_us=0)',
	FINALFUNC = @extschema@.occupancy_final,
	COMBINEFUNC = @extschema@.occupancy_state_combine,
	MSFUNC = @extschema@.occupancy_state_combine,
	MINVFUNC = @extschema@.occupancy_state_subtract,
	MSTYPE = @extschema@.occupancy_state,
	MINITCOND = '(handle_us=0,idle_us=0)',
	MFINALFUNC = @extschema@.occupancy_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.occupancy(@extschema@.occupancy_state) IS 'occupancy of merged occupancy_state values: equals occupancy over the raw rows';

-- service_level_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.service_level_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.service_level_state) IS 'the service_level value of one service_level_state, as service_level() would return it';

CREATE AGGREGATE @extschema@.service_level_state(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.service_level_accum,
	STYPE = @extschema@.service_level_state,
	INITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	COMBINEFUNC = @extschema@.service_level_state_combine,
	MSFUNC = @extschema@.service_level_accum,
	MINVFUNC = @extschema@.service_level_retract,
	MSTYPE = @extschema@.service_level_state,
	MINITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.service_level_state(pg_catalog.interval, pg_catalog.interval) IS 'the service_level_state of raw rows, as service_level(wait, threshold) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.service_level_state(pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) (
	SFUNC = @extschema@.service_level_abandon_accum,
	STYPE = @extschema@.service_level_state,
	INITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	COMBINEFUNC = @extschema@.service_level_state_combine,
	MSFUNC = @extschema@.service_level_abandon_accum,
	MINVFUNC = @extschema@.service_level_abandon_retract,
	MSTYPE = @extschema@.service_level_state,
	MINITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.service_level_state(pg_catalog.interval, pg_catalog.bool, pg_catalog.interval) IS 'the service_level_state of raw rows, as service_level(wait, abandoned, threshold) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.service_level_state(@extschema@.service_level_state) (
	SFUNC = @extschema@.service_level_state_combine,
	STYPE = @extschema@.service_level_state,
	INITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	COMBINEFUNC = @extschema@.service_level_state_combine,
	MSFUNC = @extschema@.service_level_state_combine,
	MINVFUNC = @extschema@.service_level_state_subtract,
	MSTYPE = @extschema@.service_level_state,
	MINITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.service_level_state(@extschema@.service_level_state) IS 'merges service_level_state values into one service_level_state';

CREATE AGGREGATE @extschema@.service_level(@extschema@.service_level_state) (
	SFUNC = @extschema@.service_level_state_combine,
	STYPE = @extschema@.service_level_state,
	INITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	FINALFUNC = @extschema@.service_level_final,
	COMBINEFUNC = @extschema@.service_level_state_combine,
	MSFUNC = @extschema@.service_level_state_combine,
	MINVFUNC = @extschema@.service_level_state_subtract,
	MSTYPE = @extschema@.service_level_state,
	MINITCOND = '(threshold_us=-1,answered=0,answered_within=0,abandoned_after=0)',
	MFINALFUNC = @extschema@.service_level_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.service_level(@extschema@.service_level_state) IS 'service_level of merged service_level_state values: equals service_level over the raw rows';

-- asa_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.asa_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'asa_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.asa_state) IS 'the avg_speed_of_answer value of one asa_state, as avg_speed_of_answer() would return it';

CREATE AGGREGATE @extschema@.asa_state(pg_catalog.interval, pg_catalog.bool) (
	SFUNC = @extschema@.asa_accum,
	STYPE = @extschema@.asa_state,
	INITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
	COMBINEFUNC = @extschema@.asa_state_combine,
	MSFUNC = @extschema@.asa_accum,
	MINVFUNC = @extschema@.asa_retract,
	MSTYPE = @extschema@.asa_state,
	MINITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.asa_state(pg_catalog.interval, pg_catalog.bool) IS 'the asa_state of raw rows, as avg_speed_of_answer(wait, abandoned) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.asa_state(@extschema@.asa_state) (
	SFUNC = @extschema@.asa_state_combine,
	STYPE = @extschema@.asa_state,
	INITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
	COMBINEFUNC = @extschema@.asa_state_combine,
	MSFUNC = @extschema@.asa_state_combine,
	MINVFUNC = @extschema@.asa_state_subtract,
	MSTYPE = @extschema@.asa_state,
	MINITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.asa_state(@extschema@.asa_state) IS 'merges asa_state values into one asa_state';

CREATE AGGREGATE @extschema@.avg_speed_of_answer(@extschema@.asa_state) (
	SFUNC = @extschema@.asa_state_combine,
	STYPE = @extschema@.asa_state,
	INITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
	FINALFUNC = @extschema@.asa_final,
	COMBINEFUNC = @extschema@.asa_state_combine,
	MSFUNC = @extschema@.asa_state_combine,
	MINVFUNC = @extschema@.asa_state_subtract,
	MSTYPE = @extschema@.asa_state,
	MINITCOND = '(answered=0,wait_us=0,wait_us_squares=0)',
	MFINALFUNC = @extschema@.asa_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.avg_speed_of_answer(@extschema@.asa_state) IS 'avg_speed_of_answer of merged asa_state values: equals avg_speed_of_answer over the raw rows';

-- abandonment_state
CREATE FUNCTION @extschema@.kpi_value(@extschema@.abandonment_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.abandonment_state) IS 'the abandonment_rate value of one abandonment_state, as abandonment_rate() would return it';

CREATE AGGREGATE @extschema@.abandonment_state(pg_catalog.bool) (
	SFUNC = @extschema@.abandonment_accum,
	STYPE = @extschema@.abandonment_state,
	INITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	COMBINEFUNC = @extschema@.abandonment_state_combine,
	MSFUNC = @extschema@.abandonment_accum,
	MINVFUNC = @extschema@.abandonment_retract,
	MSTYPE = @extschema@.abandonment_state,
	MINITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.abandonment_state(pg_catalog.bool) IS 'the abandonment_state of raw rows, as abandonment_rate(abandoned) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.abandonment_state(pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.abandonment_short_accum,
	STYPE = @extschema@.abandonment_state,
	INITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	COMBINEFUNC = @extschema@.abandonment_state_combine,
	MSFUNC = @extschema@.abandonment_short_accum,
	MINVFUNC = @extschema@.abandonment_short_retract,
	MSTYPE = @extschema@.abandonment_state,
	MINITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.abandonment_state(pg_catalog.bool, pg_catalog.interval, pg_catalog.interval) IS 'the abandonment_state of raw rows, as abandonment_rate(abandoned, wait, short_abandon) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.abandonment_state(@extschema@.abandonment_state) (
	SFUNC = @extschema@.abandonment_state_combine,
	STYPE = @extschema@.abandonment_state,
	INITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	COMBINEFUNC = @extschema@.abandonment_state_combine,
	MSFUNC = @extschema@.abandonment_state_combine,
	MINVFUNC = @extschema@.abandonment_state_subtract,
	MSTYPE = @extschema@.abandonment_state,
	MINITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.abandonment_state(@extschema@.abandonment_state) IS 'merges abandonment_state values into one abandonment_state';

CREATE AGGREGATE @extschema@.abandonment_rate(@extschema@.abandonment_state) (
	SFUNC = @extschema@.abandonment_state_combine,
	STYPE = @extschema@.abandonment_state,
	INITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	FINALFUNC = @extschema@.abandonment_final,
	COMBINEFUNC = @extschema@.abandonment_state_combine,
	MSFUNC = @extschema@.abandonment_state_combine,
	MINVFUNC = @extschema@.abandonment_state_subtract,
	MSTYPE = @extschema@.abandonment_state,
	MINITCOND = '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
	MFINALFUNC = @extschema@.abandonment_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.abandonment_rate(@extschema@.abandonment_state) IS 'abandonment_rate of merged abandonment_state values: equals abandonment_rate over the raw rows';

------------------------------------------------------------------------
-- KPI targets
--
-- kpi_target holds "NPS above 30" or "queue under 1 minute, at risk up to
-- 2" as a value; kpi_status says how a KPI value fares against it.
------------------------------------------------------------------------

CREATE TYPE @extschema@.kpi_status AS ENUM ('missed', 'at_risk', 'met');
COMMENT ON TYPE @extschema@.kpi_status IS 'how a KPI value fares against a kpi_target, ordered missed < at_risk < met';

CREATE TYPE @extschema@.kpi_target;

CREATE FUNCTION @extschema@.kpi_target_in(pg_catalog.cstring) RETURNS @extschema@.kpi_target
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.kpi_target_out(@extschema@.kpi_target) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.kpi_target_recv(pg_catalog.internal) RETURNS @extschema@.kpi_target
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.kpi_target_send(@extschema@.kpi_target) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.kpi_target (
	INPUT = @extschema@.kpi_target_in,
	OUTPUT = @extschema@.kpi_target_out,
	RECEIVE = @extschema@.kpi_target_recv,
	SEND = @extschema@.kpi_target_send,
	INTERNALLENGTH = 24,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.kpi_target IS 'a KPI target: comparator (>=, >, <=, <), goal (number, percent or duration) and optional warning threshold, e.g. ''>= 80% warn 70%''';
COMMENT ON FUNCTION @extschema@.kpi_target_in(pg_catalog.cstring) IS 'text input of kpi_target';
COMMENT ON FUNCTION @extschema@.kpi_target_out(@extschema@.kpi_target) IS 'text output of kpi_target, in canonical form';
COMMENT ON FUNCTION @extschema@.kpi_target_recv(pg_catalog.internal) IS 'binary input of kpi_target';
COMMENT ON FUNCTION @extschema@.kpi_target_send(@extschema@.kpi_target) IS 'binary output of kpi_target';

-- comparison: equality and a total order, for GROUP BY, DISTINCT, UNIQUE
CREATE FUNCTION @extschema@.kpi_target_cmp(@extschema@.kpi_target, @extschema@.kpi_target) RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.kpi_target_hash(@extschema@.kpi_target) RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_target_cmp(@extschema@.kpi_target, @extschema@.kpi_target) IS 'btree order of kpi_target: unit, comparator, goal, warning';
COMMENT ON FUNCTION @extschema@.kpi_target_hash(@extschema@.kpi_target) IS 'hash of kpi_target, consistent with =';
CREATE FUNCTION @extschema@.kpi_target_hash_extended(@extschema@.kpi_target, pg_catalog.int8) RETURNS pg_catalog.int8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_target_hash_extended(@extschema@.kpi_target, pg_catalog.int8) IS '64-bit seeded hash of kpi_target, consistent with = (for hash partitioning); with seed 0 its low 32 bits are kpi_target_hash';
CREATE FUNCTION @extschema@.kpi_target_eq(@extschema@.kpi_target, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.kpi_target_eq(@extschema@.kpi_target, @extschema@.kpi_target) IS 'implementation of = for kpi_target';
CREATE FUNCTION @extschema@.kpi_target_ne(@extschema@.kpi_target, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.kpi_target_ne(@extschema@.kpi_target, @extschema@.kpi_target) IS 'implementation of <> for kpi_target';
CREATE FUNCTION @extschema@.kpi_target_lt(@extschema@.kpi_target, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.kpi_target_lt(@extschema@.kpi_target, @extschema@.kpi_target) IS 'implementation of < for kpi_target';
CREATE FUNCTION @extschema@.kpi_target_le(@extschema@.kpi_target, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.kpi_target_le(@extschema@.kpi_target, @extschema@.kpi_target) IS 'implementation of <= for kpi_target';
CREATE FUNCTION @extschema@.kpi_target_gt(@extschema@.kpi_target, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.kpi_target_gt(@extschema@.kpi_target, @extschema@.kpi_target) IS 'implementation of > for kpi_target';
CREATE FUNCTION @extschema@.kpi_target_ge(@extschema@.kpi_target, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.kpi_target_ge(@extschema@.kpi_target, @extschema@.kpi_target) IS 'implementation of >= for kpi_target';
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.kpi_target, RIGHTARG = @extschema@.kpi_target,
	FUNCTION = @extschema@.kpi_target_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.kpi_target, @extschema@.kpi_target) IS 'equal';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.kpi_target, RIGHTARG = @extschema@.kpi_target,
	FUNCTION = @extschema@.kpi_target_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.kpi_target, @extschema@.kpi_target) IS 'not equal';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.kpi_target, RIGHTARG = @extschema@.kpi_target,
	FUNCTION = @extschema@.kpi_target_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.kpi_target, @extschema@.kpi_target) IS 'less than';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.kpi_target, RIGHTARG = @extschema@.kpi_target,
	FUNCTION = @extschema@.kpi_target_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.kpi_target, @extschema@.kpi_target) IS 'less than or equal';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.kpi_target, RIGHTARG = @extschema@.kpi_target,
	FUNCTION = @extschema@.kpi_target_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.kpi_target, @extschema@.kpi_target) IS 'greater than';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.kpi_target, RIGHTARG = @extschema@.kpi_target,
	FUNCTION = @extschema@.kpi_target_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.kpi_target, @extschema@.kpi_target) IS 'greater than or equal';
CREATE OPERATOR CLASS @extschema@.kpi_target_ops
	DEFAULT FOR TYPE @extschema@.kpi_target USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.kpi_target_cmp(@extschema@.kpi_target, @extschema@.kpi_target);
COMMENT ON OPERATOR CLASS @extschema@.kpi_target_ops USING btree IS 'btree order of kpi_target';
CREATE OPERATOR CLASS @extschema@.kpi_target_hash_ops
	DEFAULT FOR TYPE @extschema@.kpi_target USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.kpi_target_hash(@extschema@.kpi_target),
	FUNCTION 2 @extschema@.kpi_target_hash_extended(@extschema@.kpi_target, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.kpi_target_hash_ops USING hash IS 'hashing of kpi_target, for hash joins and hash aggregation';

-- accessors
CREATE FUNCTION @extschema@.kpi_goal(@extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_goal(@extschema@.kpi_target) IS 'the goal of a target; durations in seconds';
CREATE FUNCTION @extschema@.kpi_warning(@extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_warning(@extschema@.kpi_target) IS 'the warning threshold of a target, NULL if none; durations in seconds';
CREATE FUNCTION @extschema@.kpi_direction(@extschema@.kpi_target) RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_direction(@extschema@.kpi_target) IS 'which values are better: ''higher'' (> and >=) or ''lower'' (< and <=)';
CREATE FUNCTION @extschema@.kpi_unit(@extschema@.kpi_target) RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_unit(@extschema@.kpi_target) IS 'the unit of the goal: ''number'', ''percent'' or ''duration''';
-- evaluation
CREATE FUNCTION @extschema@.kpi_status(pg_catalog.float8, @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	AS 'MODULE_PATHNAME', 'kpi_status_float8' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_status(pg_catalog.float8, @extschema@.kpi_target) IS 'met when the value satisfies the target''s comparator against the goal, at_risk when only against the warning threshold, missed otherwise (number or percent value)';
CREATE FUNCTION @extschema@.kpi_status(pg_catalog.interval, @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	AS 'MODULE_PATHNAME', 'kpi_status_interval' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_status(pg_catalog.interval, @extschema@.kpi_target) IS 'met when the value satisfies the target''s comparator against the goal, at_risk when only against the warning threshold, missed otherwise (duration value)';
CREATE FUNCTION @extschema@.kpi_met(pg_catalog.float8, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'kpi_met_float8' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met(pg_catalog.float8, @extschema@.kpi_target) IS 'whether the value meets the target''s goal (number or percent value)';
CREATE FUNCTION @extschema@.kpi_met(pg_catalog.interval, @extschema@.kpi_target) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'kpi_met_interval' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met(pg_catalog.interval, @extschema@.kpi_target) IS 'whether the value meets the target''s goal (duration value)';
CREATE FUNCTION @extschema@.kpi_attainment(pg_catalog.float8, @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'kpi_attainment_float8' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_attainment(pg_catalog.float8, @extschema@.kpi_target) IS 'percent of the goal achieved: 100 on the goal, higher when the value is better, at least 100 exactly when the goal is met (above 100 for > and <); 100*value/goal (higher is better) or 100*goal/value (lower is better) for positive goals, see the README for negative goals; NULL for a zero goal or, lower being better, a value of zero or less (number or percent value)';
CREATE FUNCTION @extschema@.kpi_attainment(pg_catalog.interval, @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'kpi_attainment_interval' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_attainment(pg_catalog.interval, @extschema@.kpi_target) IS 'percent of the goal achieved: 100 on the goal, higher when the value is better, at least 100 exactly when the goal is met (above 100 for > and <); 100*value/goal (higher is better) or 100*goal/value (lower is better); NULL for a zero goal or, lower being better, a zero or negative value (duration value, met decided in exact microseconds)';
CREATE FUNCTION @extschema@.kpi_gap(pg_catalog.float8, @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'kpi_gap_float8' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_gap(pg_catalog.float8, @extschema@.kpi_target) IS 'value minus the target''s goal, in the value''s type';
CREATE FUNCTION @extschema@.kpi_gap(pg_catalog.interval, @extschema@.kpi_target) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'kpi_gap_interval' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_gap(pg_catalog.interval, @extschema@.kpi_target) IS 'value minus the target''s goal, in the value''s type';

------------------------------------------------------------------------
-- Reports at a glance: sparklines, bars, the worst and best status
--
-- kpi_sparkline draws a series as block characters (U+2581..U+2588) in the order
-- of the ORDER BY inside the call; kpi_bar draws one value as a bar in
-- eighths of a character.  Both need a database encoding that holds the
-- block characters (UTF8).  min() and max() over kpi_status give the worst
-- and best status as aggregates with a combine function.
------------------------------------------------------------------------

-- kpi_sparkline is a presentation aggregate, the one kpi aggregate whose
-- state is `internal`: it keeps up to 10,000 points in order until the
-- final function knows the scale.  Such a state cannot be combined in
-- order (partial aggregation merges arbitrary slices of the input), so
-- there is no combine function, no state type to roll up and no inverse;
-- the aggregate is PARALLEL RESTRICTED and runs in the leader, above any
-- parallel scan.  The transition functions refuse to run outside an
-- aggregate, so `internal` cannot be fed from SQL.
CREATE FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.float8) RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME', 'kpi_sparkline_accum_float8' LANGUAGE C IMMUTABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.float8) IS 'transition function of kpi_sparkline(double precision)';
CREATE FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME', 'kpi_sparkline_accum_float8_scaled' LANGUAGE C IMMUTABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'transition function of kpi_sparkline(double precision, low, high)';
CREATE FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.interval) RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME', 'kpi_sparkline_accum_interval' LANGUAGE C IMMUTABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.interval) IS 'transition function of kpi_sparkline(interval)';
CREATE FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME', 'kpi_sparkline_accum_interval_scaled' LANGUAGE C IMMUTABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.kpi_sparkline_accum(pg_catalog.internal, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'transition function of kpi_sparkline(interval, low, high)';
CREATE FUNCTION @extschema@.kpi_sparkline_final(pg_catalog.internal) RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.kpi_sparkline_final(pg_catalog.internal) IS 'final function of kpi_sparkline: the points drawn on their scale';

CREATE AGGREGATE @extschema@.kpi_sparkline(pg_catalog.float8) (
	SFUNC = @extschema@.kpi_sparkline_accum,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.kpi_sparkline_final,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.kpi_sparkline(pg_catalog.float8) IS 'the values in the ORDER BY order as block characters, eight levels from the smallest value (lowest block) to the largest (full block); NULL is a space; at most 10,000 points';
CREATE AGGREGATE @extschema@.kpi_sparkline(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) (
	SFUNC = @extschema@.kpi_sparkline_accum,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.kpi_sparkline_final,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.kpi_sparkline(pg_catalog.float8, pg_catalog.float8, pg_catalog.float8) IS 'kpi_sparkline(value, low, high): the values on the fixed scale low (lowest block) .. high (full block), values outside clamped, so that lines are comparable';
CREATE AGGREGATE @extschema@.kpi_sparkline(pg_catalog.interval) (
	SFUNC = @extschema@.kpi_sparkline_accum,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.kpi_sparkline_final,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.kpi_sparkline(pg_catalog.interval) IS 'the durations in the ORDER BY order as block characters, eight levels from the shortest (lowest block) to the longest (full block); NULL is a space; at most 10,000 points';
CREATE AGGREGATE @extschema@.kpi_sparkline(pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.kpi_sparkline_accum,
	STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.kpi_sparkline_final,
	PARALLEL = RESTRICTED
);
COMMENT ON AGGREGATE @extschema@.kpi_sparkline(pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'kpi_sparkline(duration, low, high): the durations on the fixed scale low (lowest block) .. high (full block), durations outside clamped';

CREATE FUNCTION @extschema@.kpi_bar(value pg_catalog.float8, high pg_catalog.float8, width pg_catalog.int4 DEFAULT 20) RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_bar(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) IS 'a horizontal bar of block characters in eighths of a character: empty for 0, width characters at high, rounded down, clamped outside 0..high';

-- min and max over the exact type: a combine function and a plain enum
-- state, which a distributed planner pushes down like the KPI aggregates
-- (it does not push down the built-in min(anyenum)).  The exact argument
-- type wins over anyenum, so min() of other enums still uses the built-in.
CREATE FUNCTION @extschema@.kpi_status_worse(@extschema@.kpi_status, @extschema@.kpi_status) RETURNS @extschema@.kpi_status
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_status_worse(@extschema@.kpi_status, @extschema@.kpi_status) IS 'the worse of two statuses (missed < at_risk < met); transition and combine function of min(kpi_status)';
CREATE FUNCTION @extschema@.kpi_status_better(@extschema@.kpi_status, @extschema@.kpi_status) RETURNS @extschema@.kpi_status
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_status_better(@extschema@.kpi_status, @extschema@.kpi_status) IS 'the better of two statuses (missed < at_risk < met); transition and combine function of max(kpi_status)';

CREATE AGGREGATE @extschema@.min(@extschema@.kpi_status) (
	SFUNC = @extschema@.kpi_status_worse,
	STYPE = @extschema@.kpi_status,
	COMBINEFUNC = @extschema@.kpi_status_worse,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.kpi_status) IS 'the worst status of the group (missed < at_risk < met); NULLs ignored, NULL for none';
CREATE AGGREGATE @extschema@.max(@extschema@.kpi_status) (
	SFUNC = @extschema@.kpi_status_better,
	STYPE = @extschema@.kpi_status,
	COMBINEFUNC = @extschema@.kpi_status_better,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.kpi_status) IS 'the best status of the group (missed < at_risk < met); NULLs ignored, NULL for none';

------------------------------------------------------------------------
-- Uncertainty
--
-- How sure a KPI is, from the exact counts in its state: confidence
-- intervals, the p-value of a change between two states and the
-- probability that the true KPI meets a target.  NPS: adjusted Wald;
-- shares: Wilson score; means: Student's t (uncertainty.c).  Utilization
-- and occupancy are censuses, not samples: their overloads raise 22023.
------------------------------------------------------------------------

-- nps_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.nps_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.nps_state, pg_catalog.float8) IS 'low end of the confidence interval of the NPS (adjusted Wald interval, in points) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.nps_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.nps_state, pg_catalog.float8) IS 'high end of the confidence interval of the NPS (adjusted Wald interval, in points) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.nps_state, after @extschema@.nps_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.nps_state, @extschema@.nps_state) IS 'two-sided p-value that both states have the same true KPI (z-test on the difference with the unadjusted per-answer variances); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.nps_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.nps_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- csat_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.csat_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'csat_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.csat_state, pg_catalog.float8) IS 'low end of the confidence interval of the CSAT (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.csat_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'csat_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.csat_state, pg_catalog.float8) IS 'high end of the confidence interval of the CSAT (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.csat_state, after @extschema@.csat_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'csat_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.csat_state, @extschema@.csat_state) IS 'two-sided p-value that both states have the same true KPI (two-proportion z-test with the pooled proportion); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.csat_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'csat_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.csat_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- fcr_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.fcr_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'fcr_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.fcr_state, pg_catalog.float8) IS 'low end of the confidence interval of the FCR rate (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.fcr_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'fcr_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.fcr_state, pg_catalog.float8) IS 'high end of the confidence interval of the FCR rate (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.fcr_state, after @extschema@.fcr_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'fcr_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.fcr_state, @extschema@.fcr_state) IS 'two-sided p-value that both states have the same true KPI (two-proportion z-test with the pooled proportion); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.fcr_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'fcr_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.fcr_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- service_level_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.service_level_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.service_level_state, pg_catalog.float8) IS 'low end of the confidence interval of the service level (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.service_level_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.service_level_state, pg_catalog.float8) IS 'high end of the confidence interval of the service level (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.service_level_state, after @extschema@.service_level_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.service_level_state, @extschema@.service_level_state) IS 'two-sided p-value that both states have the same true KPI (two-proportion z-test with the pooled proportion); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.service_level_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.service_level_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- abandonment_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.abandonment_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.abandonment_state, pg_catalog.float8) IS 'low end of the confidence interval of the abandonment rate (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.abandonment_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.abandonment_state, pg_catalog.float8) IS 'high end of the confidence interval of the abandonment rate (Wilson score interval, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.abandonment_state, after @extschema@.abandonment_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.abandonment_state, @extschema@.abandonment_state) IS 'two-sided p-value that both states have the same true KPI (two-proportion z-test with the pooled proportion); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.abandonment_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.abandonment_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- ces_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.ces_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.ces_state, pg_catalog.float8) IS 'low end of the confidence interval of the CES (Student t interval) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.ces_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.ces_state, pg_catalog.float8) IS 'high end of the confidence interval of the CES (Student t interval) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.ces_state, after @extschema@.ces_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.ces_state, @extschema@.ces_state) IS 'two-sided p-value that both states have the same true KPI (Welch''s t-test); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.ces_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.ces_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- aht_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.aht_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'aht_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.aht_state, pg_catalog.float8) IS 'low end of the confidence interval of the AHT (Student t interval) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.aht_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'aht_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.aht_state, pg_catalog.float8) IS 'high end of the confidence interval of the AHT (Student t interval) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.aht_state, after @extschema@.aht_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'aht_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.aht_state, @extschema@.aht_state) IS 'two-sided p-value that both states have the same true KPI (Welch''s t-test); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.aht_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'aht_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.aht_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- asa_state
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.asa_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'asa_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.asa_state, pg_catalog.float8) IS 'low end of the confidence interval of the ASA (Student t interval) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.asa_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'asa_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.asa_state, pg_catalog.float8) IS 'high end of the confidence interval of the ASA (Student t interval) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.asa_state, after @extschema@.asa_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'asa_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.asa_state, @extschema@.asa_state) IS 'two-sided p-value that both states have the same true KPI (Welch''s t-test); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.asa_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'asa_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.asa_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- utilization_state: a census, not a sample; these raise 22023 with a hint
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.utilization_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.utilization_state, pg_catalog.float8) IS 'always an error (22023): utilization measures all the time worked, not a sample, and has no sampling error';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.utilization_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.utilization_state, pg_catalog.float8) IS 'always an error (22023): utilization measures all the time worked, not a sample, and has no sampling error';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.utilization_state, after @extschema@.utilization_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.utilization_state, @extschema@.utilization_state) IS 'always an error (22023): utilization measures all the time worked, not a sample, and has no sampling error';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.utilization_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.utilization_state, @extschema@.kpi_target) IS 'always an error (22023): utilization measures all the time worked, not a sample, and has no sampling error';

-- occupancy_state: a census, not a sample; these raise 22023 with a hint
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.occupancy_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.occupancy_state, pg_catalog.float8) IS 'always an error (22023): occupancy measures all the time worked, not a sample, and has no sampling error';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.occupancy_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.occupancy_state, pg_catalog.float8) IS 'always an error (22023): occupancy measures all the time worked, not a sample, and has no sampling error';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.occupancy_state, after @extschema@.occupancy_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.occupancy_state, @extschema@.occupancy_state) IS 'always an error (22023): occupancy measures all the time worked, not a sample, and has no sampling error';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.occupancy_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.occupancy_state, @extschema@.kpi_target) IS 'always an error (22023): occupancy measures all the time worked, not a sample, and has no sampling error';
-- Customer KPIs: churn rate and retention rate
--
-- One row per customer: active_from (the first instant or date they are
-- a customer), active_until (the first instant or date they no longer
-- are; NULL while still a customer) and the period, a tstzrange or a
-- daterange constant within a group.  churn_state stores the period as
-- [period_from_us, period_until_us) in microseconds since 1970-01-01 UTC
-- ([0, 0) until set), the customers active at its start (base), those of
-- the base gone by its end (churned) and those who started inside it (new).
------------------------------------------------------------------------

CREATE TYPE @extschema@.churn_state;

CREATE FUNCTION @extschema@.churn_state_in(pg_catalog.cstring) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.churn_state_out(@extschema@.churn_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.churn_state_recv(pg_catalog.internal) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.churn_state_send(@extschema@.churn_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.churn_state (
	INPUT = @extschema@.churn_state_in,
	OUTPUT = @extschema@.churn_state_out,
	RECEIVE = @extschema@.churn_state_recv,
	SEND = @extschema@.churn_state_send,
	INTERNALLENGTH = 40,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.churn_state_combine(@extschema@.churn_state, @extschema@.churn_state) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.churn_state IS 'Churn aggregate state: the period [period_from_us, period_until_us) in microseconds since 1970-01-01 UTC ([0, 0) until set), customers active at its start (base), those of them gone by its end (churned), and customers who started inside it (new)';
COMMENT ON FUNCTION @extschema@.churn_state_in(pg_catalog.cstring) IS 'text input of churn_state';
COMMENT ON FUNCTION @extschema@.churn_state_out(@extschema@.churn_state) IS 'text output of churn_state';
COMMENT ON FUNCTION @extschema@.churn_state_recv(pg_catalog.internal) IS 'binary input of churn_state';
COMMENT ON FUNCTION @extschema@.churn_state_send(@extschema@.churn_state) IS 'binary output of churn_state';
COMMENT ON FUNCTION @extschema@.churn_state_combine(@extschema@.churn_state, @extschema@.churn_state) IS 'merges two churn_state values of the same period (combine function of the aggregates using it)';

CREATE FUNCTION @extschema@.churn_state_subtract(@extschema@.churn_state, @extschema@.churn_state) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.churn_state_subtract(@extschema@.churn_state, @extschema@.churn_state) IS 'takes the second churn_state back out of the first (inverse of churn_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.churn_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'churn_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.churn_state) IS 'the fields of a churn_state as a jsonb object';

-- transition functions: not strict, because a NULL active_until means
-- "still a customer"; rows with a NULL active_from or period are skipped
CREATE FUNCTION @extschema@.churn_accum(@extschema@.churn_state, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.churn_retract(@extschema@.churn_state, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.churn_accum(@extschema@.churn_state, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'transition function of churn_rate(active_from, active_until, period) over timestamptz';
COMMENT ON FUNCTION @extschema@.churn_retract(@extschema@.churn_state, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'inverse transition function of churn_rate(active_from, active_until, period) over timestamptz, for moving window frames';
CREATE FUNCTION @extschema@.churn_date_accum(@extschema@.churn_state, pg_catalog.date, pg_catalog.date, pg_catalog.daterange) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.churn_date_retract(@extschema@.churn_state, pg_catalog.date, pg_catalog.date, pg_catalog.daterange) RETURNS @extschema@.churn_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.churn_date_accum(@extschema@.churn_state, pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'transition function of churn_rate(active_from, active_until, period) over dates';
COMMENT ON FUNCTION @extschema@.churn_date_retract(@extschema@.churn_state, pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'inverse transition function of churn_rate(active_from, active_until, period) over dates, for moving window frames';

CREATE FUNCTION @extschema@.churn_final(@extschema@.churn_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.churn_final(@extschema@.churn_state) IS 'final function: the churn rate of a churn_state, 100 * churned / base';
CREATE FUNCTION @extschema@.retention_final(@extschema@.churn_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.retention_final(@extschema@.churn_state) IS 'final function: the retention rate of a churn_state, 100 * (base - churned) / base';

CREATE FUNCTION @extschema@.kpi_value(@extschema@.churn_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.churn_state) IS 'the churn_rate value of one churn_state, as churn_rate() would return it';

-- churn_rate, retention_rate and churn_state over timestamptzs
CREATE AGGREGATE @extschema@.churn_rate(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) (
	SFUNC = @extschema@.churn_accum,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	FINALFUNC = @extschema@.churn_final,
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_accum,
	MINVFUNC = @extschema@.churn_retract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	MFINALFUNC = @extschema@.churn_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_rate(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'Churn rate: percent of the customers active at the start of the period who are no longer active at its end (one period per group)';

CREATE AGGREGATE @extschema@.retention_rate(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) (
	SFUNC = @extschema@.churn_accum,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	FINALFUNC = @extschema@.retention_final,
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_accum,
	MINVFUNC = @extschema@.churn_retract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	MFINALFUNC = @extschema@.retention_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.retention_rate(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'Retention rate: percent of the customers active at the start of the period still active at its end, 100 - churn_rate (one period per group)';

CREATE AGGREGATE @extschema@.churn_state(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) (
	SFUNC = @extschema@.churn_accum,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_accum,
	MINVFUNC = @extschema@.churn_retract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_state(pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.tstzrange) IS 'the churn_state of raw rows, as churn_rate(active_from, active_until, period) over timestamptzs accumulates it, for rollup tables';

-- churn_rate, retention_rate and churn_state over dates
CREATE AGGREGATE @extschema@.churn_rate(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) (
	SFUNC = @extschema@.churn_date_accum,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	FINALFUNC = @extschema@.churn_final,
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_date_accum,
	MINVFUNC = @extschema@.churn_date_retract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	MFINALFUNC = @extschema@.churn_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_rate(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'Churn rate: percent of the customers active at the start of the period who are no longer active at its end (one period per group)';

CREATE AGGREGATE @extschema@.retention_rate(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) (
	SFUNC = @extschema@.churn_date_accum,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	FINALFUNC = @extschema@.retention_final,
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_date_accum,
	MINVFUNC = @extschema@.churn_date_retract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	MFINALFUNC = @extschema@.retention_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.retention_rate(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'Retention rate: percent of the customers active at the start of the period still active at its end, 100 - churn_rate (one period per group)';

CREATE AGGREGATE @extschema@.churn_state(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) (
	SFUNC = @extschema@.churn_date_accum,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_date_accum,
	MINVFUNC = @extschema@.churn_date_retract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_state(pg_catalog.date, pg_catalog.date, pg_catalog.daterange) IS 'the churn_state of raw rows, as churn_rate(active_from, active_until, period) over dates accumulates it, for rollup tables';

-- rollups of churn_state
CREATE AGGREGATE @extschema@.churn_state(@extschema@.churn_state) (
	SFUNC = @extschema@.churn_state_combine,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_state_combine,
	MINVFUNC = @extschema@.churn_state_subtract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_state(@extschema@.churn_state) IS 'merges churn_state values of one period into one churn_state';

CREATE AGGREGATE @extschema@.churn_rate(@extschema@.churn_state) (
	SFUNC = @extschema@.churn_state_combine,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	FINALFUNC = @extschema@.churn_final,
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_state_combine,
	MINVFUNC = @extschema@.churn_state_subtract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	MFINALFUNC = @extschema@.churn_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_rate(@extschema@.churn_state) IS 'churn_rate of merged churn_state values: equals churn_rate over the raw rows';

CREATE AGGREGATE @extschema@.retention_rate(@extschema@.churn_state) (
	SFUNC = @extschema@.churn_state_combine,
	STYPE = @extschema@.churn_state,
	INITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	FINALFUNC = @extschema@.retention_final,
	COMBINEFUNC = @extschema@.churn_state_combine,
	MSFUNC = @extschema@.churn_state_combine,
	MINVFUNC = @extschema@.churn_state_subtract,
	MSTYPE = @extschema@.churn_state,
	MINITCOND = '(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
	MFINALFUNC = @extschema@.retention_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.retention_rate(@extschema@.churn_state) IS 'retention_rate of merged churn_state values: equals retention_rate over the raw rows';
-- Business hours (issue 12)
--
-- kpi_calendar holds weekly opening hours in local wall-clock time, a time
-- zone and closed local dates; business_time and friends count real time
-- during which such a calendar is open.
------------------------------------------------------------------------

CREATE TYPE @extschema@.kpi_calendar;

CREATE FUNCTION @extschema@.kpi_calendar_in(pg_catalog.cstring) RETURNS @extschema@.kpi_calendar
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.kpi_calendar_out(@extschema@.kpi_calendar) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.kpi_calendar_recv(pg_catalog.internal) RETURNS @extschema@.kpi_calendar
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.kpi_calendar_send(@extschema@.kpi_calendar) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.kpi_calendar (
	INPUT = @extschema@.kpi_calendar_in,
	OUTPUT = @extschema@.kpi_calendar_out,
	RECEIVE = @extschema@.kpi_calendar_recv,
	SEND = @extschema@.kpi_calendar_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.kpi_calendar IS 'business hours: weekly opening hours in local time, a time zone and closed dates, e.g. ''Mon-Fri 09:00-17:00; tz Europe/Copenhagen; closed 2026-12-24''';
COMMENT ON FUNCTION @extschema@.kpi_calendar_in(pg_catalog.cstring) IS 'text input of kpi_calendar';
COMMENT ON FUNCTION @extschema@.kpi_calendar_out(@extschema@.kpi_calendar) IS 'text output of kpi_calendar, in canonical form';
COMMENT ON FUNCTION @extschema@.kpi_calendar_recv(pg_catalog.internal) IS 'binary input of kpi_calendar';
COMMENT ON FUNCTION @extschema@.kpi_calendar_send(@extschema@.kpi_calendar) IS 'binary output of kpi_calendar';

CREATE FUNCTION @extschema@.kpi_calendar_cmp(@extschema@.kpi_calendar, @extschema@.kpi_calendar) RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_cmp(@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'btree order of kpi_calendar: zone name, weekly ranges, closed dates';
CREATE FUNCTION @extschema@.kpi_calendar_hash(@extschema@.kpi_calendar) RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_hash(@extschema@.kpi_calendar) IS 'hash of kpi_calendar, consistent with =';
CREATE FUNCTION @extschema@.kpi_calendar_hash_extended(@extschema@.kpi_calendar, pg_catalog.int8) RETURNS pg_catalog.int8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_hash_extended(@extschema@.kpi_calendar, pg_catalog.int8) IS '64-bit seeded hash of kpi_calendar, consistent with =, for hash partitioning';
CREATE FUNCTION @extschema@.kpi_calendar_eq(@extschema@.kpi_calendar, @extschema@.kpi_calendar) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_eq(@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'implementation of = for kpi_calendar';
CREATE FUNCTION @extschema@.kpi_calendar_ne(@extschema@.kpi_calendar, @extschema@.kpi_calendar) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_ne(@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'implementation of <> for kpi_calendar';
CREATE FUNCTION @extschema@.kpi_calendar_lt(@extschema@.kpi_calendar, @extschema@.kpi_calendar) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_lt(@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'implementation of < for kpi_calendar';
CREATE FUNCTION @extschema@.kpi_calendar_le(@extschema@.kpi_calendar, @extschema@.kpi_calendar) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_le(@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'implementation of <= for kpi_calendar';
CREATE FUNCTION @extschema@.kpi_calendar_gt(@extschema@.kpi_calendar, @extschema@.kpi_calendar) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_gt(@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'implementation of > for kpi_calendar';
CREATE FUNCTION @extschema@.kpi_calendar_ge(@extschema@.kpi_calendar, @extschema@.kpi_calendar) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_calendar_ge(@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'implementation of >= for kpi_calendar';
CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.kpi_calendar, RIGHTARG = @extschema@.kpi_calendar,
	FUNCTION = @extschema@.kpi_calendar_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'equal: same zone, weekly hours and closed dates';
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.kpi_calendar, RIGHTARG = @extschema@.kpi_calendar,
	FUNCTION = @extschema@.kpi_calendar_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'not equal';
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.kpi_calendar, RIGHTARG = @extschema@.kpi_calendar,
	FUNCTION = @extschema@.kpi_calendar_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'less than';
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.kpi_calendar, RIGHTARG = @extschema@.kpi_calendar,
	FUNCTION = @extschema@.kpi_calendar_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'less than or equal';
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.kpi_calendar, RIGHTARG = @extschema@.kpi_calendar,
	FUNCTION = @extschema@.kpi_calendar_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'greater than';
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.kpi_calendar, RIGHTARG = @extschema@.kpi_calendar,
	FUNCTION = @extschema@.kpi_calendar_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.kpi_calendar, @extschema@.kpi_calendar) IS 'greater than or equal';
CREATE OPERATOR CLASS @extschema@.kpi_calendar_ops
	DEFAULT FOR TYPE @extschema@.kpi_calendar USING btree AS
	OPERATOR 1 @extschema@.< ,
	OPERATOR 2 @extschema@.<= ,
	OPERATOR 3 @extschema@.= ,
	OPERATOR 4 @extschema@.>= ,
	OPERATOR 5 @extschema@.> ,
	FUNCTION 1 @extschema@.kpi_calendar_cmp(@extschema@.kpi_calendar, @extschema@.kpi_calendar);
COMMENT ON OPERATOR CLASS @extschema@.kpi_calendar_ops USING btree IS 'btree order of kpi_calendar';
CREATE OPERATOR CLASS @extschema@.kpi_calendar_hash_ops
	DEFAULT FOR TYPE @extschema@.kpi_calendar USING hash AS
	OPERATOR 1 @extschema@.= ,
	FUNCTION 1 @extschema@.kpi_calendar_hash(@extschema@.kpi_calendar),
	FUNCTION 2 @extschema@.kpi_calendar_hash_extended(@extschema@.kpi_calendar, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.kpi_calendar_hash_ops USING hash IS 'hashing of kpi_calendar, for hash joins, hash aggregation and hash partitioning';

CREATE FUNCTION @extschema@.business_time(@extschema@.kpi_calendar, pg_catalog.timestamptz, pg_catalog.timestamptz) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.business_time(@extschema@.kpi_calendar, pg_catalog.timestamptz, pg_catalog.timestamptz) IS 'real elapsed time between start and finish during which the calendar is open; negative when finish is before start';
CREATE FUNCTION @extschema@.business_add(@extschema@.kpi_calendar, pg_catalog.timestamptz, pg_catalog.interval) RETURNS pg_catalog.timestamptz
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.business_add(@extschema@.kpi_calendar, pg_catalog.timestamptz, pg_catalog.interval) IS 'the earliest instant by which open_time of open time has passed since start (an SLA due time)';
CREATE FUNCTION @extschema@.business_open(@extschema@.kpi_calendar, pg_catalog.timestamptz) RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.business_open(@extschema@.kpi_calendar, pg_catalog.timestamptz) IS 'whether the calendar is open at that instant (ranges hold their start, not their end)';
CREATE FUNCTION @extschema@.business_next_open(@extschema@.kpi_calendar, pg_catalog.timestamptz) RETURNS pg_catalog.timestamptz
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.business_next_open(@extschema@.kpi_calendar, pg_catalog.timestamptz) IS 'the instant itself if the calendar is open then, else the instant it next opens';

------------------------------------------------------------------------
-- Staffing: Erlang C and Erlang A (issue 15)
--
-- The agents a queue needs for a kpi_target, from the calls offered in a
-- period and their average handle time.  Traffic A = calls * aht / period
-- in Erlangs.  Erlang C (M/M/N): callers wait as long as it takes; with
-- agents <= traffic the queue is unstable (every call waits, ASA NULL).
-- Erlang A (M/M/N+M): callers hang up after an exponential patience.
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.erlang_c_wait_probability(agents pg_catalog.int4, calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval)
	RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_c_wait_probability(pg_catalog.int4, pg_catalog.float8, pg_catalog.interval, pg_catalog.interval) IS 'Erlang C: probability 0..1 that a call waits, with traffic calls * aht / period; 1 when agents <= traffic';

CREATE FUNCTION @extschema@.erlang_c_service_level(agents pg_catalog.int4, calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval, threshold pg_catalog.interval)
	RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_c_service_level(pg_catalog.int4, pg_catalog.float8, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'Erlang C: percent of calls answered within threshold, 100 * (1 - P(wait) * exp(-(agents - traffic) * threshold / aht)); 0 when agents <= traffic';

CREATE FUNCTION @extschema@.erlang_c_asa(agents pg_catalog.int4, calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval)
	RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_c_asa(pg_catalog.int4, pg_catalog.float8, pg_catalog.interval, pg_catalog.interval) IS 'Erlang C: mean speed of answer, P(wait) * aht / (agents - traffic); NULL (infinite) when agents <= traffic, or above it only by its rounding error';

CREATE FUNCTION @extschema@.erlang_c_agents(calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval, target @extschema@.kpi_target,
                                            threshold pg_catalog.interval DEFAULT NULL, max_occupancy pg_catalog.float8 DEFAULT 100, shrinkage pg_catalog.float8 DEFAULT 0)
	RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME' LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_c_agents(pg_catalog.float8, pg_catalog.interval, pg_catalog.interval, @extschema@.kpi_target, pg_catalog.interval, pg_catalog.float8, pg_catalog.float8) IS 'Erlang C: the fewest agents meeting a service level target (''>= 80%'', within threshold) or an ASA target (''< 30 s''), then at most max_occupancy percent occupied, then grossed up for shrinkage percent';

CREATE FUNCTION @extschema@.erlang_c_table(calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval, threshold pg_catalog.interval,
                                           OUT agents pg_catalog.int4, OUT wait_probability pg_catalog.float8, OUT service_level pg_catalog.float8,
                                           OUT asa pg_catalog.interval, OUT occupancy pg_catalog.float8)
	RETURNS SETOF pg_catalog.record
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.erlang_c_table(pg_catalog.float8, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'Erlang C: one row per number of agents from the first above the traffic until the service level passes 99.9%';

CREATE FUNCTION @extschema@.erlang_a_service_level(agents pg_catalog.int4, calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval, patience pg_catalog.interval, threshold pg_catalog.interval)
	RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_a_service_level(pg_catalog.int4, pg_catalog.float8, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'Erlang A (M/M/N+M, exponential patience with mean patience): percent of offered calls answered within threshold';

CREATE FUNCTION @extschema@.erlang_a_abandonment(agents pg_catalog.int4, calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval, patience pg_catalog.interval)
	RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_a_abandonment(pg_catalog.int4, pg_catalog.float8, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'Erlang A: percent of offered calls that hang up before an agent answers';

CREATE FUNCTION @extschema@.erlang_a_asa(agents pg_catalog.int4, calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval, patience pg_catalog.interval)
	RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_a_asa(pg_catalog.int4, pg_catalog.float8, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval) IS 'Erlang A: mean time in queue of all offered calls, answered or abandoned (Lq / arrival rate)';

CREATE FUNCTION @extschema@.erlang_a_agents(calls pg_catalog.float8, aht pg_catalog.interval, period pg_catalog.interval, patience pg_catalog.interval, target @extschema@.kpi_target,
                                            threshold pg_catalog.interval DEFAULT NULL, max_occupancy pg_catalog.float8 DEFAULT 100, shrinkage pg_catalog.float8 DEFAULT 0)
	RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME' LANGUAGE C CALLED ON NULL INPUT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.erlang_a_agents(pg_catalog.float8, pg_catalog.interval, pg_catalog.interval, pg_catalog.interval, @extschema@.kpi_target, pg_catalog.interval, pg_catalog.float8, pg_catalog.float8) IS 'Erlang A: the fewest agents meeting a service level or ASA target with callers who hang up, then at most max_occupancy percent occupied (carried load), then grossed up for shrinkage percent';

------------------------------------------------------------------------
-- Workforce: shrinkage(unavailable, paid) (issue 15)
--
-- 100 * total unavailable time / total paid time, with its state type for
-- rollup tables, like utilization.
------------------------------------------------------------------------

CREATE TYPE @extschema@.shrinkage_state;

CREATE FUNCTION @extschema@.shrinkage_state_in(pg_catalog.cstring) RETURNS @extschema@.shrinkage_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shrinkage_state_out(@extschema@.shrinkage_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shrinkage_state_recv(pg_catalog.internal) RETURNS @extschema@.shrinkage_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shrinkage_state_send(@extschema@.shrinkage_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.shrinkage_state (
	INPUT = @extschema@.shrinkage_state_in,
	OUTPUT = @extschema@.shrinkage_state_out,
	RECEIVE = @extschema@.shrinkage_state_recv,
	SEND = @extschema@.shrinkage_state_send,
	INTERNALLENGTH = 32,
	ALIGNMENT = double,
	STORAGE = plain
);

CREATE FUNCTION @extschema@.shrinkage_state_combine(@extschema@.shrinkage_state, @extschema@.shrinkage_state) RETURNS @extschema@.shrinkage_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

COMMENT ON TYPE @extschema@.shrinkage_state IS 'Shrinkage aggregate state: total unavailable and paid time in microseconds';
COMMENT ON FUNCTION @extschema@.shrinkage_state_in(pg_catalog.cstring) IS 'text input of shrinkage_state';
COMMENT ON FUNCTION @extschema@.shrinkage_state_out(@extschema@.shrinkage_state) IS 'text output of shrinkage_state';
COMMENT ON FUNCTION @extschema@.shrinkage_state_recv(pg_catalog.internal) IS 'binary input of shrinkage_state';
COMMENT ON FUNCTION @extschema@.shrinkage_state_send(@extschema@.shrinkage_state) IS 'binary output of shrinkage_state';
COMMENT ON FUNCTION @extschema@.shrinkage_state_combine(@extschema@.shrinkage_state, @extschema@.shrinkage_state) IS 'merges two shrinkage_state values (combine function of the aggregates using it)';

CREATE FUNCTION @extschema@.shrinkage_state_subtract(@extschema@.shrinkage_state, @extschema@.shrinkage_state) RETURNS @extschema@.shrinkage_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shrinkage_state_subtract(@extschema@.shrinkage_state, @extschema@.shrinkage_state) IS 'takes the second shrinkage_state back out of the first (inverse of shrinkage_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.shrinkage_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'shrinkage_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.shrinkage_state) IS 'the fields of a shrinkage_state as a jsonb object';

CREATE FUNCTION @extschema@.shrinkage_accum(@extschema@.shrinkage_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.shrinkage_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.shrinkage_retract(@extschema@.shrinkage_state, pg_catalog.interval, pg_catalog.interval) RETURNS @extschema@.shrinkage_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shrinkage_accum(@extschema@.shrinkage_state, pg_catalog.interval, pg_catalog.interval) IS 'transition function of shrinkage(unavailable, paid)';
COMMENT ON FUNCTION @extschema@.shrinkage_retract(@extschema@.shrinkage_state, pg_catalog.interval, pg_catalog.interval) IS 'inverse transition function of shrinkage(unavailable, paid), for moving window frames';

CREATE FUNCTION @extschema@.shrinkage_final(@extschema@.shrinkage_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shrinkage_final(@extschema@.shrinkage_state) IS 'final function: the KPI value of a shrinkage_state';

CREATE AGGREGATE @extschema@.shrinkage(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.shrinkage_accum,
	STYPE = @extschema@.shrinkage_state,
	INITCOND = '(unavailable_us=0,paid_us=0)',
	FINALFUNC = @extschema@.shrinkage_final,
	COMBINEFUNC = @extschema@.shrinkage_state_combine,
	MSFUNC = @extschema@.shrinkage_accum,
	MINVFUNC = @extschema@.shrinkage_retract,
	MSTYPE = @extschema@.shrinkage_state,
	MINITCOND = '(unavailable_us=0,paid_us=0)',
	MFINALFUNC = @extschema@.shrinkage_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shrinkage(pg_catalog.interval, pg_catalog.interval) IS 'Shrinkage: 100 * total unavailable time / total paid time';

CREATE FUNCTION @extschema@.kpi_value(@extschema@.shrinkage_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'shrinkage_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.shrinkage_state) IS 'the shrinkage value of one shrinkage_state, as shrinkage() would return it';

CREATE AGGREGATE @extschema@.shrinkage_state(pg_catalog.interval, pg_catalog.interval) (
	SFUNC = @extschema@.shrinkage_accum,
	STYPE = @extschema@.shrinkage_state,
	INITCOND = '(unavailable_us=0,paid_us=0)',
	COMBINEFUNC = @extschema@.shrinkage_state_combine,
	MSFUNC = @extschema@.shrinkage_accum,
	MINVFUNC = @extschema@.shrinkage_retract,
	MSTYPE = @extschema@.shrinkage_state,
	MINITCOND = '(unavailable_us=0,paid_us=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shrinkage_state(pg_catalog.interval, pg_catalog.interval) IS 'the shrinkage_state of raw rows, as shrinkage(unavailable, paid) accumulates it, for rollup tables';

CREATE AGGREGATE @extschema@.shrinkage_state(@extschema@.shrinkage_state) (
	SFUNC = @extschema@.shrinkage_state_combine,
	STYPE = @extschema@.shrinkage_state,
	INITCOND = '(unavailable_us=0,paid_us=0)',
	COMBINEFUNC = @extschema@.shrinkage_state_combine,
	MSFUNC = @extschema@.shrinkage_state_combine,
	MINVFUNC = @extschema@.shrinkage_state_subtract,
	MSTYPE = @extschema@.shrinkage_state,
	MINITCOND = '(unavailable_us=0,paid_us=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shrinkage_state(@extschema@.shrinkage_state) IS 'merges shrinkage_state values into one shrinkage_state';

CREATE AGGREGATE @extschema@.shrinkage(@extschema@.shrinkage_state) (
	SFUNC = @extschema@.shrinkage_state_combine,
	STYPE = @extschema@.shrinkage_state,
	INITCOND = '(unavailable_us=0,paid_us=0)',
	FINALFUNC = @extschema@.shrinkage_final,
	COMBINEFUNC = @extschema@.shrinkage_state_combine,
	MSFUNC = @extschema@.shrinkage_state_combine,
	MINVFUNC = @extschema@.shrinkage_state_subtract,
	MSTYPE = @extschema@.shrinkage_state,
	MINITCOND = '(unavailable_us=0,paid_us=0)',
	MFINALFUNC = @extschema@.shrinkage_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.shrinkage(@extschema@.shrinkage_state) IS 'shrinkage of merged shrinkage_state values: equals shrinkage over the raw rows';
-- Score and count arguments of every integer type and numeric
--
-- nps, csat(score), fcr_rate(contacts), ces and their _state aggregates
-- also take smallint, bigint and numeric, as avg() does: warehouses load
-- scores and counts as bigint or numeric.  Each overload has its own
-- transition pair over the same state type, combine and final functions
-- as the integer form, so results, states, windows and parallel plans are
-- identical.  A value is checked as it is, never cast to integer first
-- (a bigint 4294967305 is out of range, not 9); a numeric must be whole
-- (22023 otherwise) and within bigint (22003 otherwise).  The smallint
-- overload is needed, not only nice: with the bigint and numeric ones
-- alone, a smallint argument would match three overloads by implicit
-- casts and no longer resolve.
------------------------------------------------------------------------

-- nps(score) and nps_state(score) over smallint, bigint and numeric
CREATE FUNCTION @extschema@.nps_int2_accum(@extschema@.nps_state, pg_catalog.int2) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_int2_retract(@extschema@.nps_state, pg_catalog.int2) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_int2_accum(@extschema@.nps_state, pg_catalog.int2) IS 'transition function of nps(score smallint)';
COMMENT ON FUNCTION @extschema@.nps_int2_retract(@extschema@.nps_state, pg_catalog.int2) IS 'inverse transition function of nps(score smallint), for moving window frames';

CREATE AGGREGATE @extschema@.nps(pg_catalog.int2) (
	SFUNC = @extschema@.nps_int2_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = @extschema@.nps_final,
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_int2_accum,
	MINVFUNC = @extschema@.nps_int2_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int2) IS 'Net Promoter Score: 100 * (promoters 9-10 - detractors 0-6) / answers, scores 0..10; smallint input';

CREATE AGGREGATE @extschema@.nps_state(pg_catalog.int2) (
	SFUNC = @extschema@.nps_int2_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_int2_accum,
	MINVFUNC = @extschema@.nps_int2_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_state(pg_catalog.int2) IS 'the nps_state of raw rows, as nps(score smallint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.nps_int8_accum(@extschema@.nps_state, pg_catalog.int8) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_int8_retract(@extschema@.nps_state, pg_catalog.int8) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_int8_accum(@extschema@.nps_state, pg_catalog.int8) IS 'transition function of nps(score bigint)';
COMMENT ON FUNCTION @extschema@.nps_int8_retract(@extschema@.nps_state, pg_catalog.int8) IS 'inverse transition function of nps(score bigint), for moving window frames';

CREATE AGGREGATE @extschema@.nps(pg_catalog.int8) (
	SFUNC = @extschema@.nps_int8_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = @extschema@.nps_final,
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_int8_accum,
	MINVFUNC = @extschema@.nps_int8_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.int8) IS 'Net Promoter Score: 100 * (promoters 9-10 - detractors 0-6) / answers, scores 0..10; bigint input';

CREATE AGGREGATE @extschema@.nps_state(pg_catalog.int8) (
	SFUNC = @extschema@.nps_int8_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_int8_accum,
	MINVFUNC = @extschema@.nps_int8_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_state(pg_catalog.int8) IS 'the nps_state of raw rows, as nps(score bigint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.nps_numeric_accum(@extschema@.nps_state, pg_catalog.numeric) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.nps_numeric_retract(@extschema@.nps_state, pg_catalog.numeric) RETURNS @extschema@.nps_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nps_numeric_accum(@extschema@.nps_state, pg_catalog.numeric) IS 'transition function of nps(score numeric)';
COMMENT ON FUNCTION @extschema@.nps_numeric_retract(@extschema@.nps_state, pg_catalog.numeric) IS 'inverse transition function of nps(score numeric), for moving window frames';

CREATE AGGREGATE @extschema@.nps(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_numeric_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	FINALFUNC = @extschema@.nps_final,
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_numeric_accum,
	MINVFUNC = @extschema@.nps_numeric_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	MFINALFUNC = @extschema@.nps_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps(pg_catalog.numeric) IS 'Net Promoter Score: 100 * (promoters 9-10 - detractors 0-6) / answers, scores 0..10; numeric input, whole values only';

CREATE AGGREGATE @extschema@.nps_state(pg_catalog.numeric) (
	SFUNC = @extschema@.nps_numeric_accum,
	STYPE = @extschema@.nps_state,
	INITCOND = '(promoters=0,passives=0,detractors=0)',
	COMBINEFUNC = @extschema@.nps_state_combine,
	MSFUNC = @extschema@.nps_numeric_accum,
	MINVFUNC = @extschema@.nps_numeric_retract,
	MSTYPE = @extschema@.nps_state,
	MINITCOND = '(promoters=0,passives=0,detractors=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.nps_state(pg_catalog.numeric) IS 'the nps_state of raw rows, as nps(score numeric) accumulates it, for rollup tables';


-- csat(score) and csat_state(score) over smallint, bigint and numeric
CREATE FUNCTION @extschema@.csat_score_int2_accum(@extschema@.csat_state, pg_catalog.int2) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_score_int2_retract(@extschema@.csat_state, pg_catalog.int2) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_score_int2_accum(@extschema@.csat_state, pg_catalog.int2) IS 'transition function of csat(score smallint)';
COMMENT ON FUNCTION @extschema@.csat_score_int2_retract(@extschema@.csat_state, pg_catalog.int2) IS 'inverse transition function of csat(score smallint), for moving window frames';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int2) (
	SFUNC = @extschema@.csat_score_int2_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_int2_accum,
	MINVFUNC = @extschema@.csat_score_int2_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	MFINALFUNC = @extschema@.csat_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int2) IS 'Customer satisfaction: percent of 1..5 answers that score 4 or 5; smallint input';

CREATE AGGREGATE @extschema@.csat_state(pg_catalog.int2) (
	SFUNC = @extschema@.csat_score_int2_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_int2_accum,
	MINVFUNC = @extschema@.csat_score_int2_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_state(pg_catalog.int2) IS 'the csat_state of raw rows, as csat(score smallint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.csat_score_int8_accum(@extschema@.csat_state, pg_catalog.int8) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_score_int8_retract(@extschema@.csat_state, pg_catalog.int8) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_score_int8_accum(@extschema@.csat_state, pg_catalog.int8) IS 'transition function of csat(score bigint)';
COMMENT ON FUNCTION @extschema@.csat_score_int8_retract(@extschema@.csat_state, pg_catalog.int8) IS 'inverse transition function of csat(score bigint), for moving window frames';

CREATE AGGREGATE @extschema@.csat(pg_catalog.int8) (
	SFUNC = @extschema@.csat_score_int8_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_int8_accum,
	MINVFUNC = @extschema@.csat_score_int8_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	MFINALFUNC = @extschema@.csat_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.int8) IS 'Customer satisfaction: percent of 1..5 answers that score 4 or 5; bigint input';

CREATE AGGREGATE @extschema@.csat_state(pg_catalog.int8) (
	SFUNC = @extschema@.csat_score_int8_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_int8_accum,
	MINVFUNC = @extschema@.csat_score_int8_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_state(pg_catalog.int8) IS 'the csat_state of raw rows, as csat(score bigint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.csat_score_numeric_accum(@extschema@.csat_state, pg_catalog.numeric) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.csat_score_numeric_retract(@extschema@.csat_state, pg_catalog.numeric) RETURNS @extschema@.csat_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csat_score_numeric_accum(@extschema@.csat_state, pg_catalog.numeric) IS 'transition function of csat(score numeric)';
COMMENT ON FUNCTION @extschema@.csat_score_numeric_retract(@extschema@.csat_state, pg_catalog.numeric) IS 'inverse transition function of csat(score numeric), for moving window frames';

CREATE AGGREGATE @extschema@.csat(pg_catalog.numeric) (
	SFUNC = @extschema@.csat_score_numeric_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	FINALFUNC = @extschema@.csat_final,
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_numeric_accum,
	MINVFUNC = @extschema@.csat_score_numeric_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	MFINALFUNC = @extschema@.csat_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat(pg_catalog.numeric) IS 'Customer satisfaction: percent of 1..5 answers that score 4 or 5; numeric input, whole values only';

CREATE AGGREGATE @extschema@.csat_state(pg_catalog.numeric) (
	SFUNC = @extschema@.csat_score_numeric_accum,
	STYPE = @extschema@.csat_state,
	INITCOND = '(satisfied=0,responses=0)',
	COMBINEFUNC = @extschema@.csat_state_combine,
	MSFUNC = @extschema@.csat_score_numeric_accum,
	MINVFUNC = @extschema@.csat_score_numeric_retract,
	MSTYPE = @extschema@.csat_state,
	MINITCOND = '(satisfied=0,responses=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.csat_state(pg_catalog.numeric) IS 'the csat_state of raw rows, as csat(score numeric) accumulates it, for rollup tables';


-- fcr_rate(contacts) and fcr_state(contacts) over smallint, bigint and numeric
CREATE FUNCTION @extschema@.fcr_contacts_int2_accum(@extschema@.fcr_state, pg_catalog.int2) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_contacts_int2_retract(@extschema@.fcr_state, pg_catalog.int2) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fcr_contacts_int2_accum(@extschema@.fcr_state, pg_catalog.int2) IS 'transition function of fcr_rate(contacts smallint)';
COMMENT ON FUNCTION @extschema@.fcr_contacts_int2_retract(@extschema@.fcr_state, pg_catalog.int2) IS 'inverse transition function of fcr_rate(contacts smallint), for moving window frames';

CREATE AGGREGATE @extschema@.fcr_rate(pg_catalog.int2) (
	SFUNC = @extschema@.fcr_contacts_int2_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	FINALFUNC = @extschema@.fcr_final,
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_int2_accum,
	MINVFUNC = @extschema@.fcr_contacts_int2_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	MFINALFUNC = @extschema@.fcr_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_rate(pg_catalog.int2) IS 'First contact resolution: percent of tickets that needed exactly one contact (contacts >= 1); smallint input';

CREATE AGGREGATE @extschema@.fcr_state(pg_catalog.int2) (
	SFUNC = @extschema@.fcr_contacts_int2_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_int2_accum,
	MINVFUNC = @extschema@.fcr_contacts_int2_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_state(pg_catalog.int2) IS 'the fcr_state of raw rows, as fcr_rate(contacts smallint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.fcr_contacts_int8_accum(@extschema@.fcr_state, pg_catalog.int8) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_contacts_int8_retract(@extschema@.fcr_state, pg_catalog.int8) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fcr_contacts_int8_accum(@extschema@.fcr_state, pg_catalog.int8) IS 'transition function of fcr_rate(contacts bigint)';
COMMENT ON FUNCTION @extschema@.fcr_contacts_int8_retract(@extschema@.fcr_state, pg_catalog.int8) IS 'inverse transition function of fcr_rate(contacts bigint), for moving window frames';

CREATE AGGREGATE @extschema@.fcr_rate(pg_catalog.int8) (
	SFUNC = @extschema@.fcr_contacts_int8_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	FINALFUNC = @extschema@.fcr_final,
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_int8_accum,
	MINVFUNC = @extschema@.fcr_contacts_int8_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	MFINALFUNC = @extschema@.fcr_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_rate(pg_catalog.int8) IS 'First contact resolution: percent of tickets that needed exactly one contact (contacts >= 1); bigint input';

CREATE AGGREGATE @extschema@.fcr_state(pg_catalog.int8) (
	SFUNC = @extschema@.fcr_contacts_int8_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_int8_accum,
	MINVFUNC = @extschema@.fcr_contacts_int8_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_state(pg_catalog.int8) IS 'the fcr_state of raw rows, as fcr_rate(contacts bigint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.fcr_contacts_numeric_accum(@extschema@.fcr_state, pg_catalog.numeric) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fcr_contacts_numeric_retract(@extschema@.fcr_state, pg_catalog.numeric) RETURNS @extschema@.fcr_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fcr_contacts_numeric_accum(@extschema@.fcr_state, pg_catalog.numeric) IS 'transition function of fcr_rate(contacts numeric)';
COMMENT ON FUNCTION @extschema@.fcr_contacts_numeric_retract(@extschema@.fcr_state, pg_catalog.numeric) IS 'inverse transition function of fcr_rate(contacts numeric), for moving window frames';

CREATE AGGREGATE @extschema@.fcr_rate(pg_catalog.numeric) (
	SFUNC = @extschema@.fcr_contacts_numeric_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	FINALFUNC = @extschema@.fcr_final,
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_numeric_accum,
	MINVFUNC = @extschema@.fcr_contacts_numeric_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	MFINALFUNC = @extschema@.fcr_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_rate(pg_catalog.numeric) IS 'First contact resolution: percent of tickets that needed exactly one contact (contacts >= 1); numeric input, whole values only';

CREATE AGGREGATE @extschema@.fcr_state(pg_catalog.numeric) (
	SFUNC = @extschema@.fcr_contacts_numeric_accum,
	STYPE = @extschema@.fcr_state,
	INITCOND = '(resolved_first=0,tickets=0)',
	COMBINEFUNC = @extschema@.fcr_state_combine,
	MSFUNC = @extschema@.fcr_contacts_numeric_accum,
	MINVFUNC = @extschema@.fcr_contacts_numeric_retract,
	MSTYPE = @extschema@.fcr_state,
	MINITCOND = '(resolved_first=0,tickets=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fcr_state(pg_catalog.numeric) IS 'the fcr_state of raw rows, as fcr_rate(contacts numeric) accumulates it, for rollup tables';


-- ces(score) and ces_state(score) over smallint, bigint and numeric
CREATE FUNCTION @extschema@.ces_int2_accum(@extschema@.ces_state, pg_catalog.int2) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_int2_retract(@extschema@.ces_state, pg_catalog.int2) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_int2_accum(@extschema@.ces_state, pg_catalog.int2) IS 'transition function of ces(score smallint)';
COMMENT ON FUNCTION @extschema@.ces_int2_retract(@extschema@.ces_state, pg_catalog.int2) IS 'inverse transition function of ces(score smallint), for moving window frames';

CREATE AGGREGATE @extschema@.ces(pg_catalog.int2) (
	SFUNC = @extschema@.ces_int2_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_int2_accum,
	MINVFUNC = @extschema@.ces_int2_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	MFINALFUNC = @extschema@.ces_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.int2) IS 'Customer effort score: mean of 1..7 effort answers; smallint input';

CREATE AGGREGATE @extschema@.ces_state(pg_catalog.int2) (
	SFUNC = @extschema@.ces_int2_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_int2_accum,
	MINVFUNC = @extschema@.ces_int2_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_state(pg_catalog.int2) IS 'the ces_state of raw rows, as ces(score smallint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.ces_int8_accum(@extschema@.ces_state, pg_catalog.int8) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_int8_retract(@extschema@.ces_state, pg_catalog.int8) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_int8_accum(@extschema@.ces_state, pg_catalog.int8) IS 'transition function of ces(score bigint)';
COMMENT ON FUNCTION @extschema@.ces_int8_retract(@extschema@.ces_state, pg_catalog.int8) IS 'inverse transition function of ces(score bigint), for moving window frames';

CREATE AGGREGATE @extschema@.ces(pg_catalog.int8) (
	SFUNC = @extschema@.ces_int8_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_int8_accum,
	MINVFUNC = @extschema@.ces_int8_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	MFINALFUNC = @extschema@.ces_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.int8) IS 'Customer effort score: mean of 1..7 effort answers; bigint input';

CREATE AGGREGATE @extschema@.ces_state(pg_catalog.int8) (
	SFUNC = @extschema@.ces_int8_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_int8_accum,
	MINVFUNC = @extschema@.ces_int8_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_state(pg_catalog.int8) IS 'the ces_state of raw rows, as ces(score bigint) accumulates it, for rollup tables';

CREATE FUNCTION @extschema@.ces_numeric_accum(@extschema@.ces_state, pg_catalog.numeric) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.ces_numeric_retract(@extschema@.ces_state, pg_catalog.numeric) RETURNS @extschema@.ces_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ces_numeric_accum(@extschema@.ces_state, pg_catalog.numeric) IS 'transition function of ces(score numeric)';
COMMENT ON FUNCTION @extschema@.ces_numeric_retract(@extschema@.ces_state, pg_catalog.numeric) IS 'inverse transition function of ces(score numeric), for moving window frames';

CREATE AGGREGATE @extschema@.ces(pg_catalog.numeric) (
	SFUNC = @extschema@.ces_numeric_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	FINALFUNC = @extschema@.ces_final,
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_numeric_accum,
	MINVFUNC = @extschema@.ces_numeric_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	MFINALFUNC = @extschema@.ces_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces(pg_catalog.numeric) IS 'Customer effort score: mean of 1..7 effort answers; numeric input, whole values only';

CREATE AGGREGATE @extschema@.ces_state(pg_catalog.numeric) (
	SFUNC = @extschema@.ces_numeric_accum,
	STYPE = @extschema@.ces_state,
	INITCOND = '(responses=0,score_sum=0,score_squares=0)',
	COMBINEFUNC = @extschema@.ces_state_combine,
	MSFUNC = @extschema@.ces_numeric_accum,
	MINVFUNC = @extschema@.ces_numeric_retract,
	MSTYPE = @extschema@.ces_state,
	MINITCOND = '(responses=0,score_sum=0,score_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ces_state(pg_catalog.numeric) IS 'the ces_state of raw rows, as ces(score numeric) accumulates it, for rollup tables';

------------------------------------------------------------------------
-- Percentiles of durations (issue 13)
--
-- duration_sketch: a histogram of durations on logarithmic buckets whose
-- estimates are within 0.5% of every value they hold, with exact zeros;
-- variable length, canonical (its bytes depend only on the multiset of
-- values), mergeable and subtractable, so the percentile aggregates run in
-- parallel, over moving window frames and from rollup tables.
------------------------------------------------------------------------

CREATE TYPE @extschema@.duration_sketch;

CREATE FUNCTION @extschema@.duration_sketch_in(pg_catalog.cstring) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_sketch_out(@extschema@.duration_sketch) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_sketch_recv(pg_catalog.internal) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_sketch_send(@extschema@.duration_sketch) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.duration_sketch (
	INPUT = @extschema@.duration_sketch_in,
	OUTPUT = @extschema@.duration_sketch_out,
	RECEIVE = @extschema@.duration_sketch_recv,
	SEND = @extschema@.duration_sketch_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE @extschema@.duration_sketch IS 'Percentile aggregate state: counts of durations per logarithmic bucket (estimates within 0.5%) and exact zeros, mergeable and subtractable';
COMMENT ON FUNCTION @extschema@.duration_sketch_in(pg_catalog.cstring) IS 'text input of duration_sketch';
COMMENT ON FUNCTION @extschema@.duration_sketch_out(@extschema@.duration_sketch) IS 'text output of duration_sketch';
COMMENT ON FUNCTION @extschema@.duration_sketch_recv(pg_catalog.internal) IS 'binary input of duration_sketch';
COMMENT ON FUNCTION @extschema@.duration_sketch_send(@extschema@.duration_sketch) IS 'binary output of duration_sketch';

CREATE FUNCTION @extschema@.duration_sketch_combine(@extschema@.duration_sketch, @extschema@.duration_sketch) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_sketch_combine(@extschema@.duration_sketch, @extschema@.duration_sketch) IS 'merges two duration_sketch values (combine function of the percentile aggregates)';
CREATE FUNCTION @extschema@.duration_sketch_subtract(@extschema@.duration_sketch, @extschema@.duration_sketch) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_sketch_subtract(@extschema@.duration_sketch, @extschema@.duration_sketch) IS 'takes the second duration_sketch back out of the first (inverse of duration_sketch_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.duration_sketch) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'duration_sketch_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.duration_sketch) IS 'the counts of a duration_sketch as jsonb: count, zeros, min_us and max_us bounds, and every used bucket';
CREATE FUNCTION @extschema@.kpi_value(@extschema@.duration_sketch, pg_catalog.float8) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'duration_sketch_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.duration_sketch, pg_catalog.float8) IS 'the fraction quantile (0..1) of one duration_sketch, as duration_percentile() would return it';

-- transition functions over rows
CREATE FUNCTION @extschema@.duration_sketch_accum(@extschema@.duration_sketch, pg_catalog.interval) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_sketch_retract(@extschema@.duration_sketch, pg_catalog.interval) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_sketch_accum(@extschema@.duration_sketch, pg_catalog.interval) IS 'transition function of duration_sketch(value)';
COMMENT ON FUNCTION @extschema@.duration_sketch_retract(@extschema@.duration_sketch, pg_catalog.interval) IS 'inverse transition function of duration_sketch(value), for moving window frames';
CREATE FUNCTION @extschema@.duration_median_accum(@extschema@.duration_sketch, pg_catalog.interval) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_median_retract(@extschema@.duration_sketch, pg_catalog.interval) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_median_accum(@extschema@.duration_sketch, pg_catalog.interval) IS 'transition function of duration_median(value)';
COMMENT ON FUNCTION @extschema@.duration_median_retract(@extschema@.duration_sketch, pg_catalog.interval) IS 'inverse transition function of duration_median(value), for moving window frames';
CREATE FUNCTION @extschema@.duration_percentile_accum(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_percentile_retract(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_percentile_accum(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8) IS 'transition function of duration_percentile(value, fraction)';
COMMENT ON FUNCTION @extschema@.duration_percentile_retract(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8) IS 'inverse transition function of duration_percentile(value, fraction), for moving window frames';
CREATE FUNCTION @extschema@.duration_percentiles_accum(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8[]) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_percentiles_retract(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8[]) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_percentiles_accum(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8[]) IS 'transition function of duration_percentiles(value, fractions)';
COMMENT ON FUNCTION @extschema@.duration_percentiles_retract(@extschema@.duration_sketch, pg_catalog.interval, pg_catalog.float8[]) IS 'inverse transition function of duration_percentiles(value, fractions), for moving window frames';

-- transition functions over stored sketches
CREATE FUNCTION @extschema@.duration_percentile_merge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_percentile_unmerge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_percentile_merge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8) IS 'transition function of duration_percentile(sketch, fraction)';
COMMENT ON FUNCTION @extschema@.duration_percentile_unmerge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8) IS 'inverse transition function of duration_percentile(sketch, fraction), for moving window frames';
CREATE FUNCTION @extschema@.duration_percentiles_merge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8[]) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.duration_percentiles_unmerge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8[]) RETURNS @extschema@.duration_sketch
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_percentiles_merge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8[]) IS 'transition function of duration_percentiles(sketch, fractions)';
COMMENT ON FUNCTION @extschema@.duration_percentiles_unmerge(@extschema@.duration_sketch, @extschema@.duration_sketch, pg_catalog.float8[]) IS 'inverse transition function of duration_percentiles(sketch, fractions), for moving window frames';

-- final functions
CREATE FUNCTION @extschema@.duration_median_final(@extschema@.duration_sketch) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_median_final(@extschema@.duration_sketch) IS 'final function of duration_median: the 0.5 quantile of a duration_sketch';
CREATE FUNCTION @extschema@.duration_percentile_final(@extschema@.duration_sketch) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_percentile_final(@extschema@.duration_sketch) IS 'final function of duration_percentile: the quantile of the fraction the state records';
CREATE FUNCTION @extschema@.duration_percentiles_final(@extschema@.duration_sketch) RETURNS pg_catalog.interval[]
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_percentiles_final(@extschema@.duration_sketch) IS 'final function of duration_percentiles: the quantiles of the fractions the state records, in their order';

-- aggregates over rows
CREATE AGGREGATE @extschema@.duration_percentile(pg_catalog.interval, pg_catalog.float8) (
	SFUNC = @extschema@.duration_percentile_accum,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	FINALFUNC = @extschema@.duration_percentile_final,
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_percentile_accum,
	MINVFUNC = @extschema@.duration_percentile_retract,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	MFINALFUNC = @extschema@.duration_percentile_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_percentile(pg_catalog.interval, pg_catalog.float8) IS 'the fraction quantile (0..1, percentile_disc''s rank rule) of the durations, within 0.5%; zero exact';

CREATE AGGREGATE @extschema@.duration_median(pg_catalog.interval) (
	SFUNC = @extschema@.duration_median_accum,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	FINALFUNC = @extschema@.duration_median_final,
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_median_accum,
	MINVFUNC = @extschema@.duration_median_retract,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	MFINALFUNC = @extschema@.duration_median_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_median(pg_catalog.interval) IS 'the median (0.5 quantile, percentile_disc''s rank rule) of the durations, within 0.5%; zero exact';

CREATE AGGREGATE @extschema@.duration_percentiles(pg_catalog.interval, pg_catalog.float8[]) (
	SFUNC = @extschema@.duration_percentiles_accum,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	FINALFUNC = @extschema@.duration_percentiles_final,
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_percentiles_accum,
	MINVFUNC = @extschema@.duration_percentiles_retract,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	MFINALFUNC = @extschema@.duration_percentiles_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_percentiles(pg_catalog.interval, pg_catalog.float8[]) IS 'one quantile per fraction of the array, from one pass, each within 0.5%';

CREATE AGGREGATE @extschema@.duration_sketch(pg_catalog.interval) (
	SFUNC = @extschema@.duration_sketch_accum,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_sketch_accum,
	MINVFUNC = @extschema@.duration_sketch_retract,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_sketch(pg_catalog.interval) IS 'the duration_sketch of raw rows, for rollup tables';

-- aggregates over stored sketches
CREATE AGGREGATE @extschema@.duration_sketch(@extschema@.duration_sketch) (
	SFUNC = @extschema@.duration_sketch_combine,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_sketch_combine,
	MINVFUNC = @extschema@.duration_sketch_subtract,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_sketch(@extschema@.duration_sketch) IS 'merges duration_sketch values into one duration_sketch';

CREATE AGGREGATE @extschema@.duration_percentile(@extschema@.duration_sketch, pg_catalog.float8) (
	SFUNC = @extschema@.duration_percentile_merge,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	FINALFUNC = @extschema@.duration_percentile_final,
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_percentile_merge,
	MINVFUNC = @extschema@.duration_percentile_unmerge,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	MFINALFUNC = @extschema@.duration_percentile_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_percentile(@extschema@.duration_sketch, pg_catalog.float8) IS 'duration_percentile of merged duration_sketch values: equals duration_percentile over the raw rows';

CREATE AGGREGATE @extschema@.duration_median(@extschema@.duration_sketch) (
	SFUNC = @extschema@.duration_sketch_combine,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	FINALFUNC = @extschema@.duration_median_final,
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_sketch_combine,
	MINVFUNC = @extschema@.duration_sketch_subtract,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	MFINALFUNC = @extschema@.duration_median_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_median(@extschema@.duration_sketch) IS 'duration_median of merged duration_sketch values: equals duration_median over the raw rows';

CREATE AGGREGATE @extschema@.duration_percentiles(@extschema@.duration_sketch, pg_catalog.float8[]) (
	SFUNC = @extschema@.duration_percentiles_merge,
	STYPE = @extschema@.duration_sketch,
	INITCOND = '(version=1,zeros=0,buckets={})',
	FINALFUNC = @extschema@.duration_percentiles_final,
	COMBINEFUNC = @extschema@.duration_sketch_combine,
	MSFUNC = @extschema@.duration_percentiles_merge,
	MINVFUNC = @extschema@.duration_percentiles_unmerge,
	MSTYPE = @extschema@.duration_sketch,
	MINITCOND = '(version=1,zeros=0,buckets={})',
	MFINALFUNC = @extschema@.duration_percentiles_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.duration_percentiles(@extschema@.duration_sketch, pg_catalog.float8[]) IS 'duration_percentiles of merged duration_sketch values: equals duration_percentiles over the raw rows';

-- churn_state: how sure a churn rate is (issue 16 asked for the Wilson
-- interval once the uncertainty functions exist): churned of base
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.churn_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.churn_state, pg_catalog.float8) IS 'low end of the confidence interval of the churn rate (Wilson score interval on churned of base, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.churn_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.churn_state, pg_catalog.float8) IS 'high end of the confidence interval of the churn rate (Wilson score interval on churned of base, in percent) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.churn_state, after @extschema@.churn_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.churn_state, @extschema@.churn_state) IS 'two-sided p-value that both states (e.g. two months) have the same true churn rate (two-proportion z-test with the pooled proportion); NULL when a state has fewer than two customers in its base';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.churn_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.churn_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true churn rate meets the target''s goal (e.g. ''<= 2%''); NULL below two customers in the base';
