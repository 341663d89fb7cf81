/*
 * target_parse.c
 *		Parsing and checking of kpi_target literals, without the server.
 *
 * Problems are returned as messages naming the broken rule, with the part
 * of the text at fault and a hint where one helps, not raised; durations
 * are read through a callback (PostgreSQL's interval input in the server,
 * a small stand-in in the fuzzer), so the libFuzzer harness in test/fuzz
 * links this file alone.  The text of a duration is checked here first:
 * interval input is lenient (a number without a unit is seconds), and a
 * typo there would otherwise become a valid target.
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

/* The end of [start, end) without its trailing ASCII white space. */
static const char *
trim_blanks(const char *start, const char *end)
{
	while (end > start && (end[-1] == ' ' || end[-1] == '\t' ||
						   end[-1] == '\n' || end[-1] == '\r'))
		end--;
	return end;
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

#define RULE_NOT_A_QUANTITY \
	"A goal must be a number, a percent such as \"80%\", or a duration such as \"6 min\" or \"00:01:00\""

/* What check_duration_text learnt about a duration's numbers. */
typedef struct DurationDigits
{
	bool		any;			/* it has a number at all */
	bool		nonzero;		/* one of its digits is not 0 */
} DurationDigits;

/*
 * Check the words and numbers of a duration [start, end) before interval
 * input reads it, which reads the last number that has no unit as seconds
 * ("1 h 30" is an hour and 30 seconds) and knows one-letter units ("w" is
 * a week): "> 30 w 20", a typo for "> 30 warn 20", would be 30 weeks and
 * 20 seconds.  So every number must be followed by its unit, or by a clock
 * time (SQL's "3 4:05:06" is 3 days 4:05:06), or be part of one; and only
 * characters interval input gives a meaning to may appear (it skips other
 * punctuation, so "7," would be seven seconds).  warn_possible says that
 * a mistyped "warn" could explain a unitless number.  Returns NULL or the
 * broken rule, with the number at fault in *mistake.
 */
static const char *
check_duration_text(const char *start, const char *end, bool warn_possible,
					DurationDigits *digits, KpiTargetMistake *mistake)
{
	const char *p = start;
	const char *pending = NULL; /* a number still waiting for its unit */
	const char *pending_end = NULL;
	const char *word = NULL;	/* the last word before it */
	const char *unitless = NULL;	/* the first number left without one */
	const char *unitless_end = NULL;
	const char *unitless_word = NULL;
	bool		has_unit = false;

	digits->any = digits->nonzero = false;
	while (p < end)
	{
		const char *token = p;

		if (*p == ' ' || *p == '\t' || *p == '@')
		{
			/* blanks, and "@", which interval input ignores */
			p++;
			continue;
		}
		if (kpi_is_letter(*p))
		{
			while (p < end && kpi_is_letter(*p))
				p++;
			word = token;
			pending = NULL;
			has_unit = true;
			continue;
		}
		if (*p == '+' || *p == '-')
		{
			/* a sign, which may stand apart ("1 day - 2 hours") */
			for (p++; p < end && (*p == ' ' || *p == '\t'); p++)
				;
			if (p == end || !(kpi_is_digit(*p) || *p == '.'))
				return RULE_NOT_A_QUANTITY;
		}
		else if (!kpi_is_digit(*p) && *p != '.' && *p != ':')
			return RULE_NOT_A_QUANTITY;
		/* a number, or a clock time with its ":" and fraction */
		while (p < end && (kpi_is_digit(*p) || *p == '.' || *p == ':'))
		{
			digits->any |= kpi_is_digit(*p);
			digits->nonzero |= kpi_is_digit(*p) && *p != '0';
			p++;
		}
		if (memchr(token, ':', p - token) != NULL)
		{
			/* a clock time: a number before it counts days */
			pending = NULL;
			has_unit = true;
			continue;
		}
		if (pending != NULL && unitless == NULL)
			unitless = pending, unitless_end = pending_end, unitless_word = word;
		pending = token;
		pending_end = p;
	}
	if (pending != NULL && unitless == NULL)
		unitless = pending, unitless_end = pending_end, unitless_word = word;
	if (!has_unit)
		return RULE_NOT_A_QUANTITY;
	if (unitless != NULL)
	{
		mistake->at = unitless;
		mistake->at_length = (int) (unitless_end - unitless);
		mistake->hint = warn_possible && unitless_word != NULL &&
			(*unitless_word | 0x20) == 'w' ?
			"Did you mean \"warn\"? A warning threshold follows the keyword warn, as in \"> 30 warn 20\"; otherwise write a unit after every number of the duration." :
			"Write a unit after every number of a duration, as in \"1 h 30 min\" or \"6 min 8 s\".";
		return "A number in a duration must be followed by its unit (interval input would read a number alone as seconds)";
	}
	return NULL;
}

/*
 * Whether [start, end) starts like a hexadecimal number ("0x10"), which is
 * no number here (parse_number) and must not pass for a duration either.
 */
static bool
is_hexadecimal(const char *start, const char *end)
{
	if (start < end && (*start == '+' || *start == '-'))
		start++;
	return end - start > 2 && start[0] == '0' && (start[1] | 0x20) == 'x';
}

/*
 * Parse one quantity, [start, end) with blanks trimmed, as a percent, a
 * number or a duration.  Returns NULL or the rule it broke.
 */
static const char *
parse_quantity(const char *start, const char *end,
			   KpiDurationParser parse_duration, bool warn_possible,
			   uint8 *unit, KpiTargetValue *value, KpiTargetMistake *mistake)
{
	bool		out_of_range = false;
	DurationDigits digits;
	const char *problem;

	end = trim_blanks(start, end);
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
	if (is_hexadecimal(start, end))
		return RULE_NOT_A_QUANTITY;
	*unit = KPI_UNIT_DURATION;
	if ((problem = check_duration_text(start, end, warn_possible, &digits,
									   mistake)) != NULL)
		return problem;
	if (!parse_duration(start, end - start, &value->micros))
		return RULE_NOT_A_QUANTITY;
	if (value->micros < 0)
		return "A duration goal or warning threshold must not be negative";
	/* interval input reads "PT" as zero */
	if (!digits.any)
	{
		mistake->at = start;
		mistake->at_length = (int) (end - start);
		return "A duration needs a number, as in \"PT1M\" or \"0 s\"";
	}
	/*
	 * Interval input keeps whole microseconds, so "0.0000004 s" comes to
	 * 0, and "1 min -60 s" adds up to 0: a goal nothing can meet, which
	 * whoever wrote non-zero numbers did not mean.  Written as zero ("0 s",
	 * "00:00:00"), zero is what they meant.
	 */
	if (value->micros == 0 && digits.nonzero)
	{
		mistake->at = start;
		mistake->at_length = (int) (end - start);
		mistake->hint = "Durations are kept in whole microseconds: write \"0 s\" for no time, or at least \"0.000001 s\".";
		return "A duration that is not written as zero must not come to zero microseconds";
	}
	return NULL;
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
			!kpi_is_letter(p[-1]) && !kpi_is_letter(p[4]))
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
 * message naming the rule the text broke, with *mistake saying where and
 * what to write instead when it can.
 */
const char *
kpi_target_parse(const char *text, KpiDurationParser parse_duration,
				 KpiTarget *target, KpiTargetMistake *mistake)
{
	const char *p = skip_blanks(text);
	const char *warn;
	const char *problem;
	uint8		warning_unit;

	memset(target, 0, sizeof(KpiTarget));
	memset(mistake, 0, sizeof(KpiTargetMistake));
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
							 warn == NULL, &target->unit, &target->goal,
							 mistake);
	if (problem != NULL)
		return problem;
	if (warn == NULL)
		return kpi_target_check(target);
	p = skip_blanks(warn + 4);
	if (find_warn(p) != NULL)
	{
		mistake->at = find_warn(p);
		mistake->at_length = 4;
		return "A target has at most one warning threshold";
	}
	problem = parse_quantity(p, p + strlen(p), parse_duration, false,
							 &warning_unit, &target->warning, mistake);
	if (problem != NULL)
		return problem;
	if (warning_unit != target->unit)
	{
		mistake->at = p;
		mistake->at_length = (int) (trim_blanks(p, p + strlen(p)) - p);
		mistake->hint = "Write the warning threshold in the goal's unit, as in \"< 6 min warn 8 min\" or \">= 80% warn 70%\".";
		return "The warning threshold must have the same unit as the goal";
	}
	target->has_warning = 1;
	return kpi_target_check(target);
}
