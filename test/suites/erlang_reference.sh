#!/usr/bin/env bash
# Staffing reference: the Erlang C and Erlang A functions against an
# independent Python implementation (exact fractions for Erlang C,
# uniformization of the Markov chain for Erlang A), over a grid of inputs,
# plus the agent searches against linear scans.  Python 3 standard library
# only.  Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
bindir=$("$PG_CONFIG" --bindir)
database=kpi_erlang_reference
trap '"$bindir/dropdb" --if-exists "$database"' EXIT
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
"$bindir/psql" -X -q -d "$database" -c 'CREATE EXTENSION kpi'
PGDATABASE=$database PGBIN=$bindir /usr/bin/python3 "$top/test/staffing/erlang_reference.py"
