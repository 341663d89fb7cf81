--
-- uncertainty: confidence intervals (kpi_ci_low, kpi_ci_high), the p-value
-- of a change (kpi_p_value) and the probability of meeting a target
-- (kpi_met_probability).  Reference values: KPI-REFERENCE.md "Uncertainty",
-- Student's t and normal tables (NIST/SEMATECH e-Handbook 1.3.6.7.1-2),
-- and the arithmetic written next to each query (z = 1.959964 at 95%).
--
SET extra_float_digits = 0;
SET max_parallel_workers_per_gather = 0;

-- A duration state of n contacts with mean 10 s and standard error exactly
-- 1 s: s^2 / n = 1 s^2, so the squared deviations add up to (n - 1) n s^2
-- and the squares to (n - 1) n + 100 n s^2 (10^12 us^2 per s^2).  Its
-- interval is 10 s -/+ t(df = n - 1), so the quantiles can be read off.
CREATE FUNCTION unit_error_state(n numeric) RETURNS aht_state
LANGUAGE sql IMMUTABLE AS $$
  SELECT format('(contacts=%s,handle_us=%s,handle_us_squares=%s)',
                n, n * 10000000, ((n - 1) * n + 100 * n) * 1000000000000)::aht_state
$$;

-- Student's t quantiles against table values (4 decimals), as
-- kpi_ci_high - 10 s and 10 s - kpi_ci_low; the ends are rounded outwards
-- to the microsecond, which 4 decimals do not see.  For 1 degree of
-- freedom at 95% and 99% the low end stops at 0 s (a duration is never
-- negative), so 10 s - kpi_ci_low shows 10.
SELECT n - 1 AS df, level,
       round(extract(epoch FROM kpi_ci_high(unit_error_state(n), level) - '10 s'), 4) AS t_high,
       round(extract(epoch FROM '10 s' - kpi_ci_low(unit_error_state(n), level)), 4) AS t_low,
       expected
FROM (VALUES (2, 0.95, 12.7062), (2, 0.90, 6.3138), (2, 0.99, 63.6567),
             (3, 0.95, 4.3027), (6, 0.99, 4.0321), (11, 0.95, 2.2281),
             (31, 0.95, 2.0423), (101, 0.95, 1.9840), (1001, 0.95, 1.9623),
             -- beyond 100,000 degrees of freedom the expansion in 1/df
             (200001, 0.95, 1.9600),
             -- with 10^12 contacts t is the normal quantile: 1.9600, 2.5758
             (1000000000000, 0.95, 1.9600), (1000000000000, 0.99, 2.5758))
     v(n, level, expected);
-- z(0.975) = 1.959964 to the microsecond: 10 s - 1.95996398 s = 8.040036 s
-- (floor), 10 s + 1.95996398 s = 11.959964 s (ceiling).
SELECT kpi_ci_low(unit_error_state(1000000000000)),
       kpi_ci_high(unit_error_state(1000000000000));

-- The same data as rows: 5 s .. 15 s (deviations -5..5 from 10 s: squares
-- add up to 2 (1 + 4 + 9 + 16 + 25) = 110; s^2 = 110 / 10 = 11 s^2,
-- SE = sqrt(11 / 11) = 1 s); t(0.975, 10) = 2.228139:
-- 10 - 2.228139 = 7.771861 s, 10 + 2.228139 = 12.228139 s.
SELECT avg_handle_time(h), kpi_ci_low(aht_state(h)), kpi_ci_high(aht_state(h)),
       aht_state(h)::text = unit_error_state(11)::text AS same_state
FROM (SELECT make_interval(secs => s) AS h FROM generate_series(5, 15) s) t;

-- NPS, adjusted Wald.  Detractors 1, passives 2, promoters 3: add 0.75,
-- 1.5, 0.75 -> n' = 9, p' = 3.75 / 9, d' = 1.75 / 9, NPS' = 2 / 9 =
-- 0.222222; var' = p' + d' - NPS'^2 = 5.5 / 9 - 4 / 81 = 0.561728;
-- SE' = sqrt(0.561728 / 9) = 0.249828; 1.959964 * 0.249828 = 0.489654:
-- -26.7433 .. 71.1877 (the NPS is 33.3333).
SELECT nps(s) AS nps, round(kpi_ci_low(nps_state(s))::numeric, 4) AS low,
       round(kpi_ci_high(nps_state(s))::numeric, 4) AS high
FROM (VALUES (0), (7), (8), (9), (10), (10)) v(s);
-- All answers in one category: the plain Wald interval would have zero
-- width; adjusted, 10 promoters give n' = 13, NPS' = 10 / 13 = 0.769231,
-- var' = 11.5 / 13 - (10 / 13)^2 = 0.292899, SE' = 0.150102:
-- 0.769231 - 0.294199 = 47.5036 .. 106.34, clipped to 100.
SELECT round(kpi_ci_low('(promoters=10,passives=0,detractors=0)'::nps_state)::numeric, 4) AS low,
       kpi_ci_high('(promoters=10,passives=0,detractors=0)'::nps_state) AS high;
-- One promoter: n' = 4, NPS' = 0.25, var' = 0.625 - 0.0625 = 0.5625,
-- SE' = 0.375: -48.4986 .. 98.4986; the observed NPS of 100 lies above, so
-- the high end is 100 (the interval always holds the observed NPS).
-- One detractor and one promoter: n' = 5, p' = d' = 1.75 / 5 = 0.35,
-- NPS' = 0, var' = 0.7, SE' = sqrt(0.7 / 5) = 0.374166: -/+ 73.3351.
SELECT round(kpi_ci_low(s)::numeric, 4) AS low, round(kpi_ci_high(s)::numeric, 4) AS high
FROM (VALUES ('(promoters=1,passives=0,detractors=0)'::nps_state),
             ('(promoters=1,passives=0,detractors=1)')) v(s);

-- Wilson score interval.  13 satisfied of 16 at 95% (the reference's test
-- vector): 0.5699 .. 0.9341.  One satisfied of one: 1 / (1 + 1.959964^2) =
-- 20.6549 .. 100.  None of one: 0 .. 79.3451.  One of two: centre 0.5,
-- half-width 1.959964 sqrt(3.841459 + 2) / (2 (2 + 3.841459)) = 0.405469.
SELECT round(kpi_ci_low(s)::numeric, 4) AS low, round(kpi_ci_high(s)::numeric, 4) AS high
FROM (VALUES ('(satisfied=13,responses=16)'::csat_state),
             ('(satisfied=1,responses=1)'), ('(satisfied=0,responses=1)'),
             ('(satisfied=1,responses=2)')) v(s);
-- The other shares use the same interval on their own counts: FCR 13 of
-- 16; service level 13 answered within 20 s of 14 answered + 2 abandoned
-- after it; abandonment (16 offered - 3 short) = 13 counted, 3 of them
-- abandoned after 5 s: 3 of 13, whose complement is 10 of 13.
SELECT round(kpi_ci_low('(resolved_first=13,tickets=16)'::fcr_state)::numeric, 4) AS fcr_low,
       round(kpi_ci_low('(threshold_us=20000000,answered=14,answered_within=13,abandoned_after=2)'::service_level_state)::numeric, 4) AS sl_low,
       round((100 - kpi_ci_high('(short_abandon_us=5000000,offered=16,abandoned=6,short_abandoned=3)'::abandonment_state))::numeric, 4)
         = round(kpi_ci_low('(satisfied=10,responses=13)'::csat_state)::numeric, 4) AS abandonment_mirrors;

-- CES, Student's t.  {1, 3}: mean 2, s^2 = 2, SE = 1, t(0.975, 1) =
-- 12.7062: -10.7 .. 14.7, clipped to the scale 1 .. 7.  {4, 5, 6}: mean 5,
-- s^2 = 1, SE = sqrt(1 / 3) = 0.57735, t(0.975, 2) = 4.302653:
-- 5 -/+ 2.484138 = 2.5159 .. 7.4841, the high end clipped to 7.
-- {5, 5}: s = 0, the interval is the point 5.
SELECT ces(s), round(kpi_ci_low(ces_state(s))::numeric, 4) AS low,
       round(kpi_ci_high(ces_state(s))::numeric, 4) AS high
FROM (VALUES (1, 1), (1, 3), (2, 4), (2, 5), (2, 6), (3, 5), (3, 5)) v(g, s)
GROUP BY g ORDER BY g;

-- ASA: answered waits 10 s, 20 s, 30 s (the abandoned 90 s is left out):
-- mean 20 s, s = 10 s, SE = 10 / sqrt(3) = 5.773503 s, t(0.975, 2) =
-- 4.302653: 20 -/+ 24.841 -> 0 (clipped: a wait is never negative) ..
-- 44.8413771 s, rounded up to the microsecond: 44.841378 s.
SELECT avg_speed_of_answer(w, a), kpi_ci_low(asa_state(w, a)), kpi_ci_high(asa_state(w, a))
FROM (VALUES ('10 s'::interval, false), ('20 s', false), ('30 s', false), ('90 s', true)) v(w, a);

-- Too few observations: no answer at all gives NULL; a share or NPS has an
-- interval from one answer on; a mean needs two.  NULL level: NULL.
SELECT kpi_ci_low('(promoters=0,passives=0,detractors=0)'::nps_state) IS NULL AS nps_empty,
       kpi_ci_high('(satisfied=0,responses=0)'::csat_state) IS NULL AS csat_empty,
       kpi_ci_low('(responses=1,score_sum=4,score_squares=16)'::ces_state) IS NULL AS ces_one,
       kpi_ci_high('(contacts=1,handle_us=5,handle_us_squares=25)'::aht_state) IS NULL AS aht_one,
       kpi_ci_low('(answered=0,wait_us=0,wait_us_squares=0)'::asa_state) IS NULL AS asa_empty,
       kpi_ci_low('(satisfied=1,responses=2)'::csat_state, NULL) IS NULL AS null_level;

-- The level must lie strictly between 0 and 1 (22023).
SELECT kpi_ci_low('(satisfied=1,responses=2)'::csat_state, 0);
SELECT kpi_ci_high('(satisfied=1,responses=2)'::csat_state, 1);
SELECT kpi_ci_low('(promoters=1,passives=0,detractors=0)'::nps_state, 95);
SELECT kpi_ci_low('(responses=2,score_sum=4,score_squares=10)'::ces_state, 'NaN');
SELECT kpi_ci_high('(contacts=2,handle_us=4,handle_us_squares=10)'::aht_state, '-Infinity');
-- Levels near the ends: near 0 the interval shrinks to its centre (the
-- Wilson centre of 1 of 2 is 0.5; a mean's is the mean); near 1 it grows
-- to the whole scale.
SELECT round(kpi_ci_low('(satisfied=1,responses=2)'::csat_state, 1e-12)::numeric, 6) AS low_near_0,
       round(kpi_ci_high('(satisfied=1,responses=2)'::csat_state, 1e-12)::numeric, 6) AS high_near_0,
       kpi_ci_low(unit_error_state(11), 1e-12) AS aht_low_near_0,
       kpi_ci_high(unit_error_state(11), 1e-12) AS aht_high_near_0;
-- Small levels keep their digits: z is taken from the level itself, not
-- from the tail (1 - level) / 2, which keeps only six digits of a level of
-- 1e-10 (reviewer's regression: this gave -4.68947249313456e-09).
-- Detractor and promoter, one each: adjusted centre 0, SE' = sqrt(0.7 / 5)
-- = sqrt(0.14) = 0.374165738677394; z = sqrt(2) erfinv(1e-10) =
-- 1e-10 sqrt(pi / 2) (1 + pi 1e-20 / 12) = 1.2533141373155e-10 (erf's
-- series); low = -100 z SE' = -4.68947209983475e-09.
SELECT kpi_ci_low('(promoters=1,passives=0,detractors=1)'::nps_state, 1e-10) AS low_at_1e_10;
-- Student's t near 100,000 degrees of freedom, where lgamma of 50,000
-- (about 5e5) leaves 1e-10 absolute in log B(df / 2, 1 / 2) (reviewer's
-- regression: this gave 0.00078297742275).  CES of 100,000 answers, half
-- 3 and half 5: mean 4, s^2 = 100000 / 99999, SE = 1 / sqrt(99999); goal
-- 4.01: t = 0.01 sqrt(99999) = 3.16226185, P(T(99999) > t) =
-- I_{df / (df + t^2)}(df / 2, 1 / 2) / 2 = 0.000782977422713712 (mpmath
-- betainc at 40 digits, with the goal as the double 4.01).
SELECT round(kpi_met_probability('(responses=100000,score_sum=400000,score_squares=1700000)'::ces_state, '>= 4.01')::numeric, 14) AS t_tail_99999_df;
-- Level 1 - 1e-15 is 0.999999999999999 as a double: each tail holds
-- 4.996e-16, z = 8.026957 (the tail keeps its digits, no 1 - p is taken):
-- for 10^12 contacts, 10 s + 8.027 s; the Wilson interval of 1 of 2
-- starts at 0.758401.  0.9999999999999999, the last double below 1, leaves
-- 5.55e-17 per tail, z = 8.292361: that interval ends at 99.288354.
SELECT round(extract(epoch FROM kpi_ci_high(unit_error_state(1000000000000), 1 - 1e-15) - '10 s'), 3) AS z_far_tail,
       kpi_ci_low('(satisfied=1,responses=2)'::csat_state, 1 - 1e-15) AS low_near_1,
       kpi_ci_high('(satisfied=1,responses=2)'::csat_state, 0.9999999999999999) AS high_near_1;

-- Durations 0 and 12 * 10^18 us (about 380,000 years): the mean, 6 * 10^18
-- us, fits an interval, but with SE = 6 * 10^18 and t(0.975, 1) = 12.7062
-- the high end, 8.2 * 10^19 us, does not: it is clipped to the longest
-- interval of microseconds, 2^63 - 1 us = 2562047788:00:54.775807 (it
-- raised 22008 until issue 29), as CES is clipped to 7.  At level 10^-6,
-- t(df 1) = tan(pi 10^-6 / 2) = 1.5708 * 10^-6 and the end is 6 * 10^18 +
-- 9.4 * 10^12 us, about 190,128 years (365.25-day years of 3.15576 * 10^13
-- us).  A level of 1e-320 (a subnormal double) gives an interval of zero
-- width, at the Wilson centre 50.
SELECT kpi_ci_high('(contacts=2,handle_us=12000000000000000000,handle_us_squares=144000000000000000000000000000000000000)'::aht_state);
SELECT kpi_ci_high('(contacts=2,handle_us=12000000000000000000,handle_us_squares=144000000000000000000000000000000000000)'::aht_state, 0.000001) > '190000 years' AS high_fits,
       kpi_ci_low('(satisfied=1,responses=2)'::csat_state, 1e-320) AS low_subnormal_level,
       kpi_ci_high('(satisfied=1,responses=2)'::csat_state, 1e-320) AS high_subnormal_level;
-- Duration ends past what an interval holds are clipped, never an error,
-- whatever the level (review, issue 29: these raised 22008).  AHT of 10
-- and 20 min: mean 15 min = 9 * 10^8 us, s = 600 s / sqrt(2), SE = s /
-- sqrt(2) = 300 s = 3 * 10^8 us; at level 0.999999999999 each tail holds
-- 5 * 10^-13 and t(df 1) = 1 / tan(pi 5 * 10^-13) = 6.366 * 10^11, so the
-- high end is 9 * 10^8 + 1.9 * 10^20 us: clipped to 2^63 - 1 us =
-- 2562047788:00:54.775807; the low end, 9 * 10^8 - 1.9 * 10^20, to 0.
-- The same with ASA waits.  400000 years (of 365.25 days, as EXTRACT
-- (EPOCH) counts them: 1.262304 * 10^19 us) and 0: mean 6.31152 * 10^18
-- us = 1753200000 h, SE 6.31152 * 10^18 us, and at 95% (t = 12.7062) the
-- high end 8.7 * 10^19 us is clipped too.
SELECT kpi_ci_low(aht_state(h), 0.999999999999) AS aht_low,
       kpi_ci_high(aht_state(h), 0.999999999999) AS aht_high,
       kpi_ci_low(asa_state(h, false), 0.999999999999) AS asa_low,
       kpi_ci_high(asa_state(h, false), 0.999999999999) AS asa_high
FROM (VALUES ('10 min'::interval), ('20 min')) v(h);
SELECT avg_handle_time(h), kpi_ci_low(aht_state(h)) AS aht_low, kpi_ci_high(aht_state(h)) AS aht_high,
       kpi_ci_high(asa_state(h, false)) AS asa_high
FROM (VALUES ('400000 years'::interval), ('0')) v(h);
-- The low end near 2^63 us: durations 2^63 - 2 and 2^63 - 4 us, mean
-- 2^63 - 3 = 9223372036854775805 us (2562047788:00:54.775805), squared
-- deviations n Q - S^2 = (a - b)^2 = 4, SE = sqrt(4) / 2 / sqrt(1) = 1 us,
-- t(0.975, 1) = 12.7062: the low end is 9223372036854775805 - 12.7062,
-- rounded down to ...792 (54.775792), the high end ...817.7 clipped to
-- ...807; at 90%, t(0.95, 1) = 6.3138: ...798.7, rounded down to ...798.
-- As a double the mean is 2^63 itself (doubles step by 1024 us there):
-- the low end came out as 2^63 and raised 22008.  The whole microseconds
-- of the mean are kept as an integer, so the end is exact.
SELECT kpi_ci_low(s) AS low, kpi_value(s) AS mean, kpi_ci_high(s) AS high,
       kpi_ci_low(s, 0.9) AS low_90
FROM (VALUES ('(contacts=2,handle_us=18446744073709551610,handle_us_squares=170141183460469231621006839273626796052)'::aht_state)) v(s);
-- What still raises 22008 is a mean that no interval holds, where the KPI
-- itself raises: 2^63 and 2^63 - 1 us have the mean 2^63 - 0.5, rounded
-- half up to 2^63 (two values whose squares fit in the state cannot have
-- a larger mean: S^2 <= n Q < 2 * 2^127).
SELECT kpi_value('(contacts=2,handle_us=18446744073709551615,handle_us_squares=170141183460469231713240559642174554113)'::aht_state);
SELECT kpi_ci_low('(contacts=2,handle_us=18446744073709551615,handle_us_squares=170141183460469231713240559642174554113)'::aht_state);

-- Utilization and occupancy add up all the time worked: no sample, no
-- interval (22023 with a hint).
SELECT kpi_ci_low('(busy_us=1,scheduled_us=2)'::utilization_state);
SELECT kpi_p_value('(handle_us=1,idle_us=2)'::occupancy_state, '(handle_us=1,idle_us=2)');
SELECT kpi_met_probability('(handle_us=1,idle_us=2)'::occupancy_state, '>= 80%');

-- kpi_p_value.  NPS, z on the difference with the unadjusted per-answer
-- variances p + d - (p - d)^2 (the reference's test vectors: (1, 2, 3) ->
-- 5/9, (1, 0, 1) -> 1, (1, 1, 1) -> 2/3, (0, 1, 1) -> 1/4), each against
-- 10^15 answers of one kind (variance 0, so the SE is the first's alone):
--   (1,2,3) NPS 1/3 vs all passives:  SE 0.304290, z 1.095445, p 0.273322
--   (1,0,1) NPS 0 vs all detractors:  SE 0.707107, z 1.414214, p 0.157299
--   (1,1,1) NPS 0 vs all promoters:   SE 0.471405, z 2.121320, p 0.033895
--   (0,1,1) NPS 0.5 vs all detractors: SE 0.353553, z 4.242641, p 0.000022
SELECT round(kpi_p_value(a, b)::numeric, 6) AS p
FROM (VALUES
  ('(promoters=3,passives=2,detractors=1)'::nps_state, '(promoters=0,passives=1000000000000000,detractors=0)'::nps_state),
  ('(promoters=1,passives=0,detractors=1)', '(promoters=0,passives=0,detractors=1000000000000000)'),
  ('(promoters=1,passives=1,detractors=1)', '(promoters=1000000000000000,passives=0,detractors=0)'),
  ('(promoters=1,passives=1,detractors=0)', '(promoters=0,passives=0,detractors=1000000000000000)')) v(a, b);
-- Both small: (1,2,3) vs (1,0,1): SE = sqrt(5/54 + 1/2) = 0.769800,
-- z = (1/3) / 0.769800 = 0.433013, p = 0.665006; order does not matter.
SELECT round(kpi_p_value('(promoters=3,passives=2,detractors=1)', '(promoters=1,passives=0,detractors=1)'::nps_state)::numeric, 6) AS p,
       kpi_p_value('(promoters=3,passives=2,detractors=1)', '(promoters=1,passives=0,detractors=1)'::nps_state)
       = kpi_p_value('(promoters=1,passives=0,detractors=1)', '(promoters=3,passives=2,detractors=1)'::nps_state) AS symmetric;
-- Shares: pooled z.  CSAT 13/16 vs 8/16: pooled 21/32, SE = sqrt(21/32 *
-- 11/32 * 2/16) = 0.167924, z = 0.3125 / 0.167924 = 1.860968, p = 0.062749.
SELECT round(kpi_p_value('(satisfied=13,responses=16)'::csat_state, '(satisfied=8,responses=16)')::numeric, 6) AS p;
-- Means: Welch.  CES {1, 3} vs {5, 7}: means 2 and 6, s^2 = 2 each,
-- SE = sqrt(2/2 + 2/2) = sqrt(2), t = 4 / sqrt(2) = 2.828427, df = (1 +
-- 1)^2 / (1/1 + 1/1) = 2; for 2 df P(T > t) = (1 - t / sqrt(2 + t^2)) / 2,
-- so p = 1 - 2 / sqrt(5) = 0.105573.
SELECT round(kpi_p_value(ces_state(a), ces_state(b))::numeric, 6) AS p
FROM (VALUES (1, 5), (3, 7)) v(a, b);
-- Identical states give exactly 1; one of them with a single observation
-- gives NULL; zero spread on both sides: 1 if equal, 0 if not.
SELECT kpi_p_value(s, s) AS nps_same,
       kpi_p_value(unit_error_state(11), unit_error_state(11)) AS aht_same,
       kpi_p_value('(satisfied=1,responses=1)'::csat_state, '(satisfied=5,responses=9)') IS NULL AS one_answer,
       kpi_p_value('(answered=1,wait_us=5,wait_us_squares=25)'::asa_state,
                   '(answered=2,wait_us=4,wait_us_squares=8)') IS NULL AS one_wait,
       kpi_p_value('(responses=2,score_sum=10,score_squares=50)'::ces_state,
                   '(responses=3,score_sum=15,score_squares=75)') AS flat_equal,
       kpi_p_value('(responses=2,score_sum=10,score_squares=50)'::ces_state,
                   '(responses=3,score_sum=12,score_squares=48)') AS flat_apart
FROM (VALUES ('(promoters=3,passives=2,detractors=1)'::nps_state)) v(s);
-- Equal means are compared exactly, not as rounded quotients (reviewer's
-- regression: both of these gave 0).  Durations of exactly
-- m = 2^60 + 600 = 1152921504606847576 us, twice and three times (squares
-- 2 m^2 and 3 m^2, so no spread): as doubles 2m / 2 = 2^60 + 512 but
-- 3m / 3 = 2^60 + 768, yet both means are m: p = 1, and a goal of m is
-- met with probability 0.5 (on the goal, no spread).  CES: 2^53 + 1
-- answers of 3 (sum 27021597764222979, which as a double is 3 * 2^53 + 4,
-- so sum / n = 3.0000000000000004) against two answers of 3: p = 1, and
-- "<= 3" is met with probability 0.5 (it gave 0).
SELECT kpi_p_value('(contacts=2,handle_us=2305843009213695152,handle_us_squares=2658455991569834512819225176994151552)'::aht_state,
                   '(contacts=3,handle_us=3458764513820542728,handle_us_squares=3987683987354751769228837765491227328)') AS aht_equal_means,
       kpi_met_probability('(contacts=3,handle_us=3458764513820542728,handle_us_squares=3987683987354751769228837765491227328)'::aht_state,
                           '<= 1152921504606847576 microseconds') AS aht_on_goal,
       kpi_p_value('(responses=9007199254740993,score_sum=27021597764222979,score_squares=81064793292668937)'::ces_state,
                   '(responses=2,score_sum=6,score_squares=18)') AS ces_equal_means,
       kpi_met_probability('(responses=9007199254740993,score_sum=27021597764222979,score_squares=81064793292668937)'::ces_state,
                           '<= 3') AS ces_on_goal;
-- States counted with different thresholds measure different KPIs.
SELECT kpi_p_value('(threshold_us=20000000,answered=2,answered_within=1,abandoned_after=0)'::service_level_state,
                   '(threshold_us=30000000,answered=2,answered_within=1,abandoned_after=0)');

-- kpi_met_probability.  CSAT 13/16 against ">= 70%": the score statistic
-- at the goal, (0.8125 - 0.7) / sqrt(0.7 * 0.3 / 16) = 0.981981,
-- Phi(0.981981) = 0.836945; "<= 70%" is the rest, 0.163055.
SELECT round(kpi_met_probability(s, '>= 70%')::numeric, 6) AS at_least_70,
       round(kpi_met_probability(s, '<= 70%')::numeric, 6) AS at_most_70,
       kpi_met_probability(s, '>= 70%') = kpi_met_probability(s, '> 70%') AS strictness_irrelevant
FROM (VALUES ('(satisfied=13,responses=16)'::csat_state)) v(s);
-- AHT 5 s .. 15 s (mean 10 s, SE 1 s, 10 df) against "< 12 s": P(T10 < 2)
-- = 0.963306 (integrating the t density); against "< 10 s": 0.5.
SELECT round(kpi_met_probability(unit_error_state(11), '< 12 s')::numeric, 6) AS under_12s,
       kpi_met_probability(unit_error_state(11), '< 10 s') AS under_10s;
-- It is the confidence of the one-sided interval ending at the goal: a
-- goal at kpi_ci_low(state, 0.9) is met with probability 0.95, one at
-- kpi_ci_high(state, 0.9) with 0.05 (NPS adjusted Wald, CSAT Wilson, CES t).
SELECT round(kpi_met_probability(n, format('>= %s', kpi_ci_low(n, 0.9))::kpi_target)::numeric, 9) AS nps_low,
       round(kpi_met_probability(n, format('>= %s', kpi_ci_high(n, 0.9))::kpi_target)::numeric, 9) AS nps_high,
       round(kpi_met_probability(c, format('>= %s%%', kpi_ci_low(c, 0.9))::kpi_target)::numeric, 9) AS csat_low,
       round(kpi_met_probability(e, format('<= %s', kpi_ci_high(e, 0.9))::kpi_target)::numeric, 9) AS ces_high
FROM (VALUES ('(promoters=30,passives=20,detractors=10)'::nps_state,
              '(satisfied=13,responses=16)'::csat_state,
              '(responses=4,score_sum=12,score_squares=40)'::ces_state)) v(n, c, e);
-- Goals at or beyond the ends of the scale: certain.  No spread (CES
-- {5, 5}): 1 above the goal, 0.5 on it, 0 below it.
SELECT kpi_met_probability('(satisfied=13,responses=16)'::csat_state, '>= 0%') AS csat_ge_0,
       kpi_met_probability('(satisfied=16,responses=16)'::csat_state, '> 100%') AS csat_gt_100,
       kpi_met_probability('(satisfied=16,responses=16)'::csat_state, '>= 100%') AS csat_ge_100,
       kpi_met_probability('(promoters=5,passives=0,detractors=0)'::nps_state, '<= 100') AS nps_le_100,
       kpi_met_probability('(contacts=2,handle_us=4,handle_us_squares=10)'::aht_state, '>= 0 s') AS aht_ge_0,
       kpi_met_probability('(responses=2,score_sum=10,score_squares=50)'::ces_state, '>= 4') AS ces_above,
       kpi_met_probability('(responses=2,score_sum=10,score_squares=50)'::ces_state, '>= 5') AS ces_on,
       kpi_met_probability('(responses=2,score_sum=10,score_squares=50)'::ces_state, '>= 6') AS ces_below;
-- No spread on a goal at an end of the range (review, issue 29).  Every
-- value equal: the true mean is taken as known, and the answer is 1, 0.5
-- or 0 as it lies on the met side of the goal, on it, or on the other
-- side, wherever the goal is, the ends of the range included.  CES 7, 7, 7
-- against '>= 7' (kpi_status calls it met) and '<= 7': 0.5 (the first
-- gave 0, the second 1, from the range-end rule); '> 7' and '< 7' the
-- same, the approximation being continuous; '>= 6' 1, '<= 6' 0.  CES 1, 1:
-- '<= 1' 0.5 (gave 0), '>= 1' 0.5 (gave 1).  Durations 0, 0: '<= 0 s' 0.5
-- (gave 0), '>= 0 s' 0.5 (gave 1), '< 1 s' 1, '> 1 s' 0.
SELECT kpi_status(ces(x), '>= 7') AS status_ge_7,
       kpi_met_probability(ces_state(x), '>= 7') AS ge_7,
       kpi_met_probability(ces_state(x), '<= 7') AS le_7,
       kpi_met_probability(ces_state(x), '> 7') AS gt_7,
       kpi_met_probability(ces_state(x), '< 7') AS lt_7,
       kpi_met_probability(ces_state(x), '>= 6') AS ge_6,
       kpi_met_probability(ces_state(x), '<= 6') AS le_6
FROM (VALUES (7), (7), (7)) v(x);
SELECT kpi_met_probability(ces_state(x), '<= 1') AS le_1,
       kpi_met_probability(ces_state(x), '>= 1') AS ge_1,
       kpi_met_probability(ces_state(x), '< 2') AS lt_2
FROM (VALUES (1), (1)) v(x);
SELECT kpi_met_probability(aht_state(h), '<= 0 s') AS aht_le_0,
       kpi_met_probability(aht_state(h), '>= 0 s') AS aht_ge_0,
       kpi_met_probability(aht_state(h), '< 1 s') AS aht_lt_1s,
       kpi_met_probability(aht_state(h), '> 1 s') AS aht_gt_1s,
       kpi_met_probability(asa_state(h, false), '<= 0 s') AS asa_le_0
FROM (VALUES ('0'::interval), ('0')) v(h);
-- With spread a goal at or beyond an end of the range stays certain: the
-- values differ, so the true mean lies strictly inside.  CES 6, 7 against
-- '>= 7': 0, '<= 7': 1; CES 1, 2 against '<= 1': 0; durations 0, 2 s
-- against '<= 0 s': 0.
SELECT kpi_met_probability('(responses=2,score_sum=13,score_squares=85)'::ces_state, '>= 7') AS ces_67_ge_7,
       kpi_met_probability('(responses=2,score_sum=13,score_squares=85)'::ces_state, '<= 7') AS ces_67_le_7,
       kpi_met_probability('(responses=2,score_sum=3,score_squares=5)'::ces_state, '<= 1') AS ces_12_le_1,
       kpi_met_probability('(contacts=2,handle_us=2000000,handle_us_squares=4000000000000)'::aht_state, '<= 0 s') AS aht_02_le_0;
-- Shares and NPS have no such case: unanimous answers still have a
-- standard error (a share's is taken at the goal, NPS has its
-- pseudo-answers), so inside the range the answer is the normal tail, and
-- at an end it is 0 or 1 even when every answer lies on it.  16 of 16
-- satisfied against '>= 90%': Phi((1 - 0.9) / sqrt(0.9 * 0.1 / 16)) =
-- Phi(1.333333) = 0.908789; against '>= 100%': 0; '<= 100%': 1.  Five
-- promoters of five against '>= 90': n' = 8, p' = 5.75 / 8, d' = 0.75 / 8,
-- NPS' = 0.625, var' = 0.8125 - 0.390625 = 0.421875, SE' = 0.229640,
-- Phi((0.625 - 0.9) / 0.229640) = Phi(-1.197528) = 0.115550.
SELECT round(kpi_met_probability('(satisfied=16,responses=16)'::csat_state, '>= 90%')::numeric, 6) AS csat_all_ge_90,
       kpi_met_probability('(satisfied=16,responses=16)'::csat_state, '<= 100%') AS csat_all_le_100,
       round(kpi_met_probability('(promoters=5,passives=0,detractors=0)'::nps_state, '>= 90')::numeric, 6) AS nps_all_ge_90;
-- Fewer than two observations: NULL.  The target must fit the KPI's type.
SELECT kpi_met_probability('(satisfied=1,responses=1)'::csat_state, '>= 80%') IS NULL AS one_answer;
SELECT kpi_met_probability('(promoters=5,passives=0,detractors=0)'::nps_state, '< 5 min');
SELECT kpi_met_probability(unit_error_state(11), '>= 80%');

-- Every interval holds its KPI and stays in the KPI's range, for random
-- states of every type at random levels (a fixed seed keeps it repeatable).
SELECT setseed(0.14);
CREATE TEMP TABLE random_states AS
SELECT i, level,
       format('(promoters=%s,passives=%s,detractors=%s)', a, b, c)::nps_state AS nps,
       format('(satisfied=%s,responses=%s)', least(a, a + b), a + b)::csat_state AS csat,
       format('(threshold_us=1,answered=%s,answered_within=%s,abandoned_after=%s)', a + b, a, c)::service_level_state AS sl,
       format('(short_abandon_us=0,offered=%s,abandoned=%s,short_abandoned=0)', a + b + c, c)::abandonment_state AS abandon
FROM (SELECT i, random() AS level,
             floor(random() ^ 3 * 50)::int AS a, floor(random() ^ 3 * 50)::int AS b,
             floor(random() ^ 3 * 50)::int AS c
      FROM generate_series(1, 3000) i) r;
CREATE TEMP TABLE random_means AS
SELECT g, min(level) AS level, ces_state(score) AS ces, aht_state(h) AS aht,
       asa_state(h, false) AS asa
FROM (SELECT i % 1000 AS g, random() AS level, 1 + floor(random() * 7)::int AS score,
             make_interval(secs => floor(random() ^ 4 * 3600)) AS h
      FROM generate_series(1, 4000) i WHERE random() < 0.6) r
GROUP BY g;
SELECT count(*) AS states,
       count(*) FILTER (WHERE NOT (kpi_ci_low(nps, level) <= kpi_value(nps) AND kpi_value(nps) <= kpi_ci_high(nps, level)
                                   AND kpi_ci_low(nps, level) >= -100 AND kpi_ci_high(nps, level) <= 100)) AS nps_bad,
       count(*) FILTER (WHERE NOT (kpi_ci_low(csat, level) <= kpi_value(csat) AND kpi_value(csat) <= kpi_ci_high(csat, level)
                                   AND kpi_ci_low(csat, level) >= 0 AND kpi_ci_high(csat, level) <= 100)) AS csat_bad,
       count(*) FILTER (WHERE NOT (kpi_ci_low(sl, level) <= kpi_value(sl) AND kpi_value(sl) <= kpi_ci_high(sl, level))) AS sl_bad,
       count(*) FILTER (WHERE NOT (kpi_ci_low(abandon, level) <= kpi_value(abandon) AND kpi_value(abandon) <= kpi_ci_high(abandon, level))) AS abandon_bad,
       count(*) FILTER (WHERE kpi_value(nps) IS NOT NULL AND kpi_ci_low(nps, level) IS NULL) AS nps_missing
FROM random_states;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE NOT (kpi_ci_low(ces, level) <= kpi_value(ces) AND kpi_value(ces) <= kpi_ci_high(ces, level)
                                   AND kpi_ci_low(ces, level) >= 1 AND kpi_ci_high(ces, level) <= 7)) AS ces_bad,
       count(*) FILTER (WHERE NOT (kpi_ci_low(aht, level) <= kpi_value(aht) AND kpi_value(aht) <= kpi_ci_high(aht, level)
                                   AND kpi_ci_low(aht, level) >= '0 s')) AS aht_bad,
       count(*) FILTER (WHERE NOT (kpi_ci_low(asa, level) <= kpi_value(asa) AND kpi_value(asa) <= kpi_ci_high(asa, level))) AS asa_bad,
       count(*) FILTER (WHERE (kpi_counts(aht)->>'contacts')::int >= 2 AND kpi_ci_low(aht, level) IS NULL) AS aht_missing
FROM random_means;

-- Rollups: the interval of merged daily states equals the interval over
-- the raw rows, bit for bit (the states hold the same exact sums).
SELECT kpi_ci_low(ces_state(d)) = (SELECT kpi_ci_low(ces_state(score)) FROM (SELECT 1 + (i * 5) % 7 AS score FROM generate_series(1, 500) i) r) AS ces_same,
       kpi_ci_high(aht_state(a)) = (SELECT kpi_ci_high(aht_state(make_interval(secs => (i * 37) % 600))) FROM generate_series(1, 500) i) AS aht_same
FROM (SELECT i % 7 AS day, ces_state(1 + (i * 5) % 7) AS d, aht_state(make_interval(secs => (i * 37) % 600)) AS a
      FROM generate_series(1, 500) i GROUP BY i % 7) daily;

-- Coverage: 2,000 samples of 200 answers from a known distribution
-- (promoters 50%, passives 30%, detractors 20%: true NPS 30; satisfied 80%:
-- true CSAT 80).  About 95% of the 95% intervals must contain the truth;
-- the test asks for 93% .. 97% (for 2,000 intervals the share's own
-- standard error is 0.5 points).
SELECT setseed(0.5);
CREATE TEMP TABLE coverage AS
SELECT sample, nps_state(CASE WHEN u < 0.5 THEN 10 WHEN u < 0.8 THEN 8 ELSE 3 END) AS nps,
       csat_state(v < 0.8) AS csat
FROM (SELECT i / 200 AS sample, random() AS u, random() AS v
      FROM generate_series(0, 2000 * 200 - 1) i) answers
GROUP BY sample;
SELECT count(*) AS samples,
       round(avg((kpi_ci_low(nps) <= 30 AND 30 <= kpi_ci_high(nps))::int), 4) AS nps_coverage,
       avg((kpi_ci_low(nps) <= 30 AND 30 <= kpi_ci_high(nps))::int) BETWEEN 0.93 AND 0.97 AS nps_ok,
       round(avg((kpi_ci_low(csat) <= 80 AND 80 <= kpi_ci_high(csat))::int), 4) AS csat_coverage,
       avg((kpi_ci_low(csat) <= 80 AND 80 <= kpi_ci_high(csat))::int) BETWEEN 0.93 AND 0.97 AS csat_ok
FROM coverage;

DROP FUNCTION unit_error_state(numeric);
RESET max_parallel_workers_per_gather;
RESET extra_float_digits;
