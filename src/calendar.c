/*
 * calendar.c
 *		The kpi_calendar type: text and binary input and output, equality,
 *		btree order and hashing.
 *
 * The parser (calendar_parse.c) checks only the spelling of a time zone
 * name; here the zone is looked up with PostgreSQL's own time zone
 * machinery (pg_tzset, as SET timezone and AT TIME ZONE do) and stored as
 * PostgreSQL spells it, so "europe/copenhagen" and "Europe/Copenhagen"
 * give equal calendars.
 */
#include "kpi.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "pgtime.h"
#include "utils/builtins.h"

#define HINT_VALID_CALENDAR \
	"A valid calendar looks like \"Mon-Fri 09:00-17:00; Sat 10:00-14:00; tz Europe/Copenhagen; closed 2026-12-24, 2026-12-31..2027-01-01\"."

/*
 * A kpi_calendar argument, detoasted and aligned.  Only the input and
 * receive functions create calendars and both build them canonical;
 * assert-enabled builds check it again here.
 */
static KpiCalendar *
calendar_arg(FunctionCallInfo fcinfo, int argno)
{
	KpiCalendar *cal = (KpiCalendar *) PG_DETOAST_DATUM(PG_GETARG_DATUM(argno));

	Assert(kpi_calendar_is_canonical(cal, VARSIZE(cal)));
	return cal;
}

/*
 * Whether a zone name is a path in the time zone database rather than a
 * POSIX rule: a rule's zone names and offsets never contain "/", only the
 * transition times after its first "," do ("CET-1CEST,M3.5.0,M10.5.0/3").
 */
static bool
zone_name_is_path(const char *name)
{
	return strcspn(name, "/") < strcspn(name, ",");
}

/*
 * Whether pg_tzset read the zone written as name from a file of the time
 * zone database.  It spells such a zone as the file is named and a POSIX
 * rule as the name in upper case, so any other spelling is a file; a name
 * that is its own upper case could be either (no such file has "/" in
 * today's database, but nothing forbids one), so the database decides.
 */
static bool
zone_from_database(const char *name, pg_tz *zone)
{
	const char *spelt = pg_get_timezone_name(zone);
	size_t		length = strlen(name);
	pg_tzenum  *dir;
	pg_tz	   *entry;
	bool		found = false;

	if (strlen(spelt) != length)
		return true;
	for (size_t i = 0; i < length; i++)
	{
		if (pg_toupper((unsigned char) name[i]) != (unsigned char) spelt[i])
			return true;
	}
	/* the slow way, taken by a misspelt name on its way to an error */
	dir = pg_tzenumerate_start();
	while (!found && (entry = pg_tzenumerate_next(dir)) != NULL)
		found = strcmp(pg_get_timezone_name(entry), spelt) == 0;
	pg_tzenumerate_end(dir);
	return found;
}

/*
 * A UTC offset of the zone, in seconds east, beyond what business hours
 * can evaluate (KPI_CALENDAR_MAX_ZONE_OFFSET_SECS), in any stretch of time
 * from the first instant of timestamptz to the year 3000; 0 if there is
 * none.  PostgreSQL spells a zone's changes out in a table that ends by
 * 2371 (a zone's closing rule, or a POSIX rule, for at most 401 years
 * from 1970) and past its end repeats the table's last 400 years, so by
 * 3000 every offset the zone will ever use has been seen.  The zones found
 * good are remembered (a few dozen microseconds each to find), since
 * PostgreSQL keeps a zone it has loaded unchanged while the server runs.
 */
static long
zone_offset_beyond_limit(pg_tz *zone)
{
#define CHECKED_ZONES 16
	static pg_tz *checked[CHECKED_ZONES];
	static int	nchecked;
	static int	next;			/* the entry to replace when all are used */
	const pg_time_t shift = KPI_UNIX_EPOCH_SHIFT_US / USECS_PER_SEC;
	const pg_time_t limit =
		(pg_time_t) kpi_days_from_civil(3000, 1, 1) * SECS_PER_DAY + shift;
	pg_time_t	t = MIN_TIMESTAMP / USECS_PER_SEC + shift;

	for (int i = 0; i < nchecked; i++)
	{
		if (checked[i] == zone)
			return 0;
	}
	for (;;)
	{
		long		before;
		int			before_dst;
		pg_time_t	boundary;
		long		after;
		int			after_dst;
		int			found = pg_next_dst_boundary(&t, &before, &before_dst,
												 &boundary, &after,
												 &after_dst, zone);

		if (before > KPI_CALENDAR_MAX_ZONE_OFFSET_SECS ||
			before < -KPI_CALENDAR_MAX_ZONE_OFFSET_SECS)
			return before;
		/*
		 * No later change, or none known: at whole 400-year cycles after
		 * the end of a zone's table PostgreSQL wrongly reports none (see
		 * zone_stretch in business_time.c), and by then all of the cycle
		 * has been seen.
		 */
		if (found <= 0 || boundary >= limit)
			break;
		/* after an instant, as pg_next_dst_boundary should report */
		t = boundary > t ? boundary : t + 1;
	}
	if (nchecked < CHECKED_ZONES)
		checked[nchecked++] = zone;
	else
	{
		checked[next] = zone;
		next = (next + 1) % CHECKED_ZONES;
	}
	return 0;
}

/*
 * Look up the draft's zone with PostgreSQL and replace the name by the
 * one PostgreSQL spells; NULL, or the rule the name broke (in palloc'd
 * memory when it shows a value) with *hint, or NULL for the general hint.
 *
 * pg_tzset tries a name as a POSIX rule when the database has no such
 * zone, and its rules are lax: "Europe/8openhagen" reads as a standard
 * time named "EUROPE/" 8 hours west of UTC, "Etc/GMT+14" (the database
 * stops at +12) as 14 hours west.  So a name that can only be a path must
 * be a zone of the database, and every zone must keep its offsets within
 * what business hours can evaluate: a calendar is stored for years, and
 * should fail when it is written rather than at every use.
 */
static const char *
resolve_zone(KpiCalendarDraft *draft, const char **hint)
{
	pg_tz	   *zone = pg_tzset(draft->zone);
	const char *name;
	long		offset;

	*hint = NULL;
	if (zone == NULL)
		return "Unknown time zone: use a name PostgreSQL knows, such as Europe/Copenhagen or UTC (see pg_timezone_names)";
	if (!pg_tz_acceptable(zone))
		return "The time zone uses leap seconds, which PostgreSQL does not support";
	if (zone_name_is_path(draft->zone) && !zone_from_database(draft->zone, zone))
	{
		*hint = "The zones of the time zone database are listed in pg_timezone_names; a POSIX rule such as \"CET-1CEST,M3.5.0,M10.5.0/3\" has \"/\" only after its first \",\".";
		return "A time zone name with \"/\" must be a zone of the time zone database (PostgreSQL would read this one as a POSIX rule)";
	}
	if ((offset = zone_offset_beyond_limit(zone)) != 0)
	{
		*hint = "Real zones stay within 16 hours of UTC; a POSIX rule counts hours west of UTC, so \"<+03>-3\" is 3 hours east.";
		return psprintf("The time zone is %ld:%02ld:%02ld hours %s of UTC at times, and business hours allow at most %d hours",
						labs(offset) / SECS_PER_HOUR,
						labs(offset) / SECS_PER_MINUTE % MINS_PER_HOUR,
						labs(offset) % SECS_PER_MINUTE,
						offset > 0 ? "east" : "west",
						KPI_CALENDAR_MAX_ZONE_OFFSET_SECS / SECS_PER_HOUR);
	}
	name = pg_get_timezone_name(zone);
	if (kpi_calendar_check_zone_name(name) != NULL)
		return "The time zone's name cannot be stored";
	strcpy(draft->zone, name);
	return NULL;
}

/* The stored form of a normalised draft, in palloc'd memory. */
static KpiCalendar *
build_calendar(const KpiCalendarDraft *draft)
{
	size_t		size = kpi_calendar_size(draft);
	KpiCalendar *cal = palloc(size);

	kpi_calendar_build(draft, cal);
	SET_VARSIZE(cal, size);
	Assert(kpi_calendar_is_canonical(cal, size));
	return cal;
}

pg_noreturn static void report_bad_text(const char *text, const char *where,
										const char *problem);
pg_noreturn static void report_bad_binary(const char *problem);

/* Error for a calendar literal that breaks a rule; where points into text. */
static void
report_bad_text(const char *text, const char *where, const char *problem)
{
	if (where > text && *where != '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type kpi_calendar: \"%s\"",
						text),
				 errdetail("%s; at \"%s\".", problem, where),
				 errhint(HINT_VALID_CALENDAR)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type kpi_calendar: \"%s\"",
					text),
			 errdetail("%s.", problem),
			 errhint(HINT_VALID_CALENDAR)));
}

PG_FUNCTION_INFO_V1(kpi_calendar_in);
/* Text input of kpi_calendar. */
Datum
kpi_calendar_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	KpiCalendarDraft *draft = palloc(sizeof(KpiCalendarDraft));
	const char *where;
	const char *problem = kpi_calendar_parse(input, draft, &where);
	const char *hint;

	if (problem != NULL)
		report_bad_text(input, where, problem);
	if ((problem = resolve_zone(draft, &hint)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type kpi_calendar: \"%s\"",
						input),
				 errdetail("%s; got \"%s\".", problem, draft->zone),
				 errhint("%s", hint != NULL ? hint : HINT_VALID_CALENDAR)));
	PG_RETURN_POINTER(build_calendar(draft));
}

PG_FUNCTION_INFO_V1(kpi_calendar_out);
/* Text output of kpi_calendar, in the canonical form. */
Datum
kpi_calendar_out(PG_FUNCTION_ARGS)
{
	const KpiCalendar *cal = calendar_arg(fcinfo, 0);
	char	   *out = palloc(kpi_calendar_text_size(cal));

	kpi_calendar_format_into(cal, out);
	PG_RETURN_CSTRING(out);
}

/* Error for a binary calendar that breaks a rule. */
static void
report_bad_binary(const char *problem)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary value for type kpi_calendar"),
			 errdetail("%s.", problem)));
}

PG_FUNCTION_INFO_V1(kpi_calendar_recv);
/*
 * Binary input: int4 count of weekly ranges, then each as int4 start and
 * end minutes from Monday 00:00 (0 <= start < end <= 10080); int4 count of
 * closed ranges, then each as int4 first and last day since 2000-01-01;
 * int4 length and the bytes of the zone name.  Everything is checked and
 * brought to canonical form, as text input does.
 */
Datum
kpi_calendar_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	KpiCalendarDraft *draft = palloc(sizeof(KpiCalendarDraft));
	int32		count;
	int32		length;
	const char *problem;
	const char *hint;

	draft->nranges = draft->nclosed = draft->written_ranges = 0;
	count = pq_getmsgint(buf, 4);
	if (count < 0 || count > KPI_CALENDAR_MAX_RANGES)
		report_bad_binary("A calendar has 1 to 10000 weekly opening ranges");
	for (int32 i = 0; i < count; i++)
	{
		int32		start = pq_getmsgint(buf, 4);
		int32		end = pq_getmsgint(buf, 4);

		if (end > KPI_MINUTES_PER_WEEK)
			report_bad_binary("A weekly range must lie within 0 and 10080 minutes from Monday 00:00 and not be empty");
		if ((problem = kpi_calendar_add_range(draft, start, end)) != NULL)
			report_bad_binary(problem);
	}
	count = pq_getmsgint(buf, 4);
	if (count < 0 || count > KPI_CALENDAR_MAX_CLOSED)
		report_bad_binary("A calendar has at most 10000 closed date ranges");
	for (int32 i = 0; i < count; i++)
	{
		int32		first = pq_getmsgint(buf, 4);
		int32		last = pq_getmsgint(buf, 4);

		if ((problem = kpi_calendar_add_closed(draft, first, last)) != NULL)
			report_bad_binary(problem);
	}
	length = pq_getmsgint(buf, 4);
	if (length < 1 || length > KPI_CALENDAR_ZONE_MAX)
		report_bad_binary("A time zone name has 1 to 255 bytes");
	memcpy(draft->zone, pq_getmsgbytes(buf, length), length);
	draft->zone[length] = '\0';
	if (strlen(draft->zone) != (size_t) length)
		report_bad_binary("A time zone name must not contain a zero byte");
	if ((problem = kpi_calendar_check_zone_name(draft->zone)) != NULL ||
		(problem = kpi_calendar_normalise(draft)) != NULL ||
		(problem = resolve_zone(draft, &hint)) != NULL)
		report_bad_binary(problem);
	PG_RETURN_POINTER(build_calendar(draft));
}

PG_FUNCTION_INFO_V1(kpi_calendar_send);
/* Binary output, the mirror of kpi_calendar_recv. */
Datum
kpi_calendar_send(PG_FUNCTION_ARGS)
{
	const KpiCalendar *cal = calendar_arg(fcinfo, 0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, cal->nranges);
	for (int32 i = 0; i < cal->nranges; i++)
	{
		pq_sendint32(&buf, kpi_calendar_range_start(cal)[i]);
		pq_sendint32(&buf, kpi_calendar_range_end(cal)[i]);
	}
	pq_sendint32(&buf, cal->nclosed);
	for (int32 i = 0; i < cal->nclosed; i++)
	{
		pq_sendint32(&buf, kpi_calendar_closed_first(cal)[i]);
		pq_sendint32(&buf, kpi_calendar_closed_last(cal)[i]);
	}
	pq_sendint32(&buf, cal->zone_length);
	pq_sendbytes(&buf, kpi_calendar_zone(cal), cal->zone_length);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Lexicographic order of two int32 pair lists. */
static int
pairs_cmp(const int32 *a_first, const int32 *a_second, int32 a_count,
		  const int32 *b_first, const int32 *b_second, int32 b_count)
{
	for (int32 i = 0; i < a_count && i < b_count; i++)
	{
		if (a_first[i] != b_first[i])
			return a_first[i] < b_first[i] ? -1 : 1;
		if (a_second[i] != b_second[i])
			return a_second[i] < b_second[i] ? -1 : 1;
	}
	return (a_count > b_count) - (a_count < b_count);
}

/*
 * Total order of calendars for btree: zone name, then weekly ranges, then
 * closed dates.  Equal exactly when the canonical forms are equal.
 */
static int
calendar_cmp(const KpiCalendar *a, const KpiCalendar *b)
{
	int			order = strcmp(kpi_calendar_zone(a), kpi_calendar_zone(b));

	if (order != 0)
		return order < 0 ? -1 : 1;
	order = pairs_cmp(kpi_calendar_range_start(a), kpi_calendar_range_end(a),
					  a->nranges,
					  kpi_calendar_range_start(b), kpi_calendar_range_end(b),
					  b->nranges);
	if (order != 0)
		return order;
	return pairs_cmp(kpi_calendar_closed_first(a), kpi_calendar_closed_last(a),
					 a->nclosed,
					 kpi_calendar_closed_first(b), kpi_calendar_closed_last(b),
					 b->nclosed);
}

PG_FUNCTION_INFO_V1(kpi_calendar_cmp);
/* btree support function of kpi_calendar. */
Datum
kpi_calendar_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(calendar_cmp(calendar_arg(fcinfo, 0),
								 calendar_arg(fcinfo, 1)));
}

/* The comparison operators of kpi_calendar, all through calendar_cmp. */
#define CALENDAR_OPERATOR(name, test) \
	PG_FUNCTION_INFO_V1(name); \
	Datum name(PG_FUNCTION_ARGS) \
	{ \
		int			order = calendar_cmp(calendar_arg(fcinfo, 0), \
										 calendar_arg(fcinfo, 1)); \
		PG_RETURN_BOOL(test); \
	}

CALENDAR_OPERATOR(kpi_calendar_eq, order == 0)
CALENDAR_OPERATOR(kpi_calendar_ne, order != 0)
CALENDAR_OPERATOR(kpi_calendar_lt, order < 0)
CALENDAR_OPERATOR(kpi_calendar_le, order <= 0)
CALENDAR_OPERATOR(kpi_calendar_gt, order > 0)
CALENDAR_OPERATOR(kpi_calendar_ge, order >= 0)

/*
 * The bytes a calendar is hashed by: the whole stored form after the
 * varlena header.  Canonical forms make equal calendars byte-equal; the
 * derived sums depend only on the canonical fields.
 */
#define CALENDAR_HASH_BYTES(cal) \
	((const unsigned char *) (cal) + VARHDRSZ), (VARSIZE(cal) - VARHDRSZ)

PG_FUNCTION_INFO_V1(kpi_calendar_hash);
/* Hash support function 1 of kpi_calendar, consistent with =. */
Datum
kpi_calendar_hash(PG_FUNCTION_ARGS)
{
	KpiCalendar *cal = calendar_arg(fcinfo, 0);

	return hash_any(CALENDAR_HASH_BYTES(cal));
}

PG_FUNCTION_INFO_V1(kpi_calendar_hash_extended);
/*
 * Hash support function 2 (64-bit, seeded), for hash partitioning; with
 * seed 0 its low 32 bits equal kpi_calendar_hash, as PostgreSQL requires.
 */
Datum
kpi_calendar_hash_extended(PG_FUNCTION_ARGS)
{
	KpiCalendar *cal = calendar_arg(fcinfo, 0);

	return hash_any_extended(CALENDAR_HASH_BYTES(cal), PG_GETARG_INT64(1));
}
