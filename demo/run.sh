#!/usr/bin/env bash
# Load the sample support organisation and print the KPI report; run by
# 'make demo' inside a throwaway cluster (test/with-cluster.sh).
set -euo pipefail
cd "$(dirname "$0")"
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION kpi' \
	-f generate.sql -f report.sql \
	-f percentiles.sql  # issue 13: first reply and resolution times
