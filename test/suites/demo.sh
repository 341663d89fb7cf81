#!/usr/bin/env bash
# The demo's report reads as one report: it runs (demo/run.sh, as make
# demo runs it) in a database of its own, and its output uses one status
# vocabulary (kpi_status's met / at_risk / missed), one duration format
# (hh:mm:ss), kpi_bar for every bar, never shows an attainment of 100% or
# more for a target that is not met, and keeps its list of misses short.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_demo_check
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" --encoding=UTF8 --template=template0 "$database"
out=$(mktemp)
trap '"$bindir/dropdb" --if-exists "$database"; rm -f "$out"' EXIT
PATH=$bindir:$PATH PGDATABASE=$database bash demo/run.sh >"$out"

/usr/bin/python3 - "$out" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
problems = []
for word in ("ok", "OK", "AT RISK", "MISSED", "MET", "at risk"):
    if re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        problems.append(f"status spelt {word!r}: the report uses met / at_risk / missed")
if re.search(r"\*\*\*", text):
    problems.append("a bar drawn with '*': bars are kpi_bar")
for line in text.splitlines():
    # a clock-like duration must be hh:mm:ss (hours may exceed 24); times
    # of day (opening hours 08:00-18:00, the staffing table's half hours)
    # are not durations
    if re.search(r"\d{2}:\d{2}-\d{2}:\d{2}", line) or re.match(r"^\s*\d{2}:\d{2}\s*\|", line):
        continue
    for m in re.finditer(r"(?<![\d:])(\d+:\d{2})(?![\d:])", line):
        problems.append(f"a duration not in hh:mm:ss: {m.group(1)} in {line.strip()[:80]}")
# attainment cells: "99.7% ███" per team; the worst status decides nothing
# per cell, so read the scorecard's statuses for the same KPI and team
score = {}
section = re.search(r"Scorecard, whole period.*?\n\n", text, re.S).group(0)
for line in section.splitlines():
    cells = [c.strip() for c in line.split("|")]
    if len(cells) == 6 and cells[0] not in ("kpi", ""):
        for team, cell in zip(("Billing", "Onboarding", "Technical"), cells[3:]):
            score[(cells[0], team)] = cell.split()[-1]
glance = re.search(r"At a glance: attainment.*?\n\n", text, re.S).group(0)
for line in glance.splitlines():
    cells = [c.strip() for c in line.split("|")]
    if len(cells) == 6 and cells[0] in {k for k, _ in score}:
        for team, cell in zip(("Billing", "Onboarding", "Technical"), cells[2:5]):
            value = float(cell.split("%")[0])
            status = score[(cells[0], team)]
            if status != "met" and value >= 100:
                problems.append(f"{cells[0]} {team}: {status} but attainment {value}%")
misses = re.search(r"Needs attention, how sure.*?\n\n", text, re.S).group(0)
rows = [l for l in misses.splitlines() if l.count("|") >= 5 and not l.startswith(" kpi")]
if len(rows) > 10:
    problems.append(f"the list of misses has {len(rows)} rows: keep it to what needs action")
for p in problems:
    print("demo:", p, file=sys.stderr)
print(f"demo: {len(text.splitlines())} lines of report, {len(problems)} problems")
sys.exit(1 if problems else 0)
PY
