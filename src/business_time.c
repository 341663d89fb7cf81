/*
 * business_time.c
 *		Durations counted in a calendar's opening hours: business_time,
 *		business_add, business_open and business_next_open.
 *
 * The definition everything follows: an instant is open when its local
 * date in the calendar's zone is not closed and its local wall-clock time
 * lies in one of that weekday's ranges.  business_time is the measure of
 * the open instants between two instants.
 *
 * How it is computed without walking days.  Between two changes of the
 * zone's UTC offset (found with PostgreSQL's pg_next_dst_boundary, the
 * machinery behind timestamptz output and AT TIME ZONE), local time runs
 * at the speed of real time, so the open time of a stretch of real time is
 * the open time of the matching stretch of local time.  That one is a
 * difference of open_before(x), the open time in local time from a fixed
 * origin up to local instant x: whole weeks times the weekly open time,
 * plus the part of x's week (binary search over the weekly ranges), minus
 * the closed dates before x (binary search over the sorted closed ranges,
 * with stored prefix sums).  So the cost grows with the number of offset
 * changes in the span (two a year in zones with daylight saving time), not
 * with its length: at most about 600,000 stretches over the whole range
 * of timestamptz, some 20 to 70 ms, and each walk below looks for a
 * cancel at every stretch.
 *
 * Local instants are microseconds from 2000-01-01 00:00 local time (day 0,
 * a Saturday); weeks start on Monday, so the origin of open_before is
 * Monday 1999-12-27 00:00.
 */
#include "kpi.h"

#include "datatype/timestamp.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "utils/builtins.h"

#define USECS_PER_WEEK (7 * USECS_PER_DAY)
/* Monday 1999-12-27 00:00 local is five days before local instant 0 */
#define WEEK_ORIGIN_SHIFT (5 * USECS_PER_DAY)
/* seconds from the Unix epoch to PostgreSQL's, for pg_time_t */
#define EPOCH_SHIFT_SECS \
	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)

/* A calendar ready for evaluation: an aligned copy and its zone. */
typedef struct LoadedCalendar
{
	Size		length;			/* bytes after the varlena header */
	KpiCalendar *cal;
	pg_tz	   *zone;
} LoadedCalendar;

/* Floor division of a by a positive b. */
static inline int64
floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	return (a % b != 0 && a < 0) ? q - 1 : q;
}

/*
 * The calendars one function call site has seen lately.  A query over many
 * tickets passes the same calendar row after row, or a few alternating
 * ones from a join with the teams; comparing bytes is much cheaper than
 * copying a calendar and looking up its zone again.
 */
#define CALENDAR_CACHE_SIZE 8

typedef struct CalendarCache
{
	int			used;
	int			next;			/* the entry to replace on a miss */
	LoadedCalendar entries[CALENDAR_CACHE_SIZE];
} CalendarCache;

/* The calendar argument, ready for evaluation (cached in fn_extra). */
static LoadedCalendar *
load_calendar(FunctionCallInfo fcinfo)
{
	struct varlena *raw = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(0));
	const char *bytes = VARDATA_ANY(raw);
	Size		length = VARSIZE_ANY_EXHDR(raw);
	CalendarCache *cache = fcinfo->flinfo->fn_extra;
	LoadedCalendar *loaded;

	if (unlikely(cache == NULL))
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									   sizeof(CalendarCache));
		fcinfo->flinfo->fn_extra = cache;
	}
	for (int i = 0; i < cache->used; i++)
	{
		loaded = &cache->entries[i];
		if (loaded->length == length &&
			memcmp(VARDATA(loaded->cal), bytes, length) == 0)
			return loaded;
	}
	if (cache->used < CALENDAR_CACHE_SIZE)
		loaded = &cache->entries[cache->used++];
	else
	{
		loaded = &cache->entries[cache->next];
		cache->next = (cache->next + 1) % CALENDAR_CACHE_SIZE;
		pfree(loaded->cal);
	}
	/* an entry never matches until it is complete */
	loaded->length = 0;
	loaded->cal = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
									 length + VARHDRSZ);
	memcpy(VARDATA(loaded->cal), bytes, length);
	SET_VARSIZE(loaded->cal, length + VARHDRSZ);
	Assert(kpi_calendar_is_canonical(loaded->cal, length + VARHDRSZ));
	loaded->zone = pg_tzset(kpi_calendar_zone(loaded->cal));
	if (loaded->zone == NULL)
	{
		/* possible only if the zone left the server's time zone database */
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time zone \"%s\" of the calendar is not known to this server",
						kpi_calendar_zone(loaded->cal))));
	}
	loaded->length = length;
	return loaded;
}

/*
 * Error for an infinite argument or a result outside its type's range;
 * detail shows the offending value.
 */
static void
report_out_of_range(const char *function, const char *what,
					const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("%s: %s", function, what),
			 errdetail("%s", detail)));
}

/* "The value is N microseconds <since what>.", for out-of-range details. */
static char *
micros_detail(int128 micros, const char *since)
{
	return psprintf("The value is %s microseconds%s.", kpi_int128_text(micros),
					since);
}

/* A timestamptz argument, which must be finite. */
static TimestampTz
finite_arg(FunctionCallInfo fcinfo, int argno, const char *function)
{
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(argno);

	if (TIMESTAMP_NOT_FINITE(t))
		report_out_of_range(function, "an infinite timestamp has no opening hours",
							psprintf("Got %s.",
									 DatumGetCString(DirectFunctionCall1(timestamptz_out,
																		 TimestampTzGetDatum(t)))));
	return t;
}

/*
 * The stretch of real time that starts at t with one UTC offset: the
 * offset in microseconds (east positive, local = UTC + offset) and the
 * first instant after t at which it may change, or PG_INT64_MAX when it
 * never does (within timestamptz's range).
 */
static void
zone_stretch(const pg_tz *zone, TimestampTz t, int64 *offset, TimestampTz *until,
			 const char *function)
{
	pg_time_t	seconds = floor_div(t, USECS_PER_SEC) + EPOCH_SHIFT_SECS;
	long		before_offset;
	int			before_dst;
	pg_time_t	boundary;
	long		after_offset;
	int			after_dst;
	int			found = pg_next_dst_boundary(&seconds, &before_offset,
											 &before_dst, &boundary,
											 &after_offset, &after_dst, zone);

	/*
	 * Past the end of its table PostgreSQL repeats a zone's rule in cycles
	 * of 400 years, and at an instant that falls exactly whole cycles after
	 * the table's last change (late 2769 for today's zones with daylight
	 * saving time) it reports no later change although the rule goes on;
	 * trusting that would give the rest of any span one offset.  Such an
	 * instant starts its stretch, so the offset one second later is the
	 * same, and there the next change is found.  The same second look
	 * guards against a boundary reported at or before the instant.
	 */
	if (found == 0 || (found > 0 && boundary <= seconds))
	{
		pg_time_t	later = seconds + 1;

		found = pg_next_dst_boundary(&later, &before_offset, &before_dst,
									 &boundary, &after_offset, &after_dst,
									 zone);
	}
	if (found < 0)
		report_out_of_range(function, "the time zone has no offset for this instant",
							psprintf("The instant is %lld seconds after 1970-01-01 00:00 UTC.",
									 (long long) seconds));
	/*
	 * Input refuses zones with offsets the local-time arithmetic cannot
	 * hold (calendar.c); a calendar stored before that check could still
	 * have one.
	 */
	if (before_offset > KPI_CALENDAR_MAX_ZONE_OFFSET_SECS ||
		before_offset < -KPI_CALENDAR_MAX_ZONE_OFFSET_SECS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the calendar's time zone is %ld seconds from UTC",
						function, before_offset),
				 errdetail("Offsets of up to 48 hours are supported.")));
	*offset = (int64) before_offset * USECS_PER_SEC;
	/* boundary > seconds, so the stretch holds t; stop at the range's end */
	if (found == 0 ||
		boundary >= END_TIMESTAMP / USECS_PER_SEC + EPOCH_SHIFT_SECS)
		*until = PG_INT64_MAX;
	else
		*until = (boundary - EPOCH_SHIFT_SECS) * USECS_PER_SEC;
}

/*
 * Open time in microseconds from the week origin to local instant x,
 * ignoring closed dates.
 */
static int64
week_open_before(const KpiCalendar *cal, int64 x)
{
	int64		shifted = x + WEEK_ORIGIN_SHIFT;
	int64		week = floor_div(shifted, USECS_PER_WEEK);
	int64		position = shifted - week * USECS_PER_WEEK;
	const int32 *start = kpi_calendar_range_start(cal);
	int64		open = week * cal->week_minutes * USECS_PER_MINUTE;
	int32		lo = 0,
				hi = cal->nranges;

	/* lo: the number of ranges that start before the position */
	while (lo < hi)
	{
		int32		mid = (lo + hi) / 2;

		if (start[mid] * USECS_PER_MINUTE < position)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0)
	{
		int64		range_start = start[lo - 1] * USECS_PER_MINUTE;
		int64		range_end = kpi_calendar_range_end(cal)[lo - 1] * USECS_PER_MINUTE;

		open += kpi_calendar_range_before(cal)[lo - 1] * USECS_PER_MINUTE
			+ Min(range_end, position) - range_start;
	}
	return open;
}

/*
 * Open time from the week origin to local instant x, closed dates taken
 * out: the function whose differences are business time.  Continuous and
 * nondecreasing, rising at the speed of time exactly where the calendar
 * is open.
 */
static int64
open_before(const KpiCalendar *cal, int64 x)
{
	int64		open = week_open_before(cal, x);
	int64		day;
	const int32 *first;
	const int64 *closed_before;
	int32		lo = 0,
				hi = cal->nclosed;

	if (cal->nclosed == 0)
		return open;
	day = floor_div(x, USECS_PER_DAY);
	first = kpi_calendar_closed_first(cal);
	closed_before = kpi_calendar_closed_before(cal);
	/* lo: the number of closed ranges that start on or before x's day */
	while (lo < hi)
	{
		int32		mid = (lo + hi) / 2;

		if (first[mid] <= day)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return open;
	if (day > kpi_calendar_closed_last(cal)[lo - 1])
		return open - closed_before[lo] * USECS_PER_MINUTE;
	/* x lies in closed range lo - 1: nothing counts since its first midnight */
	return week_open_before(cal, first[lo - 1] * USECS_PER_DAY)
		- closed_before[lo - 1] * USECS_PER_MINUTE;
}

/*
 * The smallest local instant x with week_open_before(x) = target, for a
 * target reached after some open time (target in (w * week, (w + 1) *
 * week] lands in week w).  int128 because business_add may ask for far
 * targets; the caller checks the range of the result.
 */
static int128
week_open_inverse(const KpiCalendar *cal, int128 target)
{
	int128		week_us = (int128) cal->week_minutes * USECS_PER_MINUTE;
	int128		week = target / week_us;
	int128		rest;
	const int32 *before = kpi_calendar_range_before(cal);
	int32		lo = 0,
				hi = cal->nranges;

	/* week = ceil(target / week) - 1, for either sign of the target */
	if (target - week * week_us <= 0)
		week -= 1;
	rest = target - week * week_us;
	Assert(rest > 0 && rest <= week_us);
	/* lo: the number of ranges with open time before them below rest */
	while (lo < hi)
	{
		int32		mid = (lo + hi) / 2;

		if ((int64) before[mid] * USECS_PER_MINUTE < rest)
			lo = mid + 1;
		else
			hi = mid;
	}
	Assert(lo > 0);
	return week * USECS_PER_WEEK - WEEK_ORIGIN_SHIFT
		+ (int128) kpi_calendar_range_start(cal)[lo - 1] * USECS_PER_MINUTE
		+ (rest - (int128) before[lo - 1] * USECS_PER_MINUTE);
}

/*
 * The smallest local instant x with open_before(x) = target, for a target
 * above some value open_before takes.
 */
static int128
open_inverse(const KpiCalendar *cal, int128 target)
{
	const int32 *first = kpi_calendar_closed_first(cal);
	const int64 *closed_before = kpi_calendar_closed_before(cal);
	int32		lo = 0,
				hi = cal->nclosed;

	/*
	 * lo: the number of closed ranges at whose start open_before is below
	 * the target; open_before stays there through the range, so the answer
	 * lies after them, where closed_before[lo] has been taken out.
	 */
	while (lo < hi)
	{
		int32		mid = (lo + hi) / 2;
		int64		at_start = week_open_before(cal, first[mid] * USECS_PER_DAY)
			- closed_before[mid] * USECS_PER_MINUTE;

		if (at_start < target)
			lo = mid + 1;
		else
			hi = mid;
	}
	return week_open_inverse(cal, target + (int128) closed_before[lo] * USECS_PER_MINUTE);
}

/*
 * Open time between real instants from <= to, in microseconds.  Summed in
 * int128: timestamptz's range is longer than an interval's time field
 * holds (a 24/7 calendar from 4713 BC to 294276 AD is open for about 9.4e18
 * microseconds), so a span near that length is an error, not a wrap.
 */
static int64
open_time_between(const LoadedCalendar *loaded, TimestampTz from,
				  TimestampTz to, const char *function)
{
	int128		total = 0;

	while (from < to)
	{
		int64		offset;
		TimestampTz until;
		TimestampTz end;

		CHECK_FOR_INTERRUPTS();
		zone_stretch(loaded->zone, from, &offset, &until, function);
		end = Min(until, to);
		total += (int128) open_before(loaded->cal, end + offset)
			- open_before(loaded->cal, from + offset);
		from = end;
	}
	if (total > PG_INT64_MAX)
		report_out_of_range(function, "the result is out of range for type interval",
							micros_detail(total, ""));
	return (int64) total;
}

PG_FUNCTION_INFO_V1(business_time);
/*
 * business_time(calendar, start, finish): the open time between start and
 * finish, negative when finish is before start.
 */
Datum
business_time(PG_FUNCTION_ARGS)
{
	const LoadedCalendar *loaded = load_calendar(fcinfo);
	TimestampTz start = finite_arg(fcinfo, 1, "business_time");
	TimestampTz finish = finite_arg(fcinfo, 2, "business_time");

	if (finish >= start)
		PG_RETURN_INTERVAL_P(kpi_micros_interval(open_time_between(loaded, start, finish,
															   "business_time")));
	PG_RETURN_INTERVAL_P(kpi_micros_interval(-open_time_between(loaded, finish, start,
															"business_time")));
}

/* Whether the calendar is open at real instant t with UTC offset offset. */
static inline bool
open_at(const KpiCalendar *cal, TimestampTz t, int64 offset)
{
	/* ranges hold their start and not their end, in whole microseconds */
	return open_before(cal, t + offset + 1) > open_before(cal, t + offset);
}

PG_FUNCTION_INFO_V1(business_open);
/* business_open(calendar, at): whether the calendar is open at that instant. */
Datum
business_open(PG_FUNCTION_ARGS)
{
	const LoadedCalendar *loaded = load_calendar(fcinfo);
	TimestampTz at = finite_arg(fcinfo, 1, "business_open");
	int64		offset;
	TimestampTz until;

	zone_stretch(loaded->zone, at, &offset, &until, "business_open");
	PG_RETURN_BOOL(open_at(loaded->cal, at, offset));
}

/* A computed instant as a timestamptz, or the out-of-range error. */
static TimestampTz
checked_timestamp(int128 t, const char *function)
{
	if (t < MIN_TIMESTAMP || t >= END_TIMESTAMP)
		report_out_of_range(function, "the result is out of range for type timestamp with time zone",
							micros_detail(t, " after 2000-01-01 00:00 UTC"));
	return (TimestampTz) t;
}

PG_FUNCTION_INFO_V1(business_next_open);
/*
 * business_next_open(calendar, at): at if the calendar is open then,
 * else the instant it next opens.
 */
Datum
business_next_open(PG_FUNCTION_ARGS)
{
	LoadedCalendar *loaded = load_calendar(fcinfo);
	const KpiCalendar *cal = loaded->cal;
	TimestampTz t = finite_arg(fcinfo, 1, "business_next_open");

	for (;;)
	{
		int64		offset;
		TimestampTz until;
		int128		opens;

		CHECK_FOR_INTERRUPTS();
		zone_stretch(loaded->zone, t, &offset, &until, "business_next_open");
		if (open_at(cal, t, offset))
			PG_RETURN_TIMESTAMPTZ(t);
		/* the first open local microsecond after t's, as a real instant */
		opens = open_inverse(cal, (int128) open_before(cal, t + offset) + 1) - 1
			- offset;
		if (opens < until)
			PG_RETURN_TIMESTAMPTZ(checked_timestamp(opens, "business_next_open"));
		/* it would open after the offset changes: look from there */
		t = until;
	}
}

PG_FUNCTION_INFO_V1(business_add);
/*
 * business_add(calendar, start, open_time): the earliest instant by which
 * open_time of open time has passed since start.
 */
Datum
business_add(PG_FUNCTION_ARGS)
{
	LoadedCalendar *loaded = load_calendar(fcinfo);
	const KpiCalendar *cal = loaded->cal;
	TimestampTz t = finite_arg(fcinfo, 1, "business_add");
	int128		remaining = kpi_interval_micros(PG_GETARG_INTERVAL_P(2),
												"business_add", "open_time");

	if (remaining == 0)
		PG_RETURN_TIMESTAMPTZ(t);
	/* open time never runs faster than real time */
	if (remaining >= (int128) END_TIMESTAMP - t)
		report_out_of_range("business_add", "the result is out of range for type timestamp with time zone",
							micros_detail((int128) t + remaining, " after 2000-01-01 00:00 UTC"));
	for (;;)
	{
		int64		offset;
		TimestampTz until;

		CHECK_FOR_INTERRUPTS();
		zone_stretch(loaded->zone, t, &offset, &until, "business_add");
		if (until != PG_INT64_MAX)
		{
			int64		available = open_before(cal, until + offset)
				- open_before(cal, t + offset);
			if (remaining > available)
			{
				remaining -= available;
				t = until;
				continue;
			}
		}
		PG_RETURN_TIMESTAMPTZ(checked_timestamp(open_inverse(cal, (int128) open_before(cal, t + offset) + remaining) - offset,
												"business_add"));
	}
}
