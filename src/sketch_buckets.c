/*
 * sketch_buckets.c
 *		The bucket mapping of duration_sketch: which whole microsecond
 *		counts share a bucket, and which value a bucket answers with.
 *
 * DDSketch (Masson, Rim, Lee 2019) puts x in bucket ceil(log_gamma x) with
 * gamma = (1 + a) / (1 - a) and answers 2 gamma^i / (gamma + 1), which is
 * within relative error a of everything in the bucket.  Durations here are
 * whole microseconds, so the buckets are built on integers instead, with
 * the same growth factor (201/199 for a = 0.5%) but no floating point:
 *
 *		lower[0] = 1
 *		estimate[k] = floor(lower[k] * 201 / 200)
 *		upper[k] = floor(estimate[k] * 200 / 199)
 *		lower[k + 1] = upper[k] + 1
 *
 * estimate <= 1.005 lower and estimate >= 0.995 upper, so for every integer
 * x in lower .. upper, |estimate - x| <= 0.005 x: the bound holds for the
 * microsecond value returned, with no rounding after it.  Below 199 us every
 * bucket holds one value (exact answers); from there on the buckets grow by
 * about 1% each, and 4033 of them reach 2^63 - 1 us (the last one is cut
 * there, and its estimate with it).  Bucket numbers are the k above and are
 * part of the stored format of version 1.
 *
 * Nothing here calls the server: the fuzz harness links this file.
 */
#include "sketch.h"

bool		kpi_sketch_ready = false;
int64		kpi_sketch_lower[KPI_SKETCH_NBUCKETS];
int64		kpi_sketch_upper[KPI_SKETCH_NBUCKETS];
int64		kpi_sketch_estimate[KPI_SKETCH_NBUCKETS];
uint16		kpi_sketch_small[KPI_SKETCH_SMALL];
uint16		kpi_sketch_slice_start[KPI_SKETCH_NSLICES];

/* The bucket holding micros, by binary search over the lower bounds. */
static int
bucket_by_search(int64 micros)
{
	int			low = 0;
	int			high = KPI_SKETCH_NBUCKETS - 1;

	/* invariant: lower[low] <= micros, and the answer is in low .. high */
	while (low < high)
	{
		int			middle = low + (high - low + 1) / 2;

		if (kpi_sketch_lower[middle] <= micros)
			low = middle;
		else
			high = middle - 1;
	}
	return low;
}

/*
 * Fill the bucket tables: the recurrence above in int128 (lower * 201
 * exceeds int64 near the top), then the two lookup tables from a plain
 * binary search, so the fast path can be checked against it.
 */
void
kpi_sketch_init(void)
{
	int128		lower_bound = 1;

	for (int k = 0; k < KPI_SKETCH_NBUCKETS; k++)
	{
		int128		estimate = lower_bound * 201 / 200;
		int128		upper_bound = estimate * 200 / 199;

		if (upper_bound > PG_INT64_MAX || k == KPI_SKETCH_NBUCKETS - 1)
			upper_bound = PG_INT64_MAX;
		if (estimate > upper_bound)
			estimate = upper_bound;
		kpi_sketch_lower[k] = (int64) lower_bound;
		kpi_sketch_estimate[k] = (int64) estimate;
		kpi_sketch_upper[k] = (int64) upper_bound;
		lower_bound = upper_bound + 1;
	}
	/* the table size in sketch.h is exactly what 2^63 - 1 needs */
	Assert(kpi_sketch_upper[KPI_SKETCH_NBUCKETS - 2] < PG_INT64_MAX);
	Assert(kpi_sketch_estimate[KPI_SKETCH_NBUCKETS - 2] * (int128) 200 / 199 ==
		   kpi_sketch_upper[KPI_SKETCH_NBUCKETS - 2]);
	Assert(kpi_sketch_lower[KPI_SKETCH_NBUCKETS - 1] * (int128) 201 / 200 * 200 / 199 >=
		   PG_INT64_MAX);

	kpi_sketch_small[0] = 0;	/* zero has no bucket; never looked up */
	for (int64 micros = 1; micros < KPI_SKETCH_SMALL; micros++)
		kpi_sketch_small[micros] = (uint16) bucket_by_search(micros);
	for (int slice = 0; slice < KPI_SKETCH_NSLICES; slice++)
	{
		int			power = 8 + (slice >> KPI_SKETCH_SLICE_BITS);
		int64		first = ((int64) 1 << power) +
			((int64) (slice & ((1 << KPI_SKETCH_SLICE_BITS) - 1)) <<
			 (power - KPI_SKETCH_SLICE_BITS));

		kpi_sketch_slice_start[slice] = (uint16) bucket_by_search(first);
	}
	kpi_sketch_ready = true;
}

/* The bucket of micros the slow way, for tests of the fast path. */
int
kpi_sketch_bucket_of_slow(int64 micros)
{
	if (!kpi_sketch_ready)
		kpi_sketch_init();
	return bucket_by_search(micros);
}
