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
