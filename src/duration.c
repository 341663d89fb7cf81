/*
 * duration.c
 *		Intervals as exact microsecond counts, mean durations, and
 *		correctly rounded percents and means of the exact sums.  The errors
 *		of the accumulators are in report.c.
 *
 * KPI durations follow EXTRACT(EPOCH FROM interval): a day is 24 hours and
 * a month 30 days.  The conversion is done in int128 so that no interval
 * PostgreSQL accepts can overflow it.
 */
#include "kpi.h"

#include <math.h>

/*
 * An interval of micros microseconds, all in the time field: the form of
 * every duration kpi returns, so that no day or month part depends on how
 * a value was reached.
 */
Interval *
kpi_micros_interval(int64 micros)
{
	Interval   *result = (Interval *) palloc(sizeof(Interval));

	result->time = micros;
	result->day = 0;
	result->month = 0;
	return result;
}

/*
 * Mean duration rounded half up to the microsecond, with the whole duration
 * in the time field so that no day or month part depends on how the sum
 * was reached.  The rounding works on the quotient and the remainder: the
 * textbook (total + count / 2) / count wraps when total is near 2^127.
 */
Interval *
kpi_mean_interval(int128 total_us, int64 count, const char *function)
{
	int128		mean;
	int128		remainder;

	Assert(total_us >= 0 && count > 0);
	mean = total_us / count;
	remainder = total_us % count;
	/* half up: the remainder is at least half of count, rounded up */
	if (remainder >= count - count / 2)
		mean++;
	if (unlikely(mean > PG_INT64_MAX))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s: mean duration is out of range for type interval",
						function),
				 errdetail("The mean is %s microseconds; an interval holds at most 2^63 - 1.",
						   kpi_int128_text(mean))));
	return kpi_micros_interval((int64) mean);
}

/*
 * factor * part / whole correctly rounded to double, factor 1..127 and
 * whole > 0, by binary long division of the 135-bit product factor * part.
 * Converting sums beyond 2^53 to double first and then multiplying and
 * dividing rounds three times: a share whose part equals its whole came out
 * 100.00000000000001 or 99.99999999999999 (busy = scheduled =
 * 57272583418485268 microseconds), a CES of only 7s 7.000000000000001.
 */
static double
scaled_quotient(uint128 part, int factor, uint128 whole)
{
	const uint128 mask64 = ((uint128) 1 << 64) - 1;
	const uint128 enough = (uint128) 1 << 65;	/* 66 bits: 53 + round + sticky */
	uint128		low_product = (part & mask64) * factor;
	uint128		high_product = (part >> 64) * factor;
	uint128		dividend_low = (high_product << 64) + low_product;
	uint64		dividend_high = (uint64) (high_product >> 64) +
		(dividend_low < low_product ? 1 : 0);
	uint128		remainder = 0;
	uint128		quotient = 0;
	int			scale = 0;		/* the result is quotient * 2^scale */
	bool		sticky = false;

	Assert(whole > 0 && factor >= 1 && factor < 128);
	/* below 2^46 and 2^53 the product and the operands are exact doubles */
	if (part < ((uint128) 1 << 46) && whole < ((uint128) 1 << 53))
		return (double) factor * (double) part / (double) whole;
	if (part == 0)
		return 0.0;				/* the division below would never end */
	/* the integer part, from the top bit of the 135-bit dividend down */
	for (int position = 134; position >= 0; position--)
	{
		uint128		next = position >= 128 ?
			(dividend_high >> (position - 128)) & 1 : (dividend_low >> position) & 1;
		bool		carry = (remainder >> 127) != 0;
		bool		digit;

		remainder = (remainder << 1) | next;
		digit = carry || remainder >= whole;
		if (digit)
			remainder -= whole;
		if (quotient < enough)
			quotient = (quotient << 1) | digit;
		else
		{
			sticky |= digit;	/* beyond the bits double precision keeps */
			scale++;
		}
	}
	/* fraction bits until the quotient has the bits rounding needs */
	while (quotient < enough)
	{
		bool		carry = (remainder >> 127) != 0;
		bool		digit;

		remainder <<= 1;
		digit = carry || remainder >= whole;
		if (digit)
			remainder -= whole;
		quotient = (quotient << 1) | digit;
		scale--;
	}
	sticky |= remainder != 0;
	/* the conversion rounds to nearest; the sticky bit breaks false ties */
	return ldexp((double) (quotient | (sticky ? 1 : 0)), scale);
}

/* part / whole correctly rounded, whole > 0: means of offsets (rating). */
double
kpi_quotient_unsigned(uint128 part, uint128 whole)
{
	return scaled_quotient(part, 1, whole);
}

/* 100 * part / whole correctly rounded, whole > 0: percents of sums. */
double
kpi_percent_unsigned(uint128 part, uint128 whole)
{
	return scaled_quotient(part, 100, whole);
}

/* sum / count correctly rounded, count > 0, sum >= 0: means of counts. */
double
kpi_mean_of_counts(int128 sum, int128 count)
{
	Assert(sum >= 0 && count > 0);
	return scaled_quotient((uint128) sum, 1, (uint128) count);
}

/*
 * 100 * part / whole as a double, correctly rounded (see above); callers
 * handle whole == 0 first.
 */
double
kpi_percent(int128 part, int128 whole)
{
	bool		negative = (part < 0) != (whole < 0);
	double		percent;

	Assert(whole != 0);
	percent = kpi_percent_unsigned(part < 0 ? -(uint128) part : (uint128) part,
								   whole < 0 ? -(uint128) whole : (uint128) whole);
	return negative ? -percent : percent;
}
