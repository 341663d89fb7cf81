#!/usr/bin/env bash
# Usage: test/upgrade/check-pair.sh OLD_STAGE NEW_STAGE FROM TO
#
# One upgrade check against the cluster in PGHOST/PGPORT.  OLD_STAGE and
# NEW_STAGE are staging directories (make install DESTDIR=...) that the
# server reads through Debian's extension_destdir, set per session: the
# package a user had, and the one they upgrade to.
#   1. With OLD_STAGE: CREATE EXTENSION kpi VERSION 'FROM', the stored values
#      of test/upgrade/values/ (every type of the extension, with indexes),
#      views using every function; the calls of harness.sql run ("before")
#      and the indexes are probed.
#   2. With NEW_STAGE, still at FROM (new library, old SQL objects): the
#      same calls and probes ("new files").
#   3. ALTER EXTENSION kpi UPDATE TO 'TO'; the same again ("updated"), and
#      every object of the user's that depends on an extension object (the
#      views, indexes and columns) still there: an upgrade script's DROP
#      ... CASCADE would take them along, unseen by the catalog listing.
#   4. A fresh CREATE EXTENSION kpi VERSION 'TO' in another database, whose
#      catalog listing (catalog.sql) must equal the updated one's, and which
#      must load every stored-values file too (its types all covered).
# With KPI_UPGRADE_CATALOG_ONLY=1 only the catalogs are compared (no
# stored values).  Prints what differs; exit status 0 when nothing does, 1
# when the catalogs differ, 2 when values differ, 3 on a setup failure.
set -euo pipefail
old_stage=$1 new_stage=$2 from=$3 to=$4
catalog_only=${KPI_UPGRADE_CATALOG_ONLY:-0}
here=$(cd "$(dirname "$0")" && pwd)
bindir=$("$PG_CONFIG" --bindir)
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-upgrade-pair.XXXXXX")
db_up=kpi_upgrade_updated db_fresh=kpi_upgrade_fresh
# Drop the check's databases and its work directory.
cleanup() {
	rm -rf "$work"
	"$bindir/dropdb" --if-exists "$db_up" 2>/dev/null || true
	"$bindir/dropdb" --if-exists "$db_fresh" 2>/dev/null || true
}
trap cleanup EXIT

# psql STAGE DB ARGS...: a session of the server that loads kpi from STAGE,
# with fixed output settings so that results compare as text.
psql_in() {
	local stage=$1 db=$2
	shift 2
	PGOPTIONS="$("$here/../stage-settings.sh" pgoptions "$stage") -c TimeZone=UTC -c DateStyle=ISO -c IntervalStyle=postgres -c extra_float_digits=1 -c lc_messages=C -c client_min_messages=warning" \
		"$bindir/psql" -X -q -v ON_ERROR_STOP=1 --no-psqlrc -d "$db" "$@"
}

# load_values STAGE DB: raw rows, then the stored values of every member type.
load_values() {
	local stage=$1 db=$2 type
	psql_in "$stage" "$db" -f "$here/raw.sql" -c 'CREATE SCHEMA stored'
	for type in $(psql_in "$stage" "$db" -At -c "SELECT d.objid::regtype::text FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
			WHERE e.extname = 'kpi' AND d.classid = 'pg_type'::regclass AND d.deptype = 'e' ORDER BY 1"); do
		[ -f "$here/values/$type.sql" ] || continue
		psql_in "$stage" "$db" -f "$here/values/$type.sql"
	done
	psql_in "$stage" "$db" -c 'CREATE EXTENSION amcheck' -f "$here/harness.sql"
	local problems
	problems=$(psql_in "$stage" "$db" -At -c 'SELECT * FROM upgrade_check.coverage_problems()')
	if [ -n "$problems" ]; then
		echo "stored values do not cover the extension (kpi $(psql_in "$stage" "$db" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'kpi'")):" >&2
		echo "$problems" >&2
		return 1
	fi
}

# The user's objects (no members) that depend on a member of kpi, by name.
dependents="SELECT DISTINCT pg_describe_object(d.classid, d.objid, d.objsubid) COLLATE \"C\"
	FROM pg_depend d
	JOIN pg_depend m ON m.classid = d.refclassid AND m.objid = d.refobjid AND m.deptype = 'e'
	 AND m.refclassid = 'pg_extension'::regclass AND m.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'kpi')
	WHERE d.deptype = 'n' AND NOT EXISTS (SELECT FROM pg_depend x WHERE x.classid = d.classid AND x.objid = d.objid AND x.deptype = 'e')
	ORDER BY 1"

# Build the two databases: $db_up (the old version, its stored values and
# calls recorded, then updated) and $db_fresh (a fresh install of the new one).
setup() {
	local db
	for db in "$db_up" "$db_fresh"; do
		"$bindir/dropdb" --if-exists "$db" 2>/dev/null
		"$bindir/createdb" "$db"
	done
	# 1. the old version and its stored values
	psql_in "$old_stage" "$db_up" -c "CREATE EXTENSION kpi VERSION '$from'"
	if [ "$catalog_only" = 1 ]; then
		psql_in "$new_stage" "$db_up" -c "ALTER EXTENSION kpi UPDATE TO '$to'"
		psql_in "$new_stage" "$db_fresh" -c "CREATE EXTENSION kpi VERSION '$to'"
		psql_in "$new_stage" "$db_up" -At -f "$here/catalog.sql" >"$work/catalog.updated"
		psql_in "$new_stage" "$db_fresh" -At -f "$here/catalog.sql" >"$work/catalog.fresh"
		return 0
	fi
	load_values "$old_stage" "$db_up"
	psql_in "$old_stage" "$db_up" -At <<-'SQL' >"$work/counts"
	SELECT upgrade_check.generate_calls();
	SELECT upgrade_check.create_views();
	SELECT upgrade_check.run_calls('before'), upgrade_check.probe_indexes('before');
	SQL
	# 2. the new files, the old objects
	psql_in "$new_stage" "$db_up" -At -c "SELECT upgrade_check.run_calls('new files'), upgrade_check.probe_indexes('new files')" >/dev/null
	# 3. the update
	psql_in "$new_stage" "$db_up" -At -c "$dependents" >"$work/dependents.before"
	psql_in "$new_stage" "$db_up" -c "ALTER EXTENSION kpi UPDATE TO '$to'"
	psql_in "$new_stage" "$db_up" -At -c "$dependents" >"$work/dependents.updated"
	psql_in "$new_stage" "$db_up" -At -c "SELECT upgrade_check.run_calls('updated'), upgrade_check.probe_indexes('updated')" >/dev/null
	# 4. a fresh install of the new version, its stored values loading too
	psql_in "$new_stage" "$db_fresh" -c "CREATE EXTENSION kpi VERSION '$to'"
	load_values "$new_stage" "$db_fresh"
	psql_in "$new_stage" "$db_up" -At -f "$here/catalog.sql" >"$work/catalog.updated"
	psql_in "$new_stage" "$db_fresh" -At -f "$here/catalog.sql" >"$work/catalog.fresh"
}
# any failure while setting up (an error in a script, a stored value the
# old version cannot read) ends the check with status 3
set -E
trap 'echo "upgrade $from -> $to: setup failed" >&2; exit 3' ERR
setup
trap - ERR

status=0
# (a) the objects: the updated database against the fresh install
if ! diff -U0 --label "updated from $from" --label "fresh install of $to" \
		"$work/catalog.updated" "$work/catalog.fresh" >"$work/catalog.diff"; then
	echo "upgrade $from -> $to: the extension's objects differ from a fresh install of $to" \
		"(lines 'object | property | value'; - updated, + fresh):"
	grep -v '^@@' "$work/catalog.diff"
	status=1
fi
if [ "$catalog_only" = 1 ]; then
	echo "upgrade $from -> $to: $(wc -l <"$work/catalog.fresh") catalog lines compared with a fresh install (catalog only);" \
		"$( [ $status -eq 0 ] && echo identical || echo DIFFERENT)"
	exit $status
fi

# (b) the values: every call and index probe in every phase as before
differing=$(psql_in "$new_stage" "$db_up" -At <<-'SQL'
	SELECT format(E'%s [%s]\n  before:\n    %s\n  %s:\n    %s', c.label, c.query, replace(b.output, E'\n', E'\n    '),
	              a.phase, replace(coalesce(a.output, '(missing)'), E'\n', E'\n    '))
	FROM upgrade_check.calls c
	JOIN upgrade_check.results b ON b.call_id = c.id AND b.phase = 'before'
	CROSS JOIN (VALUES ('new files'), ('updated')) p(phase)
	LEFT JOIN upgrade_check.results a ON a.call_id = c.id AND a.phase = p.phase
	WHERE a.output IS DISTINCT FROM b.output
	ORDER BY c.id, p.phase;
SQL
)
if [ -n "$differing" ]; then
	echo "upgrade $from -> $to: stored values or KPI values differ from before the upgrade:"
	echo "$differing"
	status=2
fi
# the user's objects over the extension's: none dropped by the update
if ! diff -U0 --label "before the update" --label "updated" \
		"$work/dependents.before" "$work/dependents.updated" >"$work/dependents.diff"; then
	echo "upgrade $from -> $to: the update dropped (-) or added (+) objects of the user's that depend on the extension's objects" \
		"(DROP ... CASCADE in the upgrade script?):"
	grep -v '^@@' "$work/dependents.diff" | head -20
	status=2
fi
# the checks must have checked something: errors everywhere would compare equal
summary=$(psql_in "$new_stage" "$db_up" -At -F ' ' <<-'SQL'
	SELECT (SELECT count(*) FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
	        WHERE e.extname = 'kpi' AND d.deptype = 'e'),
	       (SELECT sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(v) AS c FROM %s', c.oid::regclass), false, true, '')))[1]::text::int)
	        FROM pg_class c WHERE c.relnamespace = 'stored'::regnamespace AND c.relkind = 'r'),
	       (SELECT count(*) FROM pg_class c WHERE c.relnamespace = 'stored'::regnamespace AND c.relkind = 'r'),
	       (SELECT count(*) FROM upgrade_check.calls WHERE query <> '-- probe_indexes'),
	       (SELECT count(*) FROM upgrade_check.results r JOIN upgrade_check.calls c ON c.id = r.call_id
	        WHERE r.phase = 'before' AND c.query <> '-- probe_indexes' AND r.output LIKE '% => %'),
	       (SELECT count(*) FROM upgrade_check.calls WHERE query = '-- probe_indexes'),
	       (SELECT count(*) FROM upgrade_check.results r JOIN upgrade_check.calls c ON c.id = r.call_id
	        WHERE r.phase = 'before' AND c.query = '-- probe_indexes' AND r.output NOT LIKE 'ERROR%'
	          AND (r.output NOT LIKE '%amcheck: %' OR r.output LIKE '%amcheck: ok')),
	       (SELECT count(*) FROM upgrade_check.skipped),
	       (SELECT count(*) FROM pg_class WHERE relnamespace = 'reports'::regnamespace)
SQL
)
read -r members values tables calls calls_ok probes probes_ok skipped views <<<"$summary"
dependents_before=$(wc -l <"$work/dependents.before")
if [ "$probes_ok" != "$probes" ] || [ "$calls_ok" -lt $((calls / 2)) ] || [ "$values" -lt 50 ] || [ "$dependents_before" -lt "$views" ]; then
	echo "upgrade $from -> $to: too little was checked ($calls_ok of $calls calls with a value, $probes_ok of $probes index probes, $values values, $dependents_before dependent objects for $views views)"
	psql_in "$new_stage" "$db_up" -At -c "SELECT c.label || ': ' || left(r.output, 300) FROM upgrade_check.results r JOIN upgrade_check.calls c ON c.id = r.call_id WHERE r.phase = 'before' AND c.query = '-- probe_indexes' AND (r.output LIKE 'ERROR%' OR r.output ~ 'amcheck: (?!ok)')"
	[ "$status" -ne 0 ] || status=2
fi
echo "upgrade $from -> $to: $members member objects ($(wc -l <"$work/catalog.fresh") catalog lines) compared with a fresh install;" \
	"$values stored values in $tables tables, $calls calls ($calls_ok with a value; $skipped functions not called:" \
	"$(psql_in "$new_stage" "$db_up" -At -c "SELECT string_agg(DISTINCT reason, ', ' ORDER BY reason) FROM upgrade_check.skipped")), $views views using them," \
	"$probes index probes, each in 3 phases; $dependents_before objects of the user's depending on the extension's kept;" \
	"$( [ $status -eq 0 ] && echo identical || echo DIFFERENT)"
exit $status
