--
-- bad_input: what every function and type does with NULLs, empty groups,
-- out-of-range scores, negative and enormous durations, thresholds that
-- vary within a group, malformed literals, and truncated or inconsistent
-- binary input.  Each case names the outcome worked out by hand: a value
-- (its text form, 'NULL' for NULL) or 'ERROR <SQLSTATE>'.  The messages
-- themselves are checked in the per-family tests.
--

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

CREATE TABLE matrix (
  id serial PRIMARY KEY,
  subject text NOT NULL,
  input text NOT NULL,
  expression text NOT NULL,
  expected text NOT NULL
);

-- Survey scores.  NULLs are skipped, empty and all-NULL groups give NULL,
-- scores outside the scale are 22003 whatever else the group holds.
INSERT INTO matrix (subject, input, expression, expected) VALUES
-- {9, NULL}: one promoter of one answer, 100 * (1 - 0) / 1 = 100
('nps', 'NULL row skipped', '(SELECT nps(s) FROM (VALUES (9), (NULL)) v(s))', '100'),
('nps', 'all NULL', '(SELECT nps(s) FROM (VALUES (NULL::int)) v(s))', 'NULL'),
('nps', 'empty group', '(SELECT nps(s) FROM (VALUES (9)) v(s) WHERE false)', 'NULL'),
('nps', 'score -1', 'nps(-1)', 'ERROR 22003'),
('nps', 'score 11 after valid rows', '(SELECT nps(s) FROM (VALUES (9), (11)) v(s))', 'ERROR 22003'),
('nps', 'score 2147483647', 'nps(2147483647)', 'ERROR 22003'),
('nps', 'score -2147483648', 'nps(-2147483648)', 'ERROR 22003'),
('csat(integer)', 'score 0', 'csat(0)', 'ERROR 22003'),
('csat(integer)', 'score 6', 'csat(6)', 'ERROR 22003'),
('csat(integer)', 'NULL', 'csat(NULL::int)', 'NULL'),
('csat(boolean)', 'NULL', 'csat(NULL::boolean)', 'NULL'),
-- {true, NULL, false}: 1 of 2, 50
('csat(boolean)', 'NULL row skipped', '(SELECT csat(b) FROM (VALUES (true), (NULL), (false)) v(b))', '50'),
('fcr_rate(integer)', 'contacts 0', 'fcr_rate(0)', 'ERROR 22003'),
('fcr_rate(integer)', 'contacts -5', 'fcr_rate(-5)', 'ERROR 22003'),
-- 2147483647 contacts is a ticket, just not a first-contact fix: 0 of 1
('fcr_rate(integer)', 'contacts 2147483647', 'fcr_rate(2147483647)', '0'),
('fcr_rate(boolean)', 'NULL', 'fcr_rate(NULL::boolean)', 'NULL'),
('ces', 'score 0', 'ces(0)', 'ERROR 22003'),
('ces', 'score 8', 'ces(8)', 'ERROR 22003'),
('ces', 'empty group', '(SELECT ces(s) FROM (VALUES (7)) v(s) WHERE false)', 'NULL');

-- Durations.  Negative ones are 22003 (the sign of the whole interval
-- counts: 1 day - 25 hours is -1 hour); enormous ones are summed exactly
-- in int128 and only a mean that no interval can hold is an error (22008).
-- 178,000,000 years is near the largest interval PostgreSQL accepts.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('avg_handle_time(handle)', '-1 s', 'avg_handle_time(''-1 s''::interval)', 'ERROR 22003'),
('avg_handle_time(handle)', '1 day -25 hours', 'avg_handle_time(''1 day -25 hours''::interval)', 'ERROR 22003'),
-- -1 month + 31 days = -30 days + 31 days = 1 day = 24 hours (pg_regress
-- prints intervals in the postgres_verbose style)
('avg_handle_time(handle)', '-1 mon +31 days', 'avg_handle_time(''-1 mon +31 days''::interval)', '@ 24 hours'),
-- 100,000 years * 365.25 days * 24 h = 876,600,000 hours, within range
('avg_handle_time(handle)', '100000 years', 'avg_handle_time(''100000 years''::interval)', '@ 876600000 hours'),
('avg_handle_time(handle)', '178000000 years', 'avg_handle_time(''178000000 years''::interval)', 'ERROR 22008'),
('avg_handle_time(handle)', 'NULL', 'avg_handle_time(NULL::interval)', 'NULL'),
('avg_handle_time(talk, hold, acw)', 'negative hold', 'avg_handle_time(''1 min'', ''-1 s'', ''1 min'')', 'ERROR 22003'),
('avg_handle_time(talk, hold, acw)', 'NULL part', 'avg_handle_time(''1 min'', NULL, ''1 min'')', 'NULL'),
-- three parts of 178,000,000 years: the sum is exact, the mean too large
('avg_handle_time(talk, hold, acw)', '3 x 178000000 years', 'avg_handle_time(''178000000 years'', ''178000000 years'', ''178000000 years'')', 'ERROR 22008'),
('utilization', 'negative busy', 'utilization(''-1 s'', ''8 h'')', 'ERROR 22003'),
('utilization', 'negative scheduled', 'utilization(''1 h'', ''-8 h'')', 'ERROR 22003'),
-- equal enormous sums: 100 * x / x = 100, exactly
('utilization', '178000000 years each', 'utilization(''178000000 years'', ''178000000 years'')', '100'),
('utilization', 'nothing scheduled', 'utilization(''1 h'', ''0'')', 'NULL'),
-- overtime is not clamped: 100 * 10 h / 8 h = 125
('utilization', 'busy beyond scheduled', 'utilization(''10 h'', ''8 h'')', '125'),
('occupancy', 'negative idle', 'occupancy(''1 h'', ''-1 s'')', 'ERROR 22003'),
-- 100 * x / (x + x) = 50
('occupancy', '178000000 years each', 'occupancy(''178000000 years'', ''178000000 years'')', '50'),
('occupancy', 'no on-queue time', 'occupancy(''0'', ''0'')', 'NULL'),
('service_level', 'negative wait', 'service_level(''-1 s'', ''20 s'')', 'ERROR 22003'),
('service_level', 'negative threshold', 'service_level(''1 s'', ''-20 s'')', 'ERROR 22003'),
-- a threshold must fit in 2^63 microseconds (about 292,000 years)
('service_level', 'threshold 178000000 years', 'service_level(''1 s'', ''178000000 years'')', 'ERROR 22003'),
('service_level', 'threshold 20 s then 30 s', '(SELECT service_level(w, t) FROM (VALUES (''1 s''::interval, ''20 s''::interval), (''1 s'', ''30 s'')) v(w, t))', 'ERROR 22023'),
-- the row with a NULL threshold is skipped: 1 of 1 within 20 s
('service_level', 'NULL threshold row skipped', '(SELECT service_level(w, t) FROM (VALUES (''1 s''::interval, ''20 s''::interval), (''1 s'', NULL)) v(w, t))', '100'),
-- a wait of 178,000,000 years is not within 20 s: 0 of 1
('service_level', 'wait 178000000 years', 'service_level(''178000000 years'', ''20 s'')', '0'),
('service_level(wait, abandoned, threshold)', 'NULL abandoned', 'service_level(''1 s'', NULL, ''20 s'')', 'NULL'),
('service_level(wait, abandoned, threshold)', 'threshold 20 s then 30 s', '(SELECT service_level(w, false, t) FROM (VALUES (''1 s''::interval, ''20 s''::interval), (''1 s'', ''30 s'')) v(w, t))', 'ERROR 22023'),
('avg_speed_of_answer', 'negative wait', 'avg_speed_of_answer(''-1 s'', false)', 'ERROR 22003'),
('avg_speed_of_answer', 'negative wait, abandoned', 'avg_speed_of_answer(''-1 s'', true)', 'ERROR 22003'),
('avg_speed_of_answer', 'only abandons', 'avg_speed_of_answer(''10 s'', true)', 'NULL'),
('avg_speed_of_answer', 'wait 178000000 years', 'avg_speed_of_answer(''178000000 years'', false)', 'ERROR 22008'),
('abandonment_rate', 'NULL', 'abandonment_rate(NULL::boolean)', 'NULL'),
('abandonment_rate(abandoned, wait, short)', 'negative wait', 'abandonment_rate(true, ''-1 s'', ''5 s'')', 'ERROR 22003'),
('abandonment_rate(abandoned, wait, short)', 'negative short_abandon', 'abandonment_rate(true, ''1 s'', ''-5 s'')', 'ERROR 22003'),
('abandonment_rate(abandoned, wait, short)', 'short_abandon 178000000 years', 'abandonment_rate(true, ''1 s'', ''178000000 years'')', 'ERROR 22003'),
('abandonment_rate(abandoned, wait, short)', 'short_abandon 5 s then 10 s', '(SELECT abandonment_rate(true, w, s) FROM (VALUES (''1 s''::interval, ''5 s''::interval), (''1 s'', ''10 s'')) v(w, s))', 'ERROR 22023'),
-- the only contact is a short abandon, left out of both counts: NULL
('abandonment_rate(abandoned, wait, short)', 'only a short abandon', 'abandonment_rate(true, ''1 s'', ''5 s'')', 'NULL');

-- State literals: truncated, trailing garbage, fields of another KPI,
-- negative, beyond bigint or int128, NaN and Infinity, and the rules
-- between fields.  All 22P02.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('nps_state', 'empty', '''''::nps_state', 'ERROR 22P02'),
('nps_state', 'truncated', '''(promoters=1,passives=2''::nps_state', 'ERROR 22P02'),
('nps_state', 'trailing garbage', '''(promoters=1,passives=2,detractors=3)x''::nps_state', 'ERROR 22P02'),
('nps_state', 'NaN', '''(promoters=NaN,passives=2,detractors=3)''::nps_state', 'ERROR 22P02'),
('nps_state', 'Infinity', '''(promoters=Infinity,passives=2,detractors=3)''::nps_state', 'ERROR 22P02'),
('nps_state', 'exponent', '''(promoters=1e3,passives=2,detractors=3)''::nps_state', 'ERROR 22P02'),
('nps_state', '2^63', '''(promoters=9223372036854775808,passives=0,detractors=0)''::nps_state', 'ERROR 22P02'),
('csat_state', 'fcr_state fields', '''(resolved_first=1,tickets=2)''::csat_state', 'ERROR 22P02'),
('csat_state', 'satisfied > responses', '''(satisfied=3,responses=2)''::csat_state', 'ERROR 22P02'),
('fcr_state', 'negative', '''(resolved_first=-1,tickets=2)''::fcr_state', 'ERROR 22P02'),
-- 2 answers score between 2 and 14 in all
('ces_state', 'score_sum 15 for 2 answers', '''(responses=2,score_sum=15)''::ces_state', 'ERROR 22P02'),
('aht_state', 'handle_us 2^127', '''(contacts=1,handle_us=170141183460469231731687303715884105728)''::aht_state', 'ERROR 22P02'),
('aht_state', 'time without contacts', '''(contacts=0,handle_us=1)''::aht_state', 'ERROR 22P02'),
('utilization_state', 'negative busy', '''(busy_us=-1,scheduled_us=0)''::utilization_state', 'ERROR 22P02'),
('occupancy_state', 'truncated', '''(handle_us=1,''::occupancy_state', 'ERROR 22P02'),
('service_level_state', 'threshold -2', '''(threshold_us=-2,answered=0,answered_within=0,abandoned_after=0)''::service_level_state', 'ERROR 22P02'),
('service_level_state', 'counts without threshold', '''(threshold_us=-1,answered=1,answered_within=0,abandoned_after=0)''::service_level_state', 'ERROR 22P02'),
('asa_state', 'wait without answers', '''(answered=0,wait_us=1)''::asa_state', 'ERROR 22P02'),
('abandonment_state', 'abandoned > offered', '''(short_abandon_us=0,offered=1,abandoned=2,short_abandoned=0)''::abandonment_state', 'ERROR 22P02');

-- Merging and removing states.  States of different KPIs are different
-- types, so mixing them finds no function (42883); thresholds that differ
-- are 22023; sums that overflow 22003; taking out of a state what it does
-- not hold is 22003 (a count below zero) or 22023 (counts that no longer
-- fit together), never a state whose KPI is a wrong number.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('nps_state_combine', 'a csat_state', 'nps_state_combine(''(promoters=1,passives=0,detractors=0)'', ''(satisfied=1,responses=1)''::csat_state)', 'ERROR 42883'),
('service_level_state_combine', 'thresholds 20 s and 30 s', 'service_level_state_combine(''(threshold_us=20000000,answered=1,answered_within=1,abandoned_after=0)'', ''(threshold_us=30000000,answered=1,answered_within=1,abandoned_after=0)'')', 'ERROR 22023'),
('nps_state_combine', 'promoters 2^63 - 1 + 1', 'nps_state_combine(''(promoters=9223372036854775807,passives=0,detractors=0)'', ''(promoters=1,passives=0,detractors=0)'')', 'ERROR 22003'),
('aht_state_combine', 'handle_us 2^127 - 1 + 1', 'aht_state_combine(''(contacts=1,handle_us=170141183460469231731687303715884105727)'', ''(contacts=1,handle_us=1)'')', 'ERROR 22003'),
-- (2, 3) - (1, 1) = (1, 2): a valid subtraction
('csat_state_subtract', 'a part of it', 'csat_state_subtract(''(satisfied=2,responses=3)'', ''(satisfied=1,responses=1)'')', '(satisfied=1,responses=2)'),
-- (2, 3) - (0, 2) = (2, 1): 2 satisfied of 1 answer, a CSAT of 200
('csat_state_subtract', 'more answers than satisfied ones', 'csat_state_subtract(''(satisfied=2,responses=3)'', ''(satisfied=0,responses=2)'')', 'ERROR 22023'),
('nps_state_subtract', 'more than it holds', 'nps_state_subtract(''(promoters=1,passives=0,detractors=0)'', ''(promoters=2,passives=0,detractors=0)'')', 'ERROR 22003'),
-- (20 s, 2, 2, 0) - (20 s, 1, 0, 0) = 2 within of 1 answered
('service_level_state_subtract', 'answered within > answered', 'service_level_state_subtract(''(threshold_us=20000000,answered=2,answered_within=2,abandoned_after=0)'', ''(threshold_us=20000000,answered=1,answered_within=0,abandoned_after=0)'')', 'ERROR 22023'),
-- (0, 2, 1, 0) - (0, 2, 0, 0) = 1 abandon of 0 offered
('abandonment_state_subtract', 'abandoned > offered', 'abandonment_state_subtract(''(short_abandon_us=0,offered=2,abandoned=1,short_abandoned=0)'', ''(short_abandon_us=0,offered=2,abandoned=0,short_abandoned=0)'')', 'ERROR 22023'),
-- (1, 1) minus a score-2 answer = 1 satisfied of 0 answers
('csat_score_retract', 'an answer it does not hold', 'csat_score_retract(''(satisfied=1,responses=1)'', 2)', 'ERROR 22023'),
('fcr_flag_retract', 'a ticket it does not hold', 'fcr_flag_retract(''(resolved_first=1,tickets=1)'', false)', 'ERROR 22023'),
-- (2, 14) minus a score of 1 = (1, 13): one answer cannot score 13
('ces_retract', 'an answer it does not hold', 'ces_retract(''(responses=2,score_sum=14)'', 1)', 'ERROR 22023'),
-- (1, 5 s) minus a 0 s contact = 5 s of handle time over no contact
('aht_retract', 'a contact it does not hold', 'aht_retract(''(contacts=1,handle_us=5000000)'', ''0'')', 'ERROR 22023'),
('asa_retract', 'an answer it does not hold', 'asa_retract(''(answered=1,wait_us=5000000)'', ''0'', false)', 'ERROR 22023'),
('nps_retract', 'from an empty state', 'nps_retract(''(promoters=0,passives=0,detractors=0)'', 10)', 'ERROR 22003');

-- Binary input of the state types: big-endian int8 fields, int128 fields
-- as a high and a low int8.  Too few bytes is PostgreSQL's 08P01 from the
-- message reader; bytes left over, or values the text input would refuse,
-- are 22P03.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('nps_state', 'binary (3, 2, 1)', 'binary_input(''nps_state'', int8send(3) || int8send(2) || int8send(1))', '(promoters=3,passives=2,detractors=1)'),
('nps_state', 'binary, 16 of 24 bytes', 'binary_input(''nps_state'', int8send(3) || int8send(2))', 'ERROR 08P01'),
('nps_state', 'binary, 32 bytes', 'binary_input(''nps_state'', int8send(3) || int8send(2) || int8send(1) || int8send(0))', 'ERROR 22P03'),
('nps_state', 'binary, negative', 'binary_input(''nps_state'', int8send(-3) || int8send(2) || int8send(1))', 'ERROR 22P03'),
('csat_state', 'binary, satisfied > responses', 'binary_input(''csat_state'', int8send(5) || int8send(3))', 'ERROR 22P03'),
('ces_state', 'binary, score_sum 0 for 1 answer', 'binary_input(''ces_state'', int8send(1) || int8send(0))', 'ERROR 22P03'),
-- contacts 1, handle_us = 0 * 2^64 + 5000000
('aht_state', 'binary (1, 5 s)', 'binary_input(''aht_state'', int8send(1) || int8send(0) || int8send(5000000))', '(contacts=1,handle_us=5000000)'),
-- high -1, low -1 (all bits set) is -1 microsecond
('aht_state', 'binary, handle_us -1', 'binary_input(''aht_state'', int8send(1) || int8send(-1) || int8send(-1))', 'ERROR 22P03'),
('aht_state', 'binary, int128 cut in half', 'binary_input(''aht_state'', int8send(1) || int8send(0))', 'ERROR 08P01'),
('utilization_state', 'binary, negative scheduled', 'binary_input(''utilization_state'', int8send(0) || int8send(1) || int8send(-1) || int8send(0))', 'ERROR 22P03'),
('occupancy_state', 'binary, 8 bytes', 'binary_input(''occupancy_state'', int8send(0))', 'ERROR 08P01'),
('service_level_state', 'binary, threshold -2', 'binary_input(''service_level_state'', int8send(-2) || int8send(0) || int8send(0) || int8send(0))', 'ERROR 22P03'),
('asa_state', 'binary, wait without answers', 'binary_input(''asa_state'', int8send(0) || int8send(0) || int8send(7))', 'ERROR 22P03'),
('abandonment_state', 'binary, short > abandoned', 'binary_input(''abandonment_state'', int8send(0) || int8send(3) || int8send(1) || int8send(2))', 'ERROR 22P03');

-- kpi_target literals: truncated, trailing garbage, unknown or mixed
-- units, NaN, Infinity, numbers and durations out of range, a warning on
-- the wrong side.  All 22P02.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('kpi_target', 'empty', '''''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'blank', '''   ''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'comparator only', '''>=''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'no comparator', '''7''::kpi_target', 'ERROR 22P02'),
('kpi_target', '=> 7', '''=> 7''::kpi_target', 'ERROR 22P02'),
('kpi_target', '>> 7', '''>> 7''::kpi_target', 'ERROR 22P02'),
('kpi_target', '<> 7', '''<> 7''::kpi_target', 'ERROR 22P02'),
('kpi_target', '> = 7', '''> = 7''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'trailing garbage', '''> 7 x''::kpi_target', 'ERROR 22P02'),
-- interval input would skip the comma and read a bare 7 as seconds
('kpi_target', 'trailing comma', '''> 7,''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'duration with a stray sign', '''< 1 min >''::kpi_target', 'ERROR 22P02'),
('kpi_target', '80%%', '''>= 80%%''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'warn without threshold', '''>= 80% warn''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'two warnings', '''>= 80% warn 70% warn 60%''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'number goal, percent warning', '''> 7 warn 5%''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'duration goal, number warning', '''< 1 min warn 90''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'unknown unit', '''< 5 parsecs''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'NaN', '''> nan''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'NaN percent', '''> NaN%''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'Infinity', '''> infinity''::kpi_target', 'ERROR 22P02'),
('kpi_target', '-Infinity', '''< -Infinity''::kpi_target', 'ERROR 22P02'),
('kpi_target', '1e400', '''> 1e400''::kpi_target', 'ERROR 22P02'),
-- 1e-400 would round to 0, which would make "> 1e-400" mean "> 0"
('kpi_target', '1e-400', '''> 1e-400''::kpi_target', 'ERROR 22P02'),
-- 1e-310 is a denormal double: kept, as float8 input keeps it
('kpi_target', '1e-310', '''> 1e-310''::kpi_target', '> 1e-310'),
('kpi_target', 'negative duration', '''< -1 min''::kpi_target', 'ERROR 22P02'),
-- 300,000 years is about 9.47e18 microseconds, beyond 2^63 - 1 = 9.22e18
('kpi_target', 'duration beyond 2^63 us', '''< 300000 years''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'warning on the better side', '''>= 80% warn 90%''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'warning equal to the goal', '''> 7 warn 7''::kpi_target', 'ERROR 22P02'),
('kpi_target', 'spacing and case free', '''>=80%WARN 70%''::kpi_target', '>= 80% warn 70%'),
-- ISO 8601: 1 minute 30 seconds
('kpi_target', 'ISO 8601 duration', '''< PT1M30S''::kpi_target', '< 1 min 30 s');

-- kpi_target binary input: comparator, unit and warning-flag bytes
-- (comparator >= 0, > 1, <= 2, < 3; unit number 0, percent 1, duration 2),
-- then goal and warning as float8, or int8 microseconds for durations.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('kpi_target', 'binary >= 80% warn 70%', 'binary_input(''kpi_target'', ''\x000101''::bytea || float8send(80) || float8send(70))', '>= 80% warn 70%'),
-- < 60,000,000 us = 1 min
('kpi_target', 'binary < 1 min', 'binary_input(''kpi_target'', ''\x030200''::bytea || int8send(60000000) || int8send(0))', '< 1 min'),
('kpi_target', 'binary, comparator 7', 'binary_input(''kpi_target'', ''\x070000''::bytea || float8send(7) || float8send(0))', 'ERROR 22P03'),
('kpi_target', 'binary, unit 9', 'binary_input(''kpi_target'', ''\x000900''::bytea || float8send(7) || float8send(0))', 'ERROR 22P03'),
('kpi_target', 'binary, warning flag 2', 'binary_input(''kpi_target'', ''\x000002''::bytea || float8send(7) || float8send(5))', 'ERROR 22P03'),
('kpi_target', 'binary, NaN goal', 'binary_input(''kpi_target'', ''\x000000''::bytea || float8send(''NaN'') || float8send(0))', 'ERROR 22P03'),
('kpi_target', 'binary, Infinity goal', 'binary_input(''kpi_target'', ''\x000000''::bytea || float8send(''Infinity'') || float8send(0))', 'ERROR 22P03'),
('kpi_target', 'binary, negative duration', 'binary_input(''kpi_target'', ''\x030200''::bytea || int8send(-1) || int8send(0))', 'ERROR 22P03'),
('kpi_target', 'binary, warning on the better side', 'binary_input(''kpi_target'', ''\x000101''::bytea || float8send(80) || float8send(90))', 'ERROR 22P03'),
('kpi_target', 'binary, warning stored without flag', 'binary_input(''kpi_target'', ''\x000100''::bytea || float8send(80) || float8send(70))', 'ERROR 22P03'),
('kpi_target', 'binary, 11 of 19 bytes', 'binary_input(''kpi_target'', ''\x000100''::bytea || float8send(80))', 'ERROR 08P01'),
('kpi_target', 'binary, 20 bytes', 'binary_input(''kpi_target'', ''\x000100''::bytea || float8send(80) || float8send(0) || ''\x00''::bytea)', 'ERROR 22P03');

-- Evaluating values against targets: strict (NULL in, NULL out); NaN is
-- not a value (22023); the wrong overload for the unit is 22023; infinite
-- values compare as the largest and smallest numbers; results out of range
-- are errors.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('kpi_status', 'NULL value', 'kpi_status(NULL::float8, ''> 7'')', 'NULL'),
('kpi_status', 'NULL target', 'kpi_status(5.0, NULL)', 'NULL'),
('kpi_status', 'NaN', 'kpi_status(''NaN''::float8, ''> 7'')', 'ERROR 22023'),
('kpi_met', 'NaN', 'kpi_met(''NaN''::float8, ''< 7'')', 'ERROR 22023'),
('kpi_attainment', 'NaN', 'kpi_attainment(''NaN''::float8, ''>= 80%'')', 'ERROR 22023'),
('kpi_gap', 'NaN', 'kpi_gap(''NaN''::float8, ''> 7'')', 'ERROR 22023'),
-- 1e-320 is below the goal 1e-310: not met
('kpi_status', 'denormal value below a denormal goal', 'kpi_status(1e-320, ''> 1e-310'')', 'missed'),
('kpi_status', 'Infinity, higher is better', 'kpi_status(''Infinity''::float8, ''> 7'')', 'met'),
('kpi_status', '-Infinity, with warning', 'kpi_status(''-Infinity''::float8, ''> 7 warn 5'')', 'missed'),
('kpi_status', 'number for a duration target', 'kpi_status(5.0, ''< 1 min'')', 'ERROR 22023'),
('kpi_status', 'interval for a number target', 'kpi_status(''1 min''::interval, ''> 7'')', 'ERROR 22023'),
('kpi_gap', 'interval for a percent target', 'kpi_gap(''1 min''::interval, ''>= 80%'')', 'ERROR 22023'),
-- lower is better: 100 * goal / value = 100 * 5 / 0, no percent
('kpi_attainment', 'value 0, lower is better', 'kpi_attainment(0, ''< 5%'')', 'NULL'),
-- higher is better: 100 * value / goal = 100 * 50 / 0, no percent
('kpi_attainment', 'goal 0, higher is better', 'kpi_attainment(50, ''>= 0'')', 'NULL'),
-- 100 * 5 / Infinity = 0
('kpi_attainment', 'Infinity, lower is better', 'kpi_attainment(''Infinity''::float8, ''< 5'')', '0'),
-- 1e308 - (-1e308) = 2e308, beyond double precision
('kpi_gap', 'beyond double precision', 'kpi_gap(1e308, ''< -1e308'')', 'ERROR 22003'),
-- 178,000,000 years - 1 min is beyond 2^63 microseconds
('kpi_gap', 'beyond interval', 'kpi_gap(''178000000 years''::interval, ''< 1 min'')', 'ERROR 22008'),
('kpi_goal', 'NULL', 'kpi_goal(NULL)', 'NULL'),
('kpi_warning', 'no warning threshold', 'kpi_warning(''> 7'')', 'NULL');

-- Issue 17, outside review.  Means are rounded half up from the quotient
-- and the remainder, so no intermediate wraps near 2^127: q = total / n,
-- r = total % n, mean = q + (r >= n - n/2).
INSERT INTO matrix (subject, input, expression, expected) VALUES
-- (2^127 - 1) / 2 = 2^126 - 1 remainder 1 >= 1: 2^126 > 2^63 - 1
('kpi_value', 'aht mean 2^126', 'kpi_value(''(contacts=2,handle_us=170141183460469231731687303715884105727)''::aht_state)', 'ERROR 22008'),
-- (2^127 - 1) / 3 = 5.67e37 > 2^63 - 1
('kpi_value', 'aht mean 5.67e37', 'kpi_value(''(contacts=3,handle_us=170141183460469231731687303715884105727)''::aht_state)', 'ERROR 22008'),
('kpi_value', 'asa mean 2^126', 'kpi_value(''(answered=2,wait_us=170141183460469231731687303715884105727)''::asa_state)', 'ERROR 22008'),
-- merged: contacts 1 + 1 = 2, handle (2^127 - 2) + 1 = 2^127 - 1, as above
('avg_handle_time', 'merged states, mean 2^126', '(SELECT avg_handle_time(s) FROM (VALUES (''(contacts=1,handle_us=170141183460469231731687303715884105726)''::aht_state), (''(contacts=1,handle_us=1)'')) v(s))', 'ERROR 22008'),
('avg_speed_of_answer', 'merged states, mean 2^126', '(SELECT avg_speed_of_answer(s) FROM (VALUES (''(answered=1,wait_us=170141183460469231731687303715884105726)''::asa_state), (''(answered=1,wait_us=1)'')) v(s))', 'ERROR 22008'),
-- n = 2^62, total = 2^62 * (2^63 - 1) = 2^125 - 2^62: the mean is exactly
-- 2^63 - 1 us, the longest interval, 2562047788 hours 54.775807 s
('kpi_value', 'aht mean 2^63 - 1 exactly', 'kpi_value(''(contacts=4611686018427387904,handle_us=42535295865117307928310139910543638528)''::aht_state)', '@ 2562047788 hours 54.775807 secs'),
-- ... plus 2^61 - 1: r = 2^61 - 1 < n - n/2 = 2^61, still 2^63 - 1
('kpi_value', 'aht mean 2^63 - 1 + (2^61 - 1)/2^62', 'kpi_value(''(contacts=4611686018427387904,handle_us=42535295865117307930615982919757332479)''::aht_state)', '@ 2562047788 hours 54.775807 secs'),
-- ... plus 2^61: r = 2^61 = n/2 rounds up to 2^63, one beyond an interval
('kpi_value', 'aht mean 2^63 - 1 + 1/2', 'kpi_value(''(contacts=4611686018427387904,handle_us=42535295865117307930615982919757332480)''::aht_state)', 'ERROR 22008'),
-- small rounding: 3 / 2 = 1 r 1 >= 1 -> 2 us; 4 / 3 = 1 r 1 < 2 -> 1 us;
-- 5 / 3 = 1 r 2 >= 2 -> 2 us
('kpi_value', 'aht 3 us / 2', 'kpi_value(''(contacts=2,handle_us=3)''::aht_state)', '@ 0.000002 secs'),
('kpi_value', 'aht 4 us / 3', 'kpi_value(''(contacts=3,handle_us=4)''::aht_state)', '@ 0.000001 secs'),
('kpi_value', 'asa 5 us / 3', 'kpi_value(''(answered=3,wait_us=5)''::asa_state)', '@ 0.000002 secs'),
-- occupancy of a valid state whose handle + idle exceeds int128:
-- (2^127 - 1) / (2^128 - 2) = 1/2 -> 50, not an overflow error
('kpi_value', 'occupancy, both sums 2^127 - 1', 'kpi_value(''(handle_us=170141183460469231731687303715884105727,idle_us=170141183460469231731687303715884105727)''::occupancy_state)', '50'),
('occupancy', 'merged states beyond int128', '(SELECT occupancy(s) FROM (VALUES (''(handle_us=170141183460469231731687303715884105727,idle_us=0)''::occupancy_state), (''(handle_us=0,idle_us=170141183460469231731687303715884105727)'')) v(s))', '50');

-- Issue 17: duration targets compare exact microseconds.  300 years is
-- 300 * 365.25 * 86400 s = 9,467,280,000,000,000 us, beyond 2^53, where
-- doubles cannot tell it from 1 us more or less.
INSERT INTO matrix (subject, input, expression, expected) VALUES
('kpi_met', '300 years - 1 us < 300 years', 'kpi_met(''300 years''::interval - ''1 microsecond'', ''< 300 years'')', 'true'),
('kpi_met', '300 years + 1 us <= 300 years', 'kpi_met(''300 years''::interval + ''1 microsecond'', ''<= 300 years'')', 'false'),
('kpi_met', '300 years <= 300 years', 'kpi_met(''300 years''::interval, ''<= 300 years'')', 'true'),
('kpi_status', '300 years < 300 years warn 300 years 1 us', 'kpi_status(''300 years''::interval, ''< 300 years warn 300 years 1 microsecond'')', 'at_risk'),
('kpi_status', '300 years + 2 us, warn 300 years 1 us', 'kpi_status(''300 years''::interval + ''2 microseconds'', ''< 300 years warn 300 years 1 microsecond'')', 'missed'),
('kpi_status', '300 years + 1 us >= 300 years', 'kpi_status(''300 years''::interval + ''1 microsecond'', ''>= 300 years'')', 'met'),
-- goal / value = 9467280000000000 / 9467280000000001 < 1 but rounds to 1
-- in double: not met, so the largest double below 100
('kpi_attainment', '300 years + 1 us <= 300 years', 'kpi_attainment(''300 years''::interval + ''1 microsecond'', ''<= 300 years'')', '99.99999999999999'),
-- met with <: the smallest double above 100
('kpi_attainment', '300 years - 1 us < 300 years', 'kpi_attainment(''300 years''::interval - ''1 microsecond'', ''< 300 years'')', '100.00000000000001'),
-- on the goal with <: 100, and not met
('kpi_attainment', '300 years < 300 years', 'kpi_attainment(''300 years''::interval, ''< 300 years'')', '100'),
('kpi_gap', '300 years + 1 us - 300 years', 'kpi_gap(''300 years''::interval + ''1 microsecond'', ''<= 300 years'')', '@ 0.000001 secs');

-- Issue 17: attainment for every sign of the goal (see sql/target.sql for
-- the formulas); Infinity behaves alike in every target function, as in
-- float8 arithmetic; numbers of any length are read as float8 input reads
-- them.
INSERT INTO matrix (subject, input, expression, expected) VALUES
-- higher is better, goal < 0: 100 * (2 - value / goal)
-- -5 beats -10: 100 * (2 - 0.5) = 150
('kpi_attainment', '-5 against > -10', 'kpi_attainment(-5, ''> -10'')', '150'),
-- -20 misses -10: 100 * (2 - 2) = 0
('kpi_attainment', '-20 against > -10', 'kpi_attainment(-20, ''> -10'')', '0'),
('kpi_status', '-20 against > -10', 'kpi_status(-20, ''> -10'')', 'missed'),
-- Infinity - 5 = Infinity, as float8 subtraction gives
('kpi_gap', 'Infinity against > 5', 'kpi_gap(''Infinity''::float8, ''> 5'')', 'Infinity'),
('kpi_gap', '-Infinity against > 5', 'kpi_gap(''-Infinity''::float8, ''> 5'')', '-Infinity'),
('kpi_attainment', 'Infinity against > 5', 'kpi_attainment(''Infinity''::float8, ''> 5'')', 'Infinity'),
('kpi_attainment', '-Infinity against > -5', 'kpi_attainment(''-Infinity''::float8, ''> -5'')', '-Infinity'),
('kpi_met', 'Infinity against > 5', 'kpi_met(''Infinity''::float8, ''> 5'')', 'true'),
-- finite values whose percent overflows: 100 * 1e308 / 1e-10
('kpi_attainment', '1e308 against > 1e-10', 'kpi_attainment(1e308, ''> 1e-10'')', 'ERROR 22003'),
-- 64 and 400 digits: what float8 input makes of them
('kpi_target', '64 ones', '(''> '' || repeat(''1'', 64))::kpi_target::text = ''> '' || repeat(''1'', 64)::float8::text', 'true'),
('kpi_target', '0. and 100 threes', '(''> 0.'' || repeat(''3'', 100))::kpi_target::text = ''> '' || (''0.'' || repeat(''3'', 100))::float8::text', 'true'),
('kpi_target', '80. and 80 zeros %', '(''>= 80.'' || repeat(''0'', 80) || ''%'')::kpi_target', '>= 80%'),
('kpi_target', '64 ones warn 65 ones', '(''< '' || repeat(''1'', 64) || '' warn '' || repeat(''1'', 65))::kpi_target::text = ''< '' || repeat(''1'', 64)::float8::text || '' warn '' || repeat(''1'', 65)::float8::text', 'true'),
('kpi_target', '400 nines', '(''> '' || repeat(''9'', 400))::kpi_target', 'ERROR 22P02'),
-- durations of any length, as interval input reads them: 300 blanks
-- inside "1 min" are still one minute; a fraction of 300 digits is not
-- an interval either
('kpi_target', '1, 300 blanks, min', '(''< 1'' || repeat('' '', 300) || ''min'')::kpi_target', '< 1 min'),
('kpi_target', 'fraction of 300 digits', '(''< 00:01:00.'' || repeat(''0'', 300))::kpi_target', 'ERROR 22P02');

-- The matrix (binary_input's first DROP TABLE IF EXISTS would add a notice).
SET client_min_messages = warning;
SELECT subject, input, expected, outcome(expression) AS outcome
FROM matrix ORDER BY id;

-- Every case gave the outcome worked out for it.
SELECT subject, input, expected, outcome(expression) AS outcome
FROM matrix
WHERE outcome(expression) IS DISTINCT FROM expected
ORDER BY id;

RESET client_min_messages;

DROP TABLE matrix;
DROP FUNCTION outcome(text);
DROP FUNCTION binary_input(regtype, bytea);
