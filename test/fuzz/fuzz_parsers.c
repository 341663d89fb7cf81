/*
 * fuzz_parsers.c
 *		libFuzzer harness for every text parser of the extension: the
 *		literal of each aggregate state type, the kpi_target literal, the
 *		kpi_calendar literal and the duration_sketch literal.
 *
 * It links src/state_parse.c, src/target_parse.c, src/calendar_parse.c
 * and src/sketch_parse.c alone, without the server (run.sh builds it).
 * Beyond "no crash, no sanitizer report", it checks what the parsers
 * promise: an accepted state keeps its invariant (fields in range, the
 * cross-field rules) and prints to a form that parses back to the same
 * bytes; an accepted target obeys the target rules and has no duration
 * with a number that lacks its unit or that comes to zero from non-zero
 * amounts, and a refused one points into its own text; an accepted
 * calendar is canonical (what the stored-form check accepts) and prints
 * to a form that parses back to the same bytes; an accepted
 * duration_sketch keeps every rule of its format and prints to a form
 * that parses back to the same bytes; and the first eight bytes of every
 * input, read as a microsecond count, fall in the bucket the slow search
 * finds, whose estimate is within 0.5% of them.
 */
#include "kpi.h"
#include "sketch.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static const KpiStateType *const state_types[] = {
	&kpi_nps_state_type, &kpi_csat_state_type, &kpi_fcr_state_type,
	&kpi_ces_state_type, &kpi_aht_state_type, &kpi_utilization_state_type,
	&kpi_occupancy_state_type, &kpi_service_level_state_type,
	&kpi_asa_state_type, &kpi_abandonment_state_type,
	&kpi_shrinkage_state_type,
	&kpi_churn_state_type,
	&kpi_rating_state_type,
};

/*
 * What the duration stand-in saw in the spans the target parser handed it
 * during one parse: a number without a unit (read as seconds, as interval
 * input reads it), and non-zero amounts that came to zero microseconds.
 * The parser promises to accept neither.
 */
static bool fuzz_read_unitless;
static bool fuzz_read_nothing;

/*
 * Stand-in for PostgreSQL's interval input: "<number> <unit>" pairs with
 * decimal amounts and units s, min, h, day and w (a week), rounded to
 * whole microseconds, and like interval input a last number without a
 * unit as seconds; enough to reach the target parser's duration paths.
 */
static bool
fuzz_duration(const char *text, size_t length, int64 *micros)
{
	char		copy[256];
	const char *p = copy;
	int64		total = 0;
	bool		nonzero = false;

	/* the parser hands over a span of its input, not a string */
	if (length >= sizeof(copy))
		return false;
	memcpy(copy, text, length);
	copy[length] = '\0';

	while (*p)
	{
		char	   *end;
		double		amount;
		int64		unit;

		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		if (!((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.'))
			return false;
		amount = strtod(p, &end);
		if (end == p || !(amount >= -1000000 && amount <= 1000000))
			return false;
		/* interval input reads decimal numbers only: strtod's hexadecimal
		 * ("0xa") is no number to it */
		for (const char *q = p; q < end; q++)
			if (*q == 'x' || *q == 'X')
				return false;
		p = end;
		while (*p == ' ')
			p++;
		if (strncmp(p, "min", 3) == 0)
			unit = USECS_PER_MINUTE, p += 3;
		else if (strncmp(p, "day", 3) == 0)
			unit = USECS_PER_DAY, p += 3;
		else if (*p == 's')
			unit = USECS_PER_SEC, p += 1;
		else if (*p == 'h')
			unit = USECS_PER_HOUR, p += 1;
		else if (*p == 'w')
			unit = 7 * USECS_PER_DAY, p += 1;
		else if (*p == '\0')
			unit = USECS_PER_SEC, fuzz_read_unitless = true;
		else
			return false;
		nonzero |= amount != 0;
		total += (int64) rint(amount * unit);
	}
	fuzz_read_nothing |= nonzero && total == 0;
	*micros = total;
	return true;
}

/*
 * The calendar promises: an accepted literal builds a canonical stored
 * form whose text reads back to the same bytes.
 */
static void
check_calendar(const char *text)
{
	static KpiCalendarDraft draft;
	const char *where;
	size_t		size;
	KpiCalendar *cal;
	KpiCalendar *again;
	char	   *printed;

	if (kpi_calendar_parse(text, &draft, &where) != NULL)
	{
		/* the place of the problem lies in the text */
		if (where < text || where > text + strlen(text))
			abort();
		return;
	}
	size = kpi_calendar_size(&draft);
	cal = malloc(size);
	kpi_calendar_build(&draft, cal);
	if (!kpi_calendar_is_canonical(cal, size))
		abort();
	printed = malloc(kpi_calendar_text_size(cal));
	kpi_calendar_format_into(cal, printed);
	if (strlen(printed) >= kpi_calendar_text_size(cal) ||
		kpi_calendar_parse(printed, &draft, &where) != NULL ||
		kpi_calendar_size(&draft) != size)
		abort();
	again = malloc(size);
	kpi_calendar_build(&draft, again);
	if (memcmp(cal, again, size) != 0)
		abort();
	free(again);
	free(printed);
	free(cal);
}

/* Zeroed memory for the sketch parser. */
static void *
fuzz_allocate(size_t size)
{
	return calloc(1, size);
}

/* The sketch parser's promises for one input. */
static void
fuzz_sketch(const char *text)
{
	DurationSketch *sketch;
	DurationSketch *again;
	char	   *printed;

	if (kpi_sketch_parse(text, fuzz_allocate, &sketch) == NULL)
	{
		if (kpi_sketch_check(sketch, VARSIZE(sketch)) != NULL)
			abort();
		printed = malloc(kpi_sketch_text_size(sketch));
		kpi_sketch_format_into(sketch, printed);
		if (strlen(printed) >= kpi_sketch_text_size(sketch))
			abort();
		if (kpi_sketch_parse(printed, fuzz_allocate, &again) != NULL ||
			VARSIZE(again) != VARSIZE(sketch) ||
			memcmp(sketch, again, VARSIZE(sketch)) != 0)
			abort();
		for (int64 rank = 1; rank <= sketch->count && rank <= 64; rank++)
			(void) kpi_sketch_value_at_rank(sketch, rank);
		free(printed);
		free(again);
	}
	free(sketch);
}

/* The bucket of a microsecond count holds it, within 0.5%. */
static void
fuzz_bucket(const uint8_t *data, size_t size)
{
	uint64		raw = 0;
	int64		micros;
	int			bucket;

	memcpy(&raw, data, Min(size, sizeof(raw)));
	micros = (int64) (raw & PG_INT64_MAX);
	if (micros == 0)
		return;
	bucket = kpi_sketch_bucket_of(micros);
	if (bucket != kpi_sketch_bucket_of_slow(micros) ||
		micros < kpi_sketch_lower[bucket] || micros > kpi_sketch_upper[bucket])
		abort();
	{
		int128		error = (int128) kpi_sketch_estimate[bucket] - micros;

		if ((error < 0 ? -error : error) * 200 > micros)
			abort();
	}
}

/* One fuzz input: a NUL-terminated copy fed to every parser. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = malloc(size + 1);
	KpiTarget	target;
	KpiTargetMistake mistake;

	memcpy(text, data, size);
	text[size] = '\0';

	for (size_t i = 0; i < lengthof(state_types); i++)
	{
		const KpiStateType *type = state_types[i];
		int128		state[4];
		int128		again[4];
		char		printed[512];

		if (kpi_state_parse(type, text, state) != NULL)
			continue;
		/* the invariant the assertion build checks after every update */
		if (!kpi_state_is_valid(type, state))
			abort();
		kpi_state_format_into(type, state, printed);
		if (kpi_state_parse(type, printed, again) != NULL ||
			memcmp(state, again, type->size) != 0)
			abort();
	}

	/*
	 * An accepted target obeys the target rules, and no duration in it had
	 * a number without a unit or came to zero from non-zero amounts.
	 */
	fuzz_read_unitless = fuzz_read_nothing = false;
	if (kpi_target_parse(text, fuzz_duration, &target, &mistake) == NULL &&
		(kpi_target_check(&target) != NULL || fuzz_read_unitless ||
		 fuzz_read_nothing))
		abort();
	/* the part of a refused literal at fault lies in it */
	if (mistake.at != NULL &&
		(mistake.at < text || mistake.at_length < 0 ||
		 mistake.at + mistake.at_length > text + strlen(text)))
		abort();

	check_calendar(text);
	fuzz_sketch(text);
	fuzz_bucket(data, size);

	free(text);
	return 0;
}
