/*
 * sketch.c
 *		SQL-callable functions of duration_sketch and of the percentile
 *		aggregates built on it: duration_percentile, duration_median,
 *		duration_percentiles and duration_sketch.
 *
 * A state is a duration_sketch (see sketch.h): counts per bucket, exact
 * zeros, and for duration_percentile(s) the fractions the query asked for,
 * which the final function needs and which must be the same for every row
 * of a group.  Adding and removing a row share one "apply" routine (weight
 * +1 or -1), and so do combining and subtracting states.  Every change
 * keeps the state canonical (sorted buckets, no zero counts, exact size),
 * so its bytes depend only on the multiset of values.
 */
#include "sketch.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

/* How a function receives the fractions it is asked for. */
typedef enum FractionArgument
{
	FRACTIONS_NONE,				/* duration_median, duration_sketch */
	FRACTIONS_ONE,				/* a double precision argument */
	FRACTIONS_ARRAY				/* a double precision[] argument */
} FractionArgument;

/* Error reports; each names the function and the rule it enforces. */
pg_noreturn static void report_bad_fraction(const char *function, double fraction);
pg_noreturn static void report_fraction_conflict(const char *function, const DurationSketch *state,
												 const double *incoming, int n);
pg_noreturn static void report_missing(const char *function, const char *what);
pg_noreturn static void report_no_fractions(const char *function);
pg_noreturn static void report_bad_binary(const char *problem);

/* The parser's allocator: zeroed memory in the current context. */
static void *
allocate_zeroed(size_t size)
{
	return palloc0(size);
}

/* Assertion-build check that a sketch keeps its rules. */
static inline void
assert_sketch(const DurationSketch *sketch)
{
	Assert(kpi_sketch_check(sketch, VARSIZE(sketch)) == NULL);
	(void) sketch;
}

/*
 * A duration_sketch argument, detoasted; a state from a newer kpi with a
 * format this one does not know is an error, not a misread.
 */
static DurationSketch *
sketch_argument(FunctionCallInfo fcinfo, int argno)
{
	DurationSketch *sketch = (DurationSketch *) PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));

	if (unlikely(!kpi_sketch_ready))
		kpi_sketch_init();
	if (unlikely(sketch->version != KPI_SKETCH_VERSION))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("duration_sketch version %d is not supported",
						(int) sketch->version),
				 errdetail("This kpi reads version %d.", KPI_SKETCH_VERSION)));
	return sketch;
}

/*
 * The state a transition or combine function may modify: its first
 * argument itself when called by an aggregate (the executor owns it),
 * otherwise a private copy.
 */
static DurationSketch *
sketch_for_update(FunctionCallInfo fcinfo)
{
	if (likely(fcinfo->context != NULL &&
			   (IsA(fcinfo->context, AggState) ||
				IsA(fcinfo->context, WindowAggState))))
		return sketch_argument(fcinfo, 0);
	return (DurationSketch *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(0));
}

/* A new sketch like old but with room for nbuckets buckets, header copied. */
static DurationSketch *
sketch_resized(const DurationSketch *old, int nfractions, int nbuckets)
{
	DurationSketch *sketch = palloc0(kpi_sketch_size(nfractions, nbuckets));

	memcpy(sketch, old, sizeof(DurationSketch));
	sketch->nfractions = (uint16) nfractions;
	sketch->nbuckets = nbuckets;
	SET_VARSIZE(sketch, kpi_sketch_size(nfractions, nbuckets));
	return sketch;
}

/* A list of fractions as text, "{0.5,0.9}", for error details. */
static char *
fractions_text(const double *fractions, int n)
{
	StringInfoData text;
	char		number[32];

	initStringInfo(&text);
	appendStringInfoChar(&text, '{');
	for (int i = 0; i < n; i++)
	{
		*kpi_fraction_format(number, fractions[i]) = '\0';
		appendStringInfo(&text, "%s%s", i > 0 ? "," : "", number);
	}
	appendStringInfoChar(&text, '}');
	return text.data;
}

/* Error for a fraction outside 0 .. 1 (or NaN). */
static void
report_bad_fraction(const char *function, double fraction)
{
	char		number[32];

	if (isnan(fraction))
		strcpy(number, "NaN");
	else
		*kpi_fraction_format(number, fraction) = '\0';
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: fraction must be between 0 and 1", function),
			 errdetail("Got %s.", number)));
}

/* Error for fractions that differ between the rows or states of a group. */
static void
report_fraction_conflict(const char *function, const DurationSketch *state,
						 const double *incoming, int n)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: the fractions must be the same for every row of a group",
					function),
			 errdetail("Got %s after %s.", fractions_text(incoming, n),
					   fractions_text(kpi_sketch_fractions(state),
									  state->nfractions))));
}

/* Error for a removal of values that a state does not hold. */
static void
report_missing(const char *function, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: removed values that the duration_sketch did not hold",
					function),
			 errdetail("%s", what)));
}

/*
 * Record the fractions of a row or a state in the state: the first ones
 * set it, later ones must be equal.  Returns the state, reallocated when
 * the fractions were new.  The fractions are checked before they are kept.
 */
static DurationSketch *
sketch_note_fractions(DurationSketch *state, const double *fractions, int n,
					  const char *function)
{
	DurationSketch *noted;

	/* the per-row path: the group's fractions again (those were checked) */
	if ((state->flags & KPI_SKETCH_HAS_FRACTIONS) && state->nfractions == n &&
		memcmp(kpi_sketch_fractions(state), fractions, n * sizeof(double)) == 0)
		return state;
	if (n > KPI_SKETCH_MAX_FRACTIONS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: at most %d fractions are allowed", function,
						KPI_SKETCH_MAX_FRACTIONS),
				 errdetail("Got %d.", n)));
	for (int i = 0; i < n; i++)
		if (kpi_sketch_check_fraction(kpi_positive_zero(fractions[i])) != NULL)
			report_bad_fraction(function, fractions[i]);
	if (state->flags & KPI_SKETCH_HAS_FRACTIONS)
	{
		if (state->nfractions != n)
			report_fraction_conflict(function, state, fractions, n);
		for (int i = 0; i < n; i++)
			if (kpi_sketch_fractions(state)[i] != fractions[i])
				report_fraction_conflict(function, state, fractions, n);
		return state;
	}
	noted = sketch_resized(state, n, state->nbuckets);
	noted->flags |= KPI_SKETCH_HAS_FRACTIONS;
	for (int i = 0; i < n; i++)
		kpi_sketch_fractions(noted)[i] = kpi_positive_zero(fractions[i]);
	memcpy(kpi_sketch_counts(noted), kpi_sketch_counts(state),
		   state->nbuckets * sizeof(int64));
	memcpy(kpi_sketch_buckets(noted), kpi_sketch_buckets(state),
		   state->nbuckets * sizeof(uint16));
	return noted;
}

/* Record the fraction argument(s) at argno of a transition function. */
static DurationSketch *
sketch_note_fraction_argument(FunctionCallInfo fcinfo, DurationSketch *state,
							  int argno, FractionArgument kind,
							  const char *function)
{
	ArrayType  *array;
	int			n;

	if (kind == FRACTIONS_ONE)
	{
		double		fraction = PG_GETARG_FLOAT8(argno);

		/* the per-row path: the group's fraction again */
		if (likely(state->nfractions == 1 &&
				   kpi_sketch_fractions(state)[0] == fraction))
			return state;
		return sketch_note_fractions(state, &fraction, 1, function);
	}
	Assert(kind == FRACTIONS_ARRAY);
	array = PG_GETARG_ARRAYTYPE_P(argno);

	/*
	 * array_contains_nulls, not ARR_HASNULL: an array whose NULLs were all
	 * replaced (a[2] := 0.9) keeps its null bitmap but holds no NULL, and
	 * its elements are then still contiguous doubles.
	 */
	if (ARR_NDIM(array) > 1 || array_contains_nulls(array))
	{
		Oid			output;
		bool		varlena;

		getTypeOutputInfo(FLOAT8ARRAYOID, &output, &varlena);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: fractions must be a one-dimensional array without NULLs",
						function),
				 errdetail("Got %s.",
						   OidOutputFunctionCall(output, PointerGetDatum(array)))));
	}
	Assert(ARR_ELEMTYPE(array) == FLOAT8OID);
	n = ArrayGetNItems(ARR_NDIM(array), ARR_DIMS(array));
	return sketch_note_fractions(state, (double *) (void *) ARR_DATA_PTR(array), n,
								 function);
}

/*
 * Add weight (+1 or -1) values of micros to a state: zeros count exactly,
 * anything else in its bucket.  A bucket that empties is dropped, a new
 * one is inserted in order (in a new allocation: the aggregate executor
 * then keeps that one).  Returns the state.
 */
static DurationSketch *
sketch_add_value(DurationSketch *state, int64 micros, int64 weight,
				 const char *function)
{
	int64	   *counts = kpi_sketch_counts(state);
	uint16	   *buckets = kpi_sketch_buckets(state);
	int			n = state->nbuckets;
	int			bucket;
	int			low = 0;
	int			high = n;
	DurationSketch *grown;

	if (weight > 0 && unlikely(state->count == PG_INT64_MAX))
		kpi_report_overflow(function);
	if (micros == 0)
	{
		if (weight < 0 && state->zeros == 0)
			report_missing(function, "The state holds no zero duration.");
		state->zeros += weight;
		state->count += weight;
		return state;
	}

	/* first position whose bucket is >= the value's bucket */
	bucket = kpi_sketch_bucket_of(micros);
	while (low < high)
	{
		int			middle = (low + high) / 2;

		if (buckets[middle] < bucket)
			low = middle + 1;
		else
			high = middle;
	}

	if (low < n && buckets[low] == bucket)
	{
		counts[low] += weight;
		state->count += weight;
		if (counts[low] == 0)
		{
			uint16	   *moved = (uint16 *) (counts + n - 1);

			/* drop the entry; the bucket numbers move down with the counts */
			memmove(counts + low, counts + low + 1, (n - 1 - low) * sizeof(int64));
			memmove(moved, buckets, low * sizeof(uint16));
			memmove(moved + low, buckets + low + 1, (n - 1 - low) * sizeof(uint16));
			state->nbuckets = n - 1;
			SET_VARSIZE(state, kpi_sketch_size(state->nfractions, n - 1));
		}
		return state;
	}
	if (weight < 0)
		report_missing(function,
					   psprintf("No value of the bucket %s .. %s microseconds is in the state.",
								kpi_int128_text(kpi_sketch_lower[bucket]),
								kpi_int128_text(kpi_sketch_upper[bucket])));

	grown = sketch_resized(state, state->nfractions, n + 1);
	memcpy(kpi_sketch_fractions(grown), kpi_sketch_fractions(state),
		   state->nfractions * sizeof(double));
	memcpy(kpi_sketch_counts(grown), counts, low * sizeof(int64));
	kpi_sketch_counts(grown)[low] = weight;
	memcpy(kpi_sketch_counts(grown) + low + 1, counts + low,
		   (n - low) * sizeof(int64));
	memcpy(kpi_sketch_buckets(grown), buckets, low * sizeof(uint16));
	kpi_sketch_buckets(grown)[low] = (uint16) bucket;
	memcpy(kpi_sketch_buckets(grown) + low + 1, buckets + low,
		   (n - low) * sizeof(uint16));
	grown->count += weight;
	return grown;
}

/*
 * Add (weight +1) or take out (weight -1) all values of other: counts add
 * bucket by bucket.  In place when other uses no bucket the state lacks
 * and none empties; otherwise merged into a new sketch.
 */
static DurationSketch *
sketch_add_sketch(DurationSketch *state, const DurationSketch *other,
				  int64 weight, const char *function)
{
	const int64 *counts = kpi_sketch_counts(state);
	const uint16 *buckets = kpi_sketch_buckets(state);
	const int64 *other_counts = kpi_sketch_counts(other);
	const uint16 *other_buckets = kpi_sketch_buckets(other);
	int			n = state->nbuckets;
	int			other_n = other->nbuckets;
	int			added = 0;
	int			emptied = 0;
	int			i,
				j,
				k;
	DurationSketch *merged;
	int64	   *merged_counts;
	uint16	   *merged_buckets;

	if (weight > 0)
	{
		if (pg_add_s64_overflow(state->count, other->count, &state->count))
			kpi_report_overflow(function);
		state->zeros += other->zeros;
	}
	else
	{
		if (other->zeros > state->zeros)
			report_missing(function,
						   psprintf("The state holds %s zero durations, %s were removed.",
									kpi_int128_text(state->zeros),
									kpi_int128_text(other->zeros)));
		state->zeros -= other->zeros;
		state->count -= other->count;
	}

	/* which buckets are new, and which empty */
	for (i = 0, j = 0; j < other_n; j++)
	{
		while (i < n && buckets[i] < other_buckets[j])
			i++;
		if (i < n && buckets[i] == other_buckets[j])
		{
			if (weight < 0 && other_counts[j] > counts[i])
				report_missing(function,
							   psprintf("The bucket %s .. %s microseconds holds %s values, %s were removed.",
										kpi_int128_text(kpi_sketch_lower[buckets[i]]),
										kpi_int128_text(kpi_sketch_upper[buckets[i]]),
										kpi_int128_text(counts[i]),
										kpi_int128_text(other_counts[j])));
			if (weight < 0 && other_counts[j] == counts[i])
				emptied++;
		}
		else if (weight < 0)
			report_missing(function,
						   psprintf("No value of the bucket %s .. %s microseconds is in the state.",
									kpi_int128_text(kpi_sketch_lower[other_buckets[j]]),
									kpi_int128_text(kpi_sketch_upper[other_buckets[j]])));
		else
			added++;
	}

	if (added == 0 && emptied == 0)
	{
		int64	   *writable = kpi_sketch_counts(state);

		for (i = 0, j = 0; j < other_n; j++)
		{
			while (buckets[i] < other_buckets[j])
				i++;
			writable[i] += weight * other_counts[j];
		}
		return state;
	}

	merged = sketch_resized(state, state->nfractions, n + added - emptied);
	memcpy(kpi_sketch_fractions(merged), kpi_sketch_fractions(state),
		   state->nfractions * sizeof(double));
	merged_counts = kpi_sketch_counts(merged);
	merged_buckets = kpi_sketch_buckets(merged);
	for (i = 0, j = 0, k = 0; i < n || j < other_n;)
	{
		int64		count;
		uint16		bucket;

		if (j >= other_n || (i < n && buckets[i] < other_buckets[j]))
		{
			bucket = buckets[i];
			count = counts[i++];
		}
		else if (i >= n || other_buckets[j] < buckets[i])
		{
			bucket = other_buckets[j];
			count = other_counts[j++];
		}
		else
		{
			bucket = buckets[i];
			count = counts[i++] + weight * other_counts[j++];
		}
		if (count != 0)
		{
			merged_counts[k] = count;
			merged_buckets[k++] = bucket;
		}
	}
	Assert(k == merged->nbuckets);
	return merged;
}

/*
 * One row into or out of a state (weight +1 or -1): the duration at
 * argument 1, the fractions (if any) at argument 2.
 */
static Datum
sketch_apply_row(FunctionCallInfo fcinfo, int64 weight,
				 FractionArgument kind, const char *function)
{
	DurationSketch *state = sketch_for_update(fcinfo);
	int64		micros = kpi_threshold_micros(PG_GETARG_INTERVAL_P(1),
											  function, "value");

	if (kind != FRACTIONS_NONE)
		state = sketch_note_fraction_argument(fcinfo, state, 2, kind,
											  function);
	state = sketch_add_value(state, micros, weight, function);
	assert_sketch(state);
	PG_RETURN_POINTER(state);
}

/*
 * A stored sketch into or out of a state (weight +1 or -1): the sketch at
 * argument 1, the fractions (if any) at argument 2.  Fractions stored in
 * either must agree, like those of rows.
 */
static Datum
sketch_apply_sketch(FunctionCallInfo fcinfo, int64 weight,
					FractionArgument kind, const char *function)
{
	DurationSketch *state = sketch_for_update(fcinfo);
	const DurationSketch *other = sketch_argument(fcinfo, 1);

	if (kind != FRACTIONS_NONE)
		state = sketch_note_fraction_argument(fcinfo, state, 2, kind,
											  function);
	if (other->flags & KPI_SKETCH_HAS_FRACTIONS)
		state = sketch_note_fractions(state, kpi_sketch_fractions(other),
									  other->nfractions, function);
	state = sketch_add_sketch(state, other, weight, function);
	assert_sketch(state);
	PG_RETURN_POINTER(state);
}

/* The estimate of the fraction quantile of a non-empty sketch, as an interval. */
static Interval *
sketch_quantile(const DurationSketch *sketch, double fraction)
{
	return kpi_micros_interval(kpi_sketch_value_at_rank(sketch,
													kpi_sketch_rank(fraction, sketch->count)));
}

/* Error for a final function whose state never received its fractions. */
static void
report_no_fractions(const char *function)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: the duration_sketch does not say which fraction to return",
					function),
			 errhint("Use kpi_value(duration_sketch, fraction) on a stored sketch.")));
}

PG_FUNCTION_INFO_V1(duration_sketch_in);
/* Text input of duration_sketch. */
Datum
duration_sketch_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	DurationSketch *sketch;
	const char *problem = kpi_sketch_parse(input, allocate_zeroed, &sketch);

	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type duration_sketch: \"%s\"",
						input),
				 errdetail("%s.", problem),
				 errhint("A valid duration_sketch looks like \"(version=1,zeros=0,buckets={999:2,1009:1})\".")));
	assert_sketch(sketch);
	PG_RETURN_POINTER(sketch);
}

PG_FUNCTION_INFO_V1(duration_sketch_out);
/* Text output of duration_sketch. */
Datum
duration_sketch_out(PG_FUNCTION_ARGS)
{
	const DurationSketch *sketch = sketch_argument(fcinfo, 0);
	char	   *formatted = palloc(kpi_sketch_text_size(sketch));

	kpi_sketch_format_into(sketch, formatted);
	PG_RETURN_CSTRING(formatted);
}

PG_FUNCTION_INFO_V1(duration_sketch_send);
/*
 * Binary output: version, flags, the fractions, the zero count, then each
 * used bucket as its lower bound in microseconds and its count.
 */
Datum
duration_sketch_send(PG_FUNCTION_ARGS)
{
	const DurationSketch *sketch = sketch_argument(fcinfo, 0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, sketch->version);
	pq_sendbyte(&buf, sketch->flags);
	pq_sendint16(&buf, sketch->nfractions);
	for (int i = 0; i < sketch->nfractions; i++)
		pq_sendfloat8(&buf, kpi_sketch_fractions(sketch)[i]);
	pq_sendint64(&buf, sketch->zeros);
	pq_sendint32(&buf, sketch->nbuckets);
	for (int i = 0; i < sketch->nbuckets; i++)
	{
		pq_sendint64(&buf, kpi_sketch_lower[kpi_sketch_buckets(sketch)[i]]);
		pq_sendint64(&buf, kpi_sketch_counts(sketch)[i]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Error for a binary value that breaks a rule. */
static void
report_bad_binary(const char *problem)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type duration_sketch"),
			 errdetail("%s.", problem)));
}

PG_FUNCTION_INFO_V1(duration_sketch_recv);
/* Binary input, the mirror of duration_sketch_send, with every rule checked. */
Datum
duration_sketch_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	DurationSketch header;
	DurationSketch *sketch;
	const char *problem;
	int64		total;

	memset(&header, 0, sizeof(header));
	header.version = (uint8) pq_getmsgbyte(buf);
	if (header.version != KPI_SKETCH_VERSION)
		report_bad_binary("Only version 1 of duration_sketch is known");
	header.flags = (uint8) pq_getmsgbyte(buf);
	header.nfractions = (uint16) pq_getmsgint(buf, 2);
	if (header.nfractions > KPI_SKETCH_MAX_FRACTIONS)
		report_bad_binary("At most 1000 fractions are allowed");
	sketch = sketch_resized(&header, header.nfractions, 0);
	for (int i = 0; i < header.nfractions; i++)
		kpi_sketch_fractions(sketch)[i] = kpi_positive_zero(pq_getmsgfloat8(buf));
	header.zeros = pq_getmsgint64(buf);
	if (header.zeros < 0)
		report_bad_binary("Counts must not be negative");
	header.nbuckets = pq_getmsgint(buf, 4);
	if (header.nbuckets < 0 || header.nbuckets > KPI_SKETCH_NBUCKETS)
		report_bad_binary("The bucket count is out of range");

	/* now the size is known: the same fractions, room for the buckets */
	header.count = 0;
	{
		DurationSketch *full = sketch_resized(&header, header.nfractions,
											  header.nbuckets);

		memcpy(kpi_sketch_fractions(full), kpi_sketch_fractions(sketch),
			   header.nfractions * sizeof(double));
		sketch = full;
	}
	total = sketch->zeros;
	for (int i = 0; i < header.nbuckets; i++)
	{
		int64		lower_bound = pq_getmsgint64(buf);
		int64		count = pq_getmsgint64(buf);
		int			bucket;

		if (lower_bound <= 0)
			report_bad_binary("A bucket must be named by its lower bound in microseconds");
		bucket = kpi_sketch_bucket_of(lower_bound);
		if (kpi_sketch_lower[bucket] != lower_bound)
			report_bad_binary("A bucket must be named by its lower bound in microseconds");
		kpi_sketch_buckets(sketch)[i] = (uint16) bucket;
		kpi_sketch_counts(sketch)[i] = count;
		if (count <= 0)
			report_bad_binary("Bucket counts must be positive");
		if (pg_add_s64_overflow(total, count, &total))
			report_bad_binary("The number of values is out of range for bigint");
	}
	sketch->count = total;
	problem = kpi_sketch_check(sketch, VARSIZE(sketch));
	if (problem != NULL)
		report_bad_binary(problem);
	PG_RETURN_POINTER(sketch);
}

PG_FUNCTION_INFO_V1(duration_sketch_accum);
/* Transition function of duration_sketch(interval). */
Datum
duration_sketch_accum(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, 1, FRACTIONS_NONE, "duration_sketch");
}

PG_FUNCTION_INFO_V1(duration_sketch_retract);
/* Inverse transition of duration_sketch(interval), for moving window frames. */
Datum
duration_sketch_retract(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, -1, FRACTIONS_NONE, "duration_sketch");
}

PG_FUNCTION_INFO_V1(duration_median_accum);
/* Transition function of duration_median(interval). */
Datum
duration_median_accum(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, 1, FRACTIONS_NONE, "duration_median");
}

PG_FUNCTION_INFO_V1(duration_median_retract);
/* Inverse transition of duration_median(interval). */
Datum
duration_median_retract(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, -1, FRACTIONS_NONE, "duration_median");
}

PG_FUNCTION_INFO_V1(duration_percentile_accum);
/* Transition function of duration_percentile(interval, fraction). */
Datum
duration_percentile_accum(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, 1, FRACTIONS_ONE, "duration_percentile");
}

PG_FUNCTION_INFO_V1(duration_percentile_retract);
/* Inverse transition of duration_percentile(interval, fraction). */
Datum
duration_percentile_retract(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, -1, FRACTIONS_ONE, "duration_percentile");
}

PG_FUNCTION_INFO_V1(duration_percentiles_accum);
/* Transition function of duration_percentiles(interval, fractions). */
Datum
duration_percentiles_accum(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, 1, FRACTIONS_ARRAY, "duration_percentiles");
}

PG_FUNCTION_INFO_V1(duration_percentiles_retract);
/* Inverse transition of duration_percentiles(interval, fractions). */
Datum
duration_percentiles_retract(PG_FUNCTION_ARGS)
{
	return sketch_apply_row(fcinfo, -1, FRACTIONS_ARRAY, "duration_percentiles");
}

PG_FUNCTION_INFO_V1(duration_sketch_combine);
/* Merge two sketches: the combine function of every aggregate here. */
Datum
duration_sketch_combine(PG_FUNCTION_ARGS)
{
	return sketch_apply_sketch(fcinfo, 1, FRACTIONS_NONE, "duration_sketch");
}

PG_FUNCTION_INFO_V1(duration_sketch_subtract);
/* Take the second sketch back out of the first, for moving window frames. */
Datum
duration_sketch_subtract(PG_FUNCTION_ARGS)
{
	return sketch_apply_sketch(fcinfo, -1, FRACTIONS_NONE, "duration_sketch");
}

PG_FUNCTION_INFO_V1(duration_percentile_merge);
/* Transition function of duration_percentile(duration_sketch, fraction). */
Datum
duration_percentile_merge(PG_FUNCTION_ARGS)
{
	return sketch_apply_sketch(fcinfo, 1, FRACTIONS_ONE, "duration_percentile");
}

PG_FUNCTION_INFO_V1(duration_percentile_unmerge);
/* Inverse transition of duration_percentile(duration_sketch, fraction). */
Datum
duration_percentile_unmerge(PG_FUNCTION_ARGS)
{
	return sketch_apply_sketch(fcinfo, -1, FRACTIONS_ONE, "duration_percentile");
}

PG_FUNCTION_INFO_V1(duration_percentiles_merge);
/* Transition function of duration_percentiles(duration_sketch, fractions). */
Datum
duration_percentiles_merge(PG_FUNCTION_ARGS)
{
	return sketch_apply_sketch(fcinfo, 1, FRACTIONS_ARRAY, "duration_percentiles");
}

PG_FUNCTION_INFO_V1(duration_percentiles_unmerge);
/* Inverse transition of duration_percentiles(duration_sketch, fractions). */
Datum
duration_percentiles_unmerge(PG_FUNCTION_ARGS)
{
	return sketch_apply_sketch(fcinfo, -1, FRACTIONS_ARRAY, "duration_percentiles");
}

PG_FUNCTION_INFO_V1(duration_median_final);
/* Final function of duration_median: the 0.5 quantile, NULL if empty. */
Datum
duration_median_final(PG_FUNCTION_ARGS)
{
	const DurationSketch *sketch = sketch_argument(fcinfo, 0);

	assert_sketch(sketch);
	if (sketch->count == 0)
		PG_RETURN_NULL();
	PG_RETURN_INTERVAL_P(sketch_quantile(sketch, 0.5));
}

PG_FUNCTION_INFO_V1(duration_percentile_final);
/* Final function of duration_percentile: the group's fraction, NULL if empty. */
Datum
duration_percentile_final(PG_FUNCTION_ARGS)
{
	const DurationSketch *sketch = sketch_argument(fcinfo, 0);

	assert_sketch(sketch);
	if (sketch->count == 0)
		PG_RETURN_NULL();
	if (sketch->nfractions != 1)
		report_no_fractions("duration_percentile");
	PG_RETURN_INTERVAL_P(sketch_quantile(sketch, kpi_sketch_fractions(sketch)[0]));
}

PG_FUNCTION_INFO_V1(duration_percentiles_final);
/* Final function of duration_percentiles: one quantile per fraction, in order. */
Datum
duration_percentiles_final(PG_FUNCTION_ARGS)
{
	const DurationSketch *sketch = sketch_argument(fcinfo, 0);
	Datum	   *values;
	int			n = sketch->nfractions;

	assert_sketch(sketch);
	if (sketch->count == 0)
		PG_RETURN_NULL();
	if (!(sketch->flags & KPI_SKETCH_HAS_FRACTIONS))
		report_no_fractions("duration_percentiles");
	values = palloc(Max(n, 1) * sizeof(Datum));
	for (int i = 0; i < n; i++)
	{
		/* each fraction may read all 4033 buckets */
		CHECK_FOR_INTERRUPTS();
		values[i] = IntervalPGetDatum(sketch_quantile(sketch,
													  kpi_sketch_fractions(sketch)[i]));
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(values, n, INTERVALOID,
										  sizeof(Interval), false,
										  TYPALIGN_DOUBLE));
}

PG_FUNCTION_INFO_V1(duration_sketch_value);
/* kpi_value(duration_sketch, fraction): one quantile of one stored sketch. */
Datum
duration_sketch_value(PG_FUNCTION_ARGS)
{
	const DurationSketch *sketch = sketch_argument(fcinfo, 0);
	double		fraction = kpi_positive_zero(PG_GETARG_FLOAT8(1));

	if (kpi_sketch_check_fraction(fraction) != NULL)
		report_bad_fraction("kpi_value", PG_GETARG_FLOAT8(1));
	if (sketch->count == 0)
		PG_RETURN_NULL();
	PG_RETURN_INTERVAL_P(sketch_quantile(sketch, fraction));
}

PG_FUNCTION_INFO_V1(duration_sketch_counts);
/*
 * kpi_counts(duration_sketch): the counts as jsonb, with the bounds the
 * values are known to lie in (min_us .. max_us) and every used bucket's
 * range, count and the estimate it answers with.
 */
Datum
duration_sketch_counts(PG_FUNCTION_ARGS)
{
	DurationSketch *sketch = sketch_argument(fcinfo, 0);
	const int64 *counts = kpi_sketch_counts(sketch);
	const uint16 *buckets = kpi_sketch_buckets(sketch);
	int			n = sketch->nbuckets;
	StringInfoData json;

	initStringInfo(&json);
	appendStringInfo(&json, "{\"count\": %s, \"zeros\": %s",
					 kpi_int128_text(sketch->count),
					 kpi_int128_text(sketch->zeros));
	if (sketch->count > 0)
		appendStringInfo(&json, ", \"min_us\": %s, \"max_us\": %s",
						 sketch->zeros > 0 ? "0" :
						 kpi_int128_text(kpi_sketch_lower[buckets[0]]),
						 n == 0 ? "0" :
						 kpi_int128_text(kpi_sketch_upper[buckets[n - 1]]));
	if (sketch->flags & KPI_SKETCH_HAS_FRACTIONS)
	{
		char	   *list = fractions_text(kpi_sketch_fractions(sketch),
										  sketch->nfractions);

		/* {a,b} as a JSON array [a,b] */
		list[0] = '[';
		list[strlen(list) - 1] = ']';
		appendStringInfo(&json, ", \"fractions\": %s", list);
	}
	appendStringInfoString(&json, ", \"buckets\": [");
	for (int i = 0; i < n; i++)
	{
		/* up to 4033 buckets of four numbers each */
		CHECK_FOR_INTERRUPTS();
		appendStringInfo(&json,
						 "%s{\"lower_us\": %s, \"upper_us\": %s, \"estimate_us\": %s, \"count\": %s}",
						 i > 0 ? ", " : "",
						 kpi_int128_text(kpi_sketch_lower[buckets[i]]),
						 kpi_int128_text(kpi_sketch_upper[buckets[i]]),
						 kpi_int128_text(kpi_sketch_estimate[buckets[i]]),
						 kpi_int128_text(counts[i]));
	}
	appendStringInfoString(&json, "]}");
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(json.data));
}
