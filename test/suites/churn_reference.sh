#!/usr/bin/env bash
# Churn reference: an independent Python implementation of the churn
# definitions (docs/churn.md, "Definitions") counts base, churned and new for
# thousands of pseudo-random customers whose starts and ends pile up on the
# periods' bounds (exactly on them, a microsecond or a day either side,
# infinities, NULLs), over monthly UTC periods, periods written with other
# bounds ('(]', '[]', '()'), monthly periods of a non-UTC time zone, and
# daterange periods; churn_state must hold exactly those counts, and
# churn_rate / retention_rate the percentages computed from them.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_churn_reference
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

PSQL="$bindir/psql" DATABASE=$database /usr/bin/python3 - <<'PY'
import datetime, os, random, subprocess, sys

psql = [os.environ["PSQL"], "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
        "-d", os.environ["DATABASE"]]

def sql(text, stdin=None):
    return subprocess.run(psql + ["-c", text], input=stdin, text=True,
                          check=True, capture_output=True).stdout

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
US = 1_000_000
DAY = 86_400 * US
INF = float("inf")

def us(dt):
    """Microseconds since 1970 of an aware datetime, exactly."""
    d = dt - EPOCH
    return (d.days * 86_400 + d.seconds) * US + d.microseconds

def stamp(x):
    """timestamptz literal of microseconds since 1970 (or an infinity)."""
    if x == INF:
        return "infinity"
    if x == -INF:
        return "-infinity"
    return (EPOCH + datetime.timedelta(microseconds=x)).strftime("%Y-%m-%d %H:%M:%S.%f+00")

def datestr(d):
    if d == INF:
        return "infinity"
    if d == -INF:
        return "-infinity"
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=d)).isoformat()

def counts(customers, first, after):
    """base, churned, new of the half-open span [first, after)."""
    base = churned = new = 0
    for f, u in customers:
        if f is None:
            continue
        u = INF if u is None else u
        if f <= first:
            if u > first:
                base += 1
                if u <= after:
                    churned += 1
        elif f < after and u > f:
            new += 1
    return base, churned, new

rng = random.Random(16)

# UTC month starts of 2024 and 2025, and New York month starts of 2024
# (EST is UTC-5, EDT UTC-4 from 10 March to 3 November 2024, so the 1st
# of April to November is in EDT).
def month_start(y, m, offset_hours=0):
    return us(datetime.datetime(y, m, 1, tzinfo=datetime.timezone.utc)) + offset_hours * 3600 * US

utc_months = [month_start(2024 + (i // 12), 1 + i % 12) for i in range(25)]
def ny_offset(y, m):
    return 4 if (y == 2024 and 4 <= m <= 11) else 5
ny_months = [month_start(2024, m, ny_offset(2024, m)) for m in range(1, 13)] + \
            [month_start(2025, 1, 5)]
bounds = sorted(set(utc_months + ny_months))

def instant():
    """An instant near a bound most of the time, anywhere otherwise."""
    r = rng.random()
    if r < 0.6:
        return rng.choice(bounds) + rng.choice([-DAY, -1, 0, 0, 1, DAY])
    if r < 0.63:
        return rng.choice([-INF, INF])
    return rng.randrange(bounds[0] - 90 * DAY, bounds[-1] + 90 * DAY)

customers = []
for _ in range(6000):
    f = None if rng.random() < 0.02 else instant()
    r = rng.random()
    if r < 0.25:
        u = None
    elif f is None:
        u = instant()
    elif r < 0.3:
        u = f                                   # never active
    else:
        u = instant()
        if u < f:
            f, u = u, f
    customers.append((f, u))

sql("CREATE EXTENSION kpi")
sql("CREATE TABLE customers (active_from timestamptz, active_until timestamptz)")
rows = "".join("%s\t%s\n" % ("\\N" if f is None else stamp(f),
                              "\\N" if u is None else stamp(u))
               for f, u in customers)
subprocess.run(psql + ["-c", "COPY customers FROM STDIN"], input=rows,
               text=True, check=True)

checked = 0
failures = []

def compare(label, query, expected_counts):
    global checked
    got = sql(query).strip().split("|")
    base, churned, new = expected_counts
    want = [str(base), str(churned), str(new)]
    if base:
        want += [repr(100.0 * churned / base), repr(100.0 * (base - churned) / base)]
    else:
        want += ["", ""]
    # psql prints float8 with the shortest exact digits, like Python's repr
    got = [g[:-2] if g.endswith(".0") else g for g in got]
    want = [w[:-2] if w.endswith(".0") else w for w in want]
    checked += 1
    if got != want:
        failures.append("%s: got %s, expected %s" % (label, got, want))

AGGS = ("(kpi_counts(churn_state({a})) ->> 'base') || '|' || "
        "(kpi_counts(churn_state({a})) ->> 'churned') || '|' || "
        "(kpi_counts(churn_state({a})) ->> 'new') || '|' || "
        "coalesce(churn_rate({a})::text, '') || '|' || coalesce(retention_rate({a})::text, '')")

def tstz_query(period, tz="UTC", where=""):
    a = "active_from, active_until, %s" % period
    return "SET timezone = '%s'; SELECT %s FROM customers %s" % (tz, AGGS.format(a=a), where)

# UTC months, as tstzrange(m, m + '1 month') built in the session.
for i in range(24):
    m = stamp(utc_months[i])
    compare("UTC month %s" % m,
            tstz_query("tstzrange('%s', timestamptz '%s' + interval '1 month')" % (m, m)),
            counts(customers, utc_months[i], utc_months[i + 1]))

# New York months, built in a New York session from local midnight.
for i in range(12):
    local = "2024-%02d-01 00:00" % (i + 1)
    compare("New York month %s" % local,
            tstz_query("tstzrange('%s', timestamp '%s' + interval '1 month')" % (local, local),
                       tz="America/New_York"),
            counts(customers, ny_months[i], ny_months[i + 1]))

# Other bound kinds: the set of whole microseconds they hold.
for i in range(0, 24, 5):
    a, b = utc_months[i], utc_months[i + 1]
    for kind, first, after in (("[)", a, b), ("(]", a + 1, b + 1),
                               ("[]", a, b + 1), ("()", a + 1, b)):
        compare("UTC month %s as %s" % (stamp(a), kind),
                tstz_query("tstzrange('%s', '%s', '%s')" % (stamp(a), stamp(b), kind)),
                counts(customers, first, after))

# Dates: the customers' UTC days, daterange periods of whole months and
# of odd spans written with other bounds.
def day(x):
    if x is None:
        return None
    if x in (INF, -INF):
        return x
    return x // DAY
date_customers = [(day(f), day(u)) for f, u in customers]
sql("SET timezone = 'UTC'; CREATE TABLE date_customers AS "
    "SELECT active_from::date AS active_from, active_until::date AS active_until FROM customers")
for i in range(24):
    first, after = utc_months[i] // DAY, utc_months[i + 1] // DAY
    a = "active_from, active_until, daterange('%s', '%s')" % (datestr(first), datestr(after))
    compare("date month %s" % datestr(first),
            "SELECT %s FROM date_customers" % AGGS.format(a=a),
            counts(date_customers, first, after))
for lo, hi, kind in ((19720, 19727, "[]"), (19720, 19727, "(]"), (19730, 19745, "()")):
    first = lo + (0 if kind[0] == "[" else 1)
    after = hi + (1 if kind[1] == "]" else 0)
    a = "active_from, active_until, daterange('%s', '%s', '%s')" % (datestr(lo), datestr(hi), kind)
    compare("dates %s%s,%s%s" % (kind[0], datestr(lo), datestr(hi), kind[1]),
            "SELECT %s FROM date_customers" % AGGS.format(a=a),
            counts(date_customers, first, after))

for f in failures[:20]:
    print(f, file=sys.stderr)
if failures:
    print("churn reference: %d of %d periods differ" % (len(failures), checked), file=sys.stderr)
    sys.exit(1)
print("churn reference: %d periods over %d customers equal the Python reference" % (checked, len(customers)))
PY
