#!/usr/bin/env bash
# Attribution reference: an independent Python implementation of
# kpi_contribution, kpi_rate_effect and kpi_mix_effect (docs/attribution.md)
# computes, with exact fractions, the symmetric shift-share of every
# segment of hundreds of pseudo-random partitions for each of the 13 state
# types: segments present in both periods, new ones (NULL before), vanished
# ones (NULL or empty after), ones with nothing in either, and partitions
# with no observations in a period (every row NULL).  Doubles must agree
# to a relative 1e-12 of the partition's largest KPI, and add up to the
# pooled change to the same tolerance; durations (AHT, ASA) must add up to
# exactly the change of the two means rounded half away from zero, each
# contribution within 2 us of its exact value and, where doubles cannot
# have reordered the remainders, what largest remainders give (ties to
# the earlier row), the
# rate effect its exact value rounded half away from zero (within 1 us
# where the exact value is within 1e-6 us of a half), and rate + mix the
# contribution exactly.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_attribution_reference
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
trap '"$bindir/dropdb" --if-exists "$database"' EXIT
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$database" -c 'CREATE EXTENSION kpi'

PSQL="$bindir/psql" DATABASE=$database /usr/bin/python3 - <<'PY'
import os, random, subprocess, sys
from fractions import Fraction as F

psql = [os.environ["PSQL"], "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
        "-d", os.environ["DATABASE"]]

def sql(text):
    done = subprocess.run(psql, input=text, text=True, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"attribution reference: psql failed: {done.stderr}")
    return done.stdout

rng = random.Random(20261208)
JAN = (1767225600000000, 1769904000000000)
FEB = (1769904000000000, 1772323200000000)

# Each type: a random state (text form, denominator, exact KPI), an empty
# one, and whether its results are intervals.  Side 0 is before, 1 after.
def nps(side, big):
    n = 10 ** rng.randint(0, 6) if big else 30
    p, pa, d = (rng.randint(0, n) for _ in range(3))
    total = p + pa + d
    return f"(promoters={p},passives={pa},detractors={d})", total, F(100 * (p - d), total or 1)

def share(hits_name, total_name):
    def make(side, big):
        total = rng.randint(0, 10 ** rng.randint(1, 7) if big else 40)
        hits = rng.randint(0, total)
        return f"({hits_name}={hits},{total_name}={total})", total, F(100 * hits, total or 1)
    return make

def scores(low, high, big):
    return [rng.randint(low, high) for _ in range(rng.randint(0, 300 if big else 12))]

def ces(side, big):
    s = scores(1, 7, big)
    return (f"(responses={len(s)},score_sum={sum(s)},score_squares={sum(x * x for x in s)})",
            len(s), F(sum(s), len(s) or 1))

def rating(side, big):
    s = [x - 1 for x in scores(1, 10, big)]
    return (f"(low=1,high=10,decimals=0,responses={len(s)},offset_sum={sum(s)},"
            f"offset_squares={sum(x * x for x in s)})", len(s), 1 + F(sum(s), len(s) or 1))

def durations(count_name, sum_name, squares_name):
    def make(side, big):
        n = rng.randint(0, 200 if big else 8)
        top = 10 ** rng.randint(0, 10) if big else 600_000_000
        d = [rng.randint(0, top) for _ in range(n)]
        return (f"({count_name}={n},{sum_name}={sum(d)},{squares_name}={sum(x * x for x in d)})",
                n, F(sum(d), n or 1))
    return make

def part_of(part_name, whole_name, whole_is_sum):
    def make(side, big):
        whole = rng.randint(0, 10 ** rng.randint(3, 15) if big else 8 * 3600 * 10 ** 6)
        part = rng.randint(0, whole)
        if whole_is_sum:        # occupancy: handle / (handle + idle)
            return f"({part_name}={part},{whole_name}={whole - part})", whole, F(100 * part, whole or 1)
        return f"({part_name}={part},{whole_name}={whole})", whole, F(100 * part, whole or 1)
    return make

def service_level(side, big):
    answered = rng.randint(0, 10 ** rng.randint(1, 6) if big else 50)
    within = rng.randint(0, answered)
    after = rng.randint(0, answered // 3 + 1)
    total = answered + after
    return (f"(threshold_us=20000000,answered={answered},answered_within={within},abandoned_after={after})",
            total, F(100 * within, total or 1))

def abandonment(side, big):
    offered = rng.randint(0, 10 ** rng.randint(1, 6) if big else 50)
    abandoned = rng.randint(0, offered)
    short = rng.randint(0, abandoned)
    total = offered - short
    return (f"(short_abandon_us=5000000,offered={offered},abandoned={abandoned},short_abandoned={short})",
            total, F(100 * (abandoned - short), total or 1))

def churn(side, big):
    base = rng.randint(0, 10 ** rng.randint(1, 7) if big else 60)
    churned = rng.randint(0, base)
    period = JAN if side == 0 else FEB
    return (f"(period_from_us={period[0]},period_until_us={period[1]},base={base},churned={churned},"
            f"new={rng.randint(0, 9)})", base, F(100 * churned, base or 1))

TYPES = {
    "nps": (nps, False), "csat": (share("satisfied", "responses"), False),
    "fcr": (share("resolved_first", "tickets"), False), "ces": (ces, False),
    "rating": (rating, False),
    "aht": (durations("contacts", "handle_us", "handle_us_squares"), True),
    "asa": (durations("answered", "wait_us", "wait_us_squares"), True),
    "utilization": (part_of("busy_us", "scheduled_us", False), False),
    "occupancy": (part_of("handle_us", "idle_us", True), False),
    "shrinkage": (part_of("unavailable_us", "paid_us", False), False),
    "service_level": (service_level, False), "abandonment": (abandonment, False),
    "churn": (churn, False),
}

def round_half_away(x):
    n, r = divmod(abs(x.numerator), x.denominator)
    if 2 * r >= x.denominator:
        n += 1
    return n if x >= 0 else -n

def effects(rows):
    """Exact (rate, mix) per row, or None when a period has nothing."""
    totals = [sum(r[s][1] for r in rows if r[s]) for s in (0, 1)]
    if 0 in totals:
        return None, None
    pooled = [sum(F(r[s][1]) * r[s][2] for r in rows if r[s]) / totals[s] for s in (0, 1)]
    out = []
    for r in rows:
        w = [F(r[s][1], totals[s]) if r[s] else F(0) for s in (0, 1)]
        k = [r[s][2] if r[s] and r[s][1] else None for s in (0, 1)]
        if w[0] == 0 and w[1] == 0:
            out.append((F(0), F(0)))
            continue
        k0 = k[0] if w[0] else k[1]
        k1 = k[1] if w[1] else k[0]
        rate = (w[0] + w[1]) / 2 * (k1 - k0)
        mix = (w[1] - w[0]) * ((k0 + k1) / 2 - (pooled[0] + pooled[1]) / 2)
        out.append((rate, mix))
    return out, pooled

failures = []
checked = 0
rounded_exactly = 0
for name, (make, duration) in TYPES.items():
    partitions = {}
    for p in range(120):
        big = p % 3 == 0
        rows = []
        for s in range(rng.choice([1, 2, 3, 5, 12, 40])):
            states = []
            for side in (0, 1):
                kind = rng.random()
                if kind < 0.12:
                    states.append(None)                     # no row that period
                else:
                    text, weight, kpi = make(side, big)
                    states.append((text, weight, kpi))
            rows.append(states)
        if p % 17 == 5:                                     # nothing before at all
            rows = [[None, r[1]] for r in rows]
        partitions[p] = rows
    values = []
    for p, rows in partitions.items():
        for s, (b, a) in enumerate(rows):
            b_text = f"'{b[0]}'" if b else "NULL"
            a_text = f"'{a[0]}'" if a else "NULL"
            values.append(f"({p},{s},{b_text}::{name}_state,{a_text}::{name}_state)")
    if duration:
        shown = ", ".join(f"(extract(epoch from {f}(b, a) OVER w) * 1000000)::bigint"
                          for f in ("kpi_contribution", "kpi_rate_effect", "kpi_mix_effect"))
    else:
        shown = ", ".join(f"{f}(b, a) OVER w" for f in ("kpi_contribution", "kpi_rate_effect", "kpi_mix_effect"))
    out = sql("SET extra_float_digits = 3;\n"
              f"SELECT p, s, {shown} FROM (VALUES {','.join(values)}) v(p, s, b, a) "
              "WINDOW w AS (PARTITION BY p) ORDER BY p, s;\n")
    got = {}
    for line in out.splitlines():
        p, s, c, r, m = line.split("\t")
        got[(int(p), int(s))] = tuple(None if x == "" else (int(x) if duration else float(x)) for x in (c, r, m))
    for p, rows in partitions.items():
        exact, pooled = effects(rows)
        results = [got[(p, s)] for s in range(len(rows))]
        where = f"{name} partition {p}"
        if exact is None:
            if any(x != (None, None, None) for x in results):
                failures.append(f"{where}: a period without observations must give NULL, got {results[:3]}")
            continue
        checked += len(rows)
        if duration:
            change = (round_half_away(pooled[1]) - round_half_away(pooled[0]))
            if sum(c for c, _, _ in results) != change:
                failures.append(f"{where}: contributions add up to {sum(c for c, _, _ in results)} us, "
                                f"the rounded means change by {change}")
            # the largest-remainder rounding itself, where no double can
            # have reordered it: no two fractions at the boundary and no
            # value within 1e-9 us of a whole microsecond
            seen = [i for i, row in enumerate(rows) if any(st and st[1] for st in row)]
            values = {i: exact[i][0] + exact[i][1] for i in seen}
            floors = {i: values[i].numerator // values[i].denominator for i in seen}
            short = change - sum(floors.values())
            ranked = sorted(seen, key=lambda i: (-(values[i] - floors[i]), i))
            fractions = [values[i] - floors[i] for i in ranked]
            clear = 0 <= short <= len(seen) and all(
                min(f, 1 - f) > F(1, 10 ** 9) for f in fractions if f) and (
                short in (0, len(seen)) or fractions[short - 1] - fractions[short] > F(1, 10 ** 9))
            if clear:
                rounded_exactly += 1
                for k, i in enumerate(ranked):
                    want = floors[i] + (1 if k < short else 0)
                    if results[i][0] != want:
                        failures.append(f"{where}: row {i} contribution {results[i][0]} us, "
                                        f"largest remainders give {want}")
            for (rate, mix), (c, r, m) in zip(exact, results):
                if abs(c - (rate + mix)) >= 2:
                    failures.append(f"{where}: contribution {c} us, exact {float(rate + mix)}")
                half_edge = abs(abs(rate - int(rate)) - F(1, 2)) < F(1, 10 ** 6)
                if r != round_half_away(rate) and not (half_edge and abs(r - rate) <= 1):
                    failures.append(f"{where}: rate effect {r} us, exact {float(rate)}")
                if r + m != c:
                    failures.append(f"{where}: rate {r} + mix {m} is not the contribution {c}")
        else:
            scale = max([1] + [abs(float(st[2])) for row in rows for st in row if st])
            tolerance = 1e-12 * scale
            for (rate, mix), (c, r, m) in zip(exact, results):
                for label, want, have in (("contribution", rate + mix, c), ("rate", rate, r), ("mix", mix, m)):
                    if have is None or abs(have - float(want)) > tolerance:
                        failures.append(f"{where}: {label} {have}, exact {float(want)}")
            total = sum(c for c, _, _ in results)
            if abs(total - float(pooled[1] - pooled[0])) > tolerance * max(1, len(rows)):
                failures.append(f"{where}: contributions add up to {total}, the change is {float(pooled[1] - pooled[0])}")

if failures:
    print(f"attribution reference: {len(failures)} failures", file=sys.stderr)
    for f in failures[:40]:
        print("  " + f, file=sys.stderr)
    sys.exit(1)
print(f"attribution reference: {checked} segments of 13 state types agree with the exact shift-share "
      f"({rounded_exactly} duration partitions rounded exactly as largest remainders)")
PY
