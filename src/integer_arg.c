/*
 * integer_arg.c
 *		numeric score and count arguments, read as whole bigints.
 *
 * Warehouses load survey scores and contact counts as numeric (from JSON,
 * for one).  A KPI accepts such a value when it is a whole number, like 9
 * or 9.0, and then treats it exactly as the bigint of the same value.
 * Everything else is an error rather than a rounded or wrapped number:
 * a fraction or NaN is 22023 (invalid_parameter_value), an infinity or a
 * value beyond bigint 22003 (numeric_value_out_of_range); the integer
 * types never get here (see kpi_integer_arg in kpi.h).
 */
#include "kpi.h"

#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

/* The value as the user wrote it (8.50 stays 8.50), for error details. */
static char *
numeric_text(Numeric number)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out,
											   NumericGetDatum(number)));
}

pg_noreturn static void report_not_whole(Numeric number, const char *function,
										 const char *argument);
pg_noreturn static void report_beyond_bigint(Numeric number, const char *function,
											 const char *argument);

/* Error for a fraction or NaN: there is no score 8.5 to count. */
static void
report_not_whole(Numeric number, const char *function, const char *argument)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: %s must be a whole number", function, argument),
			 errdetail("Got %s.", numeric_text(number))));
}

/* Error for an infinity or a whole number that no bigint holds. */
static void
report_beyond_bigint(Numeric number, const char *function,
					 const char *argument)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: %s is out of range for bigint", function, argument),
			 errdetail("Got %s.", numeric_text(number))));
}

/* Whether a finite numeric lies within bigint's range. */
static bool
numeric_fits_bigint(Numeric number)
{
	Datum		value = NumericGetDatum(number);
	Datum		lowest = NumericGetDatum(int64_to_numeric(PG_INT64_MIN));
	Datum		highest = NumericGetDatum(int64_to_numeric(PG_INT64_MAX));

	return DatumGetBool(DirectFunctionCall2(numeric_ge, value, lowest)) &&
		DatumGetBool(DirectFunctionCall2(numeric_le, value, highest));
}

/*
 * A numeric score or count argument as int64: whole values only (9.0 is
 * 9), within bigint's range.  Every scale kpi knows fits in int32, so the
 * common case ends at numeric_int4_opt_error; it rounds, which is exact
 * here because the value was found whole first.
 */
int64
kpi_numeric_whole_value(Datum value, const char *function,
						const char *argument)
{
	Numeric		number = DatumGetNumeric(value);
	bool		beyond_int32 = false;
	int32		narrow;

	if (numeric_is_nan(number))
		report_not_whole(number, function, argument);
	if (numeric_is_inf(number))
		report_beyond_bigint(number, function, argument);
	/* min_scale() is 0 for whole values (9.000 too) and reads in place */
	if (DatumGetInt32(DirectFunctionCall1(numeric_min_scale,
										  NumericGetDatum(number))) != 0)
		report_not_whole(number, function, argument);
	narrow = numeric_int4_opt_error(number, &beyond_int32);
	if (likely(!beyond_int32))
		return narrow;
	if (!numeric_fits_bigint(number))
		report_beyond_bigint(number, function, argument);
	return DatumGetInt64(DirectFunctionCall1(numeric_int8,
											 NumericGetDatum(number)));
}
