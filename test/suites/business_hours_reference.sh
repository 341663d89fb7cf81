#!/usr/bin/env bash
# Business hours against an independent reference: random calendars and
# spans (many on daylight-saving changes, in both hemispheres and in zones
# that changed their rules) evaluated by kpi and, minute by minute, by
# test/business_hours_reference.py with Python's zoneinfo.  Exact equality
# of business_time, business_add, business_open, business_next_open and the
# text round trip.  BUSINESS_HOURS_CASES and BUSINESS_HOURS_SEED vary it.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
bindir=$("$PG_CONFIG" --bindir)
database=kpi_business_hours
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
"$bindir/psql" -X -q -d "$database" -c 'CREATE EXTENSION kpi'
PATH="$bindir:$PATH" PGDATABASE=$database /usr/bin/python3 \
	"$top/test/business_hours_reference.py" \
	"${BUSINESS_HOURS_CASES:-1500}" "${BUSINESS_HOURS_SEED:-$(date +%j)}"
