#!/usr/bin/env bash
# Uncertainty against an independent reference: random states of every
# sampled KPI (a fixed seed), their confidence intervals, p-values and
# probabilities of meeting a target computed by the extension and by
# test/suites/uncertainty_reference.py, which shares no code with it (the
# normal quantile from Python's statistics.NormalDist, Student's t from the
# closed-form series of Abramowitz and Stegun 26.7.3-4 for whole degrees of
# freedom and Simpson integration of the density for Welch's fractional
# ones).  Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bindir=$("$PG_CONFIG" --bindir)
database=kpi_uncertainty_reference
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$database" -c 'CREATE EXTENSION kpi'
PSQL="$bindir/psql" PGDATABASE=$database /usr/bin/python3 "$here/uncertainty_reference.py"
