/*
 * sketch_parse.c
 *		The rules every duration_sketch keeps, its text form, and reading a
 *		quantile from it.
 *
 * The text form names buckets by their lower bound in microseconds, so a
 * literal can be read without the bucket table, e.g.
 *
 *		(version=1,zeros=1,buckets={999:2,1009:1})
 *
 * is one zero duration, two values in the bucket of 999 .. 1008 us and
 * one in 1009 .. 1019 us.  The states of duration_percentile and
 * duration_percentiles also carry the fractions they were asked for:
 *
 *		(version=1,fractions={0.5,0.9},zeros=0,buckets={})
 *
 * Nothing here calls the server: messages are returned, not raised, and
 * memory comes from the caller's allocator, so the libFuzzer harness in
 * test/fuzz links this file alone.
 */
#include "sketch.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/*
 * The C library's snprintf, not PostgreSQL's replacement (port.h), so that
 * this file links without the server; %g is the same in both (the server
 * keeps LC_NUMERIC at C, and its own version calls the C library's for
 * floating point anyway).
 */
#undef snprintf

StaticAssertDecl(sizeof(DurationSketch) == 32, "the duration_sketch header is 32 bytes");

/* NULL if a fraction may be asked for: 0 .. 1, not NaN, not -0. */
const char *
kpi_sketch_check_fraction(double fraction)
{
	if (!(fraction >= 0.0 && fraction <= 1.0) || signbit(fraction))
		return "A fraction must lie between 0 and 1";
	return NULL;
}

/*
 * NULL if a sketch of size bytes keeps every rule of version 1; otherwise
 * which rule it breaks.  Input, receive and the assertion build use it.
 */
const char *
kpi_sketch_check(const DurationSketch *sketch, size_t size)
{
	const double *fractions;
	const int64 *counts;
	const uint16 *buckets;
	int64		total;

	if (size < sizeof(DurationSketch))
		return "The value is shorter than a duration_sketch header";
	if (sketch->version != KPI_SKETCH_VERSION)
		return "Only version 1 of duration_sketch is known";
	if ((sketch->flags & ~KPI_SKETCH_KNOWN_FLAGS) != 0 || sketch->reserved != 0)
		return "Unknown flags or reserved bits are set";
	if (sketch->nfractions > KPI_SKETCH_MAX_FRACTIONS)
		return "At most 1000 fractions are allowed";
	if (sketch->nfractions > 0 && !(sketch->flags & KPI_SKETCH_HAS_FRACTIONS))
		return "Fractions are stored without the flag that says so";
	if (sketch->nbuckets < 0 || sketch->nbuckets > KPI_SKETCH_NBUCKETS)
		return "The bucket count is out of range";
	if (size != kpi_sketch_size(sketch->nfractions, sketch->nbuckets))
		return "The length does not match the fraction and bucket counts";
	fractions = kpi_sketch_fractions(sketch);
	for (int i = 0; i < sketch->nfractions; i++)
		if (kpi_sketch_check_fraction(fractions[i]) != NULL)
			return kpi_sketch_check_fraction(fractions[i]);
	if (sketch->zeros < 0)
		return "Counts must not be negative";
	counts = kpi_sketch_counts(sketch);
	buckets = kpi_sketch_buckets(sketch);
	total = sketch->zeros;
	for (int i = 0; i < sketch->nbuckets; i++)
	{
		if (buckets[i] >= KPI_SKETCH_NBUCKETS)
			return "A bucket number is out of range";
		if (i > 0 && buckets[i] <= buckets[i - 1])
			return "Buckets must be in increasing order, each at most once";
		if (counts[i] <= 0)
			return "Bucket counts must be positive";
		if (pg_add_s64_overflow(total, counts[i], &total))
			return "The number of values is out of range for bigint";
	}
	if (total != sketch->count)
		return "The count does not match the bucket counts";
	return NULL;
}

/* Skip ASCII white space. */
static const char *
skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/* Step over an expected token (after white space); NULL if it is not there. */
static const char *
expect(const char *p, const char *token)
{
	size_t		length = strlen(token);

	p = skip_space(p);
	if (strncmp(p, token, length) != 0)
		return NULL;
	return p + length;
}

/*
 * Read a non-negative decimal integer into *value; NULL if there is none,
 * it does not fit in bigint, or it runs into a fraction or exponent.
 */
static const char *
parse_count(const char *p, int64 *value)
{
	int64		result = 0;
	int			digits = 0;

	p = skip_space(p);
	while (*p >= '0' && *p <= '9')
	{
		int			digit = *p++ - '0';

		if (result > (PG_INT64_MAX - digit) / 10)
			return NULL;
		result = result * 10 + digit;
		digits++;
	}
	if (digits == 0 || *p == '.' || *p == 'e' || *p == 'E')
		return NULL;
	*value = result;
	return p;
}

/*
 * Read a decimal fraction (digits, an optional point and digits, an
 * optional exponent: no sign, no hex, no NaN or Infinity) into *value.
 * *out_of_range tells a well-formed number too small for double precision
 * from a non-number.
 */
static const char *
parse_fraction(const char *p, double *value, bool *out_of_range)
{
	const char *start = skip_space(p);
	const char *end = start;
	int			digits = 0;
	char	   *stop;

	while (*end >= '0' && *end <= '9')
		end++, digits++;
	if (*end == '.')
		for (end++; *end >= '0' && *end <= '9'; end++)
			digits++;
	if (digits == 0)
		return NULL;
	if (*end == 'e' || *end == 'E')
	{
		const char *exponent = end + 1;

		if (*exponent == '+' || *exponent == '-')
			exponent++;
		if (!(*exponent >= '0' && *exponent <= '9'))
			return NULL;
		while (*exponent >= '0' && *exponent <= '9')
			exponent++;
		end = exponent;
	}
	/*
	 * strtod reads the checked span in place, so a fraction of any length
	 * is read as float8 input reads it; it must stop exactly at its end.
	 */
	errno = 0;
	*value = strtod(start, &stop);
	if (stop != end)
		return NULL;
	/*
	 * As float8 input does: a denormal (5e-324) is kept, a number that
	 * would round to zero (1e-400) is out of range rather than silently
	 * 0, the fraction of the minimum.
	 */
	if (errno == ERANGE && *value == 0)
	{
		*out_of_range = true;
		return NULL;
	}
	return end;
}

/*
 * Parse a duration_sketch literal into a new sketch from allocate (which
 * must return zeroed memory).  Returns NULL on success, with *result set,
 * or a static message saying which rule the text broke.
 */
const char *
kpi_sketch_parse(const char *text, KpiAllocator allocate,
				 DurationSketch **result)
{
	int			max_fractions = 1;
	int			max_buckets = 0;
	DurationSketch *sketch;
	double	   *fractions;
	int64	   *counts;
	uint16	   *buckets;
	const char *p;
	int64		total;

	/* room: every fraction needs a comma or a brace, every bucket a colon */
	for (p = text; *p; p++)
	{
		if (*p == ',')
			max_fractions++;
		else if (*p == ':')
			max_buckets++;
	}
	max_fractions = Min(max_fractions, KPI_SKETCH_MAX_FRACTIONS + 1);
	max_buckets = Min(max_buckets, KPI_SKETCH_NBUCKETS + 1);
	sketch = allocate(kpi_sketch_size(max_fractions, max_buckets));
	*result = sketch;
	sketch->version = KPI_SKETCH_VERSION;

	if ((p = expect(text, "(")) == NULL)
		return "A duration_sketch literal starts with \"(\"";
	if ((p = expect(p, "version")) == NULL || (p = expect(p, "=")) == NULL)
		return "The first field is version=";
	if ((p = expect(p, "1")) == NULL ||
		(*p >= '0' && *p <= '9') || (p = expect(p, ",")) == NULL)
		return "Only version 1 of duration_sketch is known";

	fractions = kpi_sketch_fractions(sketch);
	if (strncmp(skip_space(p), "fractions", 9) == 0)
	{
		if ((p = expect(p, "fractions")) == NULL || (p = expect(p, "=")) == NULL ||
			(p = expect(p, "{")) == NULL)
			return "The fractions are written fractions={...}";
		sketch->flags |= KPI_SKETCH_HAS_FRACTIONS;
		if (*skip_space(p) != '}')
		{
			for (;;)
			{
				double		fraction;
				bool		out_of_range = false;

				if (sketch->nfractions >= KPI_SKETCH_MAX_FRACTIONS)
					return "At most 1000 fractions are allowed";
				if ((p = parse_fraction(p, &fraction, &out_of_range)) == NULL)
					return out_of_range ?
						"A fraction is out of range for double precision" :
						"A fraction must be a decimal number";
				if (kpi_sketch_check_fraction(fraction) != NULL)
					return kpi_sketch_check_fraction(fraction);
				fractions[sketch->nfractions++] = fraction;
				p = skip_space(p);
				if (*p != ',')
					break;
				p++;
			}
		}
		if ((p = expect(p, "}")) == NULL || (p = expect(p, ",")) == NULL)
			return "The fraction list is closed by \"}\" and followed by \",\"";
	}

	if ((p = expect(p, "zeros")) == NULL || (p = expect(p, "=")) == NULL)
		return "The fields are version, fractions (optional), zeros and buckets, in this order";
	if ((p = parse_count(p, &sketch->zeros)) == NULL)
		return "The zeros count must be a non-negative integer";
	if ((p = expect(p, ",")) == NULL || (p = expect(p, "buckets")) == NULL ||
		(p = expect(p, "=")) == NULL || (p = expect(p, "{")) == NULL)
		return "The zeros count is followed by \",buckets={\"";

	/* counts now start after the fractions; bucket numbers go after room for all */
	counts = kpi_sketch_counts(sketch);
	buckets = (uint16 *) (counts + max_buckets);
	total = sketch->zeros;
	if (*skip_space(p) != '}')
	{
		for (;;)
		{
			int64		lower_bound;
			int64		count;
			int			bucket;

			if ((p = parse_count(p, &lower_bound)) == NULL)
				return "A bucket is written lower:count, both integers";
			if (lower_bound == 0)
				return "Zero durations are counted in zeros, not in a bucket";
			bucket = kpi_sketch_bucket_of(lower_bound);
			if (kpi_sketch_lower[bucket] != lower_bound)
				return "A bucket must be named by its lower bound in microseconds";
			if (sketch->nbuckets > 0 && bucket <= buckets[sketch->nbuckets - 1])
				return "Buckets must be in increasing order, each at most once";
			if ((p = expect(p, ":")) == NULL || (p = parse_count(p, &count)) == NULL)
				return "A bucket is written lower:count, both integers";
			if (count == 0)
				return "Bucket counts must be positive";
			if (pg_add_s64_overflow(total, count, &total))
				return "The number of values is out of range for bigint";
			Assert(sketch->nbuckets < max_buckets);
			counts[sketch->nbuckets] = count;
			buckets[sketch->nbuckets] = (uint16) bucket;
			sketch->nbuckets++;
			p = skip_space(p);
			if (*p != ',')
				break;
			p++;
		}
	}
	if ((p = expect(p, "}")) == NULL || (p = expect(p, ")")) == NULL)
		return "The bucket list is closed by \"}\" and the literal by \")\"";
	if (*skip_space(p) != '\0')
		return "Unexpected text after \")\"";

	/* close the gap between the counts and the bucket numbers */
	memmove(kpi_sketch_buckets(sketch), buckets,
			sketch->nbuckets * sizeof(uint16));
	sketch->count = total;
	SET_VARSIZE(sketch, kpi_sketch_size(sketch->nfractions, sketch->nbuckets));
	Assert(kpi_sketch_check(sketch, VARSIZE(sketch)) == NULL);
	return NULL;
}

/*
 * Write the shortest decimal that reads back as exactly this fraction
 * (at most 17 significant digits do); returns the end, no terminator.
 */
char *
kpi_fraction_format(char *out, double fraction)
{
	char		buffer[32];

	for (int precision = 1; precision <= 17; precision++)
	{
		snprintf(buffer, sizeof(buffer), "%.*g", precision, fraction);
		if (strtod(buffer, NULL) == fraction)
			break;
	}
	strcpy(out, buffer);
	return out + strlen(buffer);
}

/* Room kpi_sketch_format_into needs, terminator included. */
size_t
kpi_sketch_text_size(const DurationSketch *sketch)
{
	/* 24 per fraction ("%.17g" of a number in 0..1 and a comma), 42 per bucket */
	return 64 + (size_t) sketch->nfractions * 26 +
		(size_t) sketch->nbuckets * 42;
}

/* Write a sketch's canonical text form (kpi_sketch_text_size bytes). */
void
kpi_sketch_format_into(const DurationSketch *sketch, char *out)
{
	const double *fractions = kpi_sketch_fractions(sketch);
	const int64 *counts = kpi_sketch_counts(sketch);
	const uint16 *buckets = kpi_sketch_buckets(sketch);

	if (!kpi_sketch_ready)
		kpi_sketch_init();
	strcpy(out, "(version=");
	out = kpi_int128_format(out + strlen(out), sketch->version);
	*out++ = ',';
	if (sketch->flags & KPI_SKETCH_HAS_FRACTIONS)
	{
		strcpy(out, "fractions={");
		out += strlen(out);
		for (int i = 0; i < sketch->nfractions; i++)
		{
			if (i > 0)
				*out++ = ',';
			out = kpi_fraction_format(out, fractions[i]);
		}
		strcpy(out, "},");
		out += 2;
	}
	strcpy(out, "zeros=");
	out = kpi_int128_format(out + strlen(out), sketch->zeros);
	strcpy(out, ",buckets={");
	out += strlen(out);
	for (int i = 0; i < sketch->nbuckets; i++)
	{
		if (i > 0)
			*out++ = ',';
		out = kpi_int128_format(out, kpi_sketch_lower[buckets[i]]);
		*out++ = ':';
		out = kpi_int128_format(out, counts[i]);
	}
	strcpy(out, "})");
}

/*
 * The rank percentile_disc takes for a fraction of count values: the
 * smallest r with r >= fraction * count, computed as PostgreSQL computes it
 * (the product in double precision), and at least 1.
 */
int64
kpi_sketch_rank(double fraction, int64 count)
{
	double		rank = ceil(fraction * (double) count);

	Assert(count > 0);
	if (rank <= 1.0)
		return 1;
	if (rank >= (double) count)
		return count;
	return (int64) rank;
}

/*
 * The estimate of the value of the given rank (1-based) in microseconds:
 * zero if the rank falls on the zero durations, else the estimate of the
 * bucket that holds it.
 */
int64
kpi_sketch_value_at_rank(const DurationSketch *sketch, int64 rank)
{
	const int64 *counts = kpi_sketch_counts(sketch);
	const uint16 *buckets = kpi_sketch_buckets(sketch);
	int64		seen = sketch->zeros;

	Assert(rank >= 1 && rank <= sketch->count);
	if (rank <= seen)
		return 0;
	if (!kpi_sketch_ready)
		kpi_sketch_init();
	for (int i = 0; i < sketch->nbuckets; i++)
	{
		seen += counts[i];
		if (seen >= rank)
			return kpi_sketch_estimate[buckets[i]];
	}
	Assert(false);
	return kpi_sketch_estimate[buckets[sketch->nbuckets - 1]];
}
