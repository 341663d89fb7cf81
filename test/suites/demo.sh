#!/usr/bin/env bash
# Demo report: runs demo/run.sh (what 'make demo' prints) in a database of
# its own and checks the printed report the way a reader would:
# - statuses in one vocabulary, the one kpi_status prints (met, at_risk,
#   missed): no ok, AT RISK, MISSED, MET;
# - bars drawn with kpi_bar, no '*' anywhere;
# - every duration as h:mm:ss (hours unpadded, whole seconds), clock times
#   only as ranges such as 08:00-18:00; and kpi_demo.hms rounds, not
#   truncates;
# - attainment: a status other than met never next to 100% or more, met
#   never below 100%;
# - the attention lists ("Needs attention") at most 10 rows, misses only;
# - the sparklines of lower-is-better KPIs labelled "higher is worse";
# - teams in one order (Billing, Technical, Onboarding) in every header
#   and every table grouped by team; weeks in one label format;
# - no project-process words (issue numbers) in the output or the scripts.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
top=$(cd "$(dirname "$0")/../.." && pwd)
database=kpi_demo_suite
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" --encoding=UTF8 --template=template0 "$database"
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-demo.XXXXXX")
trap '"$bindir/dropdb" --if-exists "$database"; rm -rf "$work"' EXIT

PATH="$bindir:$PATH" PGDATABASE=$database bash "$top/demo/run.sh" \
	>"$work/report" 2>"$work/stderr"
if [ -s "$work/stderr" ]; then
	echo "demo/run.sh wrote to stderr:"
	cat "$work/stderr"
	exit 1
fi
"$bindir/psql" -X -q -At -v ON_ERROR_STOP=1 -d "$database" -c "
	SELECT string_agg(kpi_demo.hms(d), ' ' ORDER BY n)
	FROM unnest(ARRAY[interval '0.5 s', '0.49 s', '8 min 14.5 s', '37:40:14.6',
	                  '1 day 0.4 s', '59.5 s']) WITH ORDINALITY AS t(d, n)" \
	>"$work/hms" 2>&1 || true

REPORT=$work/report HMS=$work/hms TOP=$top /usr/bin/python3 - <<'PY'
import glob, os, re, sys

report = open(os.environ["REPORT"], encoding="utf-8").read()
lines = report.split("\n")
failures = []
def fail(what, detail=""):
    failures.append(what + (": " + detail if detail else ""))

TEAMS = ["Billing", "Technical", "Onboarding"]

# ---- one status vocabulary
for n, line in enumerate(lines, 1):
    for m in re.finditer(r"(?i)\b(ok|met|at[ _]risk|missed)\b", line):
        if m.group(0) not in ("met", "at_risk", "missed"):
            fail("status spelled %r" % m.group(0), "line %d: %s" % (n, line.strip()))

# ---- no '*' bars
for n, line in enumerate(lines, 1):
    if "*" in line:
        fail("'*' in the report", "line %d: %s" % (n, line.strip()))

# ---- durations: h:mm:ss; clock times only as ranges HH:MM-HH:MM
durations = 0
for n, line in enumerate(lines, 1):
    rest = re.sub(r"\b\d\d:\d\d-\d\d:\d\d\b", "", line)
    for m in re.finditer(r"\d[\d.]*(?::[\d.]+)+", rest):
        token = m.group(0).rstrip(".")
        if re.fullmatch(r"(0|[1-9]\d*):[0-5]\d:[0-5]\d", token):
            durations += 1
        else:
            fail("duration %r not in h:mm:ss" % token, "line %d: %s" % (n, line.strip()))
if durations < 200:
    fail("only %d durations found (expected hundreds)" % durations)
hms = open(os.environ["HMS"]).read().strip()
if hms != "0:00:01 0:00:00 0:08:15 37:40:15 24:00:00 0:01:00":
    fail("kpi_demo.hms does not round to the second", hms)

# ---- attainment next to its status
cells = re.findall(r"(\d+\.\d)% (met|at_risk|missed)\b", report)
if len(cells) < 30:
    fail("only %d attainment cells found (expected 30)" % len(cells))
for value, status in cells:
    if status != "met" and float(value) >= 100:
        fail("%s next to an attainment of %s%%" % (status, value))
    if status == "met" and float(value) < 100:
        fail("met next to an attainment of %s%%" % value)

# ---- tables: title (the first non-blank line of the paragraph before),
# header, rows
tables = []
for i, line in enumerate(lines):
    if re.fullmatch(r"-+(\+-+)+", line) and i > 0:
        header = [c.strip() for c in lines[i - 1].split("|")]
        title_at = i - 2
        while title_at > 0 and lines[title_at - 1].strip():
            title_at -= 1
        rows = []
        for row in lines[i + 1:]:
            if not row.strip():
                break
            rows.append([c.strip() for c in row.split("|")])
        tables.append((lines[title_at].strip(), header, rows))

glance = [t for t in tables if t[0].startswith("At a glance: attainment")]
if not glance:
    fail("no attainment table found")
for title, header, rows in glance:
    for row in rows:
        for team in TEAMS:
            cell = row[header.index(team)]
            if not re.match(r"\d+\.\d% (met|at_risk|missed) ", cell):
                fail("attainment cell %r" % cell, title)

attention = [t for t in tables if t[0].startswith("Needs attention")]
if not attention:
    fail("no 'Needs attention' list found")
for title, header, rows in attention:
    if len(rows) > 10:
        fail("attention list of %d rows" % len(rows), title)
    if "status" in header:
        at = header.index("status")
        for row in rows:
            if row[at] != "missed":
                fail("attention list shows a %s row" % row[at], title)

# ---- sparklines: lower-is-better KPIs say so
spark = [t for t in tables if "reading" in t[1]]
if not spark:
    fail("no sparkline table with a 'reading' column")
for title, header, rows in spark:
    reading = {row[0]: row[header.index("reading")] for row in rows}
    for kpi in ("aht", "asa", "abandonment"):
        if reading.get(kpi) != "higher is worse":
            fail("sparkline of %s reads %r" % (kpi, reading.get(kpi)))
    for kpi in ("nps", "csat", "fcr", "service_level", "ces"):
        if reading.get(kpi) != "higher is better":
            fail("sparkline of %s reads %r" % (kpi, reading.get(kpi)))

# ---- one team order
for title, header, rows in tables:
    named = [h for h in header if h in TEAMS]
    if named and named != sorted(named, key=TEAMS.index):
        fail("team columns in the order %s" % named, title)
    if header[0] == "team":
        runs = [row[0] for k, row in enumerate(rows) if k == 0 or rows[k - 1][0] != row[0]]
        if len(runs) == len(set(runs)) and runs != sorted(runs, key=TEAMS.index):
            fail("teams in the order %s" % runs, title)

# ---- one week label: "N · DD Mon" in every "week" column, and no
# other spelling of a week's date
labels = 0
for title, header, rows in tables:
    for h in ("monday", "starting"):
        if h in header:
            fail("a %r column beside the week" % h, title)
    if "week" in header:
        at = header.index("week")
        for row in rows:
            labels += 1
            if not re.fullmatch(r"\d{1,2} · \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", row[at]):
                fail("week label %r" % row[at], title)
if labels < 100:
    fail("only %d week labels found" % labels)
for n, line in enumerate(lines, 1):
    for m in re.finditer(r"\b\d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", line):
        if not re.search(r"\d · $", line[:m.start()]):
            fail("a date outside a week label", "line %d: %s" % (n, line.strip()))
    if re.search(r"\b20\d\d-\d\d-\d\d\b", line) and "closed 20" not in line:
        fail("an ISO date outside the calendars", "line %d: %s" % (n, line.strip()))

# ---- no project-process words
if re.search(r"(?i)\bissues?\s*#?\d", report):
    fail("issue numbers in the report")
for path in sorted(glob.glob(os.path.join(os.environ["TOP"], "demo", "*"))):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if re.search(r"(?i)\bissues?\s*#?\d", line):
            fail("issue numbers in %s" % os.path.relpath(path, os.environ["TOP"]),
                 "line %d: %s" % (n, line.strip()))

if failures:
    # a few examples of each kind of problem
    print("demo report: %d problems" % len(failures))
    shown = {}
    for f in failures:
        kind = re.sub(r"[\d.]+|'[^']*'", "#", f.split(":")[0])
        shown[kind] = shown.get(kind, 0) + 1
        if shown[kind] <= 3:
            print("  " + f)
        elif shown[kind] == 4:
            print("  ... and more like it")
    sys.exit(1)
print("demo report: %d durations, %d attainment cells, %d week labels, %d tables checked"
      % (durations, len(cells), labels, len(tables)))
PY
