#!/usr/bin/env bash
# Usage: test/with-cluster.sh 15 bash test/docs/run.sh [--catalog] FILE.md...
#
# The documentation test on the files named (test/suites/docs.sh runs it
# on all of them): a fresh database with examples/sample.sql loaded, then
# test/docs/check_docs.py.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_docs_run
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" --encoding=UTF8 --template=template0 "$database"
trap '"$bindir/dropdb" --if-exists "$database"' EXIT
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$database" -f examples/sample.sql
catalog=()
if [ "${1:-}" = --catalog ]; then catalog=(--catalog); shift; fi
PSQL="$bindir/psql" PYTHONPATH=test/docs /usr/bin/python3 test/docs/check_docs.py \
	"${catalog[@]}" "$database" "$@"
