/*
 * sparkline.c
 *		kpi_sparkline: a series of values drawn as one line of block
 *		characters, eight levels from ▁ to █, one character per row in the
 *		order the aggregate's ORDER BY gives.
 *
 * A presentation aggregate, and the one aggregate of kpi whose state is
 * `internal` rather than an integer SQL type: it must keep every point in
 * order until the end, because the scale (the smallest and largest value)
 * is known only then.  That state cannot be combined in order: partial
 * aggregation hands the combine function states of arbitrary slices of
 * the input, so a merged line would not follow the ORDER BY.  Hence no
 * combine function, no rollup state and no inverse; the aggregate is
 * PARALLEL RESTRICTED and runs in the leader above any parallel scan.  A
 * group holds at most KPI_SPARKLINE_MAX_POINTS points, which bounds the
 * state's memory; rows beyond that are counted and reported.
 *
 * Scaling: on the scale [low, high] a value v is drawn at level
 * min(7, floor(8 (v - low) / (high - low))), i.e. eight bins of equal width,
 * the last one closed.  Without a fixed scale, low and high are the
 * smallest and largest finite value of the group, and a group whose finite
 * values are all equal is drawn at the middle level (▄).  Values outside a
 * fixed scale and infinities are clamped to ▁ or █.  NULL is a space.
 * Durations are scaled in exact integer microseconds.
 */
#include "kpi.h"

#include <math.h>

#include "utils/builtins.h"

#define KPI_SPARKLINE_MAX_POINTS 10000
#define LEVELS 8
#define MIDDLE_LEVEL 3			/* ▄, the half block */
#define INITIAL_CAPACITY 16

/* The points of one group, in arrival order, and the scale to draw them on. */
typedef struct SparklineState
{
	MemoryContext context;		/* the aggregate's, where the arrays live */
	int64		points;			/* rows seen, NULLs and rows past the limit too */
	int			capacity;		/* slots allocated in the arrays */
	bool		durations;		/* micros[] holds the values, else numbers[] */
	bool		fixed_scale;	/* low and high were given */
	double		low;			/* the fixed scale of numbers */
	double		high;
	int128		low_us;			/* the fixed scale of durations */
	int128		high_us;
	Interval	low_span;		/* ... as given, for error details */
	Interval	high_span;
	bool	   *missing;		/* the point is NULL */
	double	   *numbers;
	int128	   *micros;
} SparklineState;

/* A double precision value as float8out writes it, for error details. */
static char *
number_text(double value)
{
	return DatumGetCString(DirectFunctionCall1(float8out,
											   Float8GetDatum(value)));
}

/*
 * The group's state, created on its first row.  The transition functions
 * take `internal`, so they refuse to run outside an aggregate: from SQL
 * the state could only be a NULL.
 */
static SparklineState *
sparkline_state(FunctionCallInfo fcinfo, bool durations, bool fixed_scale)
{
	MemoryContext aggregate_context;
	SparklineState *state;

	if (!AggCheckCallContext(fcinfo, &aggregate_context))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("kpi_sparkline_accum can only be called by the kpi_sparkline aggregate")));
	if (!PG_ARGISNULL(0))
		return (SparklineState *) PG_GETARG_POINTER(0);

	/* fail on the first row, not after the scan, where no line can be drawn */
	(void) kpi_block_glyphs("kpi_sparkline");
	state = MemoryContextAllocZero(aggregate_context, sizeof(SparklineState));
	state->context = aggregate_context;
	state->durations = durations;
	state->fixed_scale = fixed_scale;
	return state;
}

/*
 * The slot for the next point, or -1 when the group is past the limit (the
 * point is only counted, so the final function can report how many there
 * were).  The arrays grow by doubling up to the limit.
 */
static int
sparkline_next_slot(SparklineState *state)
{
	int64		slot = state->points++;

	if (slot >= KPI_SPARKLINE_MAX_POINTS)
		return -1;
	if (slot == state->capacity)
	{
		int			capacity = Min(Max(2 * state->capacity, INITIAL_CAPACITY),
								   KPI_SPARKLINE_MAX_POINTS);

		if (state->capacity == 0)
		{
			state->missing = MemoryContextAlloc(state->context, capacity * sizeof(bool));
			if (state->durations)
				state->micros = MemoryContextAlloc(state->context, capacity * sizeof(int128));
			else
				state->numbers = MemoryContextAlloc(state->context, capacity * sizeof(double));
		}
		else
		{
			state->missing = repalloc(state->missing, capacity * sizeof(bool));
			if (state->durations)
				state->micros = repalloc(state->micros, capacity * sizeof(int128));
			else
				state->numbers = repalloc(state->numbers, capacity * sizeof(double));
		}
		state->capacity = capacity;
	}
	return (int) slot;
}

/* Error unless the row gives both low and high of its fixed scale. */
static void
check_scale_given(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_sparkline: low and high of a fixed scale must not be NULL"),
				 errhint("Leave both out to scale from the smallest to the largest value.")));
}

/* Error: low and high differ from the group's first row. */
pg_noreturn static void
report_scale_changed(const char *first, const char *now);

/* The error above, with both scales as text in DETAIL. */
static void
report_scale_changed(const char *first, const char *now)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("kpi_sparkline: low and high must be the same in every row of a group"),
			 errdetail("The group started with %s; a row has %s.", first, now)));
}

/* Take the fixed number scale of a row: valid, and the group's first one. */
static void
take_number_scale(FunctionCallInfo fcinfo, SparklineState *state)
{
	double		low;
	double		high;

	check_scale_given(fcinfo);
	low = PG_GETARG_FLOAT8(2);
	high = PG_GETARG_FLOAT8(3);
	if (state->points > 0)
	{
		if (low != state->low || high != state->high)
			report_scale_changed(psprintf("low %s and high %s", number_text(state->low),
										  number_text(state->high)),
								 psprintf("low %s and high %s", number_text(low),
										  number_text(high)));
		return;
	}
	if (isnan(low) || isnan(high) || isinf(low) || isinf(high))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_sparkline: low and high must be finite numbers"),
				 errdetail("Got low %s, high %s.", number_text(low),
						   number_text(high))));
	if (!(low < high))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_sparkline: low must be less than high"),
				 errdetail("Got low %s, high %s.", number_text(low),
						   number_text(high))));
	state->low = low;
	state->high = high;
}

/* Take the fixed duration scale of a row, with the same rules. */
static void
take_duration_scale(FunctionCallInfo fcinfo, SparklineState *state)
{
	const Interval *low;
	const Interval *high;
	int128		low_us;
	int128		high_us;

	check_scale_given(fcinfo);
	low = PG_GETARG_INTERVAL_P(2);
	high = PG_GETARG_INTERVAL_P(3);
	low_us = kpi_interval_arg_micros(low, "kpi_sparkline", "low");
	high_us = kpi_interval_arg_micros(high, "kpi_sparkline", "high");
	if (state->points > 0)
	{
		/* compared as durations: '1 day' and '24 hours' are one scale */
		if (low_us != state->low_us || high_us != state->high_us)
			report_scale_changed(psprintf("low %s and high %s",
										  kpi_interval_text(&state->low_span),
										  kpi_interval_text(&state->high_span)),
								 psprintf("low %s and high %s", kpi_interval_text(low),
										  kpi_interval_text(high)));
		return;
	}
	if (!(low_us < high_us))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_sparkline: low must be shorter than high"),
				 errdetail("Got low %s, high %s.", kpi_interval_text(low),
						   kpi_interval_text(high))));
	state->low_us = low_us;
	state->high_us = high_us;
	state->low_span = *low;
	state->high_span = *high;
}

/* Add a row's double precision value (or NULL) to the group. */
static Datum
add_number(FunctionCallInfo fcinfo, bool fixed_scale)
{
	SparklineState *state = sparkline_state(fcinfo, false, fixed_scale);
	bool		missing = PG_ARGISNULL(1);
	double		value = missing ? 0 : PG_GETARG_FLOAT8(1);
	int			slot;

	if (unlikely(!missing && isnan(value)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_sparkline: the value must be a number, not NaN"),
				 errdetail("Point %lld of the group is NaN.",
						   (long long) state->points + 1)));
	if (fixed_scale)
		take_number_scale(fcinfo, state);
	slot = sparkline_next_slot(state);
	if (slot >= 0)
	{
		state->missing[slot] = missing;
		state->numbers[slot] = value;
	}
	PG_RETURN_POINTER(state);
}

/* Add a row's interval value (or NULL) to the group. */
static Datum
add_duration(FunctionCallInfo fcinfo, bool fixed_scale)
{
	SparklineState *state = sparkline_state(fcinfo, true, fixed_scale);
	bool		missing = PG_ARGISNULL(1);
	int			slot;

	if (fixed_scale)
		take_duration_scale(fcinfo, state);
	slot = sparkline_next_slot(state);
	if (slot >= 0)
	{
		state->missing[slot] = missing;
		state->micros[slot] = missing ? 0 :
			kpi_interval_arg_micros(PG_GETARG_INTERVAL_P(1), "kpi_sparkline",
									"value");
	}
	PG_RETURN_POINTER(state);
}

PG_FUNCTION_INFO_V1(kpi_sparkline_accum_float8);
/* Transition function of kpi_sparkline(double precision). */
Datum
kpi_sparkline_accum_float8(PG_FUNCTION_ARGS)
{
	return add_number(fcinfo, false);
}

PG_FUNCTION_INFO_V1(kpi_sparkline_accum_float8_scaled);
/* Transition function of kpi_sparkline(double precision, low, high). */
Datum
kpi_sparkline_accum_float8_scaled(PG_FUNCTION_ARGS)
{
	return add_number(fcinfo, true);
}

PG_FUNCTION_INFO_V1(kpi_sparkline_accum_interval);
/* Transition function of kpi_sparkline(interval). */
Datum
kpi_sparkline_accum_interval(PG_FUNCTION_ARGS)
{
	return add_duration(fcinfo, false);
}

PG_FUNCTION_INFO_V1(kpi_sparkline_accum_interval_scaled);
/* Transition function of kpi_sparkline(interval, low, high). */
Datum
kpi_sparkline_accum_interval_scaled(PG_FUNCTION_ARGS)
{
	return add_duration(fcinfo, true);
}

/*
 * The level (0..7) of a number on the scale [low, high], low < high both
 * finite; values outside, infinities included, are clamped to the ends.
 * When high - low overflows, the halves are subtracted instead (halving
 * is exact for numbers that large).
 */
static int
number_level(double value, double low, double high)
{
	double		fraction;

	if (value <= low)
		return 0;
	if (value >= high)
		return LEVELS - 1;
	if (isinf(high - low))
		fraction = (value / 2 - low / 2) / (high / 2 - low / 2);
	else
		fraction = (value - low) / (high - low);
	/* fraction < 1 exactly, but its rounding can reach 1 */
	return Min((int) (fraction * LEVELS), LEVELS - 1);
}

/* The level (0..7) of a duration on [low, high], in exact integers. */
static int
duration_level(int128 value, int128 low, int128 high)
{
	if (value <= low)
		return 0;
	if (value >= high)
		return LEVELS - 1;
	/* |value| < 2^74 microseconds for any interval: 8 times that fits */
	return (int) ((value - low) * LEVELS / (high - low));
}

/* Draw the number points of a group on its scale. */
static void
draw_numbers(const SparklineState *state, int count, const KpiGlyph *glyphs,
			 StringInfo line)
{
	double		low = state->low;
	double		high = state->high;

	/* a fixed scale has low < high; a group's own is that of its finite values */
	if (!state->fixed_scale)
	{
		bool		any_finite = false;

		for (int i = 0; i < count; i++)
		{
			double		value = state->numbers[i];

			if (state->missing[i] || isinf(value))
				continue;
			if (!any_finite || value < low)
				low = value;
			if (!any_finite || value > high)
				high = value;
			any_finite = true;
		}
	}
	for (int i = 0; i < count; i++)
	{
		double		value = state->numbers[i];
		int			level;

		if (state->missing[i])
		{
			appendStringInfoChar(line, ' ');
			continue;
		}
		if (isinf(value))
			level = value < 0 ? 0 : LEVELS - 1; /* clamped on any scale */
		else if (!(low < high))
			level = MIDDLE_LEVEL;	/* every finite value is the same */
		else
			level = number_level(value, low, high);
		appendBinaryStringInfo(line, glyphs[level].bytes, glyphs[level].length);
	}
}

/* Draw the duration points of a group on its scale. */
static void
draw_durations(const SparklineState *state, int count, const KpiGlyph *glyphs,
			   StringInfo line)
{
	int128		low = state->low_us;
	int128		high = state->high_us;

	if (!state->fixed_scale)
	{
		bool		any = false;

		for (int i = 0; i < count; i++)
		{
			if (state->missing[i])
				continue;
			if (!any || state->micros[i] < low)
				low = state->micros[i];
			if (!any || state->micros[i] > high)
				high = state->micros[i];
			any = true;
		}
	}
	for (int i = 0; i < count; i++)
	{
		int			level;

		if (state->missing[i])
		{
			appendStringInfoChar(line, ' ');
			continue;
		}
		level = low < high ?
			duration_level(state->micros[i], low, high) : MIDDLE_LEVEL;
		appendBinaryStringInfo(line, glyphs[level].bytes, glyphs[level].length);
	}
}

PG_FUNCTION_INFO_V1(kpi_sparkline_final);
/*
 * Final function of every kpi_sparkline: the line.  It only reads the
 * state, so the aggregate also works over window frames.
 */
Datum
kpi_sparkline_final(PG_FUNCTION_ARGS)
{
	const KpiGlyph *glyphs;
	SparklineState *state;
	StringInfoData line;
	int			count;

	if (!AggCheckCallContext(fcinfo, NULL))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("kpi_sparkline_final can only be called by the kpi_sparkline aggregate")));
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (SparklineState *) PG_GETARG_POINTER(0);
	glyphs = kpi_block_glyphs("kpi_sparkline");
	if (state->points > KPI_SPARKLINE_MAX_POINTS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kpi_sparkline: a sparkline has at most %d points",
						KPI_SPARKLINE_MAX_POINTS),
				 errdetail("The group has %lld points.", (long long) state->points),
				 errhint("Aggregate the rows into fewer periods first, such as weeks instead of days.")));
	count = (int) state->points;
	initStringInfo(&line);
	if (state->durations)
		draw_durations(state, count, glyphs, &line);
	else
		draw_numbers(state, count, glyphs, &line);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(line.data, line.len));
}
