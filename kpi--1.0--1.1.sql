-- kpi--1.0--1.1.sql: upgrade script of the kpi extension from 1.0 to 1.1
--
-- kpi 1.1 adds the rating family: rating(score, low, high), the mean of
-- scores on any bounded scale, and its state type rating_state, with
-- rollups, window frames, parallel plans and the uncertainty functions;
-- time-bound targets (kpi_progress, kpi_expected, kpi_on_track); and
-- change attribution over segments (kpi_contribution, kpi_rate_effect,
-- kpi_mix_effect), window functions over the states of two periods.
-- Only new objects: nothing of 1.0 changes.  kpi--1.1.sql is kpi--1.0.sql
-- followed by this file's statements (test/upgrade/full-script.sh makes
-- it; the upgrade suite checks that it is current).

\echo Use "ALTER EXTENSION kpi UPDATE TO '1.1'" to load this file. \quit

------------------------------------------------------------------------
-- Ratings (kpi 1.1)
--
-- rating(score, low, high): the mean score on the scale low..high, as
-- double precision, for smallint, integer, bigint and numeric scores.
-- Rows with a NULL score (or a NULL scale end) are skipped; no rows give
-- NULL.  A score outside low..high is 22003; low >= high, or a scale that
-- changes inside one group, is 22023.  Scores and scale ends are kept as
-- integers in units of 10^-decimals: a numeric may have up to 6 decimals
-- (22023 beyond, NaN too) and in those units must fit in bigint (22003
-- beyond, infinities too), so every sum in rating_state is exact and
-- serial, parallel, window and rollup evaluation agree bit for bit.
------------------------------------------------------------------------

CREATE TYPE @extschema@.rating_state;

CREATE FUNCTION @extschema@.rating_state_in(pg_catalog.cstring) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rating_state_out(@extschema@.rating_state) RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rating_state_recv(pg_catalog.internal) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rating_state_send(@extschema@.rating_state) RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;

CREATE TYPE @extschema@.rating_state (
	INPUT = @extschema@.rating_state_in,
	OUTPUT = @extschema@.rating_state_out,
	RECEIVE = @extschema@.rating_state_recv,
	SEND = @extschema@.rating_state_send,
	INTERNALLENGTH = 64,
	ALIGNMENT = double,
	STORAGE = plain
);

COMMENT ON TYPE @extschema@.rating_state IS 'rating aggregate state: the scale low..high and the number of scores, the sum of score - low and the sum of its squares, all in units of 10^-decimals';
COMMENT ON FUNCTION @extschema@.rating_state_in(pg_catalog.cstring) IS 'text input of rating_state';
COMMENT ON FUNCTION @extschema@.rating_state_out(@extschema@.rating_state) IS 'text output of rating_state';
COMMENT ON FUNCTION @extschema@.rating_state_recv(pg_catalog.internal) IS 'binary input of rating_state';
COMMENT ON FUNCTION @extschema@.rating_state_send(@extschema@.rating_state) IS 'binary output of rating_state';

CREATE FUNCTION @extschema@.rating_state_combine(@extschema@.rating_state, @extschema@.rating_state) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rating_state_combine(@extschema@.rating_state, @extschema@.rating_state) IS 'merges two rating_state values of one scale (combine function of the aggregates using it)';
CREATE FUNCTION @extschema@.rating_state_subtract(@extschema@.rating_state, @extschema@.rating_state) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rating_state_subtract(@extschema@.rating_state, @extschema@.rating_state) IS 'takes the second rating_state back out of the first (inverse of rating_state_combine, for moving window frames)';

CREATE FUNCTION @extschema@.kpi_counts(@extschema@.rating_state) RETURNS pg_catalog.jsonb
	AS 'MODULE_PATHNAME', 'rating_state_counts' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_counts(@extschema@.rating_state) IS 'the fields of a rating_state as a jsonb object';

CREATE FUNCTION @extschema@.rating_final(@extschema@.rating_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rating_final(@extschema@.rating_state) IS 'final function: the KPI value of a rating_state';
CREATE FUNCTION @extschema@.kpi_value(@extschema@.rating_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_final' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_value(@extschema@.rating_state) IS 'the rating value of one rating_state, as rating() would return it';

-- rating(score, low, high) and rating_state(score, low, high) over integer
CREATE FUNCTION @extschema@.rating_accum(@extschema@.rating_state, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rating_retract(@extschema@.rating_state, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rating_accum(@extschema@.rating_state, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'transition function of rating(score integer, low, high)';
COMMENT ON FUNCTION @extschema@.rating_retract(@extschema@.rating_state, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'inverse transition function of rating(score integer, low, high), for moving window frames';

CREATE AGGREGATE @extschema@.rating(score pg_catalog.int4, low pg_catalog.int4, high pg_catalog.int4) (
	SFUNC = @extschema@.rating_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	FINALFUNC = @extschema@.rating_final,
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_accum,
	MINVFUNC = @extschema@.rating_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	MFINALFUNC = @extschema@.rating_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'Mean rating: mean of the scores on the scale low..high';

CREATE AGGREGATE @extschema@.rating_state(score pg_catalog.int4, low pg_catalog.int4, high pg_catalog.int4) (
	SFUNC = @extschema@.rating_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_accum,
	MINVFUNC = @extschema@.rating_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating_state(pg_catalog.int4, pg_catalog.int4, pg_catalog.int4) IS 'the rating_state of raw rows, as rating(score integer, low, high) accumulates it, for rollup tables';

-- rating(score, low, high) and rating_state(score, low, high) over smallint
CREATE FUNCTION @extschema@.rating_int2_accum(@extschema@.rating_state, pg_catalog.int2, pg_catalog.int2, pg_catalog.int2) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rating_int2_retract(@extschema@.rating_state, pg_catalog.int2, pg_catalog.int2, pg_catalog.int2) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rating_int2_accum(@extschema@.rating_state, pg_catalog.int2, pg_catalog.int2, pg_catalog.int2) IS 'transition function of rating(score smallint, low, high)';
COMMENT ON FUNCTION @extschema@.rating_int2_retract(@extschema@.rating_state, pg_catalog.int2, pg_catalog.int2, pg_catalog.int2) IS 'inverse transition function of rating(score smallint, low, high), for moving window frames';

CREATE AGGREGATE @extschema@.rating(score pg_catalog.int2, low pg_catalog.int2, high pg_catalog.int2) (
	SFUNC = @extschema@.rating_int2_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	FINALFUNC = @extschema@.rating_final,
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_int2_accum,
	MINVFUNC = @extschema@.rating_int2_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	MFINALFUNC = @extschema@.rating_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating(pg_catalog.int2, pg_catalog.int2, pg_catalog.int2) IS 'Mean rating: mean of the scores on the scale low..high; smallint input';

CREATE AGGREGATE @extschema@.rating_state(score pg_catalog.int2, low pg_catalog.int2, high pg_catalog.int2) (
	SFUNC = @extschema@.rating_int2_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_int2_accum,
	MINVFUNC = @extschema@.rating_int2_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating_state(pg_catalog.int2, pg_catalog.int2, pg_catalog.int2) IS 'the rating_state of raw rows, as rating(score smallint, low, high) accumulates it, for rollup tables';

-- rating(score, low, high) and rating_state(score, low, high) over bigint
CREATE FUNCTION @extschema@.rating_int8_accum(@extschema@.rating_state, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rating_int8_retract(@extschema@.rating_state, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rating_int8_accum(@extschema@.rating_state, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS 'transition function of rating(score bigint, low, high)';
COMMENT ON FUNCTION @extschema@.rating_int8_retract(@extschema@.rating_state, pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS 'inverse transition function of rating(score bigint, low, high), for moving window frames';

CREATE AGGREGATE @extschema@.rating(score pg_catalog.int8, low pg_catalog.int8, high pg_catalog.int8) (
	SFUNC = @extschema@.rating_int8_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	FINALFUNC = @extschema@.rating_final,
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_int8_accum,
	MINVFUNC = @extschema@.rating_int8_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	MFINALFUNC = @extschema@.rating_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS 'Mean rating: mean of the scores on the scale low..high; bigint input';

CREATE AGGREGATE @extschema@.rating_state(score pg_catalog.int8, low pg_catalog.int8, high pg_catalog.int8) (
	SFUNC = @extschema@.rating_int8_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_int8_accum,
	MINVFUNC = @extschema@.rating_int8_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating_state(pg_catalog.int8, pg_catalog.int8, pg_catalog.int8) IS 'the rating_state of raw rows, as rating(score bigint, low, high) accumulates it, for rollup tables';

-- rating(score, low, high) and rating_state(score, low, high) over numeric
CREATE FUNCTION @extschema@.rating_numeric_accum(@extschema@.rating_state, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.rating_numeric_retract(@extschema@.rating_state, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) RETURNS @extschema@.rating_state
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rating_numeric_accum(@extschema@.rating_state, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'transition function of rating(score numeric, low, high)';
COMMENT ON FUNCTION @extschema@.rating_numeric_retract(@extschema@.rating_state, pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'inverse transition function of rating(score numeric, low, high), for moving window frames';

CREATE AGGREGATE @extschema@.rating(score pg_catalog.numeric, low pg_catalog.numeric, high pg_catalog.numeric) (
	SFUNC = @extschema@.rating_numeric_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	FINALFUNC = @extschema@.rating_final,
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_numeric_accum,
	MINVFUNC = @extschema@.rating_numeric_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	MFINALFUNC = @extschema@.rating_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'Mean rating: mean of the scores on the scale low..high; numeric input, up to 6 decimals';

CREATE AGGREGATE @extschema@.rating_state(score pg_catalog.numeric, low pg_catalog.numeric, high pg_catalog.numeric) (
	SFUNC = @extschema@.rating_numeric_accum,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_numeric_accum,
	MINVFUNC = @extschema@.rating_numeric_retract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating_state(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'the rating_state of raw rows, as rating(score numeric, low, high) accumulates it, for rollup tables';

-- rollups of rating_state
CREATE AGGREGATE @extschema@.rating_state(@extschema@.rating_state) (
	SFUNC = @extschema@.rating_state_combine,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_state_combine,
	MINVFUNC = @extschema@.rating_state_subtract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating_state(@extschema@.rating_state) IS 'merges rating_state values of one scale into one rating_state';

CREATE AGGREGATE @extschema@.rating(@extschema@.rating_state) (
	SFUNC = @extschema@.rating_state_combine,
	STYPE = @extschema@.rating_state,
	INITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	FINALFUNC = @extschema@.rating_final,
	COMBINEFUNC = @extschema@.rating_state_combine,
	MSFUNC = @extschema@.rating_state_combine,
	MINVFUNC = @extschema@.rating_state_subtract,
	MSTYPE = @extschema@.rating_state,
	MINITCOND = '(low=0,high=0,decimals=0,responses=0,offset_sum=0,offset_squares=0)',
	MFINALFUNC = @extschema@.rating_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.rating(@extschema@.rating_state) IS 'rating of merged rating_state values: equals rating over the raw rows';

-- uncertainty of rating_state: Student t interval clipped to the scale,
-- Welch's t-test, t probability of meeting a target
CREATE FUNCTION @extschema@.kpi_ci_low(@extschema@.rating_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_state_ci_low' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_low(@extschema@.rating_state, pg_catalog.float8) IS 'low end of the confidence interval of the mean rating (Student t interval, within the scale) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_ci_high(@extschema@.rating_state, level pg_catalog.float8 DEFAULT 0.95) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_state_ci_high' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_ci_high(@extschema@.rating_state, pg_catalog.float8) IS 'high end of the confidence interval of the mean rating (Student t interval, within the scale) at level (0..1, default 0.95); NULL for too few observations';
CREATE FUNCTION @extschema@.kpi_p_value(before @extschema@.rating_state, after @extschema@.rating_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_state_p_value' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_p_value(@extschema@.rating_state, @extschema@.rating_state) IS 'two-sided p-value that both states (of one scale) have the same true mean rating (Welch''s t-test); NULL when a state has fewer than two observations';
CREATE FUNCTION @extschema@.kpi_met_probability(@extschema@.rating_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_state_met_probability' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_met_probability(@extschema@.rating_state, @extschema@.kpi_target) IS 'probability (0..1), under the approximation of kpi_ci_low/kpi_ci_high, that the true KPI meets the target''s goal; NULL below two observations';

-- Targets evaluated on states: kpi_status, kpi_met, kpi_gap and
-- kpi_attainment of a state are those of its kpi_value, once
-- kpi_target_for_state has checked that the target has the unit of the
-- state's KPI (a percent KPI against '> 8' is 22023, not silently met).
CREATE FUNCTION @extschema@.kpi_target_for_state(target @extschema@.kpi_target, function pg_catalog.text, kpi pg_catalog.text, unit pg_catalog.text) RETURNS @extschema@.kpi_target
	AS 'MODULE_PATHNAME', 'kpi_target_for_state' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_target_for_state(@extschema@.kpi_target, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS 'the target, if its unit is unit (number, percent or duration), the unit of the KPI kpi; else error 22023 naming function: the check of kpi_status(state, target) and its siblings';


CREATE FUNCTION @extschema@.kpi_status(state @extschema@.nps_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'nps', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.nps_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.csat_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'csat', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.csat_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.fcr_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'fcr_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.fcr_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.ces_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'ces', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.ces_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.rating_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'rating', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.rating_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.aht_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'avg_handle_time', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.aht_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.asa_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'avg_speed_of_answer', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.asa_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.service_level_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'service_level', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.service_level_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.abandonment_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'abandonment_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.abandonment_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.utilization_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'utilization', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.utilization_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.occupancy_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'occupancy', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.occupancy_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.shrinkage_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'shrinkage', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.shrinkage_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_status(state @extschema@.churn_state, target @extschema@.kpi_target) RETURNS @extschema@.kpi_status
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_status(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_status', 'churn_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_status(@extschema@.churn_state, @extschema@.kpi_target) IS 'the status of the state''s KPI against the target, as kpi_status(kpi_value(state), target); the target must have the KPI''s unit';

CREATE FUNCTION @extschema@.kpi_met(state @extschema@.nps_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'nps', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.nps_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.csat_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'csat', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.csat_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.fcr_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'fcr_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.fcr_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.ces_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'ces', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.ces_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.rating_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'rating', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.rating_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.aht_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'avg_handle_time', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.aht_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.asa_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'avg_speed_of_answer', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.asa_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.service_level_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'service_level', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.service_level_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.abandonment_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'abandonment_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.abandonment_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.utilization_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'utilization', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.utilization_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.occupancy_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'occupancy', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.occupancy_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.shrinkage_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'shrinkage', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.shrinkage_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_met(state @extschema@.churn_state, target @extschema@.kpi_target) RETURNS pg_catalog.bool
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_met(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_met', 'churn_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_met(@extschema@.churn_state, @extschema@.kpi_target) IS 'whether the state''s KPI meets the target''s goal, as kpi_met(kpi_value(state), target); the target must have the KPI''s unit';

CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.nps_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'nps', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.nps_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.csat_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'csat', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.csat_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.fcr_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'fcr_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.fcr_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.ces_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'ces', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.ces_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.rating_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'rating', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.rating_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.aht_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'avg_handle_time', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.aht_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.asa_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'avg_speed_of_answer', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.asa_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.service_level_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'service_level', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.service_level_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.abandonment_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'abandonment_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.abandonment_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.utilization_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'utilization', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.utilization_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.occupancy_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'occupancy', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.occupancy_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.shrinkage_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'shrinkage', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.shrinkage_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_attainment(state @extschema@.churn_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_attainment(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_attainment', 'churn_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_attainment(@extschema@.churn_state, @extschema@.kpi_target) IS 'percent of the goal achieved by the state''s KPI, as kpi_attainment(kpi_value(state), target); the target must have the KPI''s unit';

CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.nps_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'nps', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.nps_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.csat_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'csat', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.csat_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.fcr_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'fcr_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.fcr_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.ces_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'ces', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.ces_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.rating_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'rating', 'number'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.rating_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.aht_state, target @extschema@.kpi_target) RETURNS pg_catalog.interval
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'avg_handle_time', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.aht_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.asa_state, target @extschema@.kpi_target) RETURNS pg_catalog.interval
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'avg_speed_of_answer', 'duration'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.asa_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.service_level_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'service_level', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.service_level_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.abandonment_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'abandonment_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.abandonment_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.utilization_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'utilization', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.utilization_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.occupancy_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'occupancy', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.occupancy_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.shrinkage_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'shrinkage', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.shrinkage_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';
CREATE FUNCTION @extschema@.kpi_gap(state @extschema@.churn_state, target @extschema@.kpi_target) RETURNS pg_catalog.float8
	LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_gap(@extschema@.kpi_value(state), @extschema@.kpi_target_for_state(target, 'kpi_gap', 'churn_rate', 'percent'));
COMMENT ON FUNCTION @extschema@.kpi_gap(@extschema@.churn_state, @extschema@.kpi_target) IS 'the state''s KPI minus the target''s goal, as kpi_gap(kpi_value(state), target); the target must have the KPI''s unit';

-- Time-bound targets (kpi 1.1, issue 30): "NPS above 30 by the end of
-- June, from 10 in January".  A glide path runs straight from the
-- baseline at the start to the goal at the deadline (the warning path to
-- the warning threshold); before the start it is the baseline, from the
-- deadline on the goal itself, so that there kpi_on_track is kpi_status.
-- kpi_progress measures how far a value has come from the baseline toward
-- the goal.  Values and baselines are double precision for number and
-- percent targets (percents as 0..100) and interval for duration targets
-- (exact microseconds, days of 24 h and months of 30 days); the other
-- unit, a NaN, an infinite baseline or start or deadline, or a deadline
-- not after the start is 22023; the instant asked about may be infinite.
CREATE FUNCTION @extschema@.kpi_progress(value pg_catalog.float8, target @extschema@.kpi_target, baseline pg_catalog.float8) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'kpi_progress_float8' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_progress(pg_catalog.float8, @extschema@.kpi_target, pg_catalog.float8) IS 'percent of the way from the baseline to the target''s goal, 100 * (value - baseline) / (goal - baseline); NULL when the baseline is the goal (number or percent value)';
CREATE FUNCTION @extschema@.kpi_progress(value pg_catalog.interval, target @extschema@.kpi_target, baseline pg_catalog.interval) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'kpi_progress_interval' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_progress(pg_catalog.interval, @extschema@.kpi_target, pg_catalog.interval) IS 'percent of the way from the baseline to the target''s goal, 100 * (value - baseline) / (goal - baseline); NULL when the baseline is the goal (duration value)';

CREATE FUNCTION @extschema@.kpi_expected(target @extschema@.kpi_target, baseline pg_catalog.float8, start pg_catalog.timestamptz, deadline pg_catalog.timestamptz, at pg_catalog.timestamptz) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'kpi_expected_float8' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_expected(@extschema@.kpi_target, pg_catalog.float8, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.timestamptz) IS 'the value the straight glide path from the baseline at start to the goal at deadline expects at the instant: baseline + (goal - baseline) * f, f the elapsed fraction clamped to 0..1 (number or percent target)';
CREATE FUNCTION @extschema@.kpi_expected(target @extschema@.kpi_target, baseline pg_catalog.interval, start pg_catalog.timestamptz, deadline pg_catalog.timestamptz, at pg_catalog.timestamptz) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'kpi_expected_interval' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_expected(@extschema@.kpi_target, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.timestamptz) IS 'the duration the straight glide path from the baseline at start to the goal at deadline expects at the instant, exact to the microsecond (rounded half away from zero); f clamped to 0..1 (duration target)';

CREATE FUNCTION @extschema@.kpi_on_track(value pg_catalog.float8, target @extschema@.kpi_target, baseline pg_catalog.float8, start pg_catalog.timestamptz, deadline pg_catalog.timestamptz, at pg_catalog.timestamptz) RETURNS @extschema@.kpi_status
	AS 'MODULE_PATHNAME', 'kpi_on_track_float8' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_on_track(pg_catalog.float8, @extschema@.kpi_target, pg_catalog.float8, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.timestamptz) IS 'met when the value satisfies the target''s comparator against the goal''s glide path at the instant, at_risk when only against the warning threshold''s, missed otherwise; kpi_status from the deadline on (number or percent value)';
CREATE FUNCTION @extschema@.kpi_on_track(value pg_catalog.interval, target @extschema@.kpi_target, baseline pg_catalog.interval, start pg_catalog.timestamptz, deadline pg_catalog.timestamptz, at pg_catalog.timestamptz) RETURNS @extschema@.kpi_status
	AS 'MODULE_PATHNAME', 'kpi_on_track_interval' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_on_track(pg_catalog.interval, @extschema@.kpi_target, pg_catalog.interval, pg_catalog.timestamptz, pg_catalog.timestamptz, pg_catalog.timestamptz) IS 'met when the value satisfies the target''s comparator against the goal''s glide path at the instant, at_risk when only against the warning threshold''s, missed otherwise; kpi_status from the deadline on (duration value)';

------------------------------------------------------------------------
-- Change attribution (kpi 1.1, issue 28): why did the KPI move.
--
-- Window functions over one row per segment (team, channel, queue...)
-- with the segment's state before and after.  With W0, W1 the segment's
-- share of the KPI's denominator in each period, r0, r1 its KPI and R0,
-- R1 the pooled KPI of the window partition (symmetric shift-share):
--   kpi_rate_effect  = (W0 + W1) / 2 * (r1 - r0)
--   kpi_mix_effect   = (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2)
--   kpi_contribution = rate + mix; over the partition they add up to R1 - R0.
-- A segment without observations in one period (NULL or empty state)
-- takes its other period's KPI, so its change is all mix; none in either
-- gives 0.  A period with no observations in the whole partition gives
-- NULL for every row.  The whole partition is read whatever the frame,
-- like rank().  Results are in the KPI's unit (interval for aht and asa,
-- whose contributions are rounded to the microsecond so that they still
-- add up exactly to the change of the rounded means).  Service level and
-- abandonment states of different thresholds, rating states of different
-- scales and churn states of different periods are 22023.
------------------------------------------------------------------------

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.nps_state, after @extschema@.nps_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.nps_state, @extschema@.nps_state) IS 'the segment''s share of the change of the pooled nps between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in NPS points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.nps_state, after @extschema@.nps_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.nps_state, @extschema@.nps_state) IS 'the part of the segment''s share of the change of the pooled nps that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in NPS points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.nps_state, after @extschema@.nps_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'nps_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.nps_state, @extschema@.nps_state) IS 'the part of the segment''s share of the change of the pooled nps that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in NPS points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.csat_state, after @extschema@.csat_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'csat_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.csat_state, @extschema@.csat_state) IS 'the segment''s share of the change of the pooled csat between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.csat_state, after @extschema@.csat_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'csat_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.csat_state, @extschema@.csat_state) IS 'the part of the segment''s share of the change of the pooled csat that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.csat_state, after @extschema@.csat_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'csat_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.csat_state, @extschema@.csat_state) IS 'the part of the segment''s share of the change of the pooled csat that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.fcr_state, after @extschema@.fcr_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'fcr_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.fcr_state, @extschema@.fcr_state) IS 'the segment''s share of the change of the pooled fcr_rate between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.fcr_state, after @extschema@.fcr_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'fcr_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.fcr_state, @extschema@.fcr_state) IS 'the part of the segment''s share of the change of the pooled fcr_rate that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.fcr_state, after @extschema@.fcr_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'fcr_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.fcr_state, @extschema@.fcr_state) IS 'the part of the segment''s share of the change of the pooled fcr_rate that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.ces_state, after @extschema@.ces_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.ces_state, @extschema@.ces_state) IS 'the segment''s share of the change of the pooled ces between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in the effort scale''s unit (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.ces_state, after @extschema@.ces_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.ces_state, @extschema@.ces_state) IS 'the part of the segment''s share of the change of the pooled ces that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in the effort scale''s unit (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.ces_state, after @extschema@.ces_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'ces_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.ces_state, @extschema@.ces_state) IS 'the part of the segment''s share of the change of the pooled ces that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in the effort scale''s unit (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.rating_state, after @extschema@.rating_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.rating_state, @extschema@.rating_state) IS 'the segment''s share of the change of the pooled rating between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in the rating scale''s unit (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.rating_state, after @extschema@.rating_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.rating_state, @extschema@.rating_state) IS 'the part of the segment''s share of the change of the pooled rating that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in the rating scale''s unit (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.rating_state, after @extschema@.rating_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'rating_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.rating_state, @extschema@.rating_state) IS 'the part of the segment''s share of the change of the pooled rating that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in the rating scale''s unit (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.aht_state, after @extschema@.aht_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'aht_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.aht_state, @extschema@.aht_state) IS 'the segment''s share of the change of the pooled avg_handle_time between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in an interval (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.aht_state, after @extschema@.aht_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'aht_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.aht_state, @extschema@.aht_state) IS 'the part of the segment''s share of the change of the pooled avg_handle_time that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in an interval (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.aht_state, after @extschema@.aht_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'aht_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.aht_state, @extschema@.aht_state) IS 'the part of the segment''s share of the change of the pooled avg_handle_time that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in an interval (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.asa_state, after @extschema@.asa_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'asa_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.asa_state, @extschema@.asa_state) IS 'the segment''s share of the change of the pooled avg_speed_of_answer between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in an interval (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.asa_state, after @extschema@.asa_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'asa_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.asa_state, @extschema@.asa_state) IS 'the part of the segment''s share of the change of the pooled avg_speed_of_answer that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in an interval (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.asa_state, after @extschema@.asa_state) RETURNS pg_catalog.interval
	AS 'MODULE_PATHNAME', 'asa_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.asa_state, @extschema@.asa_state) IS 'the part of the segment''s share of the change of the pooled avg_speed_of_answer that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in an interval (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.utilization_state, after @extschema@.utilization_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.utilization_state, @extschema@.utilization_state) IS 'the segment''s share of the change of the pooled utilization between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.utilization_state, after @extschema@.utilization_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.utilization_state, @extschema@.utilization_state) IS 'the part of the segment''s share of the change of the pooled utilization that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.utilization_state, after @extschema@.utilization_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'utilization_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.utilization_state, @extschema@.utilization_state) IS 'the part of the segment''s share of the change of the pooled utilization that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.occupancy_state, after @extschema@.occupancy_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.occupancy_state, @extschema@.occupancy_state) IS 'the segment''s share of the change of the pooled occupancy between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.occupancy_state, after @extschema@.occupancy_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.occupancy_state, @extschema@.occupancy_state) IS 'the part of the segment''s share of the change of the pooled occupancy that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.occupancy_state, after @extschema@.occupancy_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'occupancy_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.occupancy_state, @extschema@.occupancy_state) IS 'the part of the segment''s share of the change of the pooled occupancy that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.shrinkage_state, after @extschema@.shrinkage_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'shrinkage_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.shrinkage_state, @extschema@.shrinkage_state) IS 'the segment''s share of the change of the pooled shrinkage between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.shrinkage_state, after @extschema@.shrinkage_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'shrinkage_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.shrinkage_state, @extschema@.shrinkage_state) IS 'the part of the segment''s share of the change of the pooled shrinkage that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.shrinkage_state, after @extschema@.shrinkage_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'shrinkage_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.shrinkage_state, @extschema@.shrinkage_state) IS 'the part of the segment''s share of the change of the pooled shrinkage that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.service_level_state, after @extschema@.service_level_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.service_level_state, @extschema@.service_level_state) IS 'the segment''s share of the change of the pooled service_level between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.service_level_state, after @extschema@.service_level_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.service_level_state, @extschema@.service_level_state) IS 'the part of the segment''s share of the change of the pooled service_level that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.service_level_state, after @extschema@.service_level_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'service_level_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.service_level_state, @extschema@.service_level_state) IS 'the part of the segment''s share of the change of the pooled service_level that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.abandonment_state, after @extschema@.abandonment_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.abandonment_state, @extschema@.abandonment_state) IS 'the segment''s share of the change of the pooled abandonment_rate between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.abandonment_state, after @extschema@.abandonment_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.abandonment_state, @extschema@.abandonment_state) IS 'the part of the segment''s share of the change of the pooled abandonment_rate that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.abandonment_state, after @extschema@.abandonment_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'abandonment_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.abandonment_state, @extschema@.abandonment_state) IS 'the part of the segment''s share of the change of the pooled abandonment_rate that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';

CREATE FUNCTION @extschema@.kpi_contribution(before @extschema@.churn_state, after @extschema@.churn_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_state_contribution' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_contribution(@extschema@.churn_state, @extschema@.churn_state) IS 'the segment''s share of the change of the pooled churn_rate between the two periods, rate effect plus mix effect; over the window partition the shares add up to the pooled change, in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_rate_effect(before @extschema@.churn_state, after @extschema@.churn_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_state_rate_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_rate_effect(@extschema@.churn_state, @extschema@.churn_state) IS 'the part of the segment''s share of the change of the pooled churn_rate that comes from its own value moving: (W0 + W1) / 2 * (r1 - r0), in percentage points (window function over one row per segment)';
CREATE FUNCTION @extschema@.kpi_mix_effect(before @extschema@.churn_state, after @extschema@.churn_state) RETURNS pg_catalog.float8
	AS 'MODULE_PATHNAME', 'churn_state_mix_effect' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.kpi_mix_effect(@extschema@.churn_state, @extschema@.churn_state) IS 'the part of the segment''s share of the change of the pooled churn_rate that comes from its weight moving: (W1 - W0) * ((r0 + r1) / 2 - (R0 + R1) / 2), in percentage points (window function over one row per segment)';
