#!/usr/bin/env bash
# Load the sample support organisation and print the KPI report; run by
# 'make demo' inside a throwaway cluster (test/with-cluster.sh).
set -euo pipefail
cd "$(dirname "$0")"
# one session: the sample data and the display helpers, then the report's
# sections: targets by team and week, why NPS moved since last month,
# opening hours and the e-mail business-hours service level, shrinkage and
# the staffing table, reply and resolution times
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION kpi' \
	-f generate.sql -f format.sql -f report.sql \
	-f business_hours.sql \
	-f staffing.sql \
	-f percentiles.sql
# the customer part (churn and retention), a separate script
psql -X -q -v ON_ERROR_STOP=1 -f customers.sql
