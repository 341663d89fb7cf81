/*
 * target_parse.c
 *		Parsing and checking of kpi_target literals, without the server.
 *
 * Problems are returned as messages naming the broken rule, not raised,
 * and durations are read through a callback (PostgreSQL's interval input
 * in the server, a small stand-in in the fuzzer), so the libFuzzer harness
 * in test/fuzz links this file alone.
 */
#include "kpi.h"

#include <errno.h>
#include <math.h>

/* Skip ASCII white space. */
static const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/*
 * Parse a plain decimal number (no hex, NaN or infinity, which strtod would
 * also take) filling the whole of [start, end), of any length, as float8
 * input reads it.  *out_of_range tells a well-formed number too large for
 * double precision from a non-number.
 */
static bool
parse_number(const char *start, const char *end, double *result,
			 bool *out_of_range)
{
	const char *p = start;
	char	   *stop;
	bool		digits = false;

	if (start == end)
		return false;
	if (*p == '+' || *p == '-')
		p++;
	while (p < end && *p >= '0' && *p <= '9')
		p++, digits = true;
	if (p < end && *p == '.')
		for (p++; p < end && *p >= '0' && *p <= '9'; p++)
			digits = true;
	if (!digits)
		return false;
	if (p < end && (*p == 'e' || *p == 'E'))
	{
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p == end || *p < '0' || *p > '9')
			return false;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p != end)
		return false;

	/*
	 * strtod reads the text in place: what follows the checked span is a
	 * blank, "%", the end or the keyword "warn", none of which continues a
	 * decimal number, so it stops exactly at end.
	 */
	errno = 0;
	*result = strtod(start, &stop);
	if (stop != end)
		return false;
	/*
	 * As float8 input does: a denormal result (1e-310) is kept, a number
	 * that would round to zero (1e-400) is out of range rather than
	 * silently 0, which would turn "> 1e-310" into "> 0".
	 */
	if ((errno == ERANGE && *result == 0) || !isfinite(*result))
	{
		*out_of_range = true;
		return false;
	}
	*result = kpi_positive_zero(*result);
	return true;
}

/*
 * Whether [start, end) can be a duration: units or clock notation, and
 * only the characters interval input gives a meaning to.  PostgreSQL's
 * interval decoder skips other punctuation and reads a bare number as
 * seconds, which would turn "> 7" after a stray comparator, or "7,", into
 * seven seconds.
 */
static bool
looks_like_duration(const char *start, const char *end)
{
	bool		has_unit = false;

	for (const char *p = start; p < end; p++)
	{
		char		c = *p;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ':')
			has_unit = true;
		else if (!((c >= '0' && c <= '9') || c == ' ' || c == '\t' ||
				   c == '.' || c == '+' || c == '-' || c == '@'))
			return false;
	}
	return has_unit;
}

/*
 * Parse one quantity, [start, end) with blanks trimmed, as a percent, a
 * number or a duration.  Returns NULL or the rule it broke.
 */
static const char *
parse_quantity(const char *start, const char *end,
			   KpiDurationParser parse_duration, uint8 *unit,
			   KpiTargetValue *value)
{
	bool		out_of_range = false;

	while (end > start && (end[-1] == ' ' || end[-1] == '\t' ||
						   end[-1] == '\n' || end[-1] == '\r'))
		end--;
	if (end == start)
		return "A goal or warning threshold is missing";
	if (end[-1] == '%')
	{
		const char *number_end = end - 1;

		while (number_end > start && (number_end[-1] == ' ' ||
									  number_end[-1] == '\t'))
			number_end--;
		*unit = KPI_UNIT_PERCENT;
		if (!parse_number(start, number_end, &value->number, &out_of_range))
			return out_of_range ?
				"A percent is out of range for double precision" :
				"A percent must be a decimal number followed by \"%\"";
		return NULL;
	}
	if (parse_number(start, end, &value->number, &out_of_range))
	{
		*unit = KPI_UNIT_NUMBER;
		return NULL;
	}
	if (out_of_range)
		return "A number is out of range for double precision";
	*unit = KPI_UNIT_DURATION;
	if (!looks_like_duration(start, end))
		return "A goal must be a number, a percent such as \"80%\", or a duration such as \"6 min\" or \"00:01:00\"";
	if (!parse_duration(start, end - start, &value->micros))
		return "A goal must be a number, a percent such as \"80%\", or a duration such as \"6 min\"";
	if (value->micros < 0)
		return "A duration goal or warning threshold must not be negative";
	return NULL;
}

/* Whether c is an ASCII letter. */
static inline bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Find the keyword "warn", case-insensitively, not inside a longer word;
 * spacing around it is free ("80%WARN 70%").  p follows the comparator, so
 * p[-1] exists.
 */
static const char *
find_warn(const char *p)
{
	for (; *p; p++)
	{
		if ((p[0] | 0x20) == 'w' && (p[1] | 0x20) == 'a' &&
			(p[2] | 0x20) == 'r' && (p[3] | 0x20) == 'n' &&
			!is_letter(p[-1]) && !is_letter(p[4]))
			return p;
	}
	return NULL;
}

/* Compare two values of a target's unit: <0, 0 or >0. */
int
kpi_target_value_cmp(uint8 unit, KpiTargetValue a, KpiTargetValue b)
{
	if (unit == KPI_UNIT_DURATION)
		return (a.micros > b.micros) - (a.micros < b.micros);
	return (a.number > b.number) - (a.number < b.number);
}

/* The cross-field rules every target obeys, whatever its source. */
const char *
kpi_target_check(const KpiTarget *target)
{
	if (target->comparator > KPI_CMP_LT)
		return "The comparator must be >=, >, <= or <";
	if (target->unit > KPI_UNIT_DURATION)
		return "The unit must be number, percent or duration";
	if (target->has_warning > 1)
		return "The warning flag must be 0 or 1";
	if (target->unit == KPI_UNIT_DURATION)
	{
		if (target->goal.micros < 0 || target->warning.micros < 0)
			return "A duration goal or warning threshold must not be negative";
	}
	else if (!isfinite(target->goal.number) ||
			 !isfinite(target->warning.number))
		return "A goal or warning threshold must be a finite number";
	if (!target->has_warning)
	{
		if (target->warning.micros != 0)
			return "A target without warning threshold must store zero there";
		return NULL;
	}
	if (kpi_target_higher_is_better(target->comparator) ?
		kpi_target_value_cmp(target->unit, target->warning, target->goal) >= 0 :
		kpi_target_value_cmp(target->unit, target->warning, target->goal) <= 0)
		return kpi_target_higher_is_better(target->comparator) ?
			"With > or >= (higher is better) the warning threshold must be below the goal" :
			"With < or <= (lower is better) the warning threshold must be above the goal";
	return NULL;
}

/*
 * Parse a target literal into *target.  Returns NULL on success or a static
 * message naming the rule the text broke.
 */
const char *
kpi_target_parse(const char *text, KpiDurationParser parse_duration,
				 KpiTarget *target)
{
	const char *p = skip_blanks(text);
	const char *warn;
	const char *problem;
	uint8		warning_unit;

	memset(target, 0, sizeof(KpiTarget));
	if (p[0] == '>' && p[1] == '=')
		target->comparator = KPI_CMP_GE, p += 2;
	else if (p[0] == '<' && p[1] == '=')
		target->comparator = KPI_CMP_LE, p += 2;
	else if (p[0] == '>')
		target->comparator = KPI_CMP_GT, p += 1;
	else if (p[0] == '<')
		target->comparator = KPI_CMP_LT, p += 1;
	else
		return "A target starts with a comparator: >=, >, <= or <";
	if (*p == '<' || *p == '>' || *p == '=')
		return "The comparator must be one of >=, >, <= or <";
	p = skip_blanks(p);
	warn = find_warn(p);
	problem = parse_quantity(p, warn ? warn : p + strlen(p), parse_duration,
							 &target->unit, &target->goal);
	if (problem != NULL)
		return problem;
	if (warn == NULL)
		return kpi_target_check(target);
	p = skip_blanks(warn + 4);
	problem = parse_quantity(p, p + strlen(p), parse_duration, &warning_unit,
							 &target->warning);
	if (problem != NULL)
		return problem;
	if (warning_unit != target->unit)
		return "The warning threshold must have the same unit as the goal";
	target->has_warning = 1;
	return kpi_target_check(target);
}

