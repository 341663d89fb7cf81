#!/usr/bin/env bash
# Glance reference: an independent Python 3 check (standard library only)
# of the target evaluation functions, the percents of the state types, and
# the arithmetic of kpi_bar and kpi_sparkline, over pseudo-random inputs
# that pile up where rounding bites: on goals and one unit in the last
# place either side, negative, zero, denormal and huge numbers, durations
# near 2^53 and 2^63 microseconds, sums near 2^127.
#
# - kpi_met / kpi_status / kpi_gap: exact comparisons and float8 subtraction.
# - kpi_attainment: the formulas of docs/targets.md evaluated exactly on the doubles
#   (fractions.Fraction); the result must be 100 on the goal, agree with
#   kpi_met (>= 100 exactly when met for >= and <=, > 100 for > and <),
#   be within 4 units in the last place of the exact value (durations:
#   the correctly rounded quotient of the integers, up to that clamp),
#   be 22003 exactly where the exact value overflows, and never -0.
# - utilization / occupancy / nps percents and the CES mean: the correctly
#   rounded quotient of the integers (Python's int / int), bit for bit.
# - kpi_bar: floor(8 * width * value / high) in double precision, in that
#   order, as docs/presentation.md writes it.
# - kpi_sparkline: min(7, floor(8 * (v - low) / (high - low))) in double
#   precision on the group's scale, as docs/presentation.md writes it.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_glance_reference
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" --encoding=UTF8 --template=template0 "$database"
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

PSQL="$bindir/psql" DATABASE=$database /usr/bin/python3 - <<'PY'
import csv, io, math, os, random, subprocess, sys
from fractions import Fraction

psql = [os.environ["PSQL"], "-X", "-q", "-v", "ON_ERROR_STOP=1",
        "-d", os.environ["DATABASE"]]

def sql(text, stdin=None):
    return subprocess.run(psql + ["-c", text], input=stdin, text=True,
                          check=True, capture_output=True).stdout

def copy_out(query):
    out = subprocess.run(psql + ["-c", "SET extra_float_digits = 3",
                                 "-c", "COPY (" + query + ") TO STDOUT (FORMAT csv)"],
                         text=True, check=True, capture_output=True).stdout
    return list(csv.reader(io.StringIO(out)))

failures = []
def fail(what, row):
    failures.append((what, row))

sql("CREATE EXTENSION kpi")
sql("""CREATE FUNCTION outcome(f text, v text, t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN EXECUTE format('SELECT %s(%s, %L::kpi_target)::text', f, v, t) INTO r; RETURN r;
EXCEPTION WHEN OTHERS THEN RETURN 'E' || SQLSTATE; END $$""")

rng = random.Random(20261130)
MAX = sys.float_info.max

def number():
    c = rng.random()
    if c < 0.15:
        return rng.choice([0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308,
                           MAX, -MAX, 1.0, -1.0, 100.0, -100.0, math.inf, -math.inf])
    if c < 0.35:
        return rng.choice([1, -1]) * rng.uniform(1, 2) * 2.0 ** rng.randint(-1074, 1023)
    if c < 0.6:
        return float(rng.randint(-200, 200))
    return round(rng.uniform(-300, 300), rng.randint(0, 3))

# ---- targets over numbers
rows = []
for _ in range(6000):
    goal = number()
    if math.isinf(goal):
        goal = 7.0
    value = number() if rng.random() < 0.6 else rng.choice(
        [goal, math.nextafter(goal, math.inf), math.nextafter(goal, -math.inf),
         2 * goal, -goal])
    rows.append((value, rng.choice([">=", ">", "<=", "<"]), goal))
data = "".join("%r,%s %r\n" % r for r in rows)
sql("CREATE TABLE numbers (v float8, t kpi_target)")
sql("COPY numbers FROM STDIN (FORMAT csv)", stdin=data)
result = copy_out("SELECT v, t, kpi_met(v, t), kpi_status(v, t), "
                  "outcome('kpi_gap', quote_literal(v) || '::float8', t::text), "
                  "outcome('kpi_attainment', quote_literal(v) || '::float8', t::text) FROM numbers")

def exact_attainment(v, cmp, g):
    """docs/targets.md formulas on the exact values of the doubles; None for NULL."""
    higher = cmp in (">=", ">")
    if g == 0 or (not higher and g > 0 and v <= 0):
        return None
    if math.isinf(v):
        if higher:
            return math.copysign(math.inf, v)
        return 0.0 if g > 0 else -math.copysign(math.inf, v)
    V, G = Fraction(v), Fraction(g)
    if higher:
        return 100 * V / G if g > 0 else 100 * (2 - V / G)
    return 100 * G / V if g > 0 else 100 * V / G

for (v, cmp, g), row in zip(rows, result):
    met = {">=": v >= g, ">": v > g, "<=": v <= g, "<": v < g}[cmp]
    if (row[2] == "t") != met or row[3] != ("met" if met else "missed"):
        fail("met/status", row)
    gap = v - g
    if math.isinf(gap) and not math.isinf(v):
        if row[4] != "E22003":
            fail("gap overflow", row)
    elif row[4].startswith("E") or float(row[4]) != gap:
        fail("gap", row)
    expected = exact_attainment(v, cmp, g)
    got = row[5]
    if expected is None:
        if got != "NULL" and got != "":
            fail("attainment NULL", row)
        continue
    if isinstance(expected, Fraction):
        try:
            reference = float(expected)
        except OverflowError:
            if got != "E22003":
                fail("attainment overflow", row)
            continue
    else:
        reference = expected
    if got.startswith("E") or got == "":
        fail("attainment error", row)
        continue
    a = float(got)
    strict = cmp in (">", "<")
    if got == "-0" or met != (a > 100 if strict else a >= 100):
        fail("attainment sign or agreement", row)
    if v == g and a != 100:
        fail("attainment on the goal", row)
    if a != reference and not (math.isfinite(reference) and
                               abs(a - reference) <= 4 * math.ulp(reference)):
        fail("attainment value", row + [repr(reference)])

# ---- targets over durations (exact microseconds)
def micros():
    c = rng.random()
    if c < 0.3:
        return rng.randint(0, 2**63 - 1)
    if c < 0.5:
        return 2**53 + rng.randint(-5, 5)
    if c < 0.7:
        return 2**63 - 1 - rng.randint(0, 5)
    return rng.randint(0, 10**12)
rows = []
for _ in range(3000):
    goal = micros()
    value = rng.choice([goal + rng.randint(-3, 3), micros(), -micros()])
    value = max(-2**63 + 1, min(2**63 - 1, value))
    rows.append((value, rng.choice([">=", ">", "<=", "<"]), goal))
data = "".join("%d microseconds,%s %d microseconds\n" % r for r in rows)
sql("CREATE TABLE durations (v interval, t kpi_target)")
sql("COPY durations FROM STDIN (FORMAT csv)", stdin=data)
result = copy_out("SELECT kpi_met(v, t), kpi_status(v, t), "
                  "outcome('kpi_gap', quote_literal(v) || '::interval', t::text), "
                  "outcome('kpi_attainment', quote_literal(v) || '::interval', t::text) "
                  "FROM durations")
for (v, cmp, g), row in zip(rows, result):
    met = {">=": v >= g, ">": v > g, "<=": v <= g, "<": v < g}[cmp]
    if (row[0] == "t") != met or row[1] != ("met" if met else "missed"):
        fail("duration met/status", [v, cmp, g] + row)
    higher = cmp in (">=", ">")
    if g == 0 or (not higher and v <= 0):
        if row[3] not in ("", "NULL"):
            fail("duration attainment NULL", [v, cmp, g] + row)
        continue
    reference = 100 * v / g if higher else 100 * g / v     # correctly rounded
    a = float(row[3])
    strict = cmp in (">", "<")
    if met != (a > 100 if strict else a >= 100) or (v == g and a != 100):
        fail("duration attainment agreement", [v, cmp, g] + row)
    clamped = reference == 100 and a in (math.nextafter(100, 0), math.nextafter(100, 200))
    if a != reference and not clamped:
        fail("duration attainment value", [v, cmp, g] + row + [repr(reference)])

# ---- percents of states: correctly rounded quotients of the integers
rows = []
for _ in range(3000):
    whole = rng.randint(1, 2**rng.randint(1, 127) - 1)
    part = rng.choice([whole, whole - 1, rng.randint(0, whole)])
    rows.append((max(part, 0), whole))
data = "".join('"(busy_us=%d,scheduled_us=%d)","(handle_us=%d,idle_us=%d)"\n'
               % (p, w, p, w) for p, w in rows)
sql("CREATE TABLE shares (u utilization_state, o occupancy_state)")
sql("COPY shares FROM STDIN (FORMAT csv)", stdin=data)
result = copy_out("SELECT kpi_value(u), kpi_value(o) FROM shares")
for (p, w), row in zip(rows, result):
    if float(row[0]) != 100 * p / w:
        fail("utilization percent", [p, w] + row)
    if float(row[1]) != 100 * p / (p + w):
        fail("occupancy percent", [p, w] + row)
rows = []
for _ in range(1000):
    top = 2**rng.randint(1, 62)
    rows.append(tuple(rng.randint(0, top) for _ in range(3)))
rows = [r for r in rows if sum(r) > 0]
data = "".join('"(promoters=%d,passives=%d,detractors=%d)"\n' % r for r in rows)
sql("CREATE TABLE surveys (s nps_state)")
sql("COPY surveys FROM STDIN (FORMAT csv)", stdin=data)
for (p, m, d), row in zip(rows, copy_out("SELECT kpi_value(s) FROM surveys")):
    if float(row[0]) != 100 * (p - d) / (p + m + d) or row[0] == "-0":
        fail("nps percent", [p, m, d] + row)

# CES: the mean of scores 1..7, the correctly rounded quotient too; states
# of n scores with sum S and sum of squares Q built from real score mixes
rows = []
for _ in range(1000):
    n = rng.randint(1, 2**rng.randint(1, 57))
    sevens = rng.choice([n, n - 1, rng.randint(0, n)])
    rest = rng.randint(1, 6)
    total = 7 * sevens + rest * (n - sevens)
    rows.append((n, total, 49 * sevens + rest * rest * (n - sevens)))
rows = [r for r in rows if r[2] < 2**63]
data = "".join('"(responses=%d,score_sum=%d,score_squares=%d)"\n' % r for r in rows)
sql("CREATE TABLE efforts (s ces_state)")
sql("COPY efforts FROM STDIN (FORMAT csv)", stdin=data)
for (n, total, _), row in zip(rows, copy_out("SELECT kpi_value(s) FROM efforts")):
    if float(row[0]) != total / n:
        fail("ces mean", [n, total] + row)

# ---- kpi_bar: floor(8 * width * value / high) in double precision
rows = []
for _ in range(4000):
    high = rng.choice([100.0, 1.0, 3.0, 0.8, 1.5, 12.0, 75.0,
                       round(rng.uniform(0.1, 500), rng.randint(0, 2))])
    width = rng.choice([1, 2, 3, 5, 10, 20, 40, 1000])
    value = rng.choice([round(rng.uniform(-1, high * 1.1), rng.randint(0, 3)),
                        high * rng.randint(0, 8 * width) / (8 * width)])
    rows.append((value, high, width))
data = "".join("%r,%r,%d\n" % r for r in rows)
sql("CREATE TABLE bars (v float8, h float8, w int)")
sql("COPY bars FROM STDIN (FORMAT csv)", stdin=data)
FULL, LEFT = "\u2588", "\u258f\u258e\u258d\u258c\u258b\u258a\u2589"
for (v, h, w), row in zip(rows, copy_out("SELECT kpi_bar(v, h, w) FROM bars")):
    every = 8 * w
    eighths = every if v >= h else 0 if v <= 0 else min(math.floor(8 * w * v / h), every - 1)
    expected = FULL * (eighths // 8) + (LEFT[eighths % 8 - 1] if eighths % 8 else "")
    if row[0] != expected:
        fail("kpi_bar", [v, h, w, row[0], expected])

# ---- kpi_sparkline on the group's own scale and on a fixed one
BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"
def level(v, low, high):
    if v <= low:
        return 0
    if v >= high:
        return 7
    return min(7, math.floor(8 * (v - low) / (high - low)))
groups = []
for g in range(400):
    low = rng.choice([0.0, -100.0, round(rng.uniform(-1000, 1000), 2)])
    span = rng.choice([1.0, 8.0, 0.3, 100.0, round(rng.uniform(0.01, 1000), 3)])
    points = [low + span * rng.randint(0, 64) / 64 if rng.random() < 0.5
              else round(rng.uniform(low, low + span), 2) for _ in range(rng.randint(1, 30))]
    points[0], points[-1] = low, low + span
    groups.append(points)
data = "".join("%d,%d,%r\n" % (g, i, v) for g, pts in enumerate(groups) for i, v in enumerate(pts))
sql("CREATE TABLE series (g int, i int, v float8)")
sql("COPY series FROM STDIN (FORMAT csv)", stdin=data)
lines = copy_out("SELECT g, kpi_sparkline(v ORDER BY i), kpi_sparkline(v, -50, 50 ORDER BY i) "
                 "FROM series GROUP BY g ORDER BY g")
for pts, row in zip(groups, lines):
    low, high = min(pts), max(pts)
    own = "".join(BLOCKS[level(v, low, high) if low < high else 3] for v in pts)
    fixed = "".join(BLOCKS[level(v, -50.0, 50.0)] for v in pts)
    if row[1] != own or row[2] != fixed:
        fail("kpi_sparkline", [pts, row[1], own, row[2], fixed])

for what, row in failures[:20]:
    print("glance_reference: %s: %s" % (what, row))
if failures:
    print("glance_reference: %d of the checks failed" % len(failures))
    sys.exit(1)
print("glance_reference: targets, percents, bars and sparklines agree with the Python reference")
PY
