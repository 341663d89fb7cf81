--
-- business_hours: the kpi_calendar type and durations counted in opening
-- hours (business_time, business_add, business_open, business_next_open).
-- Every expected value is derived by hand in the comment above it; the
-- suite test/suites/business_hours_reference.sh adds thousands of random
-- cases checked against an independent minute-by-minute reference.
--
SET timezone = 'UTC';

------------------------------------------------------------------------
-- The type
------------------------------------------------------------------------

-- The issue's example: the two touching closed dates 24 and 25 December
-- merge into one range; the zone is spelled as PostgreSQL spells it.
SELECT 'mon-fri 09:00-17:00; SAT 10:00-14:00; tz europe/copenhagen; closed 2026-12-24, 2026-12-25, 2026-12-31..2027-01-01'::kpi_calendar;

-- Spellings and the canonical form:
--  overlapping and touching ranges merge (09-12, 11-13, 13-14 -> 09-14);
--  an overnight range is printed as its parts before and after midnight;
--  Sun 22:00-06:00 runs into Monday (the week wraps);
--  daily and 24/7; days with equal hours are grouped (Mon,Wed and Fri-Sun);
--  full day names, 9:00 for 09:00, a day range over the weekend (Fri-Mon);
--  without tz the zone is UTC.
SELECT c AS literal, c::kpi_calendar AS canonical
FROM (VALUES ('Mon 09:00-12:00, 11:00-13:00, 13:00-14:00'),
             ('Fri 22:00-06:00'),
             ('Sun 22:00-06:00'),
             ('daily 08:00-20:00'),
             ('24/7; tz Asia/Hong_Kong'),
             ('daily 00:00-24:00'),
             ('Mon,Wed 9:00-10:00; Fri-Sun 09:00-10:00'),
             ('Monday 09:00-10:00; TUESDAY 09:00-10:00'),
             ('Fri-Mon 10:00-11:00'),
             ('  Mon-Fri   09:00 - 17:00 ;TZ   America/New_York  '),
             ('Sat 00:00-24:00; Sun 00:00-24:00; Mon 00:00-01:00'),
             ('Mon 09:00-17:00; closed 2026-01-03..2026-01-05, 2026-01-01, 2026-01-02')) v(c);

-- The canonical text reads back to an equal calendar and prints the same.
SELECT c::kpi_calendar::text::kpi_calendar = c::kpi_calendar AS round_trip,
       c::kpi_calendar::text = c::kpi_calendar::text::kpi_calendar::text AS stable
FROM (VALUES ('Fri 22:00-06:00; closed 2026-12-24..2026-12-26; tz Australia/Sydney'),
             ('daily 00:00-01:00, 23:00-24:00'),
             ('Sun 23:59-00:01; tz Pacific/Apia')) v(c);

-- Equal calendars are equal whatever the spelling; hashing agrees with =
-- (and the extended hash with seed 0 has the plain hash as its low 32
-- bits, as PostgreSQL requires of hash opclasses).
SELECT a::kpi_calendar = b::kpi_calendar AS equal,
       kpi_calendar_hash(a::kpi_calendar) = kpi_calendar_hash(b::kpi_calendar) AS same_hash,
       kpi_calendar_hash_extended(a::kpi_calendar, 7) = kpi_calendar_hash_extended(b::kpi_calendar, 7) AS same_hash_7,
       (kpi_calendar_hash_extended(a::kpi_calendar, 0) & 4294967295) =
         (kpi_calendar_hash(a::kpi_calendar)::bigint & 4294967295) AS low_bits
FROM (VALUES ('Mon-Fri 09:00-17:00; tz Europe/Copenhagen', 'tz europe/copenhagen; mon 9:00-17:00; tue-fri 09:00-12:00, 12:00-17:00'),
             ('Fri 22:00-06:00', 'Fri 22:00-24:00; Sat 00:00-06:00; tz UTC'),
             ('Mon 09:00-17:00', 'Mon 09:00-17:00; tz Europe/Copenhagen'),
             ('Mon 09:00-17:00', 'Mon 09:00-17:01')) v(a, b);

-- btree order: zone name first, then the weekly ranges, then closed dates.
SELECT c::kpi_calendar AS ordered
FROM (VALUES ('Mon 09:00-17:00; tz UTC; closed 2026-01-01'),
             ('Mon 09:00-17:00; tz UTC'),
             ('Mon 08:00-17:00; tz UTC'),
             ('Mon 09:00-17:00; tz Europe/Copenhagen')) v(c)
ORDER BY 1;

-- Calendars live in tables, are indexed, grouped by hashing and hash
-- partitioned (which needs the extended hash function).
CREATE TABLE teams (team text NOT NULL, hours kpi_calendar NOT NULL)
  PARTITION BY HASH (hours);
CREATE TABLE teams_0 PARTITION OF teams FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE teams_1 PARTITION OF teams FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO teams VALUES
  ('copenhagen', 'Mon-Fri 08:00-16:00; tz Europe/Copenhagen; closed 2026-12-24..2026-12-26'),
  ('new york', 'Mon-Fri 09:00-17:00; tz America/New_York'),
  ('sydney', 'Mon-Fri 09:00-17:00; tz Australia/Sydney'),
  ('night desk', 'daily 22:00-06:00; tz Europe/Copenhagen');
CREATE INDEX ON teams (hours);
SET enable_sort = off;
SELECT hours, count(*) FROM teams GROUP BY hours ORDER BY 1;
RESET enable_sort;
SELECT team FROM teams WHERE hours = 'mon-fri 09:00-17:00; tz america/new_york';

-- Malformed calendars: SQLSTATE 22P02 with the text, the broken rule and
-- where in DETAIL, and a valid example in HINT.
\set VERBOSITY default
SELECT 'Mox 09:00-17:00'::kpi_calendar;
SELECT 'Mon 09:00-17:00; tz Mars/Olympus'::kpi_calendar;
SELECT 'Mon 25:00-26:00'::kpi_calendar;
SELECT 'Mon 09:60-10:00'::kpi_calendar;
SELECT 'Mon 09:00-09:00'::kpi_calendar;
SELECT 'Mon 24:00-02:00'::kpi_calendar;
SELECT 'tz UTC'::kpi_calendar;
SELECT ''::kpi_calendar;
SELECT 'Mon 09:00-17:00;'::kpi_calendar;
SELECT 'Mon 09:00-17:00; tz UTC; tz UTC'::kpi_calendar;
SELECT 'Mon 09:00-17:00; tz Europe/Copenhagen DST'::kpi_calendar;
SELECT 'Mon 09:00-17:00; closed 2026-02-29'::kpi_calendar;
SELECT 'Mon 09:00-17:00; closed 2026-12-31..2026-12-24'::kpi_calendar;
SELECT 'Mon 09:00-17:00; closed 26-12-24'::kpi_calendar;
SELECT '09:00-17:00'::kpi_calendar;
SELECT 'Mon-Fri'::kpi_calendar;
SELECT 'Mon 9-17'::kpi_calendar;
SELECT 'Mon-Fri 09:00-17:00, Sat 10:00-14:00'::kpi_calendar;
-- Zone names that PostgreSQL would read as POSIX rules (issue 29): a
-- name it does not find in the time zone database is tried as a rule
-- "STDoffset[DST...]", so the typo Europe/8openhagen would be the rule
-- with the standard time "EUROPE/" 8 hours west of UTC (and "OPENHAGEN"
-- daylight time), and Etc/GMT+14 (the database stops at Etc/GMT+12) 14
-- hours west.  A name with "/" before any "," (where a rule can have none)
-- must be a zone of the database: 22P02.  So must a zone whose UTC offset
-- the business-hours functions cannot use, more than 48 hours (<+99>-99
-- is 99 hours east; <+49>-49 49; <-49>+49 49 west; <+48>-48<+49>, whose
-- daylight time is one hour east of its standard time, 49 in summer).
SELECT 'Mon 09:00-17:00; tz Europe/8openhagen'::kpi_calendar;
SELECT 'Mon 09:00-17:00; tz Etc/GMT+14'::kpi_calendar;
SELECT '24/7; tz <+99>-99'::kpi_calendar;
SELECT '24/7; tz <+49>-49'::kpi_calendar;
SELECT '24/7; tz <-49>+49'::kpi_calendar;
SELECT '24/7; tz <+48>-48<+49>,M3.5.0,M10.5.0/3'::kpi_calendar;
-- Binary input checks the zone the same way (22P03, as for every bad
-- binary value): Mon 09:00-17:00 = [540, 1020), no closed dates, then the
-- zone's length and bytes.
SELECT binary_input('kpi_calendar', int4send(1) || int4send(540) || int4send(1020) || int4send(0)
                    || int4send(17) || convert_to('Europe/8openhagen', 'UTF8'));
SELECT binary_input('kpi_calendar', int4send(1) || int4send(540) || int4send(1020) || int4send(0)
                    || int4send(8) || convert_to('<+99>-99', 'UTF8'));
-- Real zones and real POSIX rules stay valid, spelt as PostgreSQL spells
-- them: database names in the database's case, rules in upper case.
-- Etc/GMT-14 is UTC+14 (POSIX signs: west positive); <+48>-48 is 48
-- hours east, the largest offset allowed; CET-1CEST,M3.5.0,M10.5.0/3 is
-- Central European time with its own DST rule ("/" only after a ",").
SELECT c AS literal, c::kpi_calendar AS canonical
FROM (VALUES ('Mon 09:00-17:00; tz europe/copenhagen'), ('Mon 09:00-17:00; tz EST5EDT'),
             ('Mon 09:00-17:00; tz CET-1CEST,M3.5.0,M10.5.0/3'), ('Mon 09:00-17:00; tz <+03>-3'),
             ('Mon 09:00-17:00; tz Etc/GMT-14'), ('Mon 09:00-17:00; tz etc/gmt+12'),
             ('Mon 09:00-17:00; tz <+48>-48'), ('Mon 09:00-17:00; tz <-48>+48')) v(c);
-- And they evaluate: on Monday 2026-11-30 (winter time) the rule
-- CET-1CEST,... is UTC+1 like Europe/Copenhagen, so 09:00-17:00 local is
-- 08:00-16:00 UTC and 08:00-12:00 UTC holds 4 hours; <+48>-48 puts 09:00
-- local on Monday 2026-11-30 at 09:00 - 48 h = Saturday 2026-11-28 09:00
-- UTC, so a 24/7 day is 24 hours and Saturday 08:00-12:00 UTC holds 3.
SELECT business_time('Mon 09:00-17:00; tz CET-1CEST,M3.5.0,M10.5.0/3', '2026-11-30 08:00+00', '2026-11-30 12:00+00') AS cet_rule,
       business_time('24/7; tz <+48>-48', '2026-01-01 00:00+00', '2026-01-02 00:00+00') AS day_48_east,
       business_time('Mon 09:00-17:00; tz <+48>-48', '2026-11-28 08:00+00', '2026-11-28 12:00+00') AS monday_on_saturday;
-- 10,000 written ranges are allowed (here they merge into one), 10,001
-- are not; the same for closed dates (10,000 apart, one more is too many).
-- The dates are written with to_char: date::text follows DateStyle, which
-- is "Postgres, MDY" here and would print 01-03-2026.
CREATE FUNCTION calendar_problem(literal text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  detail text;
BEGIN
  PERFORM literal::kpi_calendar;
  RETURN 'accepted';
EXCEPTION WHEN invalid_text_representation THEN
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
  RETURN '22P02: ' || split_part(detail, ';', 1);
END $$;
SELECT calendar_problem('Mon ' || string_agg('09:00-10:00', ', ')) AS ranges_10000
FROM generate_series(1, 10000) i;
SELECT calendar_problem('Mon ' || string_agg('09:00-10:00', ', ')) AS ranges_10001
FROM generate_series(1, 10001) i;
SELECT calendar_problem('daily ' || string_agg('09:00-10:00', ', ')) AS daily_1429_times_7
FROM generate_series(1, 1429) i;
SELECT calendar_problem('Mon 09:00-10:00; closed ' || string_agg(to_char(date '2026-01-01' + 2 * i, 'YYYY-MM-DD'), ', ')) AS closed_10000
FROM generate_series(1, 10000) i;
SELECT calendar_problem('Mon 09:00-10:00; closed ' || string_agg(to_char(date '2026-01-01' + 2 * i, 'YYYY-MM-DD'), ', ')) AS closed_10001
FROM generate_series(1, 10001) i;
DROP FUNCTION calendar_problem(text);
\set VERBOSITY terse

-- Binary output: int4 count of weekly ranges, each as start and end
-- minutes from Monday 00:00; int4 count of closed ranges, each as first and
-- last day since 2000-01-01; int4 length and the zone name.  Mon 09:00-17:00
-- is [540, 1020) = 0x21c, 0x3fc; 2026-12-24 is day 9854 = 0x267e (26 years
-- of 365 days and 7 leap days from 2000-01-01 to 2026-01-01 = 9497, plus
-- 357 days to 24 December); "UTC" is 3 bytes 0x555443.
SELECT kpi_calendar_send('Mon 09:00-17:00; closed 2026-12-24'::kpi_calendar);

------------------------------------------------------------------------
-- business_time
------------------------------------------------------------------------

-- The issue's example: a ticket created Friday 18:00 and answered Monday
-- 09:30 on Mon-Fri 09:00-17:00 has 30 minutes (2026-11-27 is a Friday).
-- Created during opening hours and answered after closing: Friday 16:15
-- to Friday 19:00 counts 16:15-17:00 = 45 minutes.  Created and answered
-- while closed: 0.  Start = finish: 0.  Finish before start: the negated
-- duration, -30 minutes.
SELECT business_time('Mon-Fri 09:00-17:00', '2026-11-27 18:00', '2026-11-30 09:30') AS weekend,
       business_time('Mon-Fri 09:00-17:00', '2026-11-27 16:15', '2026-11-27 19:00') AS after_close,
       business_time('Mon-Fri 09:00-17:00', '2026-11-28 10:00', '2026-11-29 10:00') AS closed,
       business_time('Mon-Fri 09:00-17:00', '2026-11-30 10:00', '2026-11-30 10:00') AS empty,
       business_time('Mon-Fri 09:00-17:00', '2026-11-30 09:30', '2026-11-27 18:00') AS backwards;

-- The reference's worked example: ticket at 18:00, reply 08:00 the next
-- day, opening at 07:00 (closing at 17:00): 1 hour of 14 calendar hours.
SELECT business_time('daily 07:00-17:00', '2026-11-30 18:00', '2026-12-01 08:00') AS worked_example;

-- Opening hours are local wall-clock time: in Copenhagen (UTC+1 in
-- winter) Mon-Fri 09:00-17:00 is 08:00-16:00 UTC, so 08:00-12:00 UTC on a
-- Monday is 4 hours; in New York (UTC-5) it is 14:00-22:00 UTC, so the
-- same span is 0.
SELECT business_time('Mon-Fri 09:00-17:00; tz Europe/Copenhagen', '2026-11-30 08:00+00', '2026-11-30 12:00+00') AS copenhagen,
       business_time('Mon-Fri 09:00-17:00; tz America/New_York', '2026-11-30 08:00+00', '2026-11-30 12:00+00') AS new_york;

-- Daylight saving time, northern hemisphere.  Copenhagen springs forward
-- on 2026-03-29 (02:00 -> 03:00) and falls back on 2026-10-25 (03:00 ->
-- 02:00).  A 24/7 calendar counts 23 and 25 hours on those local days; a
-- range 01:00-04:00 loses the skipped hour (2 hours) and counts the
-- repeated one twice (4 hours); a range 02:00-03:00 does not exist on the
-- spring day (0) and is open twice on the autumn day (2 hours).
SELECT business_time('24/7; tz Europe/Copenhagen', '2026-03-29 00:00 Europe/Copenhagen', '2026-03-30 00:00 Europe/Copenhagen') AS spring_24_7,
       business_time('24/7; tz Europe/Copenhagen', '2026-10-25 00:00 Europe/Copenhagen', '2026-10-26 00:00 Europe/Copenhagen') AS autumn_24_7,
       business_time('daily 01:00-04:00; tz Europe/Copenhagen', '2026-03-29 00:00 Europe/Copenhagen', '2026-03-30 00:00 Europe/Copenhagen') AS spring_1_4,
       business_time('daily 01:00-04:00; tz Europe/Copenhagen', '2026-10-25 00:00 Europe/Copenhagen', '2026-10-26 00:00 Europe/Copenhagen') AS autumn_1_4,
       business_time('daily 02:00-03:00; tz Europe/Copenhagen', '2026-03-29 00:00 Europe/Copenhagen', '2026-03-30 00:00 Europe/Copenhagen') AS spring_2_3,
       business_time('daily 02:00-03:00; tz Europe/Copenhagen', '2026-10-25 00:00 Europe/Copenhagen', '2026-10-26 00:00 Europe/Copenhagen') AS autumn_2_3;

-- Southern hemisphere: Sydney falls back on 2026-04-05 (03:00 -> 02:00)
-- and springs forward on 2026-10-04 (02:00 -> 03:00): 25 and 23 hours for
-- 24/7, 4 and 2 hours for Sun 01:00-04:00.
SELECT business_time('24/7; tz Australia/Sydney', '2026-04-05 00:00 Australia/Sydney', '2026-04-06 00:00 Australia/Sydney') AS april_24_7,
       business_time('24/7; tz Australia/Sydney', '2026-10-04 00:00 Australia/Sydney', '2026-10-05 00:00 Australia/Sydney') AS october_24_7,
       business_time('Sun 01:00-04:00; tz Australia/Sydney', '2026-04-05 00:00 Australia/Sydney', '2026-04-06 00:00 Australia/Sydney') AS april_1_4,
       business_time('Sun 01:00-04:00; tz Australia/Sydney', '2026-10-04 00:00 Australia/Sydney', '2026-10-05 00:00 Australia/Sydney') AS october_1_4;

-- Zones that changed their rules use the rules of each date.  Hong Kong
-- last used DST in 1979 (from 13 May 03:30 to 21 October 03:30): 23 and 25
-- hours on those days, and 24 on the same days of 2026.  Sao Paulo
-- abolished DST in 2019: its last spring-forward day, 2018-11-04 (00:00 ->
-- 01:00), had 23 hours; 2019-11-03 has 24.  A Hong Kong week of Mon-Fri
-- 09:00-18:00 is 5 x 9 = 45 hours (the pipelines' bug gave 0).
SELECT business_time('24/7; tz Asia/Hong_Kong', '1979-05-13 00:00 Asia/Hong_Kong', '1979-05-14 00:00 Asia/Hong_Kong') AS hk_1979_may,
       business_time('24/7; tz Asia/Hong_Kong', '1979-10-21 00:00 Asia/Hong_Kong', '1979-10-22 00:00 Asia/Hong_Kong') AS hk_1979_oct,
       business_time('24/7; tz Asia/Hong_Kong', '2026-05-13 00:00 Asia/Hong_Kong', '2026-05-14 00:00 Asia/Hong_Kong') AS hk_2026,
       business_time('24/7; tz America/Sao_Paulo', '2018-11-04 00:00 America/Sao_Paulo', '2018-11-05 00:00 America/Sao_Paulo') AS sp_2018,
       business_time('24/7; tz America/Sao_Paulo', '2019-11-03 00:00 America/Sao_Paulo', '2019-11-04 00:00 America/Sao_Paulo') AS sp_2019,
       business_time('Mon-Fri 09:00-18:00; tz Asia/Hong_Kong', '2026-11-30 00:00 Asia/Hong_Kong', '2026-12-07 00:00 Asia/Hong_Kong') AS hk_week;

-- Closed dates are local days.  Copenhagen Mon-Fri 08:00-16:00 closed
-- 24..26 December 2026 (Thursday to Saturday): the week of Monday 21
-- December counts Mon-Wed = 3 x 8 = 24 hours.  A closed day of 25 hours:
-- 24/7 closed 2026-10-25 counts only 2026-10-24 and 2026-10-26 between
-- their local midnights, 48 hours, out of 73 real hours.
SELECT business_time(hours, '2026-12-21 00:00 Europe/Copenhagen', '2026-12-28 00:00 Europe/Copenhagen') AS christmas_week
FROM teams WHERE team = 'copenhagen';
SELECT business_time('24/7; tz Europe/Copenhagen; closed 2026-10-25', '2026-10-24 00:00 Europe/Copenhagen', '2026-10-27 00:00 Europe/Copenhagen') AS closed_autumn_day;

-- Overnight ranges across a closed date (2026-12-04 is a Friday): Fri
-- 22:00-06:00 from Friday 20:00 to Saturday 08:00 is 8 hours; with
-- Saturday closed only Friday 22:00-24:00 counts (2 hours); with Friday
-- closed only Saturday 00:00-06:00 (6 hours).
SELECT business_time('Fri 22:00-06:00', '2026-12-04 20:00', '2026-12-05 08:00') AS open_night,
       business_time('Fri 22:00-06:00; closed 2026-12-05', '2026-12-04 20:00', '2026-12-05 08:00') AS saturday_closed,
       business_time('Fri 22:00-06:00; closed 2026-12-04', '2026-12-04 20:00', '2026-12-05 08:00') AS friday_closed;

-- Spans of several years.  2020-01-01 to 2030-01-01 has 3653 days (three
-- leap years) = 521 weeks and 6 days; the weeks hold 2605 weekdays and the
-- 6 days left (Wednesday to Monday) 4 more: 2609 weekdays x 8 h = 20872
-- hours, in UTC and in Copenhagen between local midnights (09-17 never
-- meets a DST change).  24/7 in Copenhagen over 2026 between local
-- midnights: 365 x 24 = 8760 hours (the spring hour lost, the autumn one
-- regained).  And the same decade's weekday count less one closed week
-- (Mon 2025-12-22..Sun 2025-12-28, 5 weekdays): 2604 x 8 = 20832 hours.
SELECT business_time('Mon-Fri 09:00-17:00', '2020-01-01', '2030-01-01') AS decade_utc,
       business_time('Mon-Fri 09:00-17:00; tz Europe/Copenhagen', '2020-01-01 00:00 Europe/Copenhagen', '2030-01-01 00:00 Europe/Copenhagen') AS decade_copenhagen,
       business_time('24/7; tz Europe/Copenhagen', '2026-01-01 00:00 Europe/Copenhagen', '2027-01-01 00:00 Europe/Copenhagen') AS year_24_7,
       business_time('Mon-Fri 09:00-17:00; closed 2025-12-22..2025-12-28', '2020-01-01', '2030-01-01') AS decade_less_a_week,
       business_time('Mon-Fri 09:00-17:00', '2030-01-01', '2020-01-01') AS decade_backwards;

-- Microsecond precision: 09:00:00.000001 to 09:00:00.000003 is 2 us.
SELECT business_time('daily 09:00-17:00', '2026-11-30 09:00:00.000001', '2026-11-30 09:00:00.000003') AS two_micros;

------------------------------------------------------------------------
-- business_open and business_next_open
------------------------------------------------------------------------

-- Ranges hold their start, not their end; a closed date is closed all day.
SELECT business_open('Mon-Fri 09:00-17:00', '2026-11-30 09:00') AS at_open,
       business_open('Mon-Fri 09:00-17:00', '2026-11-30 16:59:59.999999') AS last_micro,
       business_open('Mon-Fri 09:00-17:00', '2026-11-30 17:00') AS at_close,
       business_open('Mon-Fri 09:00-17:00; closed 2026-11-30', '2026-11-30 12:00') AS closed_day,
       business_open('Fri 22:00-06:00', '2026-12-05 05:59') AS overnight_saturday,
       business_open('Fri 22:00-06:00; closed 2026-12-05', '2026-12-05 05:59') AS overnight_closed;

-- Local time decides: 02:30 local on the Copenhagen fall-back day happens
-- twice, at 00:30 and 01:30 UTC, and 'daily 02:00-03:00' is open at both.
SELECT business_open('daily 02:00-03:00; tz Europe/Copenhagen', '2026-10-25 00:30+00') AS first_0230,
       business_open('daily 02:00-03:00; tz Europe/Copenhagen', '2026-10-25 01:30+00') AS second_0230,
       business_open('daily 02:00-03:00; tz Europe/Copenhagen', '2026-10-25 02:00+00') AS at_0300_cet;

-- Next opening: itself when open; Friday 18:00 -> Monday 09:00; over a
-- closed Monday to Tuesday 09:00; on the spring-forward day a range
-- 02:30-05:00 opens at 03:00 local (01:00 UTC), the first instant after
-- the skipped hour, whose local time lies in the range.
SELECT business_next_open('Mon-Fri 09:00-17:00', '2026-11-30 10:00') AS open_now,
       business_next_open('Mon-Fri 09:00-17:00', '2026-11-27 18:00') AS after_weekend,
       business_next_open('Mon-Fri 09:00-17:00; closed 2026-11-30', '2026-11-27 18:00') AS after_closed_monday,
       business_next_open('daily 02:30-05:00; tz Europe/Copenhagen', '2026-03-29 00:00+00') AS after_gap;

------------------------------------------------------------------------
-- business_add
------------------------------------------------------------------------

-- An SLA of 8 business hours from Friday 16:00 on Mon-Fri 09:00-17:00:
-- 1 hour on Friday, 7 on Monday -> Monday 16:00; and back: 8 hours.  No
-- time: the start itself, open or not.  From a closed Saturday, 1 hour ->
-- Monday 10:00.  Over the closed Christmas of the Copenhagen team (08:00-
-- 16:00 local = 07:00-15:00 UTC): from Wednesday 23 December 15:00 local
-- 2 hours -> 1 hour that day, then Thu-Sat closed, Sunday not a weekday,
-- 1 hour on Monday 28 December: 09:00 local = 08:00 UTC.
SELECT business_add('Mon-Fri 09:00-17:00', '2026-11-27 16:00', '8 hours') AS due,
       business_time('Mon-Fri 09:00-17:00', '2026-11-27 16:00',
                     business_add('Mon-Fri 09:00-17:00', '2026-11-27 16:00', '8 hours')) AS back,
       business_add('Mon-Fri 09:00-17:00', '2026-11-28 12:00', '0') AS no_time,
       business_add('Mon-Fri 09:00-17:00', '2026-11-28 12:00', '1 hour') AS from_saturday;
SELECT business_add(hours, '2026-12-23 15:00 Europe/Copenhagen', '2 hours') AS over_christmas
FROM teams WHERE team = 'copenhagen';

-- Across DST: 24 hours of a 24/7 Copenhagen calendar from local midnight
-- of the spring-forward day end at 01:00 local the next day (that day had
-- 23 hours): 2026-03-30 01:00+02 = 2026-03-29 23:00 UTC.  In Sydney on its
-- fall-back day 25 hours reach the next local midnight, 2026-04-06 00:00+10
-- = 2026-04-05 14:00 UTC.
SELECT business_add('24/7; tz Europe/Copenhagen', '2026-03-29 00:00 Europe/Copenhagen', '24 hours') AS copenhagen_spring,
       business_add('24/7; tz Australia/Sydney', '2026-04-05 00:00 Australia/Sydney', '25 hours') AS sydney_autumn;

-- Durations follow the extension's convention (a day is 24 hours): 1 day
-- of Mon-Fri 09:00-17:00 is three working days, Monday 09:00 -> Wednesday
-- 17:00.  A year of weekdays from 2026-01-01 (Thursday): 261 weekdays in
-- 2026 x 8 hours = 2088 hours end on the last one, Thursday 2026-12-31
-- 17:00.
SELECT business_add('Mon-Fri 09:00-17:00', '2026-11-30 09:00', '1 day') AS one_day,
       business_add('Mon-Fri 09:00-17:00', '2026-01-01 00:00', '2088 hours') AS a_year;

-- Round trip over all the calendars of the teams and a few starts.
SELECT count(*) AS round_trips,
       count(*) FILTER (WHERE business_time(hours, s, business_add(hours, s, d)) = d) AS exact
FROM teams,
     (VALUES (timestamptz '2026-03-28 23:30+00'), ('2026-10-24 12:00+00'), ('2026-12-23 10:00+00')) s(s),
     (VALUES (interval '0'), ('1 min'), ('8 hours'), ('3 days'), ('400 hours')) d(d);

-- NULL in, NULL out (strict); infinite instants and negative durations
-- are errors.
SELECT business_time(NULL, now(), now()) IS NULL AS null_calendar,
       business_add('24/7', NULL, '1 hour') IS NULL AS null_start;
\set VERBOSITY default
SELECT business_time('24/7', '-infinity', now());
SELECT business_next_open('24/7', 'infinity');
SELECT business_add('24/7', '2026-01-01', '-1 hour');
SELECT business_add('24/7', '2026-01-01', '300000 years');
SELECT business_add('24/7', '294276-12-31 23:00', '2 hours');
-- a POSIX rule may put a zone days away from UTC; beyond 48 hours the
-- calendar is refused at input (22P02) rather than at every evaluation
SELECT business_time('24/7; tz <+99>-99', '2026-01-01', '2026-01-02');
\set VERBOSITY terse

-- Far dates: 9999-12-31 is a Friday (extract(dow) = 5), so a Monday
-- calendar closed 9999-12-20..9999-12-31 next opens on Monday
-- 10000-01-03.
SELECT business_next_open('Mon 09:00-10:00; closed 9999-12-20..9999-12-31', '9999-12-19 12:00') AS far;

-- Far DST changes.  Past the end of its table PostgreSQL repeats a zone's
-- rule in 400-year cycles, and pg_next_dst_boundary reports no further
-- change at the instant 2769-10-26 01:00 UTC (Europe/Copenhagen's fall
-- back that year, CEST +2 -> CET +1; 2769-10-26 is the last Sunday of
-- October); a span walking through it must still see the spring forward
-- of 2770-03-29 01:00 UTC (last Sunday of March 2770; 2770-03-30 is a
-- Monday).  Calendar: daily 12:00-13:00, closed 2769-10-26..2770-04-30.
--  from 2769-10-25 00:00 UTC (Saturday 02:00 CEST): Saturday 12:00-13:00
--  CEST = 10:00-11:00 UTC is 1 hour; closed until 2770-04-30; Friday
--  2770-05-01 12:00 CEST (+2) = 10:00 UTC, to 10:30 UTC is 30 minutes:
--  1:30:00 (one offset from late 2769 on would put the opening at 11:00
--  UTC and give 1:00:00);
--  business_next_open from the change itself: 2770-05-01 10:00+00;
--  business_add of 30 minutes from the change: 10:00 + 30 min = 10:30+00;
--  business_add of 90 minutes from 2769-10-25 00:00: the Saturday hour,
--  then 30 minutes of 1 May: 2770-05-01 10:30+00.
SELECT business_time(c, '2769-10-25 00:00+00', '2770-05-01 10:30+00') AS far_time,
       business_next_open(c, '2769-10-26 01:00+00') AS far_next_open,
       business_add(c, '2769-10-26 01:00+00', '30 minutes') AS far_add,
       business_add(c, '2769-10-25 00:00+00', '90 minutes') AS far_add_across
FROM (SELECT 'daily 12:00-13:00; closed 2769-10-26..2770-04-30; tz Europe/Copenhagen'::kpi_calendar AS c) c;

-- Longest spans.  From 2000-01-01 to the last microsecond of timestamptz
-- (294276-12-31 23:59:59.999999, END_TIMESTAMP - 1 = 9223371331199999999
-- us) a 24/7 UTC calendar is open 9223371331199999999 us =
-- 2562047591:59:59.999999, below the interval limit of 2^63 - 1 us.  From
-- the first instant (4713-11-24 BC, -211813488000000000 us) it would be
-- 9223371331199999999 + 211813488000000000 = 9435184819199999999 us >
-- 2^63 - 1 = 9223372036854775807: an error, in either direction, not a
-- wrapped negative interval.
SELECT business_time('24/7', '2000-01-01 00:00+00', '294276-12-31 23:59:59.999999+00') AS longest;
\set VERBOSITY default
SELECT business_time('24/7', '4713-11-24 00:00+00 BC', '294276-12-31 23:59:59.999999+00');
SELECT business_time('24/7', '294276-12-31 23:59:59.999999+00', '4713-11-24 00:00+00 BC');
\set VERBOSITY terse

DROP TABLE teams;
