#!/usr/bin/env bash
# Glide path reference: an independent Python implementation of the
# time-bound targets (docs/targets.md, "Time-bound targets") computes, with
# exact fractions, kpi_progress, kpi_expected and kpi_on_track for
# thousands of pseudo-random targets of every comparator and unit (number,
# percent, duration), with and without a warning, baselines on both sides
# of the goal, and instants before the start, on it, inside the period, on
# the deadline, after it and infinite.  Durations must agree exactly (the
# path rounded half away from zero to the microsecond), statuses exactly,
# doubles to a relative 1e-12 of the path's scale; at and after the
# deadline kpi_on_track must equal kpi_status.  Inside the period, cases
# whose value lies within rounding of a double path (on it included) are
# not judged by their status: which side of an ulp a double path lands on
# is not what the reference decides (the regression test has exact
# midpoints by hand); at the ends every value is judged.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_glide_reference
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

PSQL="$bindir/psql" DATABASE=$database /usr/bin/python3 - <<'PY'
import datetime, os, random, subprocess, sys
from fractions import Fraction as F

psql = [os.environ["PSQL"], "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
        "-d", os.environ["DATABASE"]]

def sql(text, stdin=None):
    done = subprocess.run(psql + ["-c", text], input=stdin, text=True, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"glide reference: psql failed: {done.stderr}")
    return done.stdout

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)

def stamp(us):
    if us == "inf":
        return "infinity"
    if us == "-inf":
        return "-infinity"
    return (EPOCH + datetime.timedelta(microseconds=us)).strftime("%Y-%m-%d %H:%M:%S.%f+00")

def round_half_away(x):
    """x (a Fraction) to the nearest integer, halves away from zero."""
    n, r = divmod(abs(x.numerator), x.denominator)
    if 2 * r >= x.denominator:
        n += 1
    return n if x >= 0 else -n

def satisfies(cmp, value, threshold):
    return {">=": value >= threshold, ">": value > threshold,
            "<=": value <= threshold, "<": value < threshold}[cmp]

rng = random.Random(20261207)
cases = []
for i in range(4000):
    cmp = rng.choice([">=", ">", "<=", "<"])
    unit = rng.choice(["number", "percent", "duration"])
    higher = cmp in (">=", ">")
    warn = rng.random() < 0.6
    if unit == "duration":
        goal = rng.randint(1, 7200) * 1_000_000          # whole seconds
        gap = rng.randint(1, 1800) * 1_000_000
        warning = (goal - gap if higher else goal + gap) if warn else None
        if warning is not None and warning < 0:
            warning = None
        scale = 4 * 3600 * 1_000_000
        baseline = rng.choice([rng.randint(0, scale), goal, goal + rng.randint(-5, 5)])
        baseline = max(baseline, 0)
        target = f"{cmp} {goal // 1_000_000} s" + (f" warn {warning // 1_000_000} s" if warning is not None else "")
        g, w, b = F(goal), (F(warning) if warning is not None else None), F(baseline)
    else:
        step = F(1, 4)
        goal = F(rng.randint(-400, 400)) * step if unit == "number" else F(rng.randint(0, 400)) * step
        gap = F(rng.randint(1, 80)) * step
        warning = (goal - gap if higher else goal + gap) if warn else None
        if unit == "percent" and warning is not None and not (0 <= warning <= 100):
            warning = None
        # quarter points, the goal itself, fine binary fractions, tenths
        # (no double is exact) and magnitudes where goal - baseline rounds
        baseline = rng.choice([F(rng.randint(-800, 800)) * step, goal,
                               F(rng.randint(-10**6, 10**6), 1024),
                               F(float(rng.randint(-1000, 1000) * 0.1)),
                               F(float(rng.uniform(-1e17, 1e17)))])
        suffix = "%" if unit == "percent" else ""
        target = f"{cmp} {float(goal)!r}{suffix}" + (f" warn {float(warning)!r}{suffix}" if warning is not None else "")
        g, w, b = goal, warning, baseline
    start = rng.randint(1_500_000_000, 1_900_000_000) * 1_000_000 + rng.randint(0, 999_999)
    length = rng.choice([1, 2, 3, 7, rng.randint(1, 10**6), rng.randint(1, 400 * 86_400 * 10**6)])
    deadline = start + length
    kind = rng.choice(["before", "start", "inside", "inside", "inside", "quarter", "half",
                       "deadline", "after", "inf", "-inf"])
    at = {"before": start - rng.randint(1, 10**12), "start": start,
          "inside": start + rng.randint(0, length), "quarter": start + length // 4,
          "half": start + length // 2, "deadline": deadline,
          "after": deadline + rng.randint(1, 10**12), "inf": "inf", "-inf": "-inf"}[kind]
    elapsed = {"inf": length, "-inf": 0}.get(at) if isinstance(at, str) else min(max(at - start, 0), length)
    f = F(elapsed, length)
    # the value: near or on the path, or anywhere
    path = b + (g - b) * f
    if unit == "duration":
        path = F(round_half_away(path))
        value = rng.choice([path, path + rng.choice([-1, 1]), F(rng.randint(0, scale)), g, b])
        value = max(value, F(0))
    else:
        value = rng.choice([path, F(rng.randint(-800, 800), 4), g, b,
                            F(rng.randint(-10**6, 10**6), 1024)])
        value = F(float(value))      # what the double literal holds
    cases.append(dict(id=i, cmp=cmp, unit=unit, target=target, g=g, w=w, b=b, v=value,
                      start=start, deadline=deadline, at=at, f=f, after=(f == 1)))

def lit(unit, x):
    if unit == "duration":
        return f"{int(x)} microseconds"
    return repr(float(x))

rows = "".join("\t".join([str(c["id"]), c["target"], lit(c["unit"], c["v"]), lit(c["unit"], c["b"]),
                          stamp(c["start"]), stamp(c["deadline"]), stamp(c["at"]), c["unit"]]) + "\n"
               for c in cases)
sql("CREATE EXTENSION kpi")
sql("CREATE TABLE glide (id int, target kpi_target, value text, baseline text, start timestamptz, "
    "deadline timestamptz, at timestamptz, unit text)")
sql("COPY glide FROM STDIN", stdin=rows)
out = sql("""
SELECT id,
       CASE WHEN unit = 'duration' THEN kpi_progress(value::interval, target, baseline::interval)
            ELSE kpi_progress(value::float8, target, baseline::float8) END,
       CASE WHEN unit = 'duration' THEN (extract(epoch FROM kpi_expected(target, baseline::interval, start, deadline, at)) * 1000000)::numeric::text
            ELSE kpi_expected(target, baseline::float8, start, deadline, at)::text END,
       CASE WHEN unit = 'duration' THEN kpi_on_track(value::interval, target, baseline::interval, start, deadline, at)
            ELSE kpi_on_track(value::float8, target, baseline::float8, start, deadline, at) END,
       CASE WHEN unit = 'duration' THEN kpi_status(value::interval, target)
            ELSE kpi_status(value::float8, target) END
FROM glide ORDER BY id""")

problems = []
judged_status = 0
deadline_checked = 0
for c, line in zip(cases, out.splitlines()):
    cid, progress, expected, on_track, status = line.split("\t")
    assert int(cid) == c["id"]
    g, w, b, v, f = c["g"], c["w"], c["b"], c["v"], c["f"]
    scale = max(abs(g), abs(b), abs(v), 1)
    # progress
    if g == b:
        if progress != "":
            problems.append((c, "progress", progress, "NULL"))
    else:
        exact = 100 * (v - b) / (g - b)
        got = float(progress)
        if abs(F(got) - exact) > F(1, 10**12) * max(abs(exact), 1) * (scale / min(abs(g - b), scale)):
            problems.append((c, "progress", progress, float(exact)))
    # the glide path
    exact_path = b + (g - b) * f
    if c["unit"] == "duration":
        want = round_half_away(exact_path)
        if int(F(expected)) != want or F(expected) != int(F(expected)):
            problems.append((c, "expected", expected, want))
    else:
        if f == 0 and F(float(expected)) != b or f == 1 and F(float(expected)) != g:
            problems.append((c, "expected (an end, exactly)", expected, float(exact_path)))
        elif abs(F(float(expected)) - exact_path) > F(1, 10**12) * scale:
            problems.append((c, "expected", expected, float(exact_path)))
    # on track: against each path, exactly for durations; for doubles
    # only where the value is not within rounding of a path it is not on
    def path_to(threshold):
        p = b + (threshold - b) * f
        return F(round_half_away(p)) if c["unit"] == "duration" else p
    paths = [path_to(g)] + ([path_to(w)] if w is not None else [])
    # (inside the period a double path may be an ulp off the exact one,
    # so a value on it exactly is near too; at the ends the path is the
    # threshold or the baseline itself and every value is judged)
    near = c["unit"] != "duration" and 0 < f < 1 and \
        any(abs(v - p) <= F(1, 10**9) * scale for p in paths)
    if not near:
        judged_status += 1
        want = "met" if satisfies(c["cmp"], v, paths[0]) else \
            ("at_risk" if w is not None and satisfies(c["cmp"], v, paths[1]) else "missed")
        if on_track != want:
            problems.append((c, "on_track", on_track, want))
    if c["after"]:
        deadline_checked += 1
        if on_track != status:
            problems.append((c, "on_track at or after the deadline vs kpi_status", on_track, status))

for c, what, got, want in problems[:20]:
    print(f"glide reference: case {c['id']} {what}: got {got}, want {want}  "
          f"(target '{c['target']}', value {c['v']}, baseline {c['b']}, f = {c['f']})", file=sys.stderr)
if problems:
    print(f"glide reference: {len(problems)} problems in {len(cases)} cases", file=sys.stderr)
    sys.exit(1)
kinds = {}
for c in cases:
    kinds[(c["unit"], c["cmp"])] = kinds.get((c["unit"], c["cmp"]), 0) + 1
assert len(kinds) == 12 and min(kinds.values()) > 100, kinds
print(f"glide reference: {len(cases)} cases (3 units x 4 comparators), progress and path agree; "
      f"{judged_status} statuses judged, {deadline_checked} at or after the deadline equal kpi_status")
PY
