/*
 * sketch.h
 *		The duration_sketch type: a mergeable, subtractable histogram of
 *		durations on logarithmic buckets, from which duration_percentile and
 *		its relatives read quantiles within 0.5% (sketch_buckets.c,
 *		sketch_parse.c, sketch.c).
 *
 * Bucket k holds the whole microsecond counts lower[k] .. upper[k] and
 * answers with estimate[k]; the bounds are integers built so that the
 * estimate is within 0.5% of every value in the bucket (see
 * sketch_buckets.c).  Zero durations have their own exact count.
 *
 * On-disk layout (varlena, ALIGNMENT double), version 1:
 *
 *		header (32 bytes)		DurationSketch below
 *		double fractions[nfractions]	the fractions a percentile aggregate
 *										was asked for (none in a sketch of rows)
 *		int64 counts[nbuckets]	values in each used bucket, all > 0
 *		uint16 buckets[nbuckets]	the bucket numbers, strictly increasing
 *
 * Nothing else: no capacity, no padding with content, no zero counts, so the
 * bytes depend only on the multiset of values (and the fractions), and
 * serial, parallel, window and rollup evaluation produce identical states.
 */
#ifndef KPI_SKETCH_H
#define KPI_SKETCH_H

#include "kpi.h"

#include "port/pg_bitutils.h"

#define KPI_SKETCH_VERSION 1

/* Number of buckets that cover 1 .. 2^63 - 1 microseconds (checked at init). */
#define KPI_SKETCH_NBUCKETS 4033

/* The most fractions duration_percentiles accepts in one call. */
#define KPI_SKETCH_MAX_FRACTIONS 1000

/* flags: the fractions list is set (possibly empty, for '{}') */
#define KPI_SKETCH_HAS_FRACTIONS 0x01
#define KPI_SKETCH_KNOWN_FLAGS KPI_SKETCH_HAS_FRACTIONS

typedef struct DurationSketch
{
	int32		vl_len_;		/* varlena header, never touch directly */
	uint8		version;		/* KPI_SKETCH_VERSION */
	uint8		flags;
	uint16		nfractions;
	int32		nbuckets;
	int32		reserved;		/* always zero */
	int64		count;			/* all values, zeros included */
	int64		zeros;			/* values of exactly zero */
	/* double fractions[], int64 counts[], uint16 buckets[] follow */
} DurationSketch;

/* Bytes of a sketch with this many fractions and used buckets. */
static inline size_t
kpi_sketch_size(int nfractions, int nbuckets)
{
	return sizeof(DurationSketch) + (size_t) nfractions * sizeof(double) +
		(size_t) nbuckets * (sizeof(int64) + sizeof(uint16));
}

/* The fractions a percentile aggregate records in its state. */
static inline double *
kpi_sketch_fractions(const DurationSketch *sketch)
{
	return (double *) (void *) ((char *) sketch + sizeof(DurationSketch));
}

/* Count of each used bucket, in bucket order. */
static inline int64 *
kpi_sketch_counts(const DurationSketch *sketch)
{
	return (int64 *) (void *) ((char *) sketch + sizeof(DurationSketch) +
							   sketch->nfractions * sizeof(double));
}

/* Bucket numbers of the used buckets, strictly increasing. */
static inline uint16 *
kpi_sketch_buckets(const DurationSketch *sketch)
{
	return (uint16 *) (void *) (kpi_sketch_counts(sketch) + sketch->nbuckets);
}

/*
 * sketch_buckets.c: the bucket mapping, without the server.  The tables are
 * filled on first use; kpi_sketch_slice_start gives, for the 128 slices of
 * every power of two from 2^8 up, the bucket of the slice's smallest value.
 * A slice is narrower than any bucket from 2^8 on, so the bucket of a
 * value is that one or the next.
 */
#define KPI_SKETCH_SMALL 256	/* values below this are looked up directly */
#define KPI_SKETCH_SLICE_BITS 7
#define KPI_SKETCH_NSLICES ((63 - 8) << KPI_SKETCH_SLICE_BITS)

extern void kpi_sketch_init(void);
extern int	kpi_sketch_bucket_of_slow(int64 micros);
extern bool kpi_sketch_ready;
extern int64 kpi_sketch_lower[KPI_SKETCH_NBUCKETS];
extern int64 kpi_sketch_upper[KPI_SKETCH_NBUCKETS];
extern int64 kpi_sketch_estimate[KPI_SKETCH_NBUCKETS];
extern uint16 kpi_sketch_small[KPI_SKETCH_SMALL];
extern uint16 kpi_sketch_slice_start[KPI_SKETCH_NSLICES];

/*
 * The bucket number of a positive microsecond count: integer arithmetic
 * only, so the same on every platform, and exact at bucket boundaries.
 */
static inline int
kpi_sketch_bucket_of(int64 micros)
{
	int			power;
	int			bucket;

	Assert(micros > 0);
	if (unlikely(!kpi_sketch_ready))
		kpi_sketch_init();
	if (micros < KPI_SKETCH_SMALL)
		return kpi_sketch_small[micros];
	power = pg_leftmost_one_pos64((uint64) micros);
	bucket = kpi_sketch_slice_start[((power - 8) << KPI_SKETCH_SLICE_BITS) +
									(int) ((micros >> (power - KPI_SKETCH_SLICE_BITS)) &
										   ((1 << KPI_SKETCH_SLICE_BITS) - 1))];
	if (bucket + 1 < KPI_SKETCH_NBUCKETS && micros >= kpi_sketch_lower[bucket + 1])
		bucket++;
	return bucket;
}

/* sketch_parse.c: text form, rules and quantiles, without the server */
typedef void *(*KpiAllocator) (size_t size);
extern const char *kpi_sketch_parse(const char *text, KpiAllocator allocate,
									DurationSketch **result);
extern const char *kpi_sketch_check(const DurationSketch *sketch,
									size_t size);
extern const char *kpi_sketch_check_fraction(double fraction);
extern size_t kpi_sketch_text_size(const DurationSketch *sketch);
extern void kpi_sketch_format_into(const DurationSketch *sketch, char *out);
extern char *kpi_fraction_format(char *out, double fraction);
extern int64 kpi_sketch_rank(double fraction, int64 count);
extern int64 kpi_sketch_value_at_rank(const DurationSketch *sketch,
									  int64 rank);

#endif							/* KPI_SKETCH_H */
