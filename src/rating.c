/*
 * rating.c
 *		Mean ratings on any bounded scale (kpi 1.1): rating(score, low,
 *		high) and its state rating_state, with the combine and subtract
 *		functions that merge scales as well as sums.
 *
 * A score and the scale's ends are read as integers in units of
 * 10^-decimals (scores of 7.5 on 0..10 are 75 on 0..100 with decimals 1),
 * so every sum is exact.  Integer arguments have decimals 0; a numeric
 * one has as many as it needs (trailing zeros do not count: 8.50 needs
 * one), at most KPI_RATING_MAX_DECIMALS (22023 beyond), and in units it
 * must fit in bigint (22003 beyond).  A state takes the most decimals any
 * of its rows needed and is rescaled, exactly, when a row or a state with
 * more arrives.  The state sums score - low, which keeps the sums
 * non-negative and the sum of squares as small as the scale allows.
 *
 * The state text form, its parser and its rule are in state_parse.c with
 * the other states' (server-free); the text and binary I/O in state_io.c.
 */
#include "kpi.h"

#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

/* Powers of ten up to 10^KPI_RATING_MAX_DECIMALS. */
static const int64 powers_of_ten[KPI_RATING_MAX_DECIMALS + 1] = {
	1, 10, 100, 1000, 10000, 100000, 1000000
};

/* A score or a scale end as read: units of 10^-decimals. */
typedef struct RatingValue
{
	int64		units;
	int64		decimals;
} RatingValue;

/*
 * A value of units of 10^-decimals as decimal text without trailing
 * zeros, for error details: 75 with 1 decimal is "7.5", 50 with 2 "0.5".
 */
char *
kpi_rating_value_text(int64 units, int64 decimals)
{
	char		digits[KPI_INT128_DIGITS + KPI_RATING_MAX_DECIMALS + 2];
	char	   *end = kpi_int128_format(digits, units < 0 ? -(int128) units : units);
	int			length = (int) (end - digits);
	int			whole;

	/* at least one digit before the point: pad with leading zeros */
	if (length <= decimals)
	{
		int			pad = (int) decimals + 1 - length;

		memmove(digits + pad, digits, length);
		memset(digits, '0', pad);
		length += pad;
	}
	whole = length - (int) decimals;
	while (length > whole && digits[length - 1] == '0')
		length--;
	return psprintf("%s%.*s%s%.*s", units < 0 ? "-" : "", whole, digits,
					length > whole ? "." : "", length - whole, digits + whole);
}

/* The scale of a state, "1..10", for error details. */
static char *
scale_text(const RatingState *state)
{
	return psprintf("%s..%s",
					kpi_rating_value_text(state->low, state->decimals),
					kpi_rating_value_text(state->high, state->decimals));
}

/* Error for a sum or a rescaled value beyond what the state holds. */
pg_noreturn static void
report_rating_overflow(const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: accumulated count or sum of scores is out of range",
					function),
			 errdetail("Counts are limited to 9223372036854775807 rows, scores and scale ends to bigint in units of 10^-decimals, sums of score - low to 2^127 units and sums of their squares to 2^127 square units.")));
}

/* Error for a numeric argument that is not a finite number of few decimals. */
pg_noreturn static void
report_bad_numeric(int sqlstate, const char *rule, Numeric number,
				   const char *argument)
{
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("rating: %s %s", argument, rule),
			 errdetail("Got %s.",
					   DatumGetCString(DirectFunctionCall1(numeric_out,
														   NumericGetDatum(number)))),
			 errhint("Scores and scale ends may have up to 6 decimals; in units of 10^-decimals they must fit in bigint.")));
}

/*
 * A numeric score or scale end as units of 10^-decimals, with as few
 * decimals as its value needs: NaN and more than 6 decimals are 22023,
 * an infinity or a value beyond bigint in units 22003.  lowest and
 * highest are bigint's ends as numerics.
 */
static RatingValue
numeric_rating_value(Datum value, const char *argument, Datum lowest,
					 Datum highest)
{
	Numeric		number = DatumGetNumeric(value);
	RatingValue result;
	Datum		scaled;

	if (numeric_is_nan(number))
		report_bad_numeric(ERRCODE_INVALID_PARAMETER_VALUE, "must be a number",
						   number, argument);
	if (numeric_is_inf(number))
		report_bad_numeric(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, "must be finite",
						   number, argument);
	result.decimals = DatumGetInt32(DirectFunctionCall1(numeric_min_scale, value));
	if (result.decimals > KPI_RATING_MAX_DECIMALS)
		report_bad_numeric(ERRCODE_INVALID_PARAMETER_VALUE,
						   "must have at most 6 decimals", number, argument);
	scaled = DirectFunctionCall2(numeric_mul, value,
								 NumericGetDatum(int64_to_numeric(powers_of_ten[result.decimals])));
	if (!DatumGetBool(DirectFunctionCall2(numeric_ge, scaled, lowest)) ||
		!DatumGetBool(DirectFunctionCall2(numeric_le, scaled, highest)))
		report_bad_numeric(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
						   "is out of range", number, argument);
	result.units = DatumGetInt64(DirectFunctionCall1(numeric_int8, scaled));
	return result;
}

/*
 * The last few distinct numerics each argument of a transition function
 * read, and what they converted to: the scale ends are nearly always
 * constants and a survey's scores take a handful of values, so a byte
 * comparison spares most rows the numeric arithmetic (which costs more
 * than the rest of the row).  Kept in fn_extra; replaced round robin.
 */
#define NUMERIC_CACHE_BYTES 32
#define NUMERIC_CACHE_ENTRIES 8

typedef struct NumericCacheEntry
{
	int			length;			/* bytes of the digits; -1 while empty */
	char		bytes[NUMERIC_CACHE_BYTES];
	RatingValue value;
} NumericCacheEntry;

typedef struct NumericArgCache
{
	NumericCacheEntry entries[NUMERIC_CACHE_ENTRIES];
	int			next;			/* the entry to replace */
} NumericArgCache;

typedef struct NumericRatingCache
{
	Datum		lowest;			/* bigint's ends as numerics */
	Datum		highest;
	NumericArgCache args[3];	/* score, low, high */
} NumericRatingCache;

/* The numeric argument argno (1..3) as a RatingValue, through the cache. */
static RatingValue
cached_numeric_rating_value(FunctionCallInfo fcinfo, int argno,
							const char *argument)
{
	NumericRatingCache *cache = fcinfo->flinfo->fn_extra;
	NumericArgCache *arg;
	NumericCacheEntry *entry;
	struct varlena *raw = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(argno));
	bool		plain = !VARATT_IS_EXTERNAL(raw) && !VARATT_IS_COMPRESSED(raw);
	int			length = plain ? (int) VARSIZE_ANY_EXHDR(raw) : -1;
	RatingValue value;

	if (unlikely(cache == NULL))
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		cache = palloc0(sizeof(NumericRatingCache));
		cache->lowest = NumericGetDatum(int64_to_numeric(PG_INT64_MIN));
		cache->highest = NumericGetDatum(int64_to_numeric(PG_INT64_MAX));
		for (size_t i = 0; i < lengthof(cache->args); i++)
			for (size_t j = 0; j < NUMERIC_CACHE_ENTRIES; j++)
				cache->args[i].entries[j].length = -1;
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = cache;
	}
	arg = &cache->args[argno - 1];
	if (length >= 0 && length <= NUMERIC_CACHE_BYTES)
	{
		for (int j = 0; j < NUMERIC_CACHE_ENTRIES; j++)
		{
			entry = &arg->entries[j];
			if (entry->length == length &&
				memcmp(VARDATA_ANY(raw), entry->bytes, length) == 0)
				return entry->value;
		}
	}
	value = numeric_rating_value(PG_GETARG_DATUM(argno), argument,
								 cache->lowest, cache->highest);
	if (length >= 0 && length <= NUMERIC_CACHE_BYTES)
	{
		entry = &arg->entries[arg->next];
		arg->next = (arg->next + 1) % NUMERIC_CACHE_ENTRIES;
		memcpy(entry->bytes, VARDATA_ANY(raw), length);
		entry->length = length;
		entry->value = value;
	}
	return value;
}

/* Argument argno as a RatingValue, whatever its SQL type. */
static inline RatingValue
rating_arg(FunctionCallInfo fcinfo, int argno, KpiIntegerArgType type,
		   const char *argument)
{
	RatingValue result = {0, 0};

	switch (type)
	{
		case KPI_ARG_INT2:
			result.units = PG_GETARG_INT16(argno);
			break;
		case KPI_ARG_INT4:
			result.units = PG_GETARG_INT32(argno);
			break;
		case KPI_ARG_INT8:
			result.units = PG_GETARG_INT64(argno);
			break;
		case KPI_ARG_NUMERIC:
			return cached_numeric_rating_value(fcinfo, argno, argument);
	}
	return result;
}

/* A value brought to more decimals (exactly), or the overflow error. */
static int64
rescale_units(int64 units, int64 from, int64 to, const char *function)
{
	int64		result;

	Assert(from <= to);
	if (unlikely(pg_mul_s64_overflow(units, powers_of_ten[to - from], &result)))
		report_rating_overflow(function);
	return result;
}

/*
 * Bring a state to more decimals: the scale ends times 10^k, the sums of
 * offsets times 10^k and their squares times 10^2k, exactly.
 */
void
kpi_rating_rescale(RatingState *state, int64 decimals, const char *function)
{
	int128		factor;

	if (decimals <= state->decimals)
		return;
	factor = powers_of_ten[decimals - state->decimals];
	state->low = rescale_units(state->low, state->decimals, decimals, function);
	state->high = rescale_units(state->high, state->decimals, decimals, function);
	if (__builtin_mul_overflow(state->offset_sum, factor, &state->offset_sum) ||
		__builtin_mul_overflow(state->offset_squares, factor * factor,
							   &state->offset_squares))
		report_rating_overflow(function);
	state->decimals = decimals;
}

/*
 * Whether two states are on the same scale, written with any decimals
 * (1..5 and 1.0..5.0 are): the ends compared at the larger decimals in
 * int128, where 10^6 times any bigint fits, so no scale is too wide to
 * compare.
 */
bool
kpi_rating_same_scale(const RatingState *a, const RatingState *b)
{
	int64		decimals = Max(a->decimals, b->decimals);
	int128		a_factor = powers_of_ten[decimals - a->decimals];
	int128		b_factor = powers_of_ten[decimals - b->decimals];

	return (int128) a->low * a_factor == (int128) b->low * b_factor &&
		(int128) a->high * a_factor == (int128) b->high * b_factor;
}

/* Error for a scale whose low end is not below its high end. */
pg_noreturn static void
report_bad_scale(RatingValue low, RatingValue high)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("rating: the scale's low end must be below its high end"),
			 errdetail("Got low %s and high %s.",
					   kpi_rating_value_text(low.units, low.decimals),
					   kpi_rating_value_text(high.units, high.decimals))));
}

/* Error for two scales in one group or one merge. */
pg_noreturn static void
report_scale_conflict(const RatingState *current, const RatingState *incoming,
					  const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: every score of a group must be on the same scale", function),
			 errdetail("Got the scale %s after %s.", scale_text(incoming),
					   scale_text(current)),
			 errhint("Group by the scale, or convert the scores to one scale first.")));
}

/* Error for a score outside the scale. */
pg_noreturn static void
report_score_outside(int64 score, const RatingState *state)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("rating: score must lie within the scale low..high"),
			 errdetail("Got %s on the scale %s.",
					   kpi_rating_value_text(score, state->decimals),
					   scale_text(state))));
}

/* Add the counts and sums of other (same scale and decimals) with weight. */
static void
add_sums(RatingState *state, int64 responses, int128 sum, int128 squares,
		 int64 weight, const char *function)
{
	int128		signed_sum = weight * sum;
	int128		signed_squares = weight * squares;

	kpi_count_add(&state->responses, weight * responses, function);
	if (unlikely(__builtin_add_overflow(state->offset_sum, signed_sum, &state->offset_sum) ||
				 __builtin_add_overflow(state->offset_squares, signed_squares,
										&state->offset_squares)))
		report_rating_overflow(function);
	if (unlikely(state->offset_sum < 0 || state->offset_squares < 0))
		kpi_report_underflow(function);
}

/*
 * Add (weight +1) or remove (weight -1) one rating row: the scale is
 * checked (low < high, the same for every row of the state), then the
 * score against it, then score - low and its square are summed.
 */
static inline Datum
rating_apply(FunctionCallInfo fcinfo, int64 weight, KpiIntegerArgType type)
{
	RatingState *state = kpi_state_for_update(fcinfo, sizeof(RatingState));
	RatingValue score = rating_arg(fcinfo, 1, type, "score");
	RatingValue low = rating_arg(fcinfo, 2, type, "low");
	RatingValue high = rating_arg(fcinfo, 3, type, "high");
	int64		decimals = state->decimals;
	int128		offset;
	int128		square;

	if (unlikely(type == KPI_ARG_NUMERIC || decimals != 0))
	{
		/* the row's values and the state to the decimals of both */
		decimals = Max(Max(decimals, score.decimals), Max(low.decimals, high.decimals));
		if (decimals > state->decimals && !kpi_rating_unset(state))
			kpi_rating_rescale(state, decimals, "rating");
		score.units = rescale_units(score.units, score.decimals, decimals, "rating");
		low.units = rescale_units(low.units, low.decimals, decimals, "rating");
		high.units = rescale_units(high.units, high.decimals, decimals, "rating");
		score.decimals = low.decimals = high.decimals = decimals;
	}
	if (unlikely(low.units >= high.units))
		report_bad_scale(low, high);
	if (unlikely(low.units != state->low || high.units != state->high))
	{
		RatingState incoming = {.low = low.units, .high = high.units,
		.decimals = decimals};

		if (!kpi_rating_unset(state))
			report_scale_conflict(state, &incoming, "rating");
		state->low = low.units;
		state->high = high.units;
		state->decimals = decimals;
	}
	if (unlikely(score.units < low.units || score.units > high.units))
		report_score_outside(score.units, state);
	offset = (int128) score.units - low.units;
	/* offset < 2^64: its square fits in int128 up to about 2^63.5 */
	if (unlikely(__builtin_mul_overflow(offset, offset, &square)))
		report_rating_overflow("rating");
	add_sums(state, 1, offset, square, weight, "rating");
	kpi_state_updated(&kpi_rating_state_type, state, weight);
	PG_RETURN_POINTER(state);
}

/* The transition and inverse transition functions of one score type. */
#define RATING_TRANSITIONS(prefix, type) \
	PG_FUNCTION_INFO_V1(prefix##_accum); \
	Datum prefix##_accum(PG_FUNCTION_ARGS) \
	{ return rating_apply(fcinfo, 1, type); } \
	PG_FUNCTION_INFO_V1(prefix##_retract); \
	Datum prefix##_retract(PG_FUNCTION_ARGS) \
	{ return rating_apply(fcinfo, -1, type); }

RATING_TRANSITIONS(rating, KPI_ARG_INT4)
RATING_TRANSITIONS(rating_int2, KPI_ARG_INT2)
RATING_TRANSITIONS(rating_int8, KPI_ARG_INT8)
RATING_TRANSITIONS(rating_numeric, KPI_ARG_NUMERIC)

/*
 * Add (weight +1) or take back out (weight -1) a second rating state: an
 * unset scale matches any, others must be equal (at any decimals), and
 * both are brought to the decimals of either; function names the caller
 * in errors.
 */
void
kpi_rating_merge(RatingState *state, const RatingState *incoming,
				 int64 weight, const char *function)
{
	RatingState other = *incoming;

	if (!kpi_rating_unset(&other))
	{
		if (kpi_rating_unset(state))
		{
			state->low = other.low;
			state->high = other.high;
			state->decimals = other.decimals;
		}
		else
		{
			int64		decimals = Max(state->decimals, other.decimals);

			/* before rescaling: a scale too wide to rescale is another scale */
			if (!kpi_rating_same_scale(state, &other))
				report_scale_conflict(state, &other, function);
			kpi_rating_rescale(state, decimals, function);
			kpi_rating_rescale(&other, decimals, function);
		}
		add_sums(state, other.responses, other.offset_sum, other.offset_squares,
				 weight, function);
	}
	kpi_state_updated(&kpi_rating_state_type, state, weight);
}

/* Combine (weight +1) or subtract (weight -1) the second argument's state. */
static Datum
rating_add(FunctionCallInfo fcinfo, int64 weight)
{
	RatingState *state = kpi_state_for_update(fcinfo, sizeof(RatingState));

	kpi_rating_merge(state, (const RatingState *) PG_GETARG_POINTER(1), weight,
					 "rating");
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(rating_state_combine);
/* Combine function of the rating aggregates: merges two states. */
Datum
rating_state_combine(PG_FUNCTION_ARGS)
{
	return rating_add(fcinfo, 1);
}

PG_FUNCTION_INFO_V1(rating_state_subtract);
/* Takes the second state back out of the first, for moving window frames. */
Datum
rating_state_subtract(PG_FUNCTION_ARGS)
{
	return rating_add(fcinfo, -1);
}

/*
 * The mean score, correctly rounded: (n low + sum) / (n 10^decimals),
 * exact in 128 bits (n < 2^63 and |low| <= 2^63, the sum below 2^127),
 * so the same rows give the same double whatever the decimals of the
 * state that counted them.
 */
double
kpi_rating_mean(const RatingState *state)
{
	uint128		n = (uint128) state->responses;
	uint128		whole = n * (uint128) powers_of_ten[state->decimals];
	uint128		sum = (uint128) state->offset_sum;
	uint128		base;

	Assert(state->responses > 0);
	if (state->low >= 0)
		return kpi_quotient_unsigned(n * (uint128) state->low + sum, whole);
	base = n * (-(uint128) (int128) state->low);
	if (sum >= base)
		return kpi_quotient_unsigned(sum - base, whole);
	return -kpi_quotient_unsigned(base - sum, whole);
}

PG_FUNCTION_INFO_V1(rating_final);
/* rating = the mean score, NULL without scores. */
Datum
rating_final(PG_FUNCTION_ARGS)
{
	const RatingState *state = (const RatingState *) PG_GETARG_POINTER(0);

	KPI_ASSERT_STATE(&kpi_rating_state_type, state);
	if (state->responses == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(kpi_rating_mean(state));
}
