#!/usr/bin/python3
"""Binary COPY of kpi_calendar: good values round-trip, bad ones are refused.

Writes a PostgreSQL binary COPY stream of one kpi_calendar column to
stdout: argv[1] is "good" (a calendar of every kind of part) or the name of
one malformed case from BAD below.  The suite feeds it to COPY FROM STDIN.
"""
import struct
import sys


def calendar(ranges, closed, zone):
    out = struct.pack(">i", len(ranges))
    for start, end in ranges:
        out += struct.pack(">ii", start, end)
    out += struct.pack(">i", len(closed))
    for first, last in closed:
        out += struct.pack(">ii", first, last)
    zone = zone.encode()
    return out + struct.pack(">i", len(zone)) + zone


# Mon-Fri 09:00-17:00 (Monday 00:00 = minute 0), 2026-12-24..26 (day 9854)
GOOD = calendar([(d * 1440 + 540, d * 1440 + 1020) for d in range(5)],
                [(9854, 9856)], "Europe/Copenhagen")
BAD = {
    "empty_range": calendar([(540, 540)], [], "UTC"),
    "past_week": calendar([(10000, 10081)], [], "UTC"),
    "negative_start": calendar([(-1, 60)], [], "UTC"),
    "no_ranges": calendar([], [], "UTC"),
    "closed_backwards": calendar([(540, 1020)], [(9856, 9854)], "UTC"),
    "closed_year_10000": calendar([(540, 1020)], [(2921940, 2921940)], "UTC"),
    "unknown_zone": calendar([(540, 1020)], [], "Mars/Olympus"),
    # PostgreSQL would read these as POSIX rules: 8 hours west, and 99 east
    "misspelt_zone": calendar([(540, 1020)], [], "Europe/8openhagen"),
    "far_zone": calendar([(540, 1020)], [], "<+99>-99"),
    "zone_with_nul": calendar([(540, 1020)], [], "UT\0C"),
    "long_zone": calendar([(540, 1020)], [], "A" * 300),
    "too_many_ranges": struct.pack(">i", 10001) + b"".join(
        struct.pack(">ii", 0, 1) for _ in range(10001)) + struct.pack(">ii", 0, 3) + b"UTC",
    "trailing_bytes": GOOD + b"\0",
}


def copy_stream(value):
    header = b"PGCOPY\n\xff\r\n\0" + struct.pack(">ii", 0, 0)
    row = struct.pack(">hi", 1, len(value)) + value
    return header + row + struct.pack(">h", -1)


if __name__ == "__main__":
    sys.stdout.buffer.write(copy_stream(GOOD if sys.argv[1] == "good" else BAD[sys.argv[1]]))
