-- format.sql: how every section of the demo report prints a duration, a
-- week and an attainment, so that all of them print the same way.  Run
-- after generate.sql (it creates the kpi_demo schema).
--
-- Durations: h:mm:ss, the hours not padded and not folded into days
-- (0:00:23, 0:08:12, 37:40:14), rounded to the nearest second.
-- Weeks: the week's number and the Monday it starts (" 1 · 31 Aug").
-- Attainment: one decimal and a percent sign; a status other than met
-- never reads 100% (see attainment_text).
\set ON_ERROR_STOP 1
SET search_path = kpi_demo, public;
\o /dev/null

CREATE FUNCTION hms(d interval) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
	SELECT format('%s:%s:%s', s / 3600, lpad((s / 60 % 60)::text, 2, '0'),
	              lpad((s % 60)::text, 2, '0'))
	FROM (SELECT round(extract(epoch FROM d))::bigint AS s) rounded
$$;

CREATE FUNCTION week_label(week int) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
	SELECT lpad(week::text, 2) || ' · ' || to_char(date '2026-08-31' + (week - 1) * 7, 'DD Mon')
$$;

-- kpi_attainment is at least 100 exactly when the goal is met.  Met: rounded
-- to one decimal (never below 100.0).  At risk or missed: rounded down to one
-- decimal and at most 99.9, so that 99.96% (or 100% on the goal of a strict
-- '>' or '<' target) does not read as 100.0%.
CREATE FUNCTION attainment_text(attainment float8, status kpi_status) RETURNS text
LANGUAGE sql IMMUTABLE STRICT AS $$
	SELECT to_char(CASE WHEN status = 'met' THEN round(attainment::numeric, 1)
	                    ELSE least(floor(attainment::numeric * 10) / 10, 99.9) END,
	               'FM99990.0') || '%'
$$;
\o
