"""Independent reference for kpi_ci_low, kpi_ci_high, kpi_p_value and
kpi_met_probability (run by uncertainty_reference.sh), and for the mean of
rating() (kpi 1.1), which must be the correctly rounded mean of the scores.

Draws random states with a fixed seed, asks the database for the four
functions and recomputes them here from the formulas of docs/uncertainty.md with
code that shares nothing with src/stats_math.c: the normal quantile and
distribution from statistics.NormalDist, Student's t distribution for whole
degrees of freedom from the closed-form series of Abramowitz and Stegun
26.7.3 (odd) and 26.7.4 (even), its quantile by bisection on that series,
and for Welch's fractional degrees of freedom Simpson's rule on the
density.  Fails (exit 1) on any difference beyond 1e-7 (1 microsecond for
duration ends, which are rounded outwards to the microsecond).

The probability of meeting a target follows docs/uncertainty.md's rule set: a mean
without spread is compared with the goal (1, 0.5 on it, 0) wherever the
goal lies; otherwise a goal at or beyond an end of the range is certain
(0 or 1); otherwise the normal or t tail.  Duration ends are clipped to
what an interval of microseconds holds, 0 .. 2^63 - 1.
"""
from fractions import Fraction
import math
import os
import random
import statistics
import subprocess
import sys

NORMAL = statistics.NormalDist()
random.seed(14)


def t_central(t, df):
    """P(|T| < t) for Student's t with a whole number of degrees of freedom."""
    theta = math.atan(t / math.sqrt(df))
    c2 = math.cos(theta) ** 2
    if df % 2 == 1:
        total, term = 0.0, math.cos(theta)
        for k in range(1, (df - 1) // 2 + 1):
            if k > 1:
                term *= c2 * (2 * k - 2) / (2 * k - 1)
            total += term
        return 2 / math.pi * (theta + math.sin(theta) * total) if df > 1 else 2 * theta / math.pi
    total, term = 1.0, 1.0
    for k in range(1, df // 2):
        term *= c2 * (2 * k - 1) / (2 * k)
        total += term
    return math.sin(theta) * total


def t_upper(t, df):
    """P(T > t), whole df."""
    return (1 - t_central(abs(t), df)) / 2 if t >= 0 else 1 - t_upper(-t, df)


def t_quantile(tail, df):
    """The t with P(T > t) = tail < 0.5, by bisection on the series."""
    low, high = 0.0, 1.0
    while t_upper(high, df) > tail:
        high *= 2
    for _ in range(200):
        middle = (low + high) / 2
        if t_upper(middle, df) > tail:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def t_upper_fractional(t, df, steps=20000):
    """P(T > t) for fractional df by Simpson's rule on the density over [0, t]."""
    scale = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)
    density = lambda x: scale * (1 + x * x / df) ** (-(df + 1) / 2)
    h = t / steps
    area = density(0) + density(t) + sum((4 if i % 2 else 2) * density(i * h) for i in range(1, steps))
    return 0.5 - area * h / 3


def z_of(level):
    return NORMAL.inv_cdf(1 - (1 - level) / 2)


def nps_interval(p, n_, d, level):
    n = p + n_ + d
    z = z_of(level)
    m = n + 3
    pp, dd = (p + 0.75) / m, (d + 0.75) / m
    est = pp - dd
    se = math.sqrt((pp + dd - est * est) / m)
    kpi = 100.0 * (p - d) / n
    low = max(100 * (est - z * se), -100)
    high = min(100 * (est + z * se), 100)
    return min(low, kpi), max(high, kpi)


def wilson(h, n, level):
    z = z_of(level)
    p = h / n
    centre = 2 * n * p + z * z
    half = z * math.sqrt(z * z + 4 * n * p * (1 - p))
    low, high = (centre - half) / (2 * (n + z * z)), (centre + half) / (2 * (n + z * z))
    kpi = 100.0 * h / n
    return min(max(100 * low, 0), kpi), max(min(100 * high, 100), kpi)


def mean_interval(values, level, lowest, highest):
    n = len(values)
    mean = sum(values) / n
    s = statistics.stdev(values)
    t = t_quantile((1 - level) / 2, n - 1)
    return (max(min(mean - t * s / math.sqrt(n), mean), lowest),
            min(max(mean + t * s / math.sqrt(n), mean), highest))


def psql(sql):
    """Rows of one query, which goes on stdin: as an argument it may pass the 128 kB limit."""
    out = subprocess.run([os.environ["PSQL"], "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1",
                          "-c", "SET extra_float_digits = 3", "-f", "-"],
                         input=sql + ";\n", check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


failures = []
checked = 0


def compare(label, got, expected, tolerance=1e-7):
    global checked
    checked += 1
    if got is None or expected is None:
        if got is not expected:
            failures.append(f"{label}: got {got}, expected {expected}")
        return
    if abs(got - expected) > tolerance * max(1.0, abs(expected)):
        failures.append(f"{label}: got {got!r}, expected {expected!r}")


def number(text):
    return None if text == "" else float(text)


def micros(text):
    """An interval printed as [HH:]MM:SS[.ffffff] in the default style, in microseconds."""
    if text == "":
        return None
    hours, minutes, seconds = text.split(":")
    return round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1e6)


# NPS: adjusted Wald intervals, p-values with unadjusted variances, P(met).
cases = []
for _ in range(300):
    size = random.choice([1, 2, 3, 5, 10, 50, 200, 1000, 100000])
    shares = sorted((random.random(), random.random()))
    counts = [0, 0, 0]
    for _ in range(min(size, 2000)):
        u = random.random()
        counts[0 if u < shares[0] else 1 if u < shares[1] else 2] += 1
    if random.random() < 0.1:
        # unanimous answers: all in one category
        counts = [0, 0, 0]
        counts[random.randint(0, 2)] = min(size, 2000)
    factor = size // 2000 if size > 2000 else 1
    goal = random.choice([-100, 100]) if random.random() < 0.1 else random.uniform(-80, 80)
    cases.append(([c * factor for c in counts], random.uniform(0.5, 0.999), goal))
rows = psql(" UNION ALL ".join(
    f"SELECT {i}, kpi_ci_low(s, {lv!r}), kpi_ci_high(s, {lv!r}), kpi_p_value(s, lag_s), "
    f"kpi_met_probability(s, '>= {goal!r}') FROM (SELECT "
    f"'(promoters={p},passives={n},detractors={d})'::nps_state AS s, "
    f"'(promoters={cases[i - 1][0][0]},passives={cases[i - 1][0][1]},detractors={cases[i - 1][0][2]})'::nps_state AS lag_s) x"
    for i, ((p, n, d), lv, goal) in enumerate(cases)))
for row in rows:
    i = int(row[0])
    (p, n, d), level, goal = cases[i]
    (bp, bn, bd), _, _ = cases[i - 1]
    low, high = nps_interval(p, n, d, level)
    compare(f"nps {cases[i][0]} low", number(row[1]), low)
    compare(f"nps {cases[i][0]} high", number(row[2]), high)
    total, before = p + n + d, bp + bn + bd
    if total < 2 or before < 2:
        expected_p = None
    else:
        var = lambda pr, de, tot: pr / tot + de / tot - (pr / tot - de / tot) ** 2
        diff = (p - d) / total - (bp - bd) / before
        se = math.sqrt(var(p, d, total) / total + var(bp, bd, before) / before)
        expected_p = 1.0 if diff == 0 else 0.0 if se == 0 else math.erfc(abs(diff) / se / math.sqrt(2))
    compare(f"nps p {cases[i - 1][0]} vs {cases[i][0]}", number(row[3]), expected_p)
    m = total + 3
    pp, dd = (p + 0.75) / m, (d + 0.75) / m
    est, se = pp - dd, math.sqrt((pp + dd - (pp - dd) ** 2) / m)
    compare(f"nps met {cases[i][0]} >= {goal}", number(row[4]),
            None if total < 2 else 1.0 if goal <= -100 else 0.0 if goal >= 100
            else NORMAL.cdf((est - goal / 100) / se))

# Shares (CSAT states): Wilson, pooled z, score statistic at the goal.
cases = []
for _ in range(300):
    n = random.choice([1, 2, 3, 7, 16, 100, 1000, 10 ** 6])
    h = random.choice([0, n, random.randint(0, n)])
    goal = random.choice([0, 100]) if random.random() < 0.1 else random.uniform(1, 99)
    cases.append((h, n, random.uniform(0.01, 0.9999), goal))
rows = psql(" UNION ALL ".join(
    f"SELECT {i}, kpi_ci_low(s, {lv!r}), kpi_ci_high(s, {lv!r}), "
    f"kpi_p_value('(satisfied={cases[i - 1][0]},responses={cases[i - 1][1]})'::csat_state, s), "
    f"kpi_met_probability(s, '>= {goal!r}%') "
    f"FROM (SELECT '(satisfied={h},responses={n})'::csat_state AS s) x"
    for i, (h, n, lv, goal) in enumerate(cases)))
for row in rows:
    i = int(row[0])
    h, n, level, goal = cases[i]
    bh, bn, _, _ = cases[i - 1]
    low, high = wilson(h, n, level)
    compare(f"csat {h}/{n} low at {level}", number(row[1]), low)
    compare(f"csat {h}/{n} high at {level}", number(row[2]), high)
    if n < 2 or bn < 2:
        expected_p = None
    else:
        pooled = (h + bh) / (n + bn)
        diff = h / n - bh / bn
        se = math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / bn))
        expected_p = 1.0 if diff == 0 else 0.0 if se == 0 else math.erfc(abs(diff) / se / math.sqrt(2))
    compare(f"csat p {bh}/{bn} vs {h}/{n}", number(row[3]), expected_p)
    g = goal / 100
    compare(f"csat met {h}/{n} >= {goal}%", number(row[4]),
            None if n < 2 else 1.0 if g <= 0 else 0.0 if g >= 1
            else NORMAL.cdf((h / n - g) / math.sqrt(g * (1 - g) / n)))

# Means: CES scores and handle times, t intervals, Welch, P(met) with t.
cases = []
for _ in range(120):
    n = random.choice([1, 2, 3, 4, 6, 11, 30, 120])
    # one case in ten without spread: every answer the same
    same = random.randint(1, 7) if random.random() < 0.1 else None
    scores = [same or random.randint(1, 7) for _ in range(n)]
    if random.random() < 0.1:
        seconds = [random.choice([0, random.randint(1, 1800)])] * n
    else:
        seconds = [random.randint(0, 3) * random.randint(1, 1800) for _ in range(n)]
    # half the goals whole scores, the ends of the scale among them; some
    # duration goals at 0 s or on the first value (the mean, without spread)
    goal = random.uniform(1, 7) if random.random() < 0.5 else random.randint(1, 7)
    limit = random.choice([random.randint(60, 900), random.randint(60, 900), 0, seconds[0]])
    cases.append((scores, seconds, random.uniform(0.5, 0.999), goal, limit))


def ces_literal(scores):
    return f"'(responses={len(scores)},score_sum={sum(scores)},score_squares={sum(x * x for x in scores)})'::ces_state"


def aht_literal(seconds):
    us = [x * 10 ** 6 for x in seconds]
    return (f"'(contacts={len(us)},handle_us={sum(us)},handle_us_squares={sum(x * x for x in us)})'"
            "::aht_state")


rows = psql(" UNION ALL ".join(
    f"SELECT {i}, kpi_ci_low({ces_literal(sc)}, {lv!r}), kpi_ci_high({ces_literal(sc)}, {lv!r}), "
    f"kpi_ci_low({aht_literal(se)}, {lv!r})::text, kpi_ci_high({aht_literal(se)}, {lv!r})::text, "
    f"kpi_p_value({ces_literal(cases[i - 1][0])}, {ces_literal(sc)}), "
    f"kpi_met_probability({ces_literal(sc)}, '<= {goal!r}'), "
    f"kpi_met_probability({aht_literal(se)}, '< {limit} s'), "
    f"kpi_p_value({aht_literal(cases[i - 1][1])}, {aht_literal(se)}), "
    f"kpi_met_probability({ces_literal(sc)}, '>= {goal!r}'), "
    f"kpi_met_probability({aht_literal(se)}, '>= {limit} s')"
    for i, (sc, se, lv, goal, limit) in enumerate(cases)))


def welch(a, b):
    """Two-sided Welch p-value; None below two values each."""
    if len(a) < 2 or len(b) < 2:
        return None
    va, vb = statistics.variance(a) / len(a), statistics.variance(b) / len(b)
    diff = statistics.fmean(b) - statistics.fmean(a)
    if diff == 0:
        return 1.0
    if va + vb == 0:
        return 0.0
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    t = abs(diff) / math.sqrt(va + vb)
    if abs(df - round(df)) < 1e-12:
        return 2 * t_upper(t, round(df))
    return 2 * t_upper_fractional(t, df)


def t_met(values, goal, higher_better, lowest, highest):
    """P(met) for a mean, by docs/uncertainty.md's rules in their order."""
    if len(values) < 2:
        return None
    if len(set(values)) == 1:
        # no spread: the mean is known; the ends of the range do not matter
        above = 1.0 if values[0] > goal else 0.5 if values[0] == goal else 0.0
        return above if higher_better else 1 - above
    if (goal <= lowest and higher_better) or (goal >= highest and not higher_better):
        return 1.0
    if (goal >= highest and higher_better) or (goal <= lowest and not higher_better):
        return 0.0
    n, mean = len(values), statistics.fmean(values)
    se = statistics.stdev(values) / math.sqrt(n)
    diff = mean - goal
    above = 0.5 if diff == 0 else 1 - t_upper(diff / se, n - 1)
    return above if higher_better else 1 - above


for row in rows:
    i = int(row[0])
    scores, seconds, level, goal, limit = cases[i]
    if len(scores) < 2:
        expected = (None, None, None, None)
    else:
        low, high = mean_interval(scores, level, 1, 7)
        alow, ahigh = mean_interval(seconds, level, 0, math.inf)
        expected = (low, high, alow * 1e6, ahigh * 1e6)
    compare(f"ces {scores} low at {level}", number(row[1]), expected[0])
    compare(f"ces {scores} high at {level}", number(row[2]), expected[1])
    compare(f"aht {seconds} low at {level}", micros(row[3]), expected[2], 1.0 / max(1.0, abs(expected[2] or 1)))
    compare(f"aht {seconds} high at {level}", micros(row[4]), expected[3], 1.0 / max(1.0, abs(expected[3] or 1)))
    compare(f"ces p {cases[i - 1][0]} vs {scores}", number(row[5]), welch(cases[i - 1][0], scores), 1e-6)
    compare(f"ces met {scores} <= {goal}", number(row[6]), t_met(scores, goal, False, 1, 7))
    compare(f"aht met {seconds} < {limit} s", number(row[7]), t_met(seconds, limit, False, 0, math.inf))
    compare(f"aht p {cases[i - 1][1]} vs {seconds}", number(row[8]), welch(cases[i - 1][1], seconds), 1e-6)
    compare(f"ces met {scores} >= {goal}", number(row[9]), t_met(scores, goal, True, 1, 7))
    compare(f"aht met {seconds} >= {limit} s", number(row[10]), t_met(seconds, limit, True, 0, math.inf))

# Ratings (kpi 1.1): rating_state aggregated from raw scores on random
# scales (negative ends, half points and hundredths among them); the mean
# must be the correctly rounded mean of the scores (Python's Fraction to
# float), exactly; intervals clipped to the scale, Welch between two
# samples on one scale, P(met) with t.
cases = []
for _ in range(150):
    decimals = random.choice([0, 0, 1, 2])
    unit = Fraction(1, 10 ** decimals)
    low = random.choice([0, 1, -5, -2, 3]) + random.choice([0, 0, 1]) * unit
    high = low + random.choice([1, 4, 9, 10, 100]) + random.randint(0, 3) * unit
    steps = int((high - low) / unit)

    def draw(n):
        same = random.randint(0, steps) if random.random() < 0.1 else None
        return [low + (same if same is not None else random.randint(0, steps)) * unit for _ in range(n)]
    a = draw(random.choice([1, 2, 3, 5, 12, 40]))
    b = draw(random.choice([1, 2, 3, 5, 12, 40]))
    goal = random.choice([float(low), float(high)]) if random.random() < 0.1 else \
        float(low) + random.random() * float(high - low)
    cases.append((low, high, a, b, random.uniform(0.5, 0.999), goal))


def decimal_text(value):
    """A Fraction of at most 6 decimals as an exact decimal literal."""
    scaled = value * 10 ** 6
    assert scaled.denominator == 1
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled.numerator)).rjust(7, "0")
    return f"{sign}{digits[:-6]}.{digits[-6:]}"


def rating_aggregate(values, low, high):
    rows = ", ".join(f"({decimal_text(v)})" for v in values)
    return f"(SELECT rating_state(s, {decimal_text(low)}, {decimal_text(high)}) FROM (VALUES {rows}) v(s))"


rows = psql(" UNION ALL ".join(
    f"SELECT {i}, kpi_value(a), kpi_ci_low(a, {lv!r}), kpi_ci_high(a, {lv!r}), kpi_p_value(b, a), "
    f"kpi_met_probability(a, '>= {goal!r}'), kpi_met_probability(a, '< {goal!r}') "
    f"FROM (SELECT {rating_aggregate(a, low, high)} AS a, {rating_aggregate(b, low, high)} AS b) x"
    for i, (low, high, a, b, lv, goal) in enumerate(cases)))
for row in rows:
    i = int(row[0])
    low, high, a, b, level, goal = cases[i]
    label = f"rating {[str(v) for v in a]} on {low}..{high}"
    compare(f"{label} mean", number(row[1]), float(sum(a, Fraction(0)) / len(a)), 0)
    floats = [float(v) for v in a]
    if len(a) < 2:
        expected = (None, None)
    else:
        expected = mean_interval(floats, level, float(low), float(high))
    compare(f"{label} low at {level}", number(row[2]), expected[0])
    compare(f"{label} high at {level}", number(row[3]), expected[1])
    compare(f"{label} p against {[str(v) for v in b]}", number(row[4]), welch([float(v) for v in b], floats), 1e-6)
    compare(f"{label} met >= {goal}", number(row[5]), t_met(floats, goal, True, float(low), float(high)))
    compare(f"{label} met < {goal}", number(row[6]), t_met(floats, goal, False, float(low), float(high)))

# Duration ends at the limits of an interval: 0 .. 2^63 - 1 microseconds,
# exactly (integers and fractions: near 2^63 a double steps by 1024 us).
# Pairs near 2^63 (a pair is the most a state holds there: the squares
# must fit in 2^127) at ordinary levels, whose ends are exact to the
# microsecond; and pairs from 0 at level 1 - 10^-12, whose high end
# (t = 6.4 * 10^11 times SE >= 5 * 10^7 us) is past 2^63 - 1 and clipped.
LONGEST = 2 ** 63 - 1


def exact_micros(text):
    """An interval printed as HH:MM:SS[.ffffff], in microseconds, exactly."""
    hours, minutes, seconds = text.split(":")
    whole, _, fraction = seconds.partition(".")
    return ((int(hours) * 60 + int(minutes)) * 60 + int(whole)) * 10 ** 6 + int((fraction + "000000")[:6])


pairs = [([LONGEST - random.randint(0, 10 ** 7) for _ in range(2)], random.uniform(0.5, 0.999)) for _ in range(40)]
pairs += [([0, random.randint(10 ** 8, 10 ** 12)], 1 - 1e-12) for _ in range(10)]
rows = psql(" UNION ALL ".join(
    f"SELECT {i}, kpi_ci_low(s, {lv!r})::text, kpi_ci_high(s, {lv!r})::text, kpi_value(s)::text "
    f"FROM (SELECT '(contacts=2,handle_us={a + b},handle_us_squares={a * a + b * b})'::aht_state AS s) x"
    for i, ((a, b), lv) in enumerate(pairs)))
for row in rows:
    i = int(row[0])
    (a, b), level = pairs[i]
    mean = Fraction(a + b, 2)
    rounded = (a + b + 1) // 2  # half up, as the KPI rounds
    # s = |a - b| / sqrt 2 and SE = s / sqrt 2
    half = Fraction(t_quantile((1 - level) / 2, 1) * abs(a - b) / 2)
    low = min(max(math.floor(mean - half), 0), rounded)
    high = max(min(math.ceil(mean + half), LONGEST), rounded)
    for label, got, expected in (("low", row[1], low), ("high", row[2], high), ("mean", row[3], rounded)):
        compare(f"aht ({a}, {b}) {label} at {level}", exact_micros(got), expected,
                1.0 / max(1.0, float(expected)))

if failures:
    print(f"uncertainty reference: {len(failures)} of {checked} values differ", file=sys.stderr)
    for failure in failures[:30]:
        print("  " + failure, file=sys.stderr)
    sys.exit(1)
print(f"uncertainty reference: {checked} values agree with the independent Python reference")
