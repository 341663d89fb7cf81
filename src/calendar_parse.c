/*
 * calendar_parse.c
 *		Reading, normalising, building and printing kpi_calendar values,
 *		without the server.
 *
 * A calendar literal is parts separated by ";": weekday hours
 * ("Mon-Fri 09:00-17:00, 18:00-20:00", "daily 22:00-06:00", "24/7"), a
 * time zone ("tz Europe/Copenhagen") and closed dates ("closed 2026-12-24,
 * 2026-12-31..2027-01-01").  Problems are returned as messages naming the
 * broken rule, with the place in the text where reading stopped, and are
 * raised by the caller: the libFuzzer harness in test/fuzz links this file
 * alone.  Whether the zone exists is the server's question (calendar.c);
 * this file only checks that the name is one a zone can have.
 */
#include "kpi.h"

#include <stdlib.h>

/*
 * The C library's qsort rather than PostgreSQL's pg_qsort (port.h renames
 * it), so that the fuzzer can link this file without the server.
 */
#undef qsort

static const char *const day_names[7] = {
	"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
};
static const char *const long_day_names[7] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};

/* Skip ASCII white space. */
static const char *
skip_blanks(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/*
 * The length of the word at p if it is the keyword (lower case) written in
 * any case and not followed by another letter, else 0.
 */
static size_t
match_word(const char *p, const char *keyword)
{
	size_t		n = 0;

	for (; keyword[n]; n++)
	{
		if ((p[n] | 0x20) != keyword[n] || !kpi_is_letter(p[n]))
			return 0;
	}
	return kpi_is_letter(p[n]) ? 0 : n;
}

/* Read a day name (Mon or Monday, any case) at *p; -1 if there is none. */
static int
read_day(const char **p)
{
	for (int day = 0; day < 7; day++)
	{
		size_t		n = match_word(*p, long_day_names[day]);

		if (n == 0)
		{
			char		short_name[4];

			for (int i = 0; i < 3; i++)
				short_name[i] = (char) (day_names[day][i] | 0x20);
			short_name[3] = '\0';
			n = match_word(*p, short_name);
		}
		if (n > 0)
		{
			*p += n;
			return day;
		}
	}
	return -1;
}

/*
 * Read a wall-clock time H:MM or HH:MM at *p as minutes of the day;
 * 24:00 is read as 1440 and left to the caller to allow.  Returns NULL or
 * the broken rule.
 */
static const char *
read_time(const char **p, int32 *minutes)
{
	const char *s = *p;
	int32		hours = 0;
	int			digits = 0;

	while (kpi_is_digit(*s) && digits < 3)
		hours = hours * 10 + (*s++ - '0'), digits++;
	if (digits == 0 || digits > 2 || s[0] != ':' || !kpi_is_digit(s[1]) ||
		!kpi_is_digit(s[2]) || kpi_is_digit(s[3]))
		return "A time must be written HH:MM, such as 09:00 or 17:30";
	if (s[1] > '5')
		return "Minutes must be 00 to 59";
	if (hours > 24 || (hours == 24 && (s[1] != '0' || s[2] != '0')))
		return "Hours must be 00 to 23, or 24:00 as the end of a range";
	*minutes = hours * 60 + (s[1] - '0') * 10 + (s[2] - '0');
	*p = s + 3;
	return NULL;
}

/*
 * Add one weekly range [start, end) in minutes from Monday 00:00, with
 * 0 <= start < 10080 and start < end <= start + 10080; a range past the end
 * of the week continues from Monday 00:00.
 */
const char *
kpi_calendar_add_range(KpiCalendarDraft *draft, int32 start, int32 end)
{
	if (start < 0 || start >= KPI_MINUTES_PER_WEEK || end <= start ||
		end > start + KPI_MINUTES_PER_WEEK)
		return "An opening range must lie within a week and not be empty";
	if (draft->nranges + 2 > 2 * KPI_CALENDAR_MAX_RANGES)
		return "A calendar has at most 10000 opening ranges";
	if (end <= KPI_MINUTES_PER_WEEK)
	{
		draft->range_start[draft->nranges] = start;
		draft->range_end[draft->nranges++] = end;
		return NULL;
	}
	draft->range_start[draft->nranges] = start;
	draft->range_end[draft->nranges++] = KPI_MINUTES_PER_WEEK;
	draft->range_start[draft->nranges] = 0;
	draft->range_end[draft->nranges++] = end - KPI_MINUTES_PER_WEEK;
	return NULL;
}

/* Add one inclusive range of closed days (days since 2000-01-01). */
const char *
kpi_calendar_add_closed(KpiCalendarDraft *draft, int32 first, int32 last)
{
	if (first < KPI_CALENDAR_FIRST_DAY || last > KPI_CALENDAR_LAST_DAY)
		return "Closed dates must lie between 0001-01-01 and 9999-12-31";
	if (last < first)
		return "A closed date range must not end before it starts";
	if (draft->nclosed >= KPI_CALENDAR_MAX_CLOSED)
		return "A calendar has at most 10000 closed dates or date ranges";
	draft->closed_first[draft->nclosed] = first;
	draft->closed_last[draft->nclosed++] = last;
	return NULL;
}

/*
 * Whether a time zone name has only the characters zone names (IANA names,
 * POSIX rules such as "EST5EDT,M3.2.0,M11.1.0") use, and a sane length.
 */
const char *
kpi_calendar_check_zone_name(const char *name)
{
	size_t		length = strlen(name);

	if (length == 0)
		return "A time zone name is missing after \"tz\"";
	if (length > KPI_CALENDAR_ZONE_MAX)
		return "A time zone name has at most 255 characters";
	for (const char *p = name; *p; p++)
	{
		if (!(kpi_is_letter(*p) || kpi_is_digit(*p) ||
			  strchr("/_+-.:,<>", *p)))
			return "A time zone name may contain only letters, digits and / _ + - . : , < >";
	}
	return NULL;
}

/*
 * Days since 2000-01-01 of a proleptic Gregorian date (the civil-from-days
 * algorithm by eras of 400 years).
 */
int32
kpi_days_from_civil(int32 year, int32 month, int32 day)
{
	int32		y = year - (month <= 2);

	/*
	 * Floor division for years before 1 too, which no caller passes today
	 * (calendars hold 0001 to 9999); newer cppcheck infers that from the
	 * callers and calls the test always true.
	 */
	/* cppcheck-suppress knownConditionTrueFalse */
	int32		era = (y >= 0 ? y : y - 399) / 400;
	int32		year_of_era = y - era * 400;
	int32		day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	int32		day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

	/* 730425 is 2000-01-01 counted from 0000-03-01 */
	return era * 146097 + day_of_era - 730425;
}

/* The date of a day number, the inverse of kpi_days_from_civil. */
void
kpi_civil_from_days(int32 days, int32 *year, int32 *month, int32 *day)
{
	int32		z = days + 730425;
	int32		era = (z >= 0 ? z : z - 146096) / 146097;
	int32		day_of_era = z - era * 146097;
	int32		year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
	int32		day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	int32		mp = (5 * day_of_year + 2) / 153;

	*day = day_of_year - (153 * mp + 2) / 5 + 1;
	*month = mp < 10 ? mp + 3 : mp - 9;
	*year = year_of_era + era * 400 + (*month <= 2);
}

/* Read a date YYYY-MM-DD at *p as days since 2000-01-01. */
static const char *
read_date(const char **p, int32 *days)
{
	const char *s = *p;
	int32		fields[3] = {0, 0, 0};
	static const int widths[3] = {4, 2, 2};
	static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	for (int f = 0; f < 3; f++)
	{
		for (int i = 0; i < widths[f]; i++)
		{
			if (!kpi_is_digit(*s))
				return "A date must be written YYYY-MM-DD, such as 2026-12-24";
			fields[f] = fields[f] * 10 + (*s++ - '0');
		}
		if (f < 2 && *s++ != '-')
			return "A date must be written YYYY-MM-DD, such as 2026-12-24";
	}
	if (kpi_is_digit(*s) || kpi_is_letter(*s))
		return "A date must be written YYYY-MM-DD, such as 2026-12-24";
	if (fields[0] < 1 || fields[1] < 1 || fields[1] > 12 || fields[2] < 1 ||
		fields[2] > month_days[fields[1] - 1] ||
		(fields[1] == 2 && fields[2] == 29 &&
		 !(fields[0] % 4 == 0 && (fields[0] % 100 != 0 || fields[0] % 400 == 0))))
		return "A date must be a real date between 0001-01-01 and 9999-12-31";
	*days = kpi_days_from_civil(fields[0], fields[1], fields[2]);
	*p = s;
	return NULL;
}

/* Read "closed DATE[..DATE], ..." from p (after the keyword) up to end. */
static const char *
read_closed(const char *p, const char *end, KpiCalendarDraft *draft,
			const char **where)
{
	for (;;)
	{
		int32		first;
		int32		last;
		const char *problem;

		p = skip_blanks(p);
		*where = p;
		if ((problem = read_date(&p, &first)) != NULL)
			return problem;
		last = first;
		p = skip_blanks(p);
		if (p[0] == '.' && p[1] == '.')
		{
			p = skip_blanks(p + 2);
			*where = p;
			if ((problem = read_date(&p, &last)) != NULL)
				return problem;
			p = skip_blanks(p);
		}
		if ((problem = kpi_calendar_add_closed(draft, first, last)) != NULL)
			return problem;
		if (p == end)
			return NULL;
		*where = p;
		if (*p != ',')
			return "Closed dates are separated by \",\", and a range is written FIRST..LAST";
		p++;
	}
}

/* Read "tz NAME" from p (after the keyword) up to end. */
static const char *
read_zone(const char *p, const char *end, KpiCalendarDraft *draft,
		  const char **where)
{
	size_t		length;

	p = skip_blanks(p);
	*where = p;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' ||
					   end[-1] == '\r'))
		end--;
	if (draft->has_zone)
		return "The time zone is given more than once";
	length = end - p;
	if (length > KPI_CALENDAR_ZONE_MAX)
		return "A time zone name has at most 255 characters";
	memcpy(draft->zone, p, length);
	draft->zone[length] = '\0';
	draft->has_zone = true;
	return kpi_calendar_check_zone_name(draft->zone);
}

/*
 * Read a weekday part, "DAYS RANGE, RANGE...", from p up to end: DAYS is
 * "daily" or day names and day ranges separated by ",".
 */
static const char *
read_weekday_part(const char *p, const char *end, KpiCalendarDraft *draft,
				  const char **where)
{
	bool		days[7] = {false};
	int			ranges_read = 0;
	size_t		n;

	*where = p;
	if ((n = match_word(p, "daily")) > 0)
	{
		for (int day = 0; day < 7; day++)
			days[day] = true;
		p += n;
	}
	else
	{
		for (;;)
		{
			int			first;
			int			last;

			*where = p;
			if ((first = read_day(&p)) < 0)
				return kpi_is_digit(*p) ?
					"Opening hours need days first, such as \"Mon-Fri 09:00-17:00\" or \"daily 08:00-20:00\"" :
					"Unknown day: use Mon, Tue, Wed, Thu, Fri, Sat, Sun (or full names), day ranges such as Mon-Fri, or daily";
			last = first;
			p = skip_blanks(p);
			if (*p == '-' && !kpi_is_digit(skip_blanks(p + 1)[0]))
			{
				p = skip_blanks(p + 1);
				*where = p;
				if ((last = read_day(&p)) < 0)
					return "Unknown day: use Mon, Tue, Wed, Thu, Fri, Sat, Sun (or full names), day ranges such as Mon-Fri, or daily";
				p = skip_blanks(p);
			}
			/* Fri-Mon runs over the weekend */
			for (int day = first;; day = (day + 1) % 7)
			{
				days[day] = true;
				if (day == last)
					break;
			}
			if (*p != ',' || !kpi_is_letter(skip_blanks(p + 1)[0]))
				break;
			p = skip_blanks(p + 1);
		}
	}
	for (;;)
	{
		int32		start;
		int32		finish;
		const char *problem;

		p = skip_blanks(p);
		*where = p;
		if (p == end || !kpi_is_digit(*p))
			return ranges_read > 0 && kpi_is_letter(*p) ?
				"Parts are separated by \";\", such as \"Mon-Fri 09:00-17:00; Sat 10:00-14:00\"" :
				"Days are followed by opening hours such as 09:00-17:00";
		if ((problem = read_time(&p, &start)) != NULL)
			return problem;
		if (start == KPI_MINUTES_PER_DAY)
			return "A range cannot start at 24:00; write 00:00 of the next day";
		p = skip_blanks(p);
		if (*p != '-')
			return "An opening range is written START-END, such as 09:00-17:00";
		p = skip_blanks(p + 1);
		*where = p;
		if ((problem = read_time(&p, &finish)) != NULL)
			return problem;
		if (finish == start)
			return "An opening range must not be empty (its start equals its end)";
		ranges_read++;
		/* an end before the start runs past midnight into the next day */
		if (finish < start)
			finish += KPI_MINUTES_PER_DAY;
		for (int day = 0; day < 7; day++)
		{
			if (!days[day])
				continue;
			if (++draft->written_ranges > KPI_CALENDAR_MAX_RANGES)
				return "A calendar has at most 10000 opening ranges";
			problem = kpi_calendar_add_range(draft,
											 day * KPI_MINUTES_PER_DAY + start,
											 day * KPI_MINUTES_PER_DAY + finish);
			if (problem != NULL)
				return problem;
		}
		p = skip_blanks(p);
		if (p == end)
			return NULL;
		*where = p;
		if (*p != ',')
			return "Opening ranges are separated by \",\" and parts by \";\"";
		p++;
	}
}

/*
 * Parse a calendar literal into *draft, normalised.  Returns NULL, or the
 * broken rule with *where pointing at the place in text it concerns.
 */
const char *
kpi_calendar_parse(const char *text, KpiCalendarDraft *draft,
				   const char **where)
{
	const char *p = text;

	draft->nranges = 0;
	draft->nclosed = 0;
	draft->written_ranges = 0;
	draft->has_zone = false;
	strcpy(draft->zone, "UTC");
	*where = text;
	for (;;)
	{
		const char *end = strchr(p, ';');
		const char *problem;
		size_t		n;

		if (end == NULL)
			end = p + strlen(p);
		p = skip_blanks(p);
		*where = p;
		if (p == end)
			return "A part is empty: parts are separated by single \";\"";
		if (p[0] == '2' && p[1] == '4' && p[2] == '/' && p[3] == '7' &&
			skip_blanks(p + 4) == end)
			problem = kpi_calendar_add_range(draft, 0, KPI_MINUTES_PER_WEEK);
		else if ((n = match_word(p, "tz")) > 0)
			problem = read_zone(p + n, end, draft, where);
		else if ((n = match_word(p, "closed")) > 0)
			problem = read_closed(p + n, end, draft, where);
		else
			problem = read_weekday_part(p, end, draft, where);
		if (problem != NULL)
			return problem;
		if (*end == '\0')
			break;
		p = end + 1;
	}
	*where = text;
	return kpi_calendar_normalise(draft);
}

/* qsort order of (first, second) int32 pairs. */
static int
pair_cmp(const void *a, const void *b)
{
	const int32 *x = a;
	const int32 *y = b;

	if (x[0] != y[0])
		return x[0] < y[0] ? -1 : 1;
	return (x[1] > y[1]) - (x[1] < y[1]);
}

/*
 * Sort and merge pairs [first, last] in place: pairs that overlap, or
 * touch (last + touch >= next first), become one.  scratch holds 2 * count
 * int32.  Returns the new count.
 */
static int32
merge_pairs(int32 *first, int32 *last, int32 count, int32 touch,
			int32 *scratch)
{
	int32		kept = 0;

	for (int32 i = 0; i < count; i++)
		scratch[2 * i] = first[i], scratch[2 * i + 1] = last[i];
	qsort(scratch, count, sizeof(int32) * 2, pair_cmp);
	for (int32 i = 0; i < count; i++)
	{
		if (kept > 0 && (int64) last[kept - 1] + touch >= scratch[2 * i])
		{
			if (scratch[2 * i + 1] > last[kept - 1])
				last[kept - 1] = scratch[2 * i + 1];
			continue;
		}
		first[kept] = scratch[2 * i];
		last[kept++] = scratch[2 * i + 1];
	}
	return kept;
}

/*
 * Bring a draft to canonical form: weekly ranges and closed dates sorted
 * and merged.  Returns NULL, or the broken rule when the calendar is never
 * open.
 */
const char *
kpi_calendar_normalise(KpiCalendarDraft *draft)
{
	draft->nranges = merge_pairs(draft->range_start, draft->range_end,
								 draft->nranges, 0, draft->scratch);
	draft->nclosed = merge_pairs(draft->closed_first, draft->closed_last,
								 draft->nclosed, 1, draft->scratch);
	if (draft->nranges == 0)
		return "The calendar is never open: give weekday hours such as \"Mon-Fri 09:00-17:00\", or 24/7";
	return NULL;
}

/* Bytes of the stored form of a normalised draft. */
size_t
kpi_calendar_size(const KpiCalendarDraft *draft)
{
	return offsetof(KpiCalendar, data)
		+ sizeof(int64) * (draft->nclosed + 1)
		+ sizeof(int32) * (3 * (size_t) draft->nranges + 2 * (size_t) draft->nclosed)
		+ strlen(draft->zone) + 1;
}

/*
 * Open minutes from Monday 1999-12-27 00:00 (the Monday before day 0) to
 * the start of a day, ignoring closed dates.  Days since 2000-01-01; day 0
 * is a Saturday.
 */
int64
kpi_calendar_open_minutes_before_day(const KpiCalendar *cal, int64 day)
{
	int64		shifted = day + 5;
	int64		week = shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
	int32		minute = (int32) (shifted - week * 7) * KPI_MINUTES_PER_DAY;
	const int32 *start = kpi_calendar_range_start(cal);
	const int32 *end = kpi_calendar_range_end(cal);
	const int32 *before = kpi_calendar_range_before(cal);
	int64		open = week * cal->week_minutes;

	/* the last range starting before the minute, if any */
	int32		lo = 0,
				hi = cal->nranges;

	while (lo < hi)
	{
		int32		mid = (lo + hi) / 2;

		if (start[mid] < minute)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0)
		open += before[lo - 1] + (Min(end[lo - 1], minute) - start[lo - 1]);
	return open;
}

/* Write the stored form of a normalised draft into cal (of the draft's size). */
void
kpi_calendar_build(const KpiCalendarDraft *draft, KpiCalendar *cal)
{
	size_t		size = kpi_calendar_size(draft);
	int32	   *range_before;
	int64	   *closed_before;
	int32		open = 0;

	memset(cal, 0, size);
	cal->vl_len_ = 0;			/* the caller sets the varlena header */
	cal->nranges = draft->nranges;
	cal->nclosed = draft->nclosed;
	cal->zone_length = (int32) strlen(draft->zone);
	memcpy(kpi_calendar_range_start(cal), draft->range_start,
		   sizeof(int32) * draft->nranges);
	memcpy(kpi_calendar_range_end(cal), draft->range_end,
		   sizeof(int32) * draft->nranges);
	memcpy(kpi_calendar_closed_first(cal), draft->closed_first,
		   sizeof(int32) * draft->nclosed);
	memcpy(kpi_calendar_closed_last(cal), draft->closed_last,
		   sizeof(int32) * draft->nclosed);
	memcpy(kpi_calendar_zone(cal), draft->zone, cal->zone_length + 1);
	range_before = kpi_calendar_range_before(cal);
	for (int32 i = 0; i < draft->nranges; i++)
	{
		range_before[i] = open;
		open += draft->range_end[i] - draft->range_start[i];
	}
	cal->week_minutes = open;
	closed_before = kpi_calendar_closed_before(cal);
	for (int32 i = 0; i <= draft->nclosed; i++)
	{
		/* open minutes of the earlier closed ranges, by their ends */
		closed_before[i] = i == 0 ? 0 : closed_before[i - 1]
			+ kpi_calendar_open_minutes_before_day(cal, (int64) draft->closed_last[i - 1] + 1)
			- kpi_calendar_open_minutes_before_day(cal, draft->closed_first[i - 1]);
	}
}

/*
 * Whether a stored calendar of size bytes is what kpi_calendar_build makes
 * of a normalised draft: the invariant every function relies on.
 */
bool
kpi_calendar_is_canonical(const KpiCalendar *cal, size_t size)
{
	KpiCalendarDraft *draft;
	bool		same;

	if (size < offsetof(KpiCalendar, data))
		return false;
	if (cal->reserved != 0 || cal->nranges < 1 ||
		cal->nranges > 2 * KPI_CALENDAR_MAX_RANGES || cal->nclosed < 0 ||
		cal->nclosed > KPI_CALENDAR_MAX_CLOSED || cal->zone_length < 1 ||
		cal->zone_length > KPI_CALENDAR_ZONE_MAX)
		return false;
	draft = malloc(sizeof(KpiCalendarDraft));
	if (draft == NULL)
		abort();
	if (offsetof(KpiCalendar, data) + sizeof(int64) * (cal->nclosed + 1) +
		sizeof(int32) * (3 * (size_t) cal->nranges + 2 * (size_t) cal->nclosed) +
		cal->zone_length + 1 != size ||
		kpi_calendar_zone(cal)[cal->zone_length] != '\0' ||
		strlen(kpi_calendar_zone(cal)) != (size_t) cal->zone_length)
	{
		free(draft);
		return false;
	}
	memcpy(draft->zone, kpi_calendar_zone(cal), cal->zone_length + 1);
	draft->nranges = cal->nranges;
	draft->nclosed = cal->nclosed;
	draft->written_ranges = 0;
	draft->has_zone = true;
	same = kpi_calendar_check_zone_name(draft->zone) == NULL;
	for (int32 i = 0; same && i < cal->nranges; i++)
	{
		int32		start = kpi_calendar_range_start(cal)[i];
		int32		end = kpi_calendar_range_end(cal)[i];

		same = start >= 0 && start < end && end <= KPI_MINUTES_PER_WEEK &&
			(i == 0 || start > kpi_calendar_range_end(cal)[i - 1]);
		draft->range_start[i] = start;
		draft->range_end[i] = end;
	}
	for (int32 i = 0; same && i < cal->nclosed; i++)
	{
		int32		first = kpi_calendar_closed_first(cal)[i];
		int32		last = kpi_calendar_closed_last(cal)[i];

		same = first >= KPI_CALENDAR_FIRST_DAY && first <= last &&
			last <= KPI_CALENDAR_LAST_DAY &&
			(i == 0 || first > kpi_calendar_closed_last(cal)[i - 1] + 1);
		draft->closed_first[i] = first;
		draft->closed_last[i] = last;
	}
	if (same)
	{
		KpiCalendar *again = malloc(size);

		if (again == NULL)
			abort();
		kpi_calendar_build(draft, again);
		same = memcmp((const char *) again + sizeof(int32),
					  (const char *) cal + sizeof(int32),
					  size - sizeof(int32)) == 0;
		free(again);
	}
	free(draft);
	return same;
}

/* An upper bound of the canonical text's length, with the NUL. */
size_t
kpi_calendar_text_size(const KpiCalendar *cal)
{
	/*
	 * Midnights split at most 6 ranges, so the days print at most nranges +
	 * 6 pieces "HH:MM-HH:MM, " of 13 characters, and each day group a day
	 * list of at most 15 with "; " and " "; each closed range takes at most
	 * 24; the zone with "; tz ".
	 */
	return ((size_t) cal->nranges + 6) * 13 + 7 * 20
		+ (size_t) cal->nclosed * 24 + 16 + cal->zone_length + 8;
}

/* Append a minute of the day as HH:MM. */
static char *
put_time(char *out, int32 minutes)
{
	out[0] = (char) ('0' + minutes / 600);
	out[1] = (char) ('0' + minutes / 60 % 10);
	out[2] = ':';
	out[3] = (char) ('0' + minutes % 60 / 10);
	out[4] = (char) ('0' + minutes % 10);
	return out + 5;
}

/* Append a day number as YYYY-MM-DD. */
static char *
put_date(char *out, int32 days)
{
	int32		year,
				month,
				day;

	kpi_civil_from_days(days, &year, &month, &day);
	out[0] = (char) ('0' + year / 1000);
	out[1] = (char) ('0' + year / 100 % 10);
	out[2] = (char) ('0' + year / 10 % 10);
	out[3] = (char) ('0' + year % 10);
	out[4] = '-';
	out[5] = (char) ('0' + month / 10);
	out[6] = (char) ('0' + month % 10);
	out[7] = '-';
	out[8] = (char) ('0' + day / 10);
	out[9] = (char) ('0' + day % 10);
	return out + 10;
}

/* Append a string. */
static char *
put_text(char *out, const char *text)
{
	size_t		length = strlen(text);

	memcpy(out, text, length);
	return out + length;
}

/*
 * The ranges that meet a day, [*from, *to): contiguous, because the
 * ranges are sorted and apart.
 */
static void
day_ranges(const KpiCalendar *cal, int day, int32 *from, int32 *to)
{
	int32		day_start = day * KPI_MINUTES_PER_DAY;
	int32		day_end = day_start + KPI_MINUTES_PER_DAY;
	int32		i = 0;

	while (i < cal->nranges && kpi_calendar_range_end(cal)[i] <= day_start)
		i++;
	*from = i;
	while (i < cal->nranges && kpi_calendar_range_start(cal)[i] < day_end)
		i++;
	*to = i;
}

/* Range i clipped to a day, as minutes of that day. */
static void
day_piece(const KpiCalendar *cal, int day, int32 i, int32 *start, int32 *end)
{
	int32		day_start = day * KPI_MINUTES_PER_DAY;

	*start = Max(kpi_calendar_range_start(cal)[i], day_start) - day_start;
	*end = Min(kpi_calendar_range_end(cal)[i],
			   day_start + KPI_MINUTES_PER_DAY) - day_start;
}

/* Whether two days have the same opening hours. */
static bool
same_hours(const KpiCalendar *cal, int a, int b)
{
	int32		a_from,
				a_to,
				b_from,
				b_to;

	day_ranges(cal, a, &a_from, &a_to);
	day_ranges(cal, b, &b_from, &b_to);
	if (a_to - a_from != b_to - b_from)
		return false;
	for (int32 i = 0; i < a_to - a_from; i++)
	{
		int32		a_start,
					a_end,
					b_start,
					b_end;

		day_piece(cal, a, a_from + i, &a_start, &a_end);
		day_piece(cal, b, b_from + i, &b_start, &b_end);
		if (a_start != b_start || a_end != b_end)
			return false;
	}
	return true;
}

/* Append one day's ranges, clipped to the day, as "HH:MM-HH:MM, ...". */
static char *
put_day_ranges(char *out, const KpiCalendar *cal, int day)
{
	int32		from,
				to;

	day_ranges(cal, day, &from, &to);
	for (int32 i = from; i < to; i++)
	{
		int32		start,
					end;

		day_piece(cal, day, i, &start, &end);
		if (i > from)
			out = put_text(out, ", ");
		out = put_time(out, start);
		*out++ = '-';
		out = put_time(out, end);
	}
	return out;
}

/*
 * The canonical text: "24/7", or day groups with equal hours in the order
 * of their first day ("Mon-Fri 09:00-17:00; Sat 10:00-14:00"), then the
 * zone, then the closed dates.  out holds kpi_calendar_text_size bytes.
 */
void
kpi_calendar_format_into(const KpiCalendar *cal, char *out)
{
	bool		printed[7] = {false};
	bool		any = false;

	if (cal->nranges == 1 && kpi_calendar_range_start(cal)[0] == 0 &&
		kpi_calendar_range_end(cal)[0] == KPI_MINUTES_PER_WEEK)
	{
		/* always open: no day groups */
		out = put_text(out, "24/7");
		for (int day = 0; day < 7; day++)
			printed[day] = true;
	}
	for (int day = 0; day < 7; day++)
	{
		int32		from,
					to;

		day_ranges(cal, day, &from, &to);
		if (from == to)
			printed[day] = true;
	}
	for (int day = 0; day < 7; day++)
	{
		bool		same[7] = {false};
		int			count = 0;
		bool		first_run = true;

		if (printed[day])
			continue;
		for (int other = day; other < 7; other++)
		{
			if (!printed[other] && same_hours(cal, day, other))
				same[other] = printed[other] = true, count++;
		}
		if (any)
			out = put_text(out, "; ");
		any = true;
		if (count == 7)
			out = put_text(out, "daily");
		for (int from = 0; from < 7 && count < 7; from++)
		{
			int			to = from;

			if (!same[from])
				continue;
			while (to + 1 < 7 && same[to + 1])
				to++;
			if (!first_run)
				*out++ = ',';
			out = put_text(out, day_names[from]);
			if (to > from)
			{
				*out++ = '-';
				out = put_text(out, day_names[to]);
			}
			first_run = false;
			from = to;
		}
		*out++ = ' ';
		out = put_day_ranges(out, cal, day);
	}
	out = put_text(out, "; tz ");
	out = put_text(out, kpi_calendar_zone(cal));
	for (int32 i = 0; i < cal->nclosed; i++)
	{
		int32		first = kpi_calendar_closed_first(cal)[i];
		int32		last = kpi_calendar_closed_last(cal)[i];

		out = put_text(out, i == 0 ? "; closed " : ", ");
		out = put_date(out, first);
		if (last > first)
		{
			out = put_text(out, "..");
			out = put_date(out, last);
		}
	}
	*out = '\0';
}
