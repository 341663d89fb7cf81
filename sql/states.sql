--
-- states: the aggregate state types' text and binary forms round-trip
-- exactly, and input rejects what no aggregate could have produced.
--

CREATE TABLE states (
  nps nps_state, csat csat_state, fcr fcr_state, ces ces_state,
  aht aht_state, utilization utilization_state, occupancy occupancy_state,
  sl service_level_state, asa asa_state, abandon abandonment_state,
  shrinkage shrinkage_state);

-- Spacing is free on input; output is canonical.  The int128 fields accept
-- up to 2^127 - 1 = 170141183460469231731687303715884105727; a sum of
-- squares that large goes with a sum of at most sqrt(count * 2^127 - 1)
-- and at least sqrt(2^127 - 1) = 13043817825332782212.4 (the rules below):
-- for 2 contacts, 15000000000000000001 (odd like the squares) lies within.
-- CES answers {7, 7}: (2, 14, 98); ASA waits of 1 microsecond: squares = sum.
INSERT INTO states VALUES
  (' ( promoters = 3 , passives=2,detractors=1 ) ',
   '(satisfied=4,responses=5)', '(resolved_first=0,tickets=9)',
   '(responses=2,score_sum=14,score_squares=98)',
   '(contacts=2,handle_us=15000000000000000001,handle_us_squares=170141183460469231731687303715884105727)',
   '(busy_us=1,scheduled_us=0)', '(handle_us=0,idle_us=0)',
   '(threshold_us=20000000,answered=3,answered_within=1,abandoned_after=7)',
   '(answered=9223372036854775807,wait_us=5,wait_us_squares=5)',
   '(short_abandon_us=-1,offered=0,abandoned=0,short_abandoned=0)',
   '(unavailable_us=28800000000,paid_us=0)');
SELECT * FROM states;

-- Text round trip: every column reads back equal to its own output.
SELECT nps::text::nps_state::text = nps::text AS nps,
       aht::text::aht_state::text = aht::text AS aht,
       sl::text::service_level_state::text = sl::text AS sl
FROM states;

-- Binary round trip through COPY, via a file in the data directory (the
-- server's own, so no other user's leftover file can get in the way).
CREATE TABLE states_copy (LIKE states);
DO $$
DECLARE
  path text := current_setting('data_directory') || '/kpi_states_regress.bin';
BEGIN
  EXECUTE format('COPY states TO %L (FORMAT binary)', path);
  EXECUTE format('COPY states_copy FROM %L (FORMAT binary)', path);
END
$$;
SELECT count(*) AS copied,
       count(*) FILTER (WHERE (s.*)::text = (c.*)::text) AS identical
FROM states s, states_copy c;

-- Malformed literals: truncated, trailing garbage, missing or misordered
-- fields, non-integers, negative counts, numbers too large.
SELECT '(promoters=1,passives=2'::nps_state;
SELECT '(promoters=1,passives=2,detractors=3) x'::nps_state;
SELECT '(promoters=1,detractors=3,passives=2)'::nps_state;
SELECT '(promoters=1,passives=2)'::nps_state;
SELECT 'promoters=1,passives=2,detractors=3'::nps_state;
SELECT '(promoters=1.5,passives=2,detractors=3)'::nps_state;
SELECT '(promoters=,passives=2,detractors=3)'::nps_state;
SELECT '(promoters=-1,passives=2,detractors=3)'::nps_state;
SELECT '(promoters=9223372036854775808,passives=0,detractors=0)'::nps_state;
SELECT '(contacts=1,handle_us=1,handle_us_squares=170141183460469231731687303715884105728)'::aht_state;
SELECT ''::nps_state;
-- A state of one KPI is not a state of another.
SELECT '(satisfied=1,responses=2)'::fcr_state;

-- Cross-field rules.
SELECT '(satisfied=3,responses=2)'::csat_state;
SELECT '(resolved_first=3,tickets=2)'::fcr_state;
SELECT '(responses=2,score_sum=15,score_squares=113)'::ces_state;
SELECT '(responses=2,score_sum=1,score_squares=1)'::ces_state;
SELECT '(contacts=0,handle_us=1,handle_us_squares=1)'::aht_state;
SELECT '(answered=0,wait_us=1,wait_us_squares=1)'::asa_state;
-- Sums of squares.  CES {1, 7} = (2, 8, 50) is the most spread two answers
-- summing to 8 can be (50 = 8 * 8 - 7 * 2): 52 is more than any can reach.
SELECT '(responses=2,score_sum=8,score_squares=50)'::ces_state;
SELECT '(responses=2,score_sum=8,score_squares=52)'::ces_state;
-- {4, 4} = (2, 8, 32) is the least spread: 30 would be a negative variance
-- (2 * 30 = 60 < 8^2 = 64); an odd sum of squares with an even sum cannot be
-- (x^2 and x are both odd or both even).
SELECT '(responses=2,score_sum=8,score_squares=32)'::ces_state;
SELECT '(responses=2,score_sum=8,score_squares=30)'::ces_state;
SELECT '(responses=2,score_sum=8,score_squares=33)'::ces_state;
-- Durations: squares without rows; squares above the square of the sum
-- ({0, 4} = (2, 4, 16) is the most spread); below sum^2 / count ({2, 2} =
-- (2, 4, 8) is the least spread); parity.
SELECT '(contacts=0,handle_us=0,handle_us_squares=4)'::aht_state;
SELECT '(contacts=2,handle_us=4,handle_us_squares=16)'::aht_state;
SELECT '(contacts=2,handle_us=4,handle_us_squares=18)'::aht_state;
SELECT '(contacts=2,handle_us=4,handle_us_squares=8)'::aht_state;
SELECT '(contacts=2,handle_us=4,handle_us_squares=6)'::aht_state;
SELECT '(answered=1,wait_us=3,wait_us_squares=8)'::asa_state;
SELECT '(answered=1,wait_us=3,wait_us_squares=9)'::asa_state;
SELECT '(threshold_us=20000000,answered=1,answered_within=2,abandoned_after=0)'::service_level_state;
SELECT '(threshold_us=-1,answered=1,answered_within=0,abandoned_after=0)'::service_level_state;
SELECT '(threshold_us=-2,answered=0,answered_within=0,abandoned_after=0)'::service_level_state;
SELECT '(short_abandon_us=0,offered=1,abandoned=2,short_abandoned=0)'::abandonment_state;
SELECT '(short_abandon_us=0,offered=2,abandoned=1,short_abandoned=2)'::abandonment_state;
SELECT '(short_abandon_us=-1,offered=1,abandoned=0,short_abandoned=0)'::abandonment_state;

-- Binary input is validated the same way.  A COPY binary file holding one
-- csat_state field (16 bytes: two big-endian int64) written by printf:
-- first satisfied = 1, responses = 3, which is fine; then satisfied = -1
-- and satisfied = 5 > responses = 3, which are not.
CREATE TABLE csat_copy (s csat_state);
COPY csat_copy FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\020\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\003\377\377''' (FORMAT binary);
SELECT s FROM csat_copy;
COPY csat_copy FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\020\377\377\377\377\377\377\377\377\000\000\000\000\000\000\000\003\377\377''' (FORMAT binary);
COPY csat_copy FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\020\000\000\000\000\000\000\000\005\000\000\000\000\000\000\000\003\377\377''' (FORMAT binary);
-- A truncated field (8 of 16 bytes) is an error too.
COPY csat_copy FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\010\000\000\000\000\000\000\000\001\377\377''' (FORMAT binary);

-- churn_state: the period bounds are any instant a timestamptz holds, in
-- microseconds since 1970 (negative before it); [0, 0) is the unset
-- period of an empty state.
CREATE TABLE churn_states (s churn_state);
INSERT INTO churn_states VALUES
  (' ( period_from_us = -1 , period_until_us=1,base=3,churned=3,new=9223372036854775807 ) '),
  ('(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)'),
  ('(period_from_us=-210866803200000000,period_until_us=9223372036854775807,base=9223372036854775807,churned=0,new=0)'),
  ('(period_from_us=1704067200000000,period_until_us=1706745600000000,base=7,churned=3,new=3)');
SELECT s, s::text::churn_state::text = s::text AS text_round_trip FROM churn_states;
CREATE TABLE churn_states_copy (LIKE churn_states);
DO $$
DECLARE
  path text := current_setting('data_directory') || '/kpi_churn_states_regress.bin';
BEGIN
  EXECUTE format('COPY churn_states TO %L (FORMAT binary)', path);
  EXECUTE format('COPY churn_states_copy FROM %L (FORMAT binary)', path);
END
$$;
SELECT (SELECT count(*) FROM churn_states_copy) AS copied,
       (SELECT array_agg(s::text ORDER BY s::text) FROM churn_states)
       = (SELECT array_agg(s::text ORDER BY s::text) FROM churn_states_copy) AS identical;
-- Malformed: misordered or missing fields, a period bound beyond bigint,
-- a non-integer.
SELECT '(period_until_us=1,period_from_us=0,base=0,churned=0,new=0)'::churn_state;
SELECT '(period_from_us=0,period_until_us=1,base=0,churned=0)'::churn_state;
SELECT '(period_from_us=0,period_until_us=9223372036854775808,base=0,churned=0,new=0)'::churn_state;
SELECT '(period_from_us=-9223372036854775809,period_until_us=0,base=0,churned=0,new=0)'::churn_state;
SELECT '(period_from_us=0.5,period_until_us=1,base=0,churned=0,new=0)'::churn_state;
-- Cross-field rules: a non-empty period within the timestamptz range,
-- churned customers from the base, no counts without a period.
SELECT '(period_from_us=5,period_until_us=4,base=0,churned=0,new=0)'::churn_state;
SELECT '(period_from_us=-9223372036854775808,period_until_us=0,base=0,churned=0,new=0)'::churn_state;
SELECT '(period_from_us=0,period_until_us=1,base=1,churned=2,new=0)'::churn_state;
SELECT '(period_from_us=0,period_until_us=0,base=1,churned=1,new=0)'::churn_state;
SELECT '(period_from_us=0,period_until_us=1,base=-1,churned=0,new=0)'::churn_state;
-- Binary input is checked the same way: a one-field COPY file of 40 bytes,
-- five big-endian int8: period [0, 1), base 1, churned 2 > base.
COPY churn_states_copy FROM PROGRAM 'printf ''PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\050\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000\002\000\000\000\000\000\000\000\000\377\377''' (FORMAT binary);
