/*
 * report.c
 *		The errors that every KPI family raises, in one file beneath them
 *		all: the out-of-line reporters that kpi.h's inline helpers call,
 *		and the text of values that these and the families' own messages
 *		print.
 *
 * Dependencies point down: this file needs only kpi.h, the printers of
 * state_parse.c (which runs without the server) and PostgreSQL.  It calls
 * no KPI family's file, so a family that uses an inline helper of kpi.h
 * depends on report.c alone, not on the other families.
 */
#include "kpi.h"

#include "utils/builtins.h"
#include "utils/date.h"

/* Decimal text of an int128, in palloc'd memory, for messages. */
char *
kpi_int128_text(int128 value)
{
	char	   *digits = palloc(KPI_INT128_DIGITS + 1);

	*kpi_int128_format(digits, value) = '\0';
	return digits;
}

/* A state's canonical text form, in palloc'd memory. */
char *
kpi_state_format(const KpiStateType *type, const void *state)
{
	char	   *formatted = palloc(kpi_state_text_size(type));

	kpi_state_format_into(type, state, formatted);
	return formatted;
}

/* A timestamptz or a date (dates == true) as text, for error details. */
char *
kpi_instant_text(int64 value, bool dates)
{
	if (dates)
		return DatumGetCString(DirectFunctionCall1(date_out,
												   DateADTGetDatum((DateADT) value)));
	return DatumGetCString(DirectFunctionCall1(timestamptz_out,
											   TimestampTzGetDatum(value)));
}

/* Render an interval the way the user wrote it, for error details. */
char *
kpi_interval_text(const Interval *span)
{
	return DatumGetCString(DirectFunctionCall1(interval_out,
											   IntervalPGetDatum(span)));
}

/*
 * Render a microsecond count as an interval literal, for error details:
 * all in the time field, as kpi_micros_interval builds the durations kpi
 * returns, but on the stack, so that this file needs nothing of
 * duration.c.
 */
char *
kpi_micros_text(int64 micros)
{
	Interval	span = {.time = micros, .day = 0, .month = 0};

	return kpi_interval_text(&span);
}

/* A state's period as a timestamptz range literal, for error details. */
char *
kpi_period_text(const KpiPeriod *period)
{
	return psprintf("[%s,%s)",
					kpi_instant_text(period->from_us - KPI_UNIX_EPOCH_SHIFT_US, false),
					kpi_instant_text(period->until_us - KPI_UNIX_EPOCH_SHIFT_US, false));
}

/* Error for an inverse transition that left a state inconsistent. */
void
kpi_report_bad_removal(const KpiStateType *type, const void *state,
					   const char *problem)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: removed rows that the %s did not hold",
					type->function_name, type->type_name),
			 errdetail("%s in the result %s.", problem,
					   kpi_state_format(type, state))));
}

/* Error for an integer argument outside its domain, e.g. a score of 11. */
void
kpi_report_out_of_domain(const char *function, const char *rule, int64 value)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: %s", function, rule),
			 errdetail("Got " INT64_FORMAT ".", value)));
}

/*
 * Error for a duration argument that breaks a rule ("must be ..."), with
 * the interval as given in DETAIL: the shape of the three below.
 */
pg_noreturn static void
report_duration_argument(int sqlstate, const Interval *span,
						 const char *function, const char *argument,
						 const char *rule)
{
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("%s: %s %s", function, argument, rule),
			 errdetail("Got %s.", kpi_interval_text(span))));
}

/* Error for a negative duration argument. */
void
kpi_report_negative_duration(const Interval *span, const char *function,
							 const char *argument)
{
	report_duration_argument(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, span, function,
							 argument, "must not be a negative duration");
}

/* Error for an infinite duration argument (PostgreSQL 17 and later). */
void
kpi_report_infinite_duration(const Interval *span, const char *function,
							 const char *argument)
{
	report_duration_argument(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE, span, function,
							 argument, "must be a finite duration");
}

/* Error for a threshold too long for int64 microseconds. */
void
kpi_report_long_threshold(const Interval *span, const char *function,
						  const char *argument)
{
	report_duration_argument(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, span, function,
							 argument, "must be shorter than 292,000 years");
}

/* Error for a count or a duration sum that no longer fits its type. */
void
kpi_report_overflow(const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: accumulated count or duration is out of range",
					function),
			 errdetail("Counts are limited to 9223372036854775807 rows, duration sums to 2^127 microseconds and sums of squared durations to 2^127 square microseconds.")));
}

/* Error for a count driven below zero, which only a bad inverse call does. */
void
kpi_report_underflow(const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: count or duration became negative", function),
			 errdetail("A row was removed from an aggregate state that did not hold it.")));
}

/* Error for a threshold that differs from the one a state already has. */
void
kpi_threshold_conflict(int64 current, int64 incoming, const char *function,
					   const char *argument)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s must be the same for every row of a group",
					function, argument),
			 errdetail("Got %s after %s.",
					   kpi_micros_text(incoming), kpi_micros_text(current))));
}

/* Error for a period that differs from the one a state already has. */
void
kpi_period_conflict(const KpiPeriod *current, const KpiPeriod *incoming,
					const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: period must be the same for every row of a group",
					function),
			 errdetail("Got %s after %s.",
					   kpi_period_text(incoming), kpi_period_text(current))));
}

/* Error for a row's duration whose square the sum of squares cannot hold. */
void
kpi_report_square_overflow(const char *function, int128 micros)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: a duration is too long for the state's sum of squares",
					function),
			 errdetail("Got %s microseconds; the square of a duration must fit in 2^127 square microseconds, so a duration may be at most 13043817825332782212 microseconds (about 413,000 years).",
					   kpi_int128_text(micros))));
}
