/*
 * bar.c
 *		kpi_bar: a value drawn as a horizontal bar of block characters, in
 *		eighths of a character, the way DuckDB's bar() draws one.
 *
 * The bar is floor(8 * width * value / high) eighths long, evaluated in
 * that order: full blocks (█) and one left block for the remainder (▏ is
 * one eighth, ▉ seven).  It is rounded down so that a bar never claims
 * more than the value: only a value at or above high fills the width.
 * Values outside 0..high are clamped to an empty or a full bar.
 */
#include "kpi.h"

#include <math.h>

#include "utils/builtins.h"

#define MAX_BAR_WIDTH 1000

/* A double precision value as float8out writes it, for error details. */
static char *
number_text(double value)
{
	return DatumGetCString(DirectFunctionCall1(float8out,
											   Float8GetDatum(value)));
}

/* How many eighths of the width a value fills, 0..8 * width. */
static int
bar_eighths(double value, double high, int width)
{
	int			all = 8 * width;
	volatile double scaled;
	double		quotient;
	int			eighths;

	if (value >= high)
		return all;
	if (value <= 0)
		return 0;
	/*
	 * In the documented order, 8 * width * value / high: multiplying first
	 * keeps boundaries that are exact in decimals exact (8 * 10 * 1.2 / 3
	 * is 32; 1.2 / 3 * 80 rounds to 31.999999999999996).  Only a value
	 * near the top of double precision makes the product overflow; then
	 * divide first (0 < value / high < 1).  The exact quotient is below
	 * all, but its rounding can reach it.  The product goes through a
	 * volatile so that the compiler tests the product itself: GCC 14 folds
	 * "isinf(c * x)" to "isinf(x)", wrong where c * x overflows (see
	 * percent_of in target.c).
	 */
	scaled = value * all;
	quotient = isinf(scaled) ? value / high * all : scaled / high;
	eighths = (int) floor(quotient);
	return Min(eighths, all - 1);
}

PG_FUNCTION_INFO_V1(kpi_bar);
/* kpi_bar(value, high, width): the bar, empty for 0, full at high. */
Datum
kpi_bar(PG_FUNCTION_ARGS)
{
	double		value = PG_GETARG_FLOAT8(0);
	double		high = PG_GETARG_FLOAT8(1);
	int32		width = PG_GETARG_INT32(2);
	const KpiGlyph *glyphs;
	StringInfoData bar;
	int			eighths;

	if (width < 1 || width > MAX_BAR_WIDTH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_bar: width must be between 1 and %d characters",
						MAX_BAR_WIDTH),
				 errdetail("Got %d.", width)));
	if (isnan(high) || isinf(high) || high <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_bar: high must be a finite number above 0"),
				 errdetail("Got %s.", number_text(high))));
	if (isnan(value))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_bar: the value must be a number, not NaN"),
				 errdetail("Got NaN.")));
	glyphs = kpi_block_glyphs("kpi_bar");
	eighths = bar_eighths(value, high, width);
	initStringInfo(&bar);
	for (int i = 0; i < eighths / 8; i++)
		appendBinaryStringInfo(&bar, glyphs[KPI_FULL_BLOCK].bytes,
							   glyphs[KPI_FULL_BLOCK].length);
	if (eighths % 8 != 0)
	{
		const KpiGlyph *rest = &glyphs[KPI_LEFT_BLOCK(eighths % 8)];

		appendBinaryStringInfo(&bar, rest->bytes, rest->length);
	}
	PG_RETURN_TEXT_P(cstring_to_text_with_len(bar.data, bar.len));
}
