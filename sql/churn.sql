--
-- churn: churn_rate and retention_rate over timestamptz and date customers,
-- every boundary of the period worked out by hand, time zones at month
-- boundaries, the state type, and the errors.
--
-- A customer is active at t when active_from <= t < active_until (NULL:
-- still a customer).  For the period [L, U): base = active at L; churned =
-- of the base, not active at U (L < active_until <= U); new = started in
-- (L, U) and active at least one instant, in neither count.
--
SET timezone = 'UTC';

-- One customer per boundary case, period January 2024 UTC:
-- L = 2024-01-01 00:00, U = 2024-02-01 00:00.
CREATE TABLE boundary (label text, active_from timestamptz, active_until timestamptz);
INSERT INTO boundary VALUES
  ('a started exactly at L, never left', '2024-01-01 00:00', NULL),                    -- base
  ('b left exactly at L',                '2023-06-01',       '2024-01-01 00:00'),      -- nowhere: not active at L
  ('c left exactly at U',                '2023-06-01',       '2024-02-01 00:00'),      -- base, churned
  ('d started and left inside',          '2024-01-10',       '2024-01-20'),            -- new
  ('e started before, never left',       '2022-01-01',       NULL),                    -- base
  ('f left 1 us after L',                '2023-01-01',       '2024-01-01 00:00:00.000001'), -- base, churned
  ('g left 1 us after U',                '2023-01-01',       '2024-02-01 00:00:00.000001'), -- base (retained)
  ('h started exactly at U',             '2024-02-01 00:00', NULL),                    -- nowhere: next period
  ('i started 1 us before U',            '2024-01-31 23:59:59.999999', NULL),          -- new
  ('j started 1 us after L',             '2024-01-01 00:00:00.000001', NULL),          -- new
  ('k zero length inside',               '2024-01-15',       '2024-01-15'),            -- nowhere: never active
  ('l NULL active_from',                 NULL,               '2024-01-15'),            -- skipped
  ('m -infinity to infinity',            '-infinity',        'infinity'),              -- base
  ('n -infinity, left inside',           '-infinity',        '2024-01-15'),            -- base, churned
  ('o starts at infinity',               'infinity',         NULL),                    -- nowhere
  ('p left before the period',           '2023-01-01',       '2023-12-31');            -- nowhere

-- Each customer alone, as its state's counts.
SELECT label,
       kpi_counts(churn_state(active_from, active_until,
                              tstzrange('2024-01-01', '2024-02-01'))) - 'period_from_us' - 'period_until_us' AS counts
FROM boundary GROUP BY label ORDER BY label;

-- All together: base = a c e f g m n = 7, churned = c f n = 3, new = d i j = 3.
-- churn_rate = 100 * 3 / 7 = 42.857142857142854
-- retention_rate = 100 * (7 - 3) / 7 = 57.142857142857146
-- The period is stored as microseconds since 1970: 2024-01-01 is 19723
-- days after 1970-01-01, 19723 * 86400 * 10^6 = 1704067200000000, and
-- 2024-02-01 is 31 days later, 1706745600000000.
SELECT churn_rate(active_from, active_until, tstzrange('2024-01-01', '2024-02-01')),
       retention_rate(active_from, active_until, tstzrange('2024-01-01', '2024-02-01')),
       churn_state(active_from, active_until, tstzrange('2024-01-01', '2024-02-01'))
FROM boundary;

-- The monthly report of the issue as one query, December 2023 to March
-- 2024 (UTC months).  Active at each month's start:
--   Dec: b c e f g m n p = 8 (a starts exactly at Jan 1, the end: it is
--        January's base, not December's new); gone by Jan 1: b (until =
--        Jan 1, the end) and p (Dec 31) -> 100 * 2 / 8 = 25
--   Jan: 7 of which 3 churned, as above -> 42.857142857142854
--   Feb: active at Feb 1: a e g h i j m = 7 (c left at Feb 1); g leaves at
--        Feb 1 + 1 us -> 1 churned -> 14.285714285714286
--   Mar: a e h i j m = 6, none churned -> 0
SELECT m::date AS month,
       churn_rate(active_from, active_until, tstzrange(m, m + interval '1 month')),
       retention_rate(active_from, active_until, tstzrange(m, m + interval '1 month')),
       kpi_counts(churn_state(active_from, active_until, tstzrange(m, m + interval '1 month'))) - 'period_from_us' - 'period_until_us' AS counts
FROM boundary, generate_series(timestamptz '2023-12-01', '2024-03-01', '1 month') m
GROUP BY m ORDER BY m;

-- A period given with other bounds is the same set of instants: timestamps
-- are whole microseconds, so (L - 1 us, U - 1 us] is [L, U) and gives the
-- identical state; [L, U - 1 us] too.
SELECT churn_state(active_from, active_until, '("2023-12-31 23:59:59.999999","2024-01-31 23:59:59.999999"]'::tstzrange)::text
       = churn_state(active_from, active_until, '[2024-01-01,2024-02-01)'::tstzrange)::text AS left_open_same,
       churn_state(active_from, active_until, '[2024-01-01,"2024-01-31 23:59:59.999999"]'::tstzrange)::text
       = churn_state(active_from, active_until, '[2024-01-01,2024-02-01)'::tstzrange)::text AS closed_same
FROM boundary;
-- ... and with (L, U]: the span is [L + 1 us, U + 1 us).  a and j started
-- at or before L + 1 us: base.  f left at L + 1 us: not in the base.  g
-- left at U + 1 us: churned now; h started at U: new.
-- base = a c e g j m n = 7, churned = c g n = 3, new = d h i = 3.
SELECT kpi_counts(churn_state(active_from, active_until, '(2024-01-01,2024-02-01]'::tstzrange))
FROM boundary;

-- The same cases with dates, period January 2024 as [2024-01-01,2024-01-31]
-- (daterange makes it [2024-01-01,2024-02-01)).  active_until is the first
-- day no longer a customer.
CREATE TABLE date_boundary (label text, active_from date, active_until date);
INSERT INTO date_boundary VALUES
  ('a started on the first day',     '2024-01-01', NULL),          -- base
  ('b left on the first day',        '2023-06-01', '2024-01-01'),  -- nowhere
  ('c last day Jan 31',              '2023-06-01', '2024-02-01'),  -- base, churned
  ('d started and left inside',      '2024-01-10', '2024-01-20'),  -- new
  ('e never left',                   '2022-01-01', NULL),          -- base
  ('f last day Jan 1',               '2023-01-01', '2024-01-02'),  -- base, churned
  ('g last day Feb 1',               '2023-01-01', '2024-02-02'),  -- base
  ('h started Feb 1',                '2024-02-01', NULL),          -- nowhere
  ('i started Jan 31',               '2024-01-31', NULL),          -- new
  ('k zero length',                  '2024-01-15', '2024-01-15'),  -- nowhere
  ('l NULL active_from',             NULL,         NULL),          -- skipped
  ('m -infinity to infinity',        '-infinity',  'infinity'),    -- base
  ('o starts at infinity',           'infinity',   'infinity');    -- nowhere
-- base = a c e f g m = 6, churned = c f = 2, new = d i = 2.
-- churn_rate = 100 * 2 / 6 = 33.333333333333336
-- retention_rate = 100 * 4 / 6 = 66.66666666666667
-- The state is the one the timestamptz form stores for January in UTC.
SELECT churn_rate(active_from, active_until, '[2024-01-01,2024-01-31]'::daterange),
       retention_rate(active_from, active_until, '[2024-01-01,2024-01-31]'::daterange),
       churn_state(active_from, active_until, '[2024-01-01,2024-01-31]'::daterange),
       churn_state(active_from, active_until, '(2023-12-31,2024-02-01)'::daterange)::text
       = churn_state(active_from, active_until, '[2024-01-01,2024-02-01)'::daterange)::text AS same_period
FROM date_boundary;

-- Time zones.  Months built in a non-UTC session are that zone's months:
-- January 2024 in New York is [Jan 1 05:00 UTC, Feb 1 05:00 UTC), March
-- (DST from March 10) is [Mar 1 05:00 UTC, Apr 1 04:00 UTC).
CREATE TABLE tz_customers (id int, active_from timestamptz, active_until timestamptz);
INSERT INTO tz_customers VALUES
  (1, '2023-12-01 00:00+00', NULL),
  (2, '2023-12-01 00:00+00', '2024-03-01 03:00+00'),        -- Feb 29 22:00 EST
  (3, '2023-12-01 00:00+00', '2024-04-01 03:30+00'),        -- Mar 31 23:30 EDT
  (4, '2023-12-01 00:00+00', '2024-02-01 04:59:59.999999+00'), -- Jan 31 23:59:59.999999 EST
  (5, '2023-12-01 00:00+00', '2024-02-01 05:00+00');        -- Feb 1 00:00 EST
-- New York months:
--   Jan: base 1-5; 4 and 5 (until <= Feb 1 05:00 UTC) churned -> 2/5 = 40
--   Feb: base 1 2 3 (5 left exactly at L); 2 churned -> 1/3 = 33.333333333333336
--   Mar: base 1 3; 3 (03:30 UTC <= Apr 1 04:00 UTC) churned -> 1/2 = 50
--   Apr: base 1 -> 0
SET timezone = 'America/New_York';
SELECT m, churn_rate(active_from, active_until, tstzrange(m, m + interval '1 month')),
       kpi_counts(churn_state(active_from, active_until, tstzrange(m, m + interval '1 month')))
FROM tz_customers, generate_series(timestamptz '2024-01-01', '2024-04-01', '1 month') m
GROUP BY m ORDER BY m;
-- UTC months of the same customers:
--   Jan: base 1-5, nobody gone by Feb 1 00:00 UTC -> 0
--   Feb: base 1-5; 4 and 5 churned (Feb 1 04:59 and 05:00 UTC) -> 40
--   Mar: base 1 2 3; 2 churned (Mar 1 03:00 UTC) -> 1/3 = 33.333333333333336
--   Apr: base 1 3; 3 churned (Apr 1 03:30 UTC) -> 50
SET timezone = 'UTC';
SELECT m, churn_rate(active_from, active_until, tstzrange(m, m + interval '1 month'))
FROM tz_customers, generate_series(timestamptz '2024-01-01', '2024-04-01', '1 month') m
GROUP BY m ORDER BY m;

-- Empty groups, all rows skipped, an empty base: NULL.  With only new
-- customers the base is empty too, but the state counts them.
SELECT churn_rate(active_from, active_until, tstzrange('2024-01-01', '2024-02-01')) AS no_rows,
       retention_rate(active_from, active_until, tstzrange('2024-01-01', '2024-02-01')) AS no_rows_retention,
       churn_state(active_from, active_until, tstzrange('2024-01-01', '2024-02-01')) AS empty_state
FROM boundary WHERE false;
SELECT churn_rate(active_from, active_until, NULL::tstzrange) AS null_period,
       churn_rate(NULL::timestamptz, active_until, tstzrange('2024-01-01', '2024-02-01')) AS null_from
FROM boundary;
SELECT churn_rate(active_from, active_until, tstzrange('2024-01-01', '2024-02-01')) AS only_new,
       churn_state(active_from, active_until, tstzrange('2024-01-01', '2024-02-01'))
FROM boundary WHERE label ~ '^[dij] ';

-- Rollups of states: kpi_value, kpi_counts, the merge aggregates; states
-- of different periods do not merge.
SELECT kpi_value(s), kpi_counts(s)
FROM (SELECT churn_state(active_from, active_until, '[2024-01-01,2024-02-01)'::tstzrange) AS s
      FROM boundary) t;
-- Customers split in two halves by label, merged: the same 3 of 7.
SELECT churn_rate(s), retention_rate(s), churn_state(s)
FROM (SELECT label < 'h', churn_state(active_from, active_until, '[2024-01-01,2024-02-01)'::tstzrange) AS s
      FROM boundary GROUP BY 1) halves;
SELECT churn_rate(s)
FROM (SELECT churn_state(active_from, active_until, tstzrange(m, m + interval '1 month')) AS s
      FROM boundary, generate_series(timestamptz '2024-01-01', '2024-02-01', '1 month') m
      GROUP BY m) months;
-- The empty state merges with any period.
SELECT churn_state_combine('(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)',
                           '(period_from_us=1704067200000000,period_until_us=1706745600000000,base=2,churned=1,new=0)');
SELECT churn_state_subtract('(period_from_us=1704067200000000,period_until_us=1706745600000000,base=2,churned=1,new=0)',
                            '(period_from_us=1704067200000000,period_until_us=1706745600000000,base=1,churned=1,new=0)');

-- Errors.
-- A customer who stopped before they started.
SELECT churn_rate(f, u, tstzrange('2024-01-01', '2024-02-01'))
FROM (VALUES (timestamptz '2024-01-05 10:00', timestamptz '2024-01-05 09:59:59')) v(f, u);
SELECT churn_rate(f, u, '[2024-01-01,2024-02-01)'::daterange)
FROM (VALUES (date '2024-01-05', date '2024-01-04')) v(f, u);
SELECT churn_rate(f, u, '[2024-01-01,2024-02-01)'::daterange)
FROM (VALUES (date '2024-01-05', date '-infinity')) v(f, u);
-- Periods that are not bounded, empty, or hold no instant.
SELECT churn_rate(now(), NULL, '[2024-01-01,)'::tstzrange);
SELECT churn_rate(now(), NULL, '(,2024-01-01)'::tstzrange);
SELECT churn_rate(now(), NULL, '[2024-01-01,infinity)'::tstzrange);
SELECT churn_rate(now(), NULL, '[-infinity,2024-01-01)'::tstzrange);
SELECT churn_rate(current_date, NULL, '[2024-01-01,infinity)'::daterange);
SELECT churn_rate(now(), NULL, 'empty'::tstzrange);
SELECT churn_rate(current_date, NULL, 'empty'::daterange);
SELECT churn_rate(now(), NULL, '(2024-01-01,"2024-01-01 00:00:00.000001")'::tstzrange);
-- A period whose end does not fit the state's bigint microseconds.
SELECT churn_rate(now(), NULL, '[2024-01-01,294248-01-01)'::tstzrange);
SELECT churn_rate(current_date, NULL, '[2024-01-01,300000-01-01)'::daterange);
-- Two periods in one group, and states of two periods.
SELECT churn_rate(active_from, active_until, p)
FROM boundary, (VALUES (tstzrange('2024-01-01', '2024-02-01')), (tstzrange('2024-01-01', '2024-03-01'))) v(p);
SELECT churn_state_combine('(period_from_us=1704067200000000,period_until_us=1706745600000000,base=2,churned=1,new=0)',
                           '(period_from_us=1704067200000000,period_until_us=1709251200000000,base=2,churned=1,new=0)');
-- Inconsistent state literals.
SELECT '(period_from_us=1704067200000000,period_until_us=1704067200000000,base=0,churned=0,new=0)'::churn_state;
SELECT '(period_from_us=0,period_until_us=0,base=0,churned=0,new=1)'::churn_state;
SELECT '(period_from_us=1704067200000000,period_until_us=1706745600000000,base=1,churned=2,new=0)'::churn_state;
SELECT '(period_from_us=-210866803200000001,period_until_us=0,base=0,churned=0,new=0)'::churn_state;
SELECT '(period_from_us=-210866803200000000,period_until_us=0,base=0,churned=0,new=0)'::churn_state;
-- Removing what a state does not hold.
SELECT churn_retract('(period_from_us=1704067200000000,period_until_us=1706745600000000,base=1,churned=0,new=0)',
                     '2023-01-01', '2024-01-15', '[2024-01-01,2024-02-01)');
RESET timezone;
-- How sure a churn rate is (review: issue 16 asked for the Wilson interval
-- once the uncertainty functions exist).  1 churned of a base of 4, 95%:
-- z = 1.959964, z^2/n = 3.841459 / 4 = 0.960365, centre
-- (0.25 + 0.480182) / 1.960365 = 0.3724730, half width
-- z / 1.960365 * sqrt(0.25 * 0.75 / 4 + 3.841459 / 64)
-- = 0.999796 * sqrt(0.106898) = 0.3268857: 4.5587 .. 69.9359, and to
-- more digits (Python, statistics.NormalDist) 4.558726 .. 69.935816,
-- the same as csat's Wilson interval on 1 of 4.  '<= 30%' is met with
-- probability Phi((0.30 - 0.25) / sqrt(0.3 * 0.7 / 4)) = Phi(0.218218)
-- = 0.5864.  Against 2 churned of 40: pooled 3/44, SE
-- sqrt(3/44 * 41/44 * (1/4 + 1/40)) = 0.132180, z = 0.2 / 0.132180 = 1.5131,
-- two-sided p = 0.1303.  An empty base gives NULL.
SELECT round(kpi_ci_low(s)::numeric, 4) AS low, round(kpi_ci_high(s)::numeric, 4) AS high,
       kpi_ci_low(s) = kpi_ci_low('(satisfied=1,responses=4)'::csat_state) AS same_as_csat,
       round(kpi_met_probability(s, '<= 30%')::numeric, 4) AS met_30,
       round(kpi_p_value(s, '(period_from_us=1706745600000000,period_until_us=1709251200000000,base=40,churned=2,new=0)')::numeric, 4) AS p_value,
       kpi_ci_low('(period_from_us=0,period_until_us=0,base=0,churned=0,new=0)'::churn_state) AS empty_low
FROM (VALUES ('(period_from_us=1704067200000000,period_until_us=1706745600000000,base=4,churned=1,new=3)'::churn_state)) v(s);

-- Duplicate and overlapping rows (review, issue 29).  The aggregates count
-- rows, not customers: a customer with two rows is two customers.  The
-- recipe of docs/churn.md merges each customer's rows into continuous
-- spans first (range_agg), and this is that query as it prints it.  January
-- 2024; customer 1 changed plans (rows overlap from Jan 10 to 15),
-- customer 2's row is there twice, customer 3 renewed on the day the old
-- row ended (Jan 12), customer 4 left on Jan 5 and came back on Jan 25,
-- customer 5 also has a row with an unknown start, customer 6 was never
-- active (from = until).
-- As rows: base (active on Jan 1) 1a, 2, 2, 3a, 4a, 5 = 6; churned 1a
-- (Jan 15), 2, 2 (Jan 20), 3a (Jan 12), 4a (Jan 5) = 5; new 1b, 3b, 4b =
-- 3; the NULL start and the never-active row count nowhere: churn
-- 100 * 5 / 6 = 83.3333, retention 16.6667.
-- As spans: 1 [2023-06-01,) base; 2 [2023-01-01,2024-01-20) base,
-- churned; 3 [2023-03-01,) base; 4 [2023-05-01,2024-01-05) base, churned,
-- and [2024-01-25,) new; 5 [2023-02-01,) base; 6 an empty range, which
-- range_agg drops: base 5, churned 2, new 1, churn 40, retention 60.
-- Without the recipe's WHERE, 5's NULL start would merge into (,) and
-- drop customer 5 (a NULL active_from is skipped): base 4.
-- The rows and queries of docs/churn.md's recipe:
CREATE TABLE subscriptions (customer_id int, active_from timestamptz, active_until timestamptz);
INSERT INTO subscriptions VALUES
  (1, '2023-06-01', '2024-01-15'), (1, '2024-01-10', NULL),   -- plan change: rows overlap
  (2, '2023-01-01', '2024-01-20'), (2, '2023-01-01', '2024-01-20'),   -- the same row twice
  (3, '2023-03-01', '2024-01-12'), (3, '2024-01-12', NULL),   -- renewed as a new row
  (4, '2023-05-01', '2024-01-05'), (4, '2024-01-25', NULL),   -- left, came back
  (5, '2023-02-01', NULL), (5, NULL, '2023-06-01'),           -- a row without a start
  (6, '2024-01-03', '2024-01-03');                            -- never active

-- as rows: base 6, churned 5, new 3: churn_rate 83.33, retention_rate 16.67
SELECT churn_rate(active_from, active_until, tstzrange('2024-01-01', '2024-02-01'))
FROM subscriptions;

-- one row per customer and continuous span
WITH spans AS (
  SELECT customer_id, unnest(range_agg(tstzrange(active_from, active_until))) AS span
  FROM subscriptions
  WHERE active_from IS NOT NULL
  GROUP BY customer_id)
SELECT churn_rate(lower(span), upper(span), tstzrange('2024-01-01', '2024-02-01')),
       retention_rate(lower(span), upper(span), tstzrange('2024-01-01', '2024-02-01')),
       kpi_counts(churn_state(lower(span), upper(span), tstzrange('2024-01-01', '2024-02-01')))
FROM spans;
-- base 5 (1, 2, 3, 4, 5), churned 2 (2 on Jan 20, 4 on Jan 5), new 1 (4 again on Jan 25):
-- churn_rate 40, retention_rate 60
-- The counts docs/churn.md states for the rows as they are.
SELECT round(retention_rate(active_from, active_until, tstzrange('2024-01-01', '2024-02-01'))::numeric, 4) AS retention_rows,
       kpi_counts(churn_state(active_from, active_until, tstzrange('2024-01-01', '2024-02-01'))) AS counts_rows
FROM subscriptions;
-- The same without the WHERE: customer 5 is lost (base 4, churned 2).
SELECT kpi_counts(churn_state(lower(span), upper(span), tstzrange('2024-01-01', '2024-02-01'))) AS counts_without_where
FROM (SELECT customer_id, unnest(range_agg(tstzrange(active_from, active_until))) AS span
      FROM subscriptions GROUP BY customer_id) spans;
DROP TABLE subscriptions;
