--
-- input_types: nps, csat(score), fcr_rate(contacts), ces and their _state
-- aggregates over smallint, bigint and numeric, as warehouses store scores
-- and counts.  They give what the integer forms give (same states, same
-- windows, same parallel results), check the value itself (no wrap through
-- a cast to integer), accept numeric only when it is a whole number, and
-- the new overloads make no call ambiguous that resolved before.
--

-- Scores and counts in every type: the same values in each column.
CREATE DOMAIN typed_small_score AS smallint;
CREATE DOMAIN typed_big_score AS bigint;
CREATE TABLE typed_answers (
  s2 smallint, s4 integer, s8 bigint, sn numeric,
  d2 typed_small_score, d8 typed_big_score
);
INSERT INTO typed_answers
SELECT v, v, v, v, v, v FROM (VALUES (9), (NULL)) t(v);

------------------------------------------------------------------------
-- Which aggregate a call resolves to.
------------------------------------------------------------------------

-- The aggregate a call in a SELECT over typed_answers resolves to (what the
-- view made of it depends on), or the error that the call raises.
CREATE FUNCTION typed_resolves_to(call text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  chosen text;
  message text;
BEGIN
  EXECUTE format('CREATE TEMP VIEW typed_probe AS SELECT %s AS v FROM typed_answers', call);
  SELECT string_agg(DISTINCT d.refobjid::regprocedure::text, ', ') INTO chosen
  FROM pg_depend d
  JOIN pg_proc p ON p.oid = d.refobjid AND p.prokind = 'a'
  WHERE d.classid = 'pg_rewrite'::regclass
    AND d.objid = (SELECT oid FROM pg_rewrite WHERE ev_class = 'typed_probe'::regclass)
    AND d.refclassid = 'pg_proc'::regclass;
  DROP VIEW typed_probe;
  RETURN chosen;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS message = MESSAGE_TEXT;
  RETURN 'ERROR ' || SQLSTATE || ': ' || message;
END
$$;

-- Before this change only integer forms existed, and the one type that an
-- implicit cast turns into integer is smallint: so every argument type
-- that resolved then has an exact overload now (smallint's is needed: with
-- bigint and numeric overloads, a smallint would match three by implicit
-- casts and fail as "not unique").
SELECT castsource::regtype AS implicitly_integer
FROM pg_cast
WHERE casttarget = 'integer'::regtype AND castcontext = 'i';

-- Columns, domains and literals of every type pick their own overload;
-- 9 is an integer literal, 9.0 numeric, 3000000000 bigint.
SELECT call, typed_resolves_to(call) AS resolves_to
FROM (VALUES ('nps(s2)'), ('nps(s4)'), ('nps(s8)'), ('nps(sn)'),
             ('nps(d2)'), ('nps(d8)'),
             ('nps(9)'), ('nps(9.0)'), ('nps(3000000000)'), ('nps(NULL::bigint)'),
             ('nps(s2 + s2)'), ('nps(s8 - 1)'),
             ('csat(s2)'), ('csat(s4)'), ('csat(s8)'), ('csat(sn)'), ('csat(s4 >= 4)'),
             ('fcr_rate(s2)'), ('fcr_rate(s4)'), ('fcr_rate(s8)'), ('fcr_rate(sn)'),
             ('fcr_rate(s4 = 1)'),
             ('ces(s2)'), ('ces(s4)'), ('ces(s8)'), ('ces(sn)'),
             ('nps_state(s2)'), ('nps_state(s8)'), ('nps_state(sn)'),
             ('csat_state(s8)'), ('fcr_state(s8)'), ('ces_state(sn)')) c(call);

-- Untyped literals and NULL: they were "not unique" before these overloads
-- (nps(integer) and nps(nps_state) were both candidates) and still are,
-- exactly like PostgreSQL's own avg(); a VALUES column of NULLs is text,
-- for which neither nps nor avg exists.  A NULL in an integer column is an
-- integer and resolves.
SELECT call, typed_resolves_to(call) AS resolves_to
FROM (VALUES ('nps(NULL)'), ('avg(NULL)'),
             ('nps(''9'')'), ('avg(''9'')'),
             ('csat(NULL)'), ('fcr_rate(''1'')'), ('ces(NULL)'),
             ('(SELECT nps(x) FROM (VALUES (NULL)) v(x))'),
             ('(SELECT avg(x) FROM (VALUES (NULL)) v(x))'),
             ('(SELECT nps(x) FROM (VALUES (9), (NULL)) v(x))'),
             ('(SELECT nps(x) FROM (VALUES (NULL::bigint)) v(x))'),
             -- double precision is not taken: it would have to be rounded
             ('nps(9::double precision)'), ('nps(9::real)')) c(call);

-- Statement parameters, as drivers bind them: typed ones resolve (int8 for
-- Java's setLong, numeric for setBigDecimal); an untyped one is as
-- ambiguous as before.
PREPARE typed_long(bigint) AS SELECT nps($1);
PREPARE typed_decimal(numeric) AS SELECT nps($1);
-- 9: one promoter -> 100; 9.0 too; 6: one detractor -> -100
EXECUTE typed_long(9);
EXECUTE typed_decimal(9.0);
EXECUTE typed_decimal(6);
PREPARE typed_untyped AS SELECT nps($1);
DEALLOCATE typed_long;
DEALLOCATE typed_decimal;

------------------------------------------------------------------------
-- Values, worked out by hand: the same vectors as the integer tests.
------------------------------------------------------------------------

-- NPS, 10 answers: promoters 10, 10, 9; passives 8, 7; detractors 6, 5,
-- 3, 0, 0.  100 * (3 - 5) / 10 = -20 in every type; numeric written as
-- 10.0, 9.00 and 1e1 is still 10, 9 and 10.
SELECT nps(v::smallint) AS smallint_nps, nps(v::integer) AS integer_nps,
       nps(v::bigint) AS bigint_nps, nps(v::numeric) AS numeric_nps
FROM (VALUES (10), (10), (9), (8), (7), (6), (5), (3), (0), (0)) t(v);
SELECT nps(v) FROM (VALUES (10.0), (1e1), (9.00), (8), (7), (6), (5), (3), (0), (0)) t(v);

-- CSAT, answers 5, 4, 3, 2, 1, 4, NULL: satisfied 5, 4, 4 (3) of 6
-- answers (the NULL is skipped) -> 100 * 3 / 6 = 50
SELECT csat(v::smallint) AS smallint_csat, csat(v::integer) AS integer_csat,
       csat(v::bigint) AS bigint_csat, csat(v::numeric) AS numeric_csat
FROM (VALUES (5), (4), (3), (2), (1), (4), (NULL)) t(v);

-- FCR, contacts 1, 1, 2, 5: two of four tickets took one contact -> 50.
-- 3000000000 contacts is a count (not 1), valid only as bigint or
-- numeric: {1, 3000000000} -> 100 * 1 / 2 = 50.
SELECT fcr_rate(v::smallint) AS smallint_fcr, fcr_rate(v::integer) AS integer_fcr,
       fcr_rate(v::bigint) AS bigint_fcr, fcr_rate(v::numeric) AS numeric_fcr
FROM (VALUES (1), (1), (2), (5)) t(v);
SELECT fcr_rate(v) AS bigint_fcr, fcr_rate(v::numeric) AS numeric_fcr
FROM (VALUES (1), (3000000000)) t(v);
-- the largest bigint, as bigint and as numeric: one ticket, not first contact -> 0
SELECT fcr_rate(9223372036854775807) AS bigint_max,
       fcr_rate(9223372036854775807::numeric) AS numeric_bigint_max;

-- CES, 7, 6, 2 (7.000 in numeric): (7 + 6 + 2) / 3 = 5
SELECT ces(v::smallint) AS smallint_ces, ces(v::integer) AS integer_ces,
       ces(v::bigint) AS bigint_ces, ces(v::numeric) AS numeric_ces
FROM (VALUES (7), (6), (2)) t(v);
SELECT ces(v) FROM (VALUES (7.000), (6), (2)) t(v);

-- No rows and only NULLs: NULL, in every type.
SELECT nps(s8) AS no_rows_bigint, nps(sn) AS no_rows_numeric
FROM typed_answers WHERE false;
SELECT nps(v::bigint) AS nulls_bigint, ces(v::numeric) AS nulls_numeric,
       csat(v::smallint) AS nulls_smallint, fcr_rate(v::bigint) AS nulls_fcr
FROM (VALUES (NULL::integer), (NULL)) t(v);

-- Numeric zero has no sign: '-0' and -0.0 are the score 0, a detractor;
-- {-0, -0.0, 10} -> 100 * (1 - 2) / 3 = -33.33...
SELECT nps(v) FROM (VALUES ('-0'::numeric), (-0.0), (10)) t(v);

-- The state aggregates give the state the integer form gives, field by
-- field: NPS vector above -> (promoters=3, passives=2, detractors=5).
SELECT nps_state(v::integer) AS integer_state,
       nps_state(v::bigint)::text = nps_state(v::integer)::text AS bigint_same,
       nps_state(v::smallint)::text = nps_state(v::integer)::text AS smallint_same,
       nps_state(v::numeric)::text = nps_state(v::integer)::text AS numeric_same
FROM (VALUES (10), (10), (9), (8), (7), (6), (5), (3), (0), (0)) t(v);
-- csat {5, 4, 3}: satisfied 2 of 3; fcr {1, 2}: 1 of 2 tickets;
-- ces {7, 6, 2}: 3 answers summing to 15, squares 49 + 36 + 4 = 89
SELECT (SELECT csat_state(v::bigint) FROM (VALUES (5), (4), (3)) t(v)) AS csat_bigint,
       (SELECT csat_state(v::numeric) FROM (VALUES (5), (4), (3)) t(v)) AS csat_numeric,
       (SELECT fcr_state(v::bigint) FROM (VALUES (1), (2)) t(v)) AS fcr_bigint,
       (SELECT fcr_state(v::smallint) FROM (VALUES (1), (2)) t(v)) AS fcr_smallint,
       (SELECT ces_state(v::numeric) FROM (VALUES (7), (6), (2)) t(v)) AS ces_numeric,
       (SELECT ces_state(v::bigint) FROM (VALUES (7), (6), (2)) t(v)) AS ces_bigint;

-- The transition functions called directly (a fresh state, not in place).
-- 9 into an empty state: one promoter.
SELECT nps_int8_accum('(promoters=0,passives=0,detractors=0)', 9) AS int8_accum,
       nps_numeric_accum('(promoters=0,passives=0,detractors=0)', 9.0) AS numeric_accum,
       nps_int2_accum('(promoters=0,passives=0,detractors=0)', 9::smallint) AS int2_accum;
-- 3 out of (1, 0, 2): one detractor fewer -> (1, 0, 1)
SELECT nps_int8_retract('(promoters=1,passives=0,detractors=2)', 3) AS int8_retract,
       nps_numeric_retract('(promoters=1,passives=0,detractors=2)', 3.0) AS numeric_retract;
-- csat 4 -> (1, 1); fcr 2 contacts -> (0, 1); ces 6 -> (1, 6, 6^2 = 36)
SELECT csat_score_int8_accum('(satisfied=0,responses=0)', 4) AS csat,
       fcr_contacts_numeric_accum('(resolved_first=0,tickets=0)', 2) AS fcr,
       ces_int2_accum('(responses=0,score_sum=0,score_squares=0)', 6::smallint) AS ces;
-- (1, 6, 36) minus a 6 -> (0, 0, 0); fcr (1, 2) minus a 1 -> (0, 1); csat (2, 3) minus a 5 -> (1, 2)
SELECT ces_int8_retract('(responses=1,score_sum=6,score_squares=36)', 6) AS ces,
       fcr_contacts_int2_retract('(resolved_first=1,tickets=2)', 1::smallint) AS fcr,
       csat_score_numeric_retract('(satisfied=2,responses=3)', 5) AS csat;
-- Removing an answer that is not there is an error, as for integer.
SELECT nps_int8_retract('(promoters=0,passives=0,detractors=0)', 10);

------------------------------------------------------------------------
-- Errors: each outcome with its SQLSTATE, message and DETAIL.
------------------------------------------------------------------------

-- The outcome of one expression: its value as text, or the error it
-- raises as "SQLSTATE: message | DETAIL".
CREATE FUNCTION typed_outcome(expression text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  result text;
  message text;
  detail text;
BEGIN
  EXECUTE 'SELECT (' || expression || ')::text' INTO result;
  RETURN coalesce(result, 'NULL');
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS message = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
  RETURN SQLSTATE || ': ' || message || ' | ' || detail;
END
$$;

CREATE TABLE typed_cases (
  id serial PRIMARY KEY,
  expression text NOT NULL,
  expected text NOT NULL
);
INSERT INTO typed_cases (expression, expected) VALUES
-- bigint outside the scale: 22003 with the full value.  2^32 + 9 would
-- be 9 after a wrap to 32 bits, 2^31 + 9 a negative integer.
('nps(11::bigint)', '22003: nps: score must be between 0 and 10 | Got 11.'),
('nps(4294967305)', '22003: nps: score must be between 0 and 10 | Got 4294967305.'),
('nps(2147483657)', '22003: nps: score must be between 0 and 10 | Got 2147483657.'),
('nps(9223372036854775807)', '22003: nps: score must be between 0 and 10 | Got 9223372036854775807.'),
('nps(''-9223372036854775808''::bigint)', '22003: nps: score must be between 0 and 10 | Got -9223372036854775808.'),
('nps(-1::smallint)', '22003: nps: score must be between 0 and 10 | Got -1.'),
('csat(0::bigint)', '22003: csat: score must be between 1 and 5 | Got 0.'),
('csat(4294967300)', '22003: csat: score must be between 1 and 5 | Got 4294967300.'),
('fcr_rate(0::bigint)', '22003: fcr_rate: contacts must be at least 1 | Got 0.'),
('fcr_rate(-4294967295)', '22003: fcr_rate: contacts must be at least 1 | Got -4294967295.'),
('ces(8::smallint)', '22003: ces: score must be between 1 and 7 | Got 8.'),
('ces(4294967299)', '22003: ces: score must be between 1 and 7 | Got 4294967299.'),
-- the same inside a group with valid rows, and in the state aggregates
('(SELECT nps(v) FROM (VALUES (9::bigint), (4294967305)) t(v))', '22003: nps: score must be between 0 and 10 | Got 4294967305.'),
('(SELECT nps_state(v) FROM (VALUES (9::bigint), (11)) t(v))', '22003: nps: score must be between 0 and 10 | Got 11.'),
('(SELECT ces_state(v) FROM (VALUES (7.0), (0)) t(v))', '22003: ces: score must be between 1 and 7 | Got 0.'),
-- numeric: whole values outside the scale are the same 22003
('nps(11.0)', '22003: nps: score must be between 0 and 10 | Got 11.'),
('csat(6.00)', '22003: csat: score must be between 1 and 5 | Got 6.'),
('fcr_rate(0.0)', '22003: fcr_rate: contacts must be at least 1 | Got 0.'),
('ces(-1.0)', '22003: ces: score must be between 1 and 7 | Got -1.'),
-- numeric fractions and NaN are not scores: 22023, also beyond the scale
('nps(8.5)', '22023: nps: score must be a whole number | Got 8.5.'),
('nps(8.50)', '22023: nps: score must be a whole number | Got 8.50.'),
('nps(10.5)', '22023: nps: score must be a whole number | Got 10.5.'),
('nps(-0.5)', '22023: nps: score must be a whole number | Got -0.5.'),
('nps(9.0000000000000000001)', '22023: nps: score must be a whole number | Got 9.0000000000000000001.'),
('nps(''NaN''::numeric)', '22023: nps: score must be a whole number | Got NaN.'),
('csat(4.5)', '22023: csat: score must be a whole number | Got 4.5.'),
('fcr_rate(1.5)', '22023: fcr_rate: contacts must be a whole number | Got 1.5.'),
('ces(''NaN''::numeric)', '22023: ces: score must be a whole number | Got NaN.'),
('(SELECT csat_state(v) FROM (VALUES (4.0), (4.5)) t(v))', '22023: csat: score must be a whole number | Got 4.5.'),
-- numeric infinities and whole values beyond bigint: 22003 with the value
('nps(''Infinity''::numeric)', '22003: nps: score is out of range for bigint | Got Infinity.'),
('nps(''-Infinity''::numeric)', '22003: nps: score is out of range for bigint | Got -Infinity.'),
('nps(1e30)', '22003: nps: score is out of range for bigint | Got 1000000000000000000000000000000.'),
('fcr_rate(''Infinity''::numeric)', '22003: fcr_rate: contacts is out of range for bigint | Got Infinity.'),
('fcr_rate(9223372036854775808)', '22003: fcr_rate: contacts is out of range for bigint | Got 9223372036854775808.'),
('fcr_rate(-9223372036854775809)', '22003: fcr_rate: contacts is out of range for bigint | Got -9223372036854775809.'),
-- the bigint limits themselves are read exactly: 2^63 - 1 contacts is a
-- ticket that was not resolved at first contact (0%); -2^63 is below 1
('fcr_rate(9223372036854775807.000)', '0'),
('fcr_rate(-9223372036854775808.0)', '22003: fcr_rate: contacts must be at least 1 | Got -9223372036854775808.'),
-- 2^31 is beyond integer but within bigint: the slow path, still exact
('nps(2147483648.0)', '22003: nps: score must be between 0 and 10 | Got 2147483648.'),
('fcr_rate(2147483648.0)', '0');

SELECT id, expression, typed_outcome(expression) AS outcome,
       typed_outcome(expression) = expected AS as_expected
FROM typed_cases ORDER BY id;

------------------------------------------------------------------------
-- Windows: moving frames use the new inverse transitions, and every frame
-- gives what the integer form gives.
------------------------------------------------------------------------

-- By hand, scores 10, 0, 9, NULL, 7 over the current and previous row:
-- {10} -> 100; {10, 0} -> 0; {0, 9} -> 0; {9, NULL} -> 100; {NULL, 7} -> 0
SELECT i, score,
       nps(score::bigint) OVER w AS bigint_nps,
       nps(score::numeric) OVER w AS numeric_nps
FROM (VALUES (1, 10), (2, 0), (3, 9), (4, NULL), (5, 7)) v(i, score)
WINDOW w AS (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
ORDER BY i;

-- 600 tickets with NULLs, as integer, smallint, bigint and numeric.
CREATE TABLE typed_tickets AS
SELECT id, nps_score, csat_score, ces_score, contacts,
       nps_score::smallint AS nps2, nps_score::bigint AS nps8, nps_score::numeric AS npsn,
       csat_score::smallint AS csat2, csat_score::bigint AS csat8, (csat_score || '.0')::numeric AS csatn,
       ces_score::smallint AS ces2, ces_score::bigint AS ces8, ces_score::numeric AS cesn,
       contacts::smallint AS contacts2, contacts::bigint AS contacts8, contacts::numeric AS contactsn
FROM regress_tickets(600);
-- some NULLs in every integer column, so that frames skip them
UPDATE typed_tickets SET contacts = NULL, contacts2 = NULL, contacts8 = NULL, contactsn = NULL
WHERE id % 17 = 0;
UPDATE typed_tickets SET ces_score = NULL, ces2 = NULL, ces8 = NULL, cesn = NULL
WHERE id % 13 = 0;

-- Sliding ROWS and RANGE frames (the executor retracts rows leaving the
-- frame): the frames that differ from the integer form's, and the frames
-- that have a value (so that the comparison is not NULL against NULL).
SELECT count(*) FILTER (WHERE n2 IS DISTINCT FROM n4 OR n8 IS DISTINCT FROM n4 OR nn IS DISTINCT FROM n4
                           OR c2 IS DISTINCT FROM c4 OR c8 IS DISTINCT FROM c4 OR cn IS DISTINCT FROM c4
                           OR e2 IS DISTINCT FROM e4 OR e8 IS DISTINCT FROM e4 OR en IS DISTINCT FROM e4
                           OR f2 IS DISTINCT FROM f4 OR f8 IS DISTINCT FROM f4 OR fn IS DISTINCT FROM f4
                           OR s8 IS DISTINCT FROM s4 OR sn IS DISTINCT FROM s4) AS differing_frames,
       count(n4) AS nps_frames, count(c4) AS csat_frames, count(e4) AS ces_frames,
       count(f4) AS fcr_frames, count(*) AS rows
FROM (SELECT nps(nps_score) OVER w AS n4, nps(nps2) OVER w AS n2, nps(nps8) OVER w AS n8, nps(npsn) OVER w AS nn,
             csat(csat_score) OVER w AS c4, csat(csat2) OVER w AS c2, csat(csat8) OVER w AS c8, csat(csatn) OVER w AS cn,
             ces(ces_score) OVER w AS e4, ces(ces2) OVER w AS e2, ces(ces8) OVER w AS e8, ces(cesn) OVER w AS en,
             fcr_rate(contacts) OVER w AS f4, fcr_rate(contacts2) OVER w AS f2, fcr_rate(contacts8) OVER w AS f8,
             fcr_rate(contactsn) OVER w AS fn,
             (nps_state(nps_score) OVER w)::text AS s4, (nps_state(nps8) OVER w)::text AS s8,
             (nps_state(npsn) OVER w)::text AS sn
      FROM typed_tickets
      WINDOW w AS (ORDER BY id ROWS BETWEEN 5 PRECEDING AND 2 FOLLOWING)) f;
SELECT count(*) FILTER (WHERE n8 IS DISTINCT FROM n4 OR nn IS DISTINCT FROM n4
                           OR e8 IS DISTINCT FROM e4 OR en IS DISTINCT FROM e4
                           OR f8 IS DISTINCT FROM f4 OR fn IS DISTINCT FROM f4) AS differing_frames,
       count(n4) AS nps_frames, count(e4) AS ces_frames, count(f4) AS fcr_frames
FROM (SELECT nps(nps_score) OVER w AS n4, nps(nps8) OVER w AS n8, nps(npsn) OVER w AS nn,
             ces(ces_score) OVER w AS e4, ces(ces8) OVER w AS e8, ces(cesn) OVER w AS en,
             fcr_rate(contacts) OVER w AS f4, fcr_rate(contacts8) OVER w AS f8,
             fcr_rate(contactsn) OVER w AS fn
      FROM typed_tickets
      WINDOW w AS (ORDER BY id / 4 RANGE BETWEEN 3 PRECEDING AND CURRENT ROW)) f;

------------------------------------------------------------------------
-- Parallel plans: Partial Aggregate in the workers, combined in the
-- leader, bit for bit the serial result and the integer form's.
------------------------------------------------------------------------

CREATE TABLE typed_parallel AS
SELECT id, id % 5 AS team, nps_score, csat_score, ces_score, contacts,
       nps_score::bigint AS nps8, nps_score::numeric AS npsn, nps_score::smallint AS nps2,
       csat_score::bigint AS csat8, csat_score::numeric AS csatn,
       ces_score::bigint AS ces8, ces_score::numeric AS cesn,
       contacts::bigint AS contacts8, contacts::numeric AS contactsn
FROM regress_tickets(50000);
ANALYZE typed_parallel;

CREATE VIEW typed_kpis AS
SELECT team,
       nps(nps8) AS nps8, nps(npsn) AS npsn, nps(nps2) AS nps2, nps(nps_score) AS nps4,
       csat(csat8) AS csat8, csat(csatn) AS csatn, csat(csat_score) AS csat4,
       ces(ces8) AS ces8, ces(cesn) AS cesn, ces(ces_score) AS ces4,
       fcr_rate(contacts8) AS fcr8, fcr_rate(contactsn) AS fcrn, fcr_rate(contacts) AS fcr4,
       nps_state(nps8)::text AS nps_state8, nps_state(nps_score)::text AS nps_state4,
       ces_state(cesn)::text AS ces_staten, ces_state(ces_score)::text AS ces_state4
FROM typed_parallel GROUP BY team;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE typed_serial AS SELECT * FROM typed_kpis;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;
SET max_parallel_workers_per_gather = 2;

EXPLAIN (COSTS OFF) SELECT * FROM typed_kpis;
EXPLAIN (COSTS OFF)
SELECT nps(nps8), nps(npsn), csat(csat8), ces(cesn), fcr_rate(contacts8),
       nps_state(nps2)
FROM typed_parallel;

-- parallel equals serial, row for row (5 teams) ...
SELECT (SELECT count(*) FROM typed_kpis) AS rows,
       (SELECT count(*) FROM (TABLE typed_kpis EXCEPT TABLE typed_serial) d) AS differing;
-- ... and every type gives the integer form's value, which is not NULL
SELECT count(*) FILTER (WHERE nps8 IS DISTINCT FROM nps4 OR npsn IS DISTINCT FROM nps4
                           OR nps2 IS DISTINCT FROM nps4
                           OR csat8 IS DISTINCT FROM csat4 OR csatn IS DISTINCT FROM csat4
                           OR ces8 IS DISTINCT FROM ces4 OR cesn IS DISTINCT FROM ces4
                           OR fcr8 IS DISTINCT FROM fcr4 OR fcrn IS DISTINCT FROM fcr4
                           OR nps_state8 IS DISTINCT FROM nps_state4
                           OR ces_staten IS DISTINCT FROM ces_state4) AS differing_from_integer,
       count(*) FILTER (WHERE num_nulls(nps4, csat4, ces4, fcr4) > 0) AS with_nulls
FROM typed_kpis;

RESET ALL;

------------------------------------------------------------------------
-- Rollups: states from bigint and numeric columns merge into the KPI over
-- the raw rows, and equal the integer form's states.
------------------------------------------------------------------------

-- By hand: day 1 {10, 0}, day 2 {9, 9, 7} as bigint -> states (1, 0, 1)
-- and (2, 1, 0); merged (3, 1, 1) -> 100 * (3 - 1) / 5 = 40.
SELECT nps(s) AS from_states, nps_state(s) AS merged
FROM (SELECT day, nps_state(score) AS s
      FROM (VALUES (1, 10::bigint), (1, 0), (2, 9), (2, 9), (2, 7)) v(day, score)
      GROUP BY day) d;

CREATE TABLE typed_daily AS
SELECT team, id % 7 AS day,
       nps_state(nps8) AS nps8, nps_state(npsn) AS npsn, nps_state(nps_score) AS nps4,
       csat_state(csatn) AS csatn, csat_state(csat_score) AS csat4,
       fcr_state(contacts8) AS fcr8, fcr_state(contacts) AS fcr4,
       ces_state(ces8) AS ces8, ces_state(ces_score) AS ces4
FROM typed_parallel GROUP BY team, id % 7;

-- the daily states of every type equal the integer form's
SELECT count(*) AS days,
       count(*) FILTER (WHERE nps8::text <> nps4::text OR npsn::text <> nps4::text
                           OR csatn::text <> csat4::text OR fcr8::text <> fcr4::text
                           OR ces8::text <> ces4::text) AS differing_states
FROM typed_daily;

-- the KPIs of the merged daily states equal the KPIs over the raw rows
SELECT count(*) AS teams,
       count(*) FILTER (WHERE r.nps IS DISTINCT FROM s.nps OR r.csat IS DISTINCT FROM s.csat
                           OR r.fcr IS DISTINCT FROM s.fcr OR r.ces IS DISTINCT FROM s.ces) AS differing
FROM (SELECT team, nps(nps8) AS nps, csat(csatn) AS csat, fcr_rate(contacts8) AS fcr, ces(ces8) AS ces
      FROM typed_parallel GROUP BY team) r
JOIN (SELECT team, nps(npsn) AS nps, csat(csatn) AS csat, fcr_rate(fcr8) AS fcr, ces(ces8) AS ces
      FROM typed_daily GROUP BY team) s USING (team);
