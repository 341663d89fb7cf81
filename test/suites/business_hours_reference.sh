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
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-bh.XXXXXX")
trap 'rm -rf "$work"; "$bindir/dropdb" --if-exists "$database"; "$bindir/dropdb" --if-exists "${database}_restored"' EXIT

"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
"$bindir/psql" -X -q -d "$database" -c 'CREATE EXTENSION kpi'
PATH="$bindir:$PATH" PGDATABASE=$database /usr/bin/python3 \
	"$top/test/business_hours_reference.py" \
	"${BUSINESS_HOURS_CASES:-1500}" "${BUSINESS_HOURS_SEED:-$(date +%j)}"

# Binary input: a value written by hand in the wire format reads to the
# calendar it describes; calendars go out and in again by binary COPY
# unchanged; every malformed value is refused with 22P03.
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$database")
"${psql[@]}" -c 'CREATE TABLE binary_in (c kpi_calendar)'
/usr/bin/python3 "$top/test/business_hours_binary.py" good |
	"${psql[@]}" -c 'COPY binary_in FROM STDIN (FORMAT binary)'
got=$("${psql[@]}" -At -c 'SELECT c FROM binary_in')
want='Mon-Fri 09:00-17:00; tz Europe/Copenhagen; closed 2026-12-24..2026-12-26'
if [ "$got" != "$want" ]; then
	echo "binary input: got '$got', want '$want'" >&2
	exit 1
fi
"${psql[@]}" -c "INSERT INTO binary_in VALUES ('Fri 22:00-06:00; Sun 23:00-01:00; tz Australia/Lord_Howe; closed 2026-01-01, 2026-03-01..2026-03-31'), ('24/7')"
"${psql[@]}" -c 'CREATE TABLE binary_out (c kpi_calendar)'
"${psql[@]}" -c 'COPY binary_in TO STDOUT (FORMAT binary)' |
	"${psql[@]}" -c 'COPY binary_out FROM STDIN (FORMAT binary)'
differ=$("${psql[@]}" -At -c 'SELECT count(*) FROM (SELECT c::text FROM binary_in EXCEPT ALL SELECT c::text FROM binary_out) d')
[ "$differ" -eq 0 ] || { echo "binary COPY round trip changed $differ calendars" >&2; exit 1; }
refused=0
for case in empty_range past_week negative_start no_ranges closed_backwards \
	closed_year_10000 unknown_zone misspelt_zone far_zone zone_with_nul \
	long_zone too_many_ranges trailing_bytes; do
	error=$(/usr/bin/python3 "$top/test/business_hours_binary.py" "$case" |
		"$bindir/psql" -X -q -d "$database" -v VERBOSITY=verbose \
			-c 'COPY binary_out FROM STDIN (FORMAT binary)' 2>&1 || true)
	if ! grep -q 'ERROR:  22P03' <<<"$error"; then
		echo "binary input $case: expected 22P03, got: $error" >&2
		exit 1
	fi
	refused=$((refused + 1))
done
echo "binary input: hand-written value read, COPY round trip of 3 calendars unchanged, $refused malformed values refused with 22P03"

# Dump and restore: a table of calendars with btree and hash indexes, a
# hash-partitioned table and a view computing business hours survive
# pg_dump/pg_restore with identical answers.
"${psql[@]}" <<'SQL'
CREATE TABLE team_hours (team text PRIMARY KEY, hours kpi_calendar NOT NULL);
INSERT INTO team_hours VALUES
  ('a', 'Mon-Fri 08:00-16:00; tz Europe/Copenhagen; closed 2026-12-24..2026-12-26'),
  ('b', 'daily 22:00-06:00; tz America/New_York; closed 2026-11-26'),
  ('c', '24/7; tz Australia/Lord_Howe');
CREATE INDEX ON team_hours (hours);
CREATE INDEX ON team_hours USING hash (hours);
CREATE TABLE hours_by_hash (hours kpi_calendar) PARTITION BY HASH (hours);
CREATE TABLE hours_by_hash_0 PARTITION OF hours_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE hours_by_hash_1 PARTITION OF hours_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO hours_by_hash SELECT hours FROM team_hours;
CREATE VIEW team_week AS
SELECT team, hours::text, business_time(hours, '2026-12-21 00:00+00', '2026-12-28 00:00+00') AS open,
       business_add(hours, '2026-12-23 12:00+00', '10 hours') AS due,
       business_next_open(hours, '2026-12-24 12:00+00') AS opens,
       business_open(hours, '2026-12-21 12:00+00') AS open_monday_noon
FROM team_hours;
SQL
report='SELECT * FROM team_week ORDER BY team; SELECT tableoid::regclass, hours FROM hours_by_hash ORDER BY 1, 2; SELECT team FROM team_hours WHERE hours = (SELECT hours FROM team_hours WHERE team = '"'b'"')'
"${psql[@]}" -c "$report" >"$work/before"
"$bindir/pg_dump" -Fc -d "$database" -f "$work/dump"
"$bindir/createdb" "${database}_restored"
"$bindir/pg_restore" -d "${database}_restored" "$work/dump"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "${database}_restored" -c "$report" >"$work/after"
if ! diff -u "$work/before" "$work/after"; then
	echo "dump/restore changed business-hours answers" >&2
	exit 1
fi
echo "dump/restore: $(wc -l <"$work/before") lines of calendars, partitions and business hours identical"
