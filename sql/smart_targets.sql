--
-- smart_targets: time-bound targets (1.1), kpi_progress, kpi_expected and
-- kpi_on_track.  Period 2026-01-01 .. 2026-01-03 (48 h), midpoint 01-02.
--

-- progress '> 30' from 10: 20 -> 100*10/20 = 50; 30 -> 100; 40 -> 150;
-- 5 -> 100*(-5)/20 = -25; baseline on the goal -> NULL
SELECT kpi_progress(20, '> 30', 10), kpi_progress(30, '> 30', 10),
       kpi_progress(40, '> 30', 10), kpi_progress(5, '> 30', 10),
       kpi_progress(5, '> 30', 30);

-- expected '> 30' from 10: before start 10, start 10, midpoint
-- 10 + 20 * 1/2 = 20, deadline 30, after 30, +-infinity clamp
SELECT t, kpi_expected('> 30', 10::float8, '2026-01-01', '2026-01-03', t)
FROM unnest(array['2025-12-01', '2026-01-01', '2026-01-02', '2026-01-03',
                  '2026-02-01', 'infinity', '-infinity']::timestamptz[]) t;

-- durations: 9 min -> 6 min, midpoint 7 min 30 s; 3 us -> 0 at half:
-- 1.5 us rounds away from zero to 2 us; -3 us -> 0: -1.5 -> -2 us
SELECT kpi_expected('< 6 min', interval '9 min', '2026-01-01', '2026-01-03', '2026-01-02'),
       kpi_expected('< 0 s', interval '3 us', '2026-01-01', '2026-01-01 00:00:00.000002', '2026-01-01 00:00:00.000001'),
       kpi_expected('< 0 s', interval '-3 us', '2026-01-01', '2026-01-01 00:00:00.000002', '2026-01-01 00:00:00.000001');

-- on track '>= 30 warn 20' from 10 at the midpoint: goal path 20, warning
-- path 15: 20 met (>= at equality), 19 at_risk, 14 missed
SELECT kpi_on_track(20::float8, '>= 30 warn 20', 10, '2026-01-01', '2026-01-03', '2026-01-02'),
       kpi_on_track(19::float8, '>= 30 warn 20', 10, '2026-01-01', '2026-01-03', '2026-01-02'),
       kpi_on_track(14::float8, '>= 30 warn 20', 10, '2026-01-01', '2026-01-03', '2026-01-02');
-- strict '> 30' at equality with the path (20) is not met
SELECT kpi_on_track(20::float8, '> 30', 10, '2026-01-01', '2026-01-03', '2026-01-02');

-- errors (22023)
\set VERBOSITY default
SELECT kpi_progress(interval '1 min', '> 30', interval '1 min');
SELECT kpi_expected('> 30', 'nan'::float8, '2026-01-01', '2026-01-03', '2026-01-02');
SELECT kpi_expected('> 30', 'infinity'::float8, '2026-01-01', '2026-01-03', '2026-01-02');
SELECT kpi_expected('> 30', 1::float8, '2026-01-03', '2026-01-03', '2026-01-02');
SELECT kpi_expected('> 30', 1::float8, '-infinity', '2026-01-03', '2026-01-02');
\set VERBOSITY terse

-- lower is better, a percent target, at the midpoint of 2026-01-01 ..
-- 2026-01-03: '<= 5% warn 8%' from 9: goal path 9 + (5 - 9) / 2 = 7,
-- warning path 9 + (8 - 9) / 2 = 8.5; 7 met (<= at equality), 8 at_risk,
-- 9 missed; strict '< 5%' at 7 (equal to its path) missed
SELECT kpi_on_track(7::float8, '<= 5% warn 8%', 9, '2026-01-01', '2026-01-03', '2026-01-02') AS at_path,
       kpi_on_track(8::float8, '<= 5% warn 8%', 9, '2026-01-01', '2026-01-03', '2026-01-02') AS warned,
       kpi_on_track(9::float8, '<= 5% warn 8%', 9, '2026-01-01', '2026-01-03', '2026-01-02') AS behind,
       kpi_on_track(7::float8, '< 5%', 9, '2026-01-01', '2026-01-03', '2026-01-02') AS strict,
       kpi_expected('<= 5% warn 8%', 9::float8, '2026-01-01', '2026-01-03', '2026-01-02') AS path;
-- a baseline beyond the goal: '>= 30' from 40, the path runs down to 30:
-- 35 at the midpoint, 36 met, 34 missed; progress of 36 is
-- 100 * (36 - 40) / (30 - 40) = 40
SELECT kpi_on_track(36::float8, '>= 30', 40, '2026-01-01', '2026-01-03', '2026-01-02') AS above,
       kpi_on_track(34::float8, '>= 30', 40, '2026-01-01', '2026-01-03', '2026-01-02') AS below,
       kpi_progress(36::float8, '>= 30', 40) AS progress;
-- durations at and after the deadline are kpi_status: 6 min 30 s against
-- '< 6 min warn 7 min' is at_risk (7 min path, not the 6 min goal)
SELECT kpi_on_track(interval '6 min 30 s', '< 6 min warn 7 min', interval '9 min', '2026-01-01', '2026-01-03', t),
       kpi_status(interval '6 min 30 s', '< 6 min warn 7 min')
FROM unnest(array['2026-01-03', 'infinity']::timestamptz[]) t;
-- each error's SQLSTATE: 22023 for a unit mismatch, NaN, an infinite
-- baseline, a deadline not after the start, an infinite start
\set VERBOSITY sqlstate
SELECT kpi_progress(interval '1 min', '> 30', interval '1 min');
SELECT kpi_on_track(1::float8, '< 6 min', 1, '2026-01-01', '2026-01-03', '2026-01-02');
SELECT kpi_progress('NaN'::float8, '> 30', 10);
SELECT kpi_progress(1::float8, '> 30', '-infinity');
SELECT kpi_on_track(1::float8, '> 30', 1, '2026-01-03', '2026-01-01', '2026-01-02');
SELECT kpi_expected('> 30', 1::float8, 'infinity', '2026-01-03', '2026-01-02');
\set VERBOSITY terse
