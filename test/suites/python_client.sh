#!/usr/bin/env bash
# Python clients: what docs/bi-tools.md says about psycopg 3 (Debian's
# python3-psycopg), run with the system's /usr/bin/python3 against a fresh
# database holding examples/sample.sql.
#
# - Every ```python block of docs/bi-tools.md runs as it is written, in a
#   process of its own, with the connection string in KPI_DSN as the page
#   says; what it prints must be the ```text block right after it (only
#   blank lines between), and every python block must have one.  Before
#   them, the page's recipe (the ```sql block that creates kpi_weekly) is
#   run and committed, so that the block reading the view finds it.
# - Then the facts the page states, checked here directly: in text mode
#   kpi_status loads as the str 'met', kpi_target as its canonical text, a
#   state as the str of its text form, interval as datetime.timedelta,
#   double precision as float, a numeric cast as decimal.Decimal and
#   kpi_counts as a dict; a str parameter resolves to kpi_target, a
#   timedelta to interval; errors are the psycopg exceptions of their
#   SQLSTATE; register_enum maps kpi_status (labels missed, at_risk, met)
#   to a Python Enum both ways; a binary cursor gets kpi's types as bytes
#   and their ::text as str; and every column of the kpi_weekly view is a
#   date, text, bigint or numeric that loads as date, str, int or Decimal.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail

python=/usr/bin/python3
if ! "$python" -c 'import psycopg' 2>/dev/null; then
	echo "python_client: $python cannot import psycopg: install Debian's python3-psycopg (test/install-deps.sh does)" >&2
	exit 1
fi

bindir=$("$PG_CONFIG" --bindir)
database=kpi_python_client
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-python-client.XXXXXX")
trap 'rm -rf "$work"; "$bindir/dropdb" --if-exists "$database"' EXIT

"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" --encoding=UTF8 --template=template0 "$database"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$database" -f examples/sample.sql

# the session the documentation test uses
export PGOPTIONS="-c TimeZone=UTC -c DateStyle=ISO,MDY -c IntervalStyle=postgres -c lc_messages=C"
export PGTZ=UTC

PYTHONPATH=test/docs PSQL="$bindir/psql" DATABASE=$database WORK=$work PYTHON=$python DOC=docs/bi-tools.md \
	"$python" - <<'PY'
import datetime
import decimal
import enum
import os
import re
import subprocess
import sys

import psycopg
from psycopg.types.enum import EnumInfo, register_enum

database, work, doc = os.environ["DATABASE"], os.environ["WORK"], os.environ["DOC"]
dsn = f"dbname={database}"
failures = []


def fail(what, detail=""):
    failures.append(f"{what}{': ' + detail if detail else ''}")


def check(what, expected, actual):
    if expected != actual:
        fail(what, f"expected {expected!r}, got {actual!r}")


# the page's fenced blocks, as the documentation test reads them: a
# ```text block right after a block is its stated output
import check_docs
from check_docs import diff, normalise

with open(doc, encoding="utf-8") as page:
    blocks = check_docs.parse_markdown(doc, page.read())[0]
failures.extend(check_docs.failures)

# the recipe: the sql block that creates the view, committed
recipes = [b for b in blocks if b.lang == "sql" and re.search(r"\bCREATE VIEW kpi_weekly\b", b.text)]
if len(recipes) != 1:
    fail(f"{doc}: the sql blocks creating kpi_weekly", f"expected one, found {len(recipes)}")
else:
    run = subprocess.run([os.environ["PSQL"], "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database],
                         input=recipes[0].text, text=True, capture_output=True)
    if run.returncode != 0:
        fail(f"{recipes[0].where}: the kpi_weekly recipe", run.stderr.strip())

python_blocks = [b for b in blocks if b.lang == "python"]
if len(python_blocks) < 5:
    fail(f"{doc}: python blocks", f"expected at least 5, found {len(python_blocks)}")
for k, block in enumerate(python_blocks):
    where = block.where
    if block.result is None:
        fail(where, "a python block without a ```text block of its output right after it")
        continue
    script = os.path.join(work, f"block{k}.py")
    with open(script, "w", encoding="utf-8") as f:
        f.write(block.text + "\n")
    run = subprocess.run([os.environ["PYTHON"], "-I", script], cwd=work, text=True,
                         capture_output=True, env=dict(os.environ, KPI_DSN=dsn))
    if run.returncode != 0 or run.stderr:
        fail(where, f"exit status {run.returncode}\n{run.stderr.strip()}")
        continue
    want, got = normalise(block.result.text), normalise(run.stdout)
    if want != got:
        fail(where, "the text block differs from what the python block prints:\n" + diff(want, got))
print(f"python_client: {len(python_blocks)} python blocks of {doc} run")

# ---- the facts, directly
with psycopg.connect(dsn) as conn:
    def one(query, params=None):
        return conn.execute(query, params).fetchone()[0]

    value = one("SELECT kpi_status(85.0, '>= 80% warn 70%')")
    check("kpi_status loads as", (str, "met"), (type(value), value))
    check("an at_risk kpi_status", "at_risk", one("SELECT kpi_status(75.0, '>= 80% warn 70%')"))
    check("a missed kpi_status", "missed", one("SELECT kpi_status(65.0, '>= 80% warn 70%')"))
    value = one("SELECT target FROM targets WHERE kpi = 'avg_speed_of_answer'")
    check("kpi_target loads as", (str, "< 1 min warn 1 min 30 s"), (type(value), value))
    value = one("SELECT interval '6 min 22.5 s'")
    check("interval loads as", (datetime.timedelta, datetime.timedelta(seconds=382.5)), (type(value), value))
    value = one("SELECT avg_handle_time(aht) FROM daily_rollup WHERE team = 'Billing'")
    check("avg_handle_time loads as", datetime.timedelta, type(value))
    check("avg_handle_time's timedelta, to the microsecond",
          one("SELECT extract(epoch FROM avg_handle_time(aht)) FROM daily_rollup WHERE team = 'Billing'"),
          decimal.Decimal(value.days * 86400 + value.seconds) + decimal.Decimal(value.microseconds) / 1000000)
    for state, column in [("nps_state", "nps"), ("csat_state", "csat"), ("ces_state", "ces"),
                          ("fcr_state", "fcr"), ("aht_state", "aht"), ("service_level_state", "sl"),
                          ("asa_state", "asa"), ("abandonment_state", "abandonment"),
                          ("duration_sketch", "first_reply")]:
        value, text = conn.execute(f"SELECT {state}({column}), {state}({column})::text "
                                   "FROM daily_rollup WHERE team = 'Onboarding'").fetchone()
        check(f"{state} loads as the str of its text form", (str, text), (type(value), value))
    value = one("SELECT nps(nps) FROM daily_rollup WHERE team = 'Billing'")
    check("nps (double precision) loads as", float, type(value))
    value = one("SELECT round(nps(nps)::numeric, 1) FROM daily_rollup WHERE team = 'Billing'")
    check("round(nps(...)::numeric, 1) loads as", decimal.Decimal, type(value))
    check("its exponent", -1, value.as_tuple().exponent)
    value = one("SELECT kpi_counts(nps_state(s)) FROM (VALUES (9), (10), (3)) v(s)")
    check("kpi_counts loads as", {"promoters": 2, "passives": 0, "detractors": 1}, value)

    # parameters
    check("a str parameter as a kpi_target", "at_risk", one("SELECT kpi_status(%s, %s)", (75.0, ">= 80% warn 70%")))
    check("a timedelta parameter as an interval", "at_risk",
          one("SELECT kpi_status(%s, %s)", (datetime.timedelta(minutes=6, seconds=30), "< 6 min warn 7 min")))
    check("the types of a float and a timedelta parameter", ("double precision", "interval"),
          conn.execute("SELECT pg_typeof(%s)::text, pg_typeof(%s)::text",
                       (1.5, datetime.timedelta(seconds=1))).fetchone())
    for params, exception, sqlstate in [((75.0, "=> 80%"), psycopg.errors.InvalidTextRepresentation, "22P02"),
                                        ((5.0, "< 6 min"), psycopg.errors.InvalidParameterValue, "22023")]:
        try:
            conn.execute("SELECT kpi_status(%s, %s)", params)
            fail(f"kpi_status{params}", "no error")
        except psycopg.Error as error:
            check(f"the exception of kpi_status{params}", (exception, sqlstate), (type(error), error.sqlstate))
        conn.rollback()

    # the enum loader
    info = EnumInfo.fetch(conn, "kpi_status")
    check("kpi_status's labels, worst first", ["missed", "at_risk", "met"], list(info.labels))

    class KpiStatus(enum.Enum):
        missed = "missed"
        at_risk = "at_risk"
        met = "met"

    register_enum(info, conn, KpiStatus)
    for label in info.labels:
        check(f"'{label}'::kpi_status with register_enum", KpiStatus[label], one(f"SELECT '{label}'::kpi_status"))
        check(f"KpiStatus.{label} as a parameter", label, one("SELECT %s::text", (KpiStatus[label],)))
    check("a KpiStatus parameter's type", "kpi_status", one("SELECT pg_typeof(%s)::text", (KpiStatus.met,)))
    check("min(kpi_status) with register_enum", KpiStatus.missed,
          one("SELECT min(s) FROM (VALUES ('met'::kpi_status), ('missed'), ('at_risk')) v(s)"))

# a new connection knows nothing of the registration
with psycopg.connect(dsn) as conn:
    check("kpi_status on a connection without register_enum", "met", conn.execute("SELECT 'met'::kpi_status").fetchone()[0])
    with conn.cursor(binary=True) as cur:
        row = cur.execute("SELECT 'met'::kpi_status, target, nps_state(nps), target::text, "
                          "nps_state(nps)::text, kpi_goal(target) "
                          "FROM targets, daily_rollup WHERE kpi = 'nps' AND team = 'Billing' "
                          "GROUP BY target").fetchone()
        check("a binary cursor's kpi_status, kpi_target, state, ::text, ::text, double precision",
              [bytes, bytes, bytes, str, str, float], [type(v) for v in row])
        check("a binary cursor's kpi_status bytes", b"met", row[0])

    # the view of the recipe
    columns = conn.execute("SELECT column_name::text, data_type::text FROM information_schema.columns "
                           "WHERE table_name = 'kpi_weekly' ORDER BY ordinal_position").fetchall()
    if not columns:
        fail("kpi_weekly", "the view does not exist")
    loads_as = {"date": datetime.date, "text": str, "bigint": int, "numeric": decimal.Decimal}
    for name, data_type in columns:
        if data_type not in loads_as:
            fail(f"kpi_weekly.{name}", f"of type {data_type}, not a plain date, text, bigint or numeric")
    wrong = {}            # column -> the first wrong value, one failure per column
    for row in conn.execute("SELECT * FROM kpi_weekly ORDER BY week, team"):
        for (name, data_type), value in zip(columns, row):
            if data_type in loads_as and value is not None and not isinstance(value, loads_as[data_type]):
                wrong.setdefault(name, f"{data_type} loaded as {type(value).__name__}")
            if name.endswith("_status") and value not in (None, "met", "at_risk", "missed"):
                wrong.setdefault(name, f"a status of {value!r}")
    for name, what in wrong.items():
        fail(f"kpi_weekly.{name}", what)
    check("kpi_weekly rows (12 weeks, 3 teams)", 36, conn.execute("SELECT count(*) FROM kpi_weekly").fetchone()[0])

for message in failures:
    print(message, file=sys.stderr)
if failures:
    print(f"python_client: {len(failures)} failures", file=sys.stderr)
    sys.exit(1)
print(f"python_client: psycopg {psycopg.__version__}, the page's python blocks and its psycopg facts hold")
PY
