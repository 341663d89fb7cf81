#!/usr/bin/python3
"""Independent reference for the staffing functions (run by
test/suites/erlang_reference.sh against the cluster in PGHOST/PGPORT).

Erlang C is evaluated exactly with fractions from its textbook formula
(factorials and powers, which the extension never uses); Erlang A from its
birth-death chain in log space, with the probability that a waiting caller
is answered within the threshold obtained by uniformization of the tagged
caller's own Markov chain (the extension uses a closed form instead).  The
searches erlang_c_agents and erlang_a_agents are checked against a plain
linear scan, and monotonicity over a grid.  Only the standard library.
"""
import decimal
import math
import os
import subprocess
import sys
from fractions import Fraction

PSQL = [os.path.join(os.environ.get("PGBIN", ""), "psql") if os.environ.get("PGBIN") else "psql",
        "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1"]
failures = []


def sql(query):
    """Rows of a query as lists of strings."""
    out = subprocess.run(PSQL + ["-c", query], check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def check(ok, what):
    if not ok:
        failures.append(what)


def interval_seconds(text):
    """'00:00:07.835937' or '1 day 02:00:00' as Fraction seconds (time part only)."""
    text = text.strip()
    sign = -1 if text.startswith("-") else 1
    h, m, s = text.lstrip("-").split(":")
    return sign * (int(h) * 3600 + int(m) * 60 + Fraction(s))


# ---------------------------------------------------------------- Erlang C
def erlang_c_exact(n, a):
    """P(wait) as a Fraction: A^N/N! N/(N-A) / (sum_{k<N} A^k/k! + A^N/N! N/(N-A))."""
    if n <= a:
        return Fraction(1)
    top = a ** n / math.factorial(n) * Fraction(n) / (n - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(n)) + top)


def erlang_c_grid():
    cases = []
    for calls in (1, 7, 50, 100, 333):
        for aht in (45, 180, 600):
            for period in (1800, 3600):
                a = Fraction(calls * aht, period)
                for n in range(max(0, math.floor(a) - 1), math.floor(a) + 14):
                    for thr in (0, 20, 60):
                        cases.append((n, calls, aht, period, thr))
    values = ",".join("(%d,%d,%d,%d,%d)" % c for c in cases)
    rows = sql(
        "SELECT n, calls, aht, period, thr, erlang_c_wait_probability(n, calls, make_interval(secs => aht), make_interval(secs => period)),"
        " erlang_c_service_level(n, calls, make_interval(secs => aht), make_interval(secs => period), make_interval(secs => thr)),"
        " erlang_c_asa(n, calls, make_interval(secs => aht), make_interval(secs => period))"
        " FROM (VALUES %s) v(n, calls, aht, period, thr)" % values)
    worst = 0.0
    for row in rows:
        n, calls, aht, period, thr = map(int, row[:5])
        a = Fraction(calls * aht, period)
        p = erlang_c_exact(n, a)
        got_p, got_sl = float(row[5]), float(row[6])
        if n <= a:
            check(got_p == 1 and got_sl == 0 and row[7] == "", "unstable %r: %r" % ((n, calls, aht), row))
            continue
        sl = 100 * (1 - float(p) * math.exp(-float((n - a) * thr / aht)))
        asa = p * aht / (n - a)
        err = max(abs(got_p - float(p)) / max(float(p), 1e-300), abs(got_sl - sl) / 100)
        worst = max(worst, err)
        check(err < 1e-12, "erlang C %r: P %r vs %r, SL %r vs %r" % ((n, calls, aht, period, thr), got_p, float(p), got_sl, sl))
        check(abs(interval_seconds(row[7]) - asa) <= Fraction(1, 2000000), "erlang C ASA %r: %s vs %s" % ((n, calls, aht), row[7], float(asa)))
    print("erlang C: %d cases against the exact formula, worst relative difference %.2g" % (len(rows), worst))


def erlang_c_agents_scan():
    """erlang_c_agents against a linear scan of the exact formula."""
    cases = []
    for calls in (3, 40, 100, 250):
        for aht in (60, 180, 420):
            for goal, thr in ((80, 20), (90, 15), (50, 60), (95, 30)):
                for cap, shrink in ((100, 0), (85, 30), (70, 35.5)):
                    cases.append((calls, aht, goal, thr, cap, shrink))
    values = ",".join("(%d,%d,%d,%d,%s,%s)" % c for c in cases)
    rows = sql(
        "SELECT calls, aht, goal, thr, cap, shrink, erlang_c_agents(calls, make_interval(secs => aht), '30 min',"
        " (('>= ' || goal || '%%')::kpi_target), make_interval(secs => thr), cap, shrink),"
        " erlang_c_agents(calls, make_interval(secs => aht), '30 min', (('<= ' || thr || ' s')::kpi_target), NULL, cap, shrink)"
        " FROM (VALUES %s) v(calls, aht, goal, thr, cap, shrink)" % values)
    for row in rows:
        calls, aht, goal, thr = map(int, row[:4])
        cap, shrink = Fraction(row[4]), Fraction(row[5])
        a = Fraction(calls * aht, 1800)
        n = math.floor(a) + 1
        while True:
            p = erlang_c_exact(n, a)
            sl = 100 * (1 - float(p) * math.exp(-float((n - a) * thr / aht)))
            if sl >= goal:
                break
            n += 1
        m = math.floor(a) + 1
        while True:
            asa = erlang_c_exact(m, a) * aht / (m - a) if m > a else None
            if asa is not None and asa <= thr:
                break
            m += 1
        results = []
        for raw in (n, m):
            raw = max(raw, math.ceil(a * 100 / cap))
            results.append(math.ceil(Fraction(raw) * 100 / (100 - shrink)))
        check([int(row[6]), int(row[7])] == results, "erlang_c_agents %r: %r, expected %r" % (row[:6], row[6:], results))
    print("erlang_c_agents: %d service level and %d ASA searches agree with a linear scan" % (len(rows), len(rows)))


def erlang_c_large():
    """10,000 Erlangs: the textbook series summed in 80-digit decimals."""
    decimal.getcontext().prec = 80
    a = decimal.Decimal(10000)
    terms = [decimal.Decimal(1)]
    for k in range(1, 10400):
        terms.append(terms[-1] * a / k)
    rows = sql("SELECT n, erlang_c_wait_probability(n, 100000, '3 min', '30 min'),"
               " erlang_c_service_level(n, 100000, '3 min', '30 min', '20 s')"
               " FROM unnest(ARRAY[10001, 10013, 10100, 10300]) n")
    for row in rows:
        n = int(row[0])
        top = terms[n] * n / (n - a)
        p = top / (sum(terms[:n]) + top)
        sl = 100 * (1 - float(p) * math.exp(-(n - 10000) * 20 / 180))
        check(abs(float(row[1]) - float(p)) <= 1e-11 * float(p) and abs(float(row[2]) - sl) <= 1e-9,
              "erlang C at 10,000 Erlangs, %d agents: P %s vs %r, SL %s vs %r" % (n, row[1], float(p), row[2], sl))
    print("erlang C at 10,000 Erlangs: %d agent counts agree with the 80-digit series" % len(rows))


# ---------------------------------------------------------------- Erlang A
def log_add(x, y):
    if x == -math.inf:
        return y
    if y == -math.inf:
        return x
    hi, lo = max(x, y), min(x, y)
    return hi + math.log1p(math.exp(lo - hi))


def erlang_a_reference(n, a, theta, t):
    """Erlang A in AHT units: (P wait, SL percent, abandon percent, Lq / A)."""
    # stationary distribution of the chain, log weights
    logw = [0.0]
    for k in range(1, n + 1):
        logw.append(logw[-1] + math.log(a / k))
    j = 0
    while True:
        j += 1
        rate = n + j * theta
        logw.append(logw[-1] + math.log(a / rate))
        if a / rate < 0.5 and logw[-1] < max(logw) - 80:
            break
    total = -math.inf
    for x in logw:
        total = log_add(total, x)
    pi = [math.exp(x - total) for x in logw]
    queue = pi[n:]
    wait = sum(queue)
    lq = sum(i * q for i, q in enumerate(queue))
    # P(answered within t | i ahead) by uniformization of the tagged caller:
    # from k ahead he moves to k-1 (k = 0: answered) at rate n + k theta and
    # hangs up at rate theta
    kmax = len(queue) - 1
    lam = n + (kmax + 1) * theta
    steps = int(lam * t + 12 * math.sqrt(lam * t) + 40)
    f = [0.0] * (kmax + 1)
    within = [0.0] * (kmax + 1)
    poisson_log = -lam * t
    for m in range(1, steps + 1):
        new = [0.0] * (kmax + 1)
        for k in range(kmax + 1):
            down = (n + k * theta) / lam
            stay = 1 - down - theta / lam
            new[k] = down * (1.0 if k == 0 else f[k - 1]) + stay * f[k]
        f = new
        poisson_log += math.log(lam * t / m) if t > 0 else -math.inf
        weight = math.exp(poisson_log) if t > 0 else 0.0
        for k in range(kmax + 1):
            within[k] += weight * f[k]
    if t > 0:
        # the mass of steps > `steps` is negligible; within is P(served by t)
        pass
    answered = (1 - wait) + sum(q * w for q, w in zip(queue, within))
    return wait, 100 * answered, 100 * theta * lq / a, lq / a


def erlang_a_grid():
    cases = []
    for calls in (50, 100, 160):
        for patience in (30, 120, 600, 3600):
            a = calls * 180 / 1800
            for n in sorted({0, 1, 5, int(a) - 2, int(a), int(a) + 2, int(a) + 5}):
                for thr in (0, 20, 120):
                    cases.append((n, calls, patience, thr))
    values = ",".join("(%d,%d,%d,%d)" % c for c in cases)
    rows = sql(
        "SELECT n, calls, patience, thr, erlang_a_service_level(n, calls, '3 min', '30 min', make_interval(secs => patience), make_interval(secs => thr)),"
        " erlang_a_abandonment(n, calls, '3 min', '30 min', make_interval(secs => patience)),"
        " erlang_a_asa(n, calls, '3 min', '30 min', make_interval(secs => patience))"
        " FROM (VALUES %s) v(n, calls, patience, thr)" % values)
    worst = 0.0
    for row in rows:
        n, calls, patience, thr = map(int, row[:4])
        a = calls * 180 / 1800
        theta = 180 / patience
        _, sl, abandon, queue_time = erlang_a_reference(n, a, theta, thr / 180)
        err = max(abs(float(row[4]) - sl), abs(float(row[5]) - abandon))
        worst = max(worst, err)
        check(err < 1e-8, "erlang A %r: SL %s vs %r, abandonment %s vs %r" % ((n, calls, patience, thr), row[4], sl, row[5], abandon))
        check(abs(float(interval_seconds(row[6])) - queue_time * 180) <= 1e-6, "erlang A ASA %r: %s vs %r s" % ((n, calls, patience), row[6], queue_time * 180))
    print("erlang A: %d cases against uniformization of the chain, worst difference %.2g percent points" % (len(rows), worst))


def erlang_a_agents_scan():
    """erlang_a_agents against a linear scan, and monotonicity along it."""
    cases = [(calls, patience, goal, thr, cap)
             for calls in (40, 100, 200) for patience in (45, 120, 900)
             for goal, thr in ((80, 20), (90, 30)) for cap in (100, 80)]
    values = ",".join("(%d,%d,%d,%d,%d)" % c for c in cases)
    rows = sql(
        "SELECT calls, patience, goal, thr, cap, erlang_a_agents(calls, '3 min', '30 min', make_interval(secs => patience),"
        " (('>= ' || goal || '%%')::kpi_target), make_interval(secs => thr), cap),"
        " (SELECT array_agg(erlang_a_service_level(k, calls, '3 min', '30 min', make_interval(secs => patience), make_interval(secs => thr)) ORDER BY k)"
        "    FROM generate_series(0, 40) k),"
        " (SELECT array_agg(erlang_a_abandonment(k, calls, '3 min', '30 min', make_interval(secs => patience)) ORDER BY k)"
        "    FROM generate_series(1, 40) k)"
        " FROM (VALUES %s) v(calls, patience, goal, thr, cap)" % values)
    for row in rows:
        calls, patience, goal, thr, cap = map(int, row[:5])
        sls = [float(x) for x in row[6].strip("{}").split(",")]
        abandons = [float(x) for x in row[7].strip("{}").split(",")]
        a = calls * 180 / 1800
        # monotone up to rounding: a drop of 1e-12 percent points is noise
        drop = max(x - y for x, y in zip(sls, sls[1:]))
        check(drop < 1e-12, "erlang A service level falls by %g with an agent more %r" % (drop, row[:4]))
        occupancy = [min(100, 100 * a * (1 - ab / 100) / k) for k, ab in zip(range(1, 41), abandons)]
        rise = max(y - x for x, y in zip(occupancy, occupancy[1:]))
        check(rise < 1e-12, "erlang A occupancy rises by %g with an agent more %r" % (rise, row[:4]))
        n = next(k for k, s in enumerate(sls) if s >= goal)
        if n > 0 and occupancy[n - 1] > cap:
            n = next(k for k in range(n, 41) if occupancy[k - 1] <= cap)
        check(int(row[5]) == n, "erlang_a_agents %r: %s, a scan finds %d" % (row[:5], row[5], n))
    print("erlang_a_agents: %d searches agree with a linear scan; service level rises and occupancy falls with every agent" % len(rows))


def random_ranges():
    """Hostile sizes, drawn log-uniformly: every result in its range, no NaN."""
    import random
    rng = random.Random(15)
    cases = []
    for _ in range(400):
        calls = 10 ** rng.uniform(-6, 6) if rng.random() < 0.95 else 0
        aht = 10 ** rng.uniform(0, 10)          # microseconds, up to 3 hours
        period = 10 ** rng.uniform(6, 12)       # 1 s to 11 days
        if calls * aht / period > 1e5:
            calls = 1e5 * period / aht * rng.random()
        a = calls * aht / period
        agents = max(0, int(a * 10 ** rng.uniform(-1, 0.5)) + rng.randint(-2, 5))
        patience = aht * 10 ** rng.uniform(-2, 3)
        # keep overloaded queues (fewer agents than Erlangs) to a length
        # that sums in milliseconds; their limit is tested in bad_input
        if (a - agents) * patience / aht > 5e5:
            patience = aht * 5e5 / (a - agents) * rng.random()
        patience = max(patience, 1)
        threshold = 10 ** rng.uniform(0, 9) if rng.random() < 0.9 else 0
        cases.append((agents, calls, int(aht), int(period), int(patience), int(threshold)))
    values = ",".join("(%d,%r,%d,%d,%d,%d)" % c for c in cases)
    rows = sql(
        "SELECT n, erlang_c_wait_probability(n, calls, make_interval(secs => aht / 1e6), make_interval(secs => period / 1e6)),"
        " erlang_c_service_level(n, calls, make_interval(secs => aht / 1e6), make_interval(secs => period / 1e6), make_interval(secs => thr / 1e6)),"
        " extract(epoch FROM erlang_c_asa(n, calls, make_interval(secs => aht / 1e6), make_interval(secs => period / 1e6))),"
        " erlang_a_service_level(n, calls, make_interval(secs => aht / 1e6), make_interval(secs => period / 1e6), make_interval(secs => patience / 1e6), make_interval(secs => thr / 1e6)),"
        " erlang_a_abandonment(n, calls, make_interval(secs => aht / 1e6), make_interval(secs => period / 1e6), make_interval(secs => patience / 1e6)),"
        " extract(epoch FROM erlang_a_asa(n, calls, make_interval(secs => aht / 1e6), make_interval(secs => period / 1e6), make_interval(secs => patience / 1e6)))"
        " FROM (VALUES %s) v(n, calls, aht, period, patience, thr)" % values)
    for row, case in zip(rows, cases):
        p, sl, asa, sla, ab, asaa = row[1:]
        ok = (0 <= float(p) <= 1 and 0 <= float(sl) <= 100 and (asa == "" or float(asa) >= 0)
              and 0 <= float(sla) <= 100 and 0 <= float(ab) <= 100 and float(asaa) >= 0
              and float(asaa) <= case[4] / 1e6 + 1e-6)
        check(ok and "NaN" not in row, "out of range for %r: %r" % (case, row))
    print("random sizes: %d hostile combinations, every probability, percent and time in range" % len(rows))


erlang_c_grid()
random_ranges()
erlang_c_large()
erlang_c_agents_scan()
erlang_a_grid()
erlang_a_agents_scan()
if failures:
    for f in failures[:30]:
        print("FAIL:", f)
    print("%d failures" % len(failures))
    sys.exit(1)
