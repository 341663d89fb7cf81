#!/usr/bin/python3
"""Independent check of kpi's business-hours functions.

Random calendars (weekday hours written in the literal's many spellings,
overnight ranges, closed dates and date ranges, zones of both hemispheres,
zones that changed or abolished daylight saving time) and random spans,
many of them placed on a daylight-saving change of their zone, are
evaluated by PostgreSQL and by a reference written here from the issue's
definition alone: an instant is open when its local date (Python's
zoneinfo, reading the same tz database) is not closed and its local
wall-clock time lies in one of that weekday's ranges, an overnight range
counting as its part before and its part after midnight.  The reference
walks the span minute by minute (every range, zone offset and span edge
used here falls on a whole minute, so a minute is open or closed as a
whole).  It shares no code and no arithmetic with the C implementation.

Compared exactly: business_time, business_open, business_next_open,
business_add of the reference's open time and of a random open time, and
the text round trip of the calendar.

Usage: business_hours_reference.py CASES SEED  (psql on PATH, PG* set)
"""
import csv
import datetime as dt
import io
import random
import subprocess
import sys
import zoneinfo

CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 12
rng = random.Random(SEED)

# Zones with daylight saving time in the north and the south, at odd hours
# (midnight in Santiago and Havana), half-hour steps (Lord_Howe), negative
# DST (Dublin, Casablanca), abolished DST (Hong_Kong 1979, Sao_Paulo 2019,
# Tehran 2022), changed base offsets (Moscow 2011/2014, Kathmandu 1986), a
# skipped date (Apia, 2011-12-30) and none at all (UTC, Kolkata).
ZONES = [
    "Europe/Copenhagen", "America/New_York", "Australia/Sydney",
    "America/Santiago", "America/Sao_Paulo", "Asia/Hong_Kong",
    "Pacific/Apia", "Asia/Kolkata", "Australia/Lord_Howe", "Europe/Dublin",
    "Africa/Casablanca", "America/St_Johns", "UTC", "Asia/Tehran",
    "Europe/Moscow", "America/Havana", "Asia/Kathmandu", "Pacific/Auckland",
]
# zones whose rules still change the offset twice a year in 2769
FAR_DST_ZONES = {"Europe/Copenhagen", "America/New_York", "Australia/Sydney",
                 "America/Santiago", "Australia/Lord_Howe", "Europe/Dublin",
                 "America/St_Johns", "America/Havana", "Pacific/Auckland"}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
LONG_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday"]
FIRST_YEAR, LAST_YEAR = 1975, 2045
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def spell_day(day):
    name = rng.choice([DAYS[day], LONG_DAYS[day], DAYS[day].upper(),
                       DAYS[day].lower()])
    return name


def hhmm(minutes):
    text = "%02d:%02d" % divmod(minutes, 60)
    if rng.random() < 0.2 and text[0] == "0":
        text = text[1:]
    return text


def random_calendar():
    """A calendar as (literal, weekly ranges, closed date ranges, zone)."""
    zone = rng.choice(ZONES)
    ranges = []      # (day, start minute, end minute); end <= start: overnight
    parts = []
    if rng.random() < 0.08:
        parts.append("24/7")
        ranges.extend((day, 0, 1440) for day in range(7))
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        kind = rng.random()
        if kind < 0.15:
            days, days_text = list(range(7)), rng.choice(["daily", "Daily", "DAILY"])
        elif kind < 0.5:
            first = rng.randrange(7)
            length = rng.randrange(1, 7)
            days = [(first + i) % 7 for i in range(length + 1)]
            sep = rng.choice(["-", " - ", "-"])
            days_text = spell_day(first) + sep + spell_day(days[-1])
        else:
            days = sorted(rng.sample(range(7), rng.randrange(1, 4)))
            days_text = rng.choice([",", ", "]).join(spell_day(d) for d in days)
        times = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            step = rng.choice([60, 30, 15, 1])
            start = rng.randrange(0, 1440, step)
            end = rng.randrange(0, 1441, step)
            if end == start:
                end = (start + step) % 1440 or 1440
            if rng.random() < 0.1:
                start, end = 0, 1440
            if rng.random() < 0.1:
                end = 1440
                if start == 1440 or start == 0:
                    start = 60
            times.append((start, end))
            for day in days:
                ranges.append((day, start, end))
        times_text = rng.choice([",", ", "]).join(
            hhmm(s) + rng.choice(["-", " - "]) + ("24:00" if e == 1440 else hhmm(e))
            for s, e in times)
        parts.append(days_text + rng.choice([" ", "  ", ""]) + times_text)
    closed = []
    if rng.random() < 0.7:
        items = []
        for _ in range(rng.randrange(1, 6)):
            first = dt.date(rng.randrange(FIRST_YEAR, LAST_YEAR), 1, 1) + \
                dt.timedelta(days=rng.randrange(366))
            last = first + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 6, 20]))
            closed.append((first, last))
            items.append(first.isoformat() if first == last and rng.random() < 0.8
                         else first.isoformat() + ".." + last.isoformat())
        parts.append(rng.choice(["closed ", "CLOSED ", "Closed  "]) +
                     rng.choice([",", ", "]).join(items))
    if zone != "UTC" or rng.random() < 0.5:
        written = zone if rng.random() < 0.8 else zone.lower()
        parts.append(rng.choice(["tz ", "TZ ", "tz  "]) + written)
    rng.shuffle(parts)
    return rng.choice(["; ", ";", " ; "]).join(parts), ranges, closed, zone


def transitions_near(zone, year):
    """Instants (epoch seconds, whole minutes) where the zone's offset
    changes in year, found by scanning days and bisecting minutes."""
    tz = zoneinfo.ZoneInfo(zone)
    start = int(dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc).timestamp())
    found = []
    previous = dt.datetime.fromtimestamp(start, tz).utcoffset()
    for day in range(1, 367):
        t = start + day * 86400
        offset = dt.datetime.fromtimestamp(t, tz).utcoffset()
        if offset != previous:
            lo, hi = (t - 86400) // 60, t // 60
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if dt.datetime.fromtimestamp(mid * 60, tz).utcoffset() == previous:
                    lo = mid
                else:
                    hi = mid
            found.append(hi * 60)
            previous = offset
    return found


class Reference:
    """The issue's definition, evaluated one instant at a time."""

    def __init__(self, ranges, closed, zone):
        self.tz = zoneinfo.ZoneInfo(zone)
        self.closed = closed
        # per weekday: [start, end) minute intervals of that local date
        self.day_ranges = [[] for _ in range(7)]
        for day, start, end in ranges:
            if end > start:
                self.day_ranges[day].append((start, end))
            else:
                self.day_ranges[day].append((start, 1440))
                if end > 0:
                    self.day_ranges[(day + 1) % 7].append((0, end))

    def is_closed(self, date):
        return any(first <= date <= last for first, last in self.closed)

    def open(self, epoch_seconds):
        local = dt.datetime.fromtimestamp(epoch_seconds, self.tz)
        if self.is_closed(local.date()):
            return False
        minute = local.hour * 60 + local.minute
        return any(s <= minute < e for s, e in self.day_ranges[local.weekday()])

    def open_minutes(self, start, finish):
        """Starts of the open minutes in [start, finish)."""
        return [t for t in range(start, finish, 60) if self.open(t)]

    def next_open(self, start, limit_minutes):
        for i in range(limit_minutes):
            if self.open(start + 60 * i):
                return start + 60 * i
        return None


def random_span(zone):
    """(start, finish) epoch seconds on whole minutes."""
    if rng.random() < 0.6:
        year = rng.randrange(FIRST_YEAR, LAST_YEAR)
        edges = transitions_near(zone, year)
        if edges:
            middle = rng.choice(edges) + 60 * rng.randrange(-36 * 60, 36 * 60)
        else:
            middle = int(dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc).timestamp()) + \
                60 * rng.randrange(366 * 1440)
    else:
        middle = int(dt.datetime(rng.randrange(FIRST_YEAR, LAST_YEAR), 1, 1,
                                 tzinfo=dt.timezone.utc).timestamp()) + \
            60 * rng.randrange(366 * 1440)
    length = rng.choice([0, 1, 7, 59, 60, 61, 90, 600, 1440, 1441, 2880,
                         rng.randrange(1, 4 * 1440), rng.randrange(1, 8 * 1440)])
    start = middle - 60 * rng.randrange(length + 1)
    finish = start + 60 * length
    if rng.random() < 0.15:
        start, finish = finish, start
    return start, finish


def iso(epoch_seconds):
    return (EPOCH + dt.timedelta(seconds=epoch_seconds)).isoformat()


def main():
    cases = []
    for case in range(CASES):
        text, ranges, closed, zone = random_calendar()
        if case < 4:
            # a few long spans: weeks to a year
            start = int(dt.datetime(rng.randrange(FIRST_YEAR, LAST_YEAR), 1, 1,
                                    tzinfo=dt.timezone.utc).timestamp()) + 60 * rng.randrange(366 * 1440)
            finish = start + 60 * rng.choice([30, 60, 120]) * 1440
        elif case < 6:
            # far future: from before the zone's last DST change of 2769
            # (where PostgreSQL's zone look-up needs a second look, 400
            # years after its table ends) to after its first one of 2770
            while zone not in FAR_DST_ZONES:
                text, ranges, closed, zone = random_calendar()
            start = transitions_near(zone, 2769)[-1] - 60 * rng.randrange(1, 7 * 1440)
            finish = transitions_near(zone, 2770)[0] + 60 * rng.randrange(1, 7 * 1440)
        else:
            start, finish = random_span(zone)
        ref = Reference(ranges, closed, zone)
        lo, hi = min(start, finish), max(start, finish)
        minutes = ref.open_minutes(lo, hi)
        elapsed = 60 * len(minutes) * (1 if finish >= start else -1)
        # business_add of the open time between lo and hi: the end of the
        # last open minute (lo itself when there is none)
        add_exact = minutes[-1] + 60 if minutes else lo
        # business_add of a random open time up to the span's: the end of
        # the k-th open minute
        k = rng.randrange(len(minutes) + 1)
        add_random = minutes[k - 1] + 60 if k else lo
        opens = ref.next_open(lo, 10 * 1440)
        cases.append((case, text, lo, hi, start, finish, elapsed,
                      len(minutes), add_exact, k, add_random,
                      ref.open(lo), opens))

    rows = io.StringIO()
    for c in cases:
        rows.write("%d\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n" % (
            c[0], c[1], iso(c[2]), iso(c[3]), iso(c[4]), iso(c[5]), c[7], c[9]))
    query = r"""
\set ON_ERROR_STOP 1
CREATE TEMP TABLE cases (id int, cal text, lo timestamptz, hi timestamptz,
    s timestamptz, f timestamptz, open_minutes int, k int);
COPY cases FROM STDIN;
%s\.
COPY (
  SELECT id,
         extract(epoch FROM business_time(c, s, f))::bigint,
         extract(epoch FROM business_add(c, lo, open_minutes * interval '1 min'))::bigint,
         extract(epoch FROM business_add(c, lo, k * interval '1 min'))::bigint,
         business_open(c, lo),
         extract(epoch FROM business_next_open(c, lo))::bigint,
         c::text::kpi_calendar = c AND c::text = c::text::kpi_calendar::text,
         business_time(c, s, f) = -business_time(c, f, s)
  FROM (SELECT *, cal::kpi_calendar AS c FROM cases) t ORDER BY id
) TO STDOUT WITH (FORMAT csv);
""" % rows.getvalue()
    out = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"],
                         input=query, capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        sys.exit(1)
    results = list(csv.reader(io.StringIO(out.stdout)))
    assert len(results) == len(cases), (len(results), len(cases))
    failures = 0
    checked_next = 0
    for c, r in zip(cases, results):
        (case, text, lo, hi, start, finish, elapsed, n, add_exact, k,
         add_random, is_open, opens) = c
        got = dict(time=int(r[1]), add_exact=int(r[2]), add_random=int(r[3]),
                   open=r[4] == "t", next_open=int(r[5]), round_trip=r[6] == "t",
                   antisymmetric=r[7] == "t")
        want = dict(time=elapsed, add_exact=add_exact, add_random=add_random,
                    open=is_open, next_open=opens if opens is not None else got["next_open"],
                    round_trip=True, antisymmetric=True)
        if opens is not None:
            checked_next += 1
        bad = [key for key in want if want[key] != got[key]]
        if bad:
            failures += 1
            if failures <= 10:
                print("MISMATCH case %d: %r\n  span %s .. %s (start %s)\n  %s" % (
                    case, text, iso(lo), iso(hi), iso(start),
                    ", ".join("%s: kpi %r, reference %r" % (key, got[key], want[key]) for key in bad)))
    total_minutes = sum(abs(c[3] - c[2]) // 60 for c in cases)
    print("business hours reference: %d cases (%d minutes walked, %d next-open checks), %d mismatches"
          % (len(cases), total_minutes, checked_next, failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
