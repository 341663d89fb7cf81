#!/usr/bin/env bash
# Upgrades keep stored states: released install and upgrade scripts never
# change, and for every version pair on the upgrade path, an updated
# database holds exactly the objects of a fresh install and reads every
# stored value back with the same KPI values (test/upgrade/check-pair.sh).
#   1. Freeze: the released scripts (test/upgrade/released.sha256) are
#      unchanged.
#   2. Files: every version has a full kpi--V.sql, every upgrade script
#      kpi--A--B.sql joins two of them, default_version is one, the
#      staging install holds every kpi--*.sql of the tree, and every full
#      script that an upgrade script leads to is what
#      test/upgrade/full-script.sh makes of the previous full script and
#      the upgrade script (kpi--1.1.sql from kpi--1.0.sql and
#      kpi--1.0--1.1.sql: generated, committed, never edited by hand).
#   3. Every pair (A, B) of pg_extension_update_paths with a direct script,
#      and every version to the default one, is checked (1.0 -> 1.1: the
#      stored 1.0 states, targets and calendars read back the same after
#      ALTER EXTENSION kpi UPDATE, and the updated catalog equals a fresh
#      1.1 install object by object); the old version runs on its own
#      release's build when a git tag v* of it exists (what users had
#      before upgrading the package), else on this build.  Every upgrade
#      script must have been on a checked pair.
#   4. The check itself: a throwaway 1.0.1 made from the frozen 1.0
#      (kpi_bar becomes STABLE, kpi_calendar's comment changes) generated
#      in a copy of the staging directory must pass, and the same with an
#      upgrade script that forgets one change must fail, naming the object
#      and property; a throwaway 1.0.1 with the kinds of change real
#      versions make (test/upgrade/correct-version.py) must pass.  These
#      run whatever the default version is: 1.0 is frozen, so they prove
#      the same check on every later release.
#   5. The catalog listing sees what an upgrade script can get wrong: each
#      change of test/upgrade/mutations.sql (a property of a function,
#      aggregate, type, operator, operator class or family, cast, table,
#      the extension; an object added, dropped or moved out; an owner or
#      privilege), made to kpi 1.0, shows in it on the line of that object
#      and property, and the changes a correct upgrade may make (new OIDs,
#      privileges granted back to the default) do not
#      (test/upgrade/check-mutations.py).
# Runs inside the throwaway cluster of test/with-cluster.sh; installs only
# into its own staging directories (read through extension_destdir).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
here=$top/test/upgrade
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-upgrade.XXXXXX")
trap 'rm -rf "$work"' EXIT
# the server (the postgres user when run as root) reads the staging dirs
chmod 755 "$work"
sharedir=$("$PG_CONFIG" --sharedir)
stage=$work/stage
make -s -C "$top" PG_CONFIG="$PG_CONFIG" all
make -s -C "$top" PG_CONFIG="$PG_CONFIG" install DESTDIR="$stage" >/dev/null
failed=0

# 1. Freeze
if ! (cd "$top" && sha256sum --quiet --strict -c test/upgrade/released.sha256); then
	echo "a released script changed (test/upgrade/released.sha256): released versions are frozen." >&2
	echo "Restore it and put the change in a new version: kpi--A--B.sql (upgrade) plus kpi--B.sql (full)," >&2
	echo "default_version in kpi.control; see CONTRIBUTING.md, \"Changing SQL objects\"." >&2
	failed=1
else
	echo "freeze: $(wc -l <"$here/released.sha256") released scripts unchanged"
fi

# 2. Files
default_version=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" "$top/kpi.control")
full_versions=$(cd "$top" && ls kpi--*.sql | grep -v -- '--.*--' | sed 's/^kpi--\(.*\)\.sql$/\1/')
# Whether version $1 has a full install script kpi--$1.sql.
has_full() { grep -qxF -- "$1" <<<"$full_versions"; }
if ! has_full "$default_version"; then
	echo "default_version $default_version has no full install script kpi--$default_version.sql" >&2
	failed=1
fi
for script in "$top"/kpi--*--*.sql; do
	[ -e "$script" ] || continue
	name=$(basename "$script" .sql)
	pair=${name#kpi--}
	for version in "${pair%%--*}" "${pair#*--}"; do
		if ! has_full "$version"; then
			echo "$name.sql: version $version has no full install script kpi--$version.sql" >&2
			failed=1
		fi
	done
done
for script in "$top"/kpi--*.sql; do
	if ! cmp -s "$script" "$stage$sharedir/extension/$(basename "$script")"; then
		echo "make install does not install $(basename "$script") (DATA in the Makefile)" >&2
		failed=1
	fi
done
for script in "$top"/kpi--*--*.sql; do
	[ -e "$script" ] || continue
	name=$(basename "$script" .sql)
	if ! bash "$here/full-script.sh" "${name##*--}" --check; then
		failed=1
	fi
done
echo "files: versions $(echo $full_versions), default $default_version"

bindir=$("$PG_CONFIG" --bindir)
# psql STAGE ARGS...: a session that loads kpi from the staging directory STAGE.
psql_stage() {
	local dir=$1
	shift
	PGOPTIONS=$("$top/test/stage-settings.sh" pgoptions "$dir") "$bindir/psql" -X -q -v ON_ERROR_STOP=1 --no-psqlrc "$@"
}

# The staging directory of the release that shipped version $1 as its
# default: built from the newest tag v* whose kpi.control says so, or this
# build when there is none (or no git history, as in a release archive).
old_stage() {
	local version=$1 tag dir
	tag=$(git -C "$top" tag --list 'v*' --sort=-v:refname 2>/dev/null | while read -r t; do
		if git -C "$top" show "$t:kpi.control" 2>/dev/null | grep -qx "default_version = '$version'"; then
			echo "$t"
			break
		fi
	done)
	if [ -z "$tag" ]; then
		echo "$stage"
		return 0
	fi
	dir=$work/release-$tag
	if [ ! -d "$dir/stage" ]; then
		mkdir -p "$dir/src"
		git -C "$top" archive "$tag" | tar -x -C "$dir/src"
		make -s -C "$dir/src" PG_CONFIG="$PG_CONFIG" all >&2
		make -s -C "$dir/src" PG_CONFIG="$PG_CONFIG" install DESTDIR="$dir/stage" >/dev/null
		echo "version $version: built from tag $tag" >&2
	fi
	echo "$dir/stage"
}

# 3. The upgrade path of the tree
"$bindir/dropdb" --if-exists kpi_upgrade_paths 2>/dev/null
"$bindir/createdb" kpi_upgrade_paths
pairs=$(psql_stage "$stage" -d kpi_upgrade_paths -At -F ' ' -c "
	SELECT source, target FROM pg_extension_update_paths('kpi')
	WHERE path IS NOT NULL AND (path = source || '--' || target OR target = '$default_version')
	ORDER BY source, target")
"$bindir/dropdb" kpi_upgrade_paths
checked=0
while read -r from to; do
	[ -n "$from" ] || continue
	if ! bash "$here/check-pair.sh" "$(old_stage "$from")" "$stage" "$from" "$to"; then
		failed=1
	fi
	checked=$((checked + 1))
done <<<"$pairs"
echo "upgrade path: $checked version pairs checked:" $(sed 's/ / -> /; s/$/;/' <<<"$pairs")
# every upgrade script was on a checked pair (its own, direct)
for script in "$top"/kpi--*--*.sql; do
	[ -e "$script" ] || continue
	name=$(basename "$script" .sql)
	pair=${name#kpi--}
	if ! grep -qxF -- "${pair%%--*} ${pair#*--}" <<<"$pairs"; then
		echo "$name.sql: the pair ${pair%%--*} -> ${pair#*--} was not checked (not on pg_extension_update_paths?)" >&2
		failed=1
	fi
done

# 4. The check itself, with a throwaway 1.0.1 made from 1.0 (frozen, so
# the same proof holds on every release).
# make_version DIR MISSING: a copy of the staging directory with version
# 1.0.1 (full script, upgrade script, default_version); MISSING names the
# change the upgrade script forgets ("" for none), or is "result": both
# scripts also make kpi_goal compute something else, and the upgrade script
# re-creates kpi_bar by DROP ... CASCADE, dropping the views that use it.
make_version() {
	local dir=$1 missing=$2 ext
	cp -a "$stage" "$dir"
	ext=$dir$sharedir/extension
	python3 - "$ext" "$missing" <<-'PY'
	import re, sys
	ext, missing = sys.argv[1], sys.argv[2]
	full = open(f"{ext}/kpi--1.0.sql").read()
	bar = re.compile(r"(CREATE FUNCTION @extschema@\.kpi_bar\([^;]*?LANGUAGE C STRICT) IMMUTABLE (PARALLEL SAFE;)")
	comment = re.compile(r"COMMENT ON TYPE @extschema@\.kpi_calendar IS '(?:[^']|'')*';")
	new_comment = "COMMENT ON TYPE @extschema@.kpi_calendar IS 'business hours (throwaway 1.0.1)';"
	assert len(bar.findall(full)) == 1 and len(comment.findall(full)) == 1
	full = bar.sub(r"\1 STABLE \2", full)
	full = comment.sub(lambda m: new_comment, full)
	open(f"{ext}/kpi--1.0.1.sql", "w").write(full.replace("kpi--1.0.sql", "kpi--1.0.1.sql"))
	upgrade = ["-- kpi--1.0--1.0.1.sql: throwaway upgrade made by test/suites/upgrade.sh",
	           '\\echo Use "ALTER EXTENSION kpi UPDATE TO \'1.0.1\'" to load this file. \\quit']
	if missing != "volatility":
	    upgrade.append("ALTER FUNCTION @extschema@.kpi_bar(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) STABLE;")
	if missing != "comment":
	    upgrade.append(new_comment)
	open(f"{ext}/kpi--1.0--1.0.1.sql", "w").write("\n".join(upgrade) + "\n")
	control = open(f"{ext}/kpi.control").read()
	if missing == "result":
	    # both scripts point kpi_goal at kpi_warning's C function: the
	    # catalogs agree, the values (and the index on kpi_goal) do not
	    goal = "CREATE FUNCTION @extschema@.kpi_goal(@extschema@.kpi_target) RETURNS pg_catalog.float8\n\tAS 'MODULE_PATHNAME' LANGUAGE"
	    full = open(f"{ext}/kpi--1.0.1.sql").read()
	    assert full.count(goal) == 1
	    open(f"{ext}/kpi--1.0.1.sql", "w").write(full.replace(goal, goal.replace("'MODULE_PATHNAME'", "'MODULE_PATHNAME', 'kpi_warning'")))
	    # kpi_bar dropped with CASCADE and re-created as 1.0.1 has it: the
	    # catalogs agree, the users' views on kpi_bar are gone
	    bar_create = re.findall(r"CREATE FUNCTION @extschema@\.kpi_bar\([^;]*;", full)
	    bar_comment = re.findall(r"COMMENT ON FUNCTION @extschema@\.kpi_bar\(.*", full)
	    assert len(bar_create) == 1 and len(bar_comment) == 1
	    with open(f"{ext}/kpi--1.0--1.0.1.sql", "a") as upgrade_file:
	        upgrade_file.write("CREATE OR REPLACE FUNCTION @extschema@.kpi_goal(@extschema@.kpi_target) RETURNS pg_catalog.float8\n"
	                           "\tAS 'MODULE_PATHNAME', 'kpi_warning' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;\n")
	        upgrade_file.write("DROP FUNCTION @extschema@.kpi_bar(pg_catalog.float8, pg_catalog.float8, pg_catalog.int4) CASCADE;\n"
	                           + bar_create[0] + "\n" + bar_comment[0] + "\n")
	# the throwaway version becomes the default, whatever the tree's is
	assert len(re.findall(r"^default_version = '[^']*'$", control, re.M)) == 1
	open(f"{ext}/kpi.control", "w").write(re.sub(r"^default_version = '[^']*'$", "default_version = '1.0.1'", control, flags=re.M))
	PY
}

{
	make_version "$work/v101" ""
	if bash "$here/check-pair.sh" "$stage" "$work/v101" 1.0 1.0.1; then
		echo "throwaway 1.0.1: the upgrade check passes when the upgrade script makes every change"
	else
		echo "throwaway 1.0.1: the upgrade check fails although the upgrade script is complete" >&2
		failed=1
	fi
	# a correct version whose two routes differ the way real ones do (enum
	# label appended, support function added to the family, argument name,
	# explicit ACL equal to the default, new kpi.control comment...): the
	# listing must not tell them apart
	cp -a "$stage" "$work/v101-correct"
	python3 "$here/correct-version.py" "$work/v101-correct$sharedir/extension"
	if KPI_UPGRADE_CATALOG_ONLY=1 bash "$here/check-pair.sh" "$stage" "$work/v101-correct" 1.0 1.0.1 >"$work/correct.out" 2>&1; then
		echo "throwaway 1.0.1 with the changes a real version makes, each route written naturally (test/upgrade/correct-version.py): $(tail -n 1 "$work/correct.out" | sed 's/^upgrade 1.0 -> 1.0.1: //')"
	else
		echo "throwaway 1.0.1 with the changes a real version makes (test/upgrade/correct-version.py): the check fails although both routes are correct:" >&2
		cat "$work/correct.out" >&2
		failed=1
	fi
	for missing in volatility comment; do
		make_version "$work/v101-$missing" "$missing"
		status=0
		KPI_UPGRADE_CATALOG_ONLY=1 bash "$here/check-pair.sh" "$stage" "$work/v101-$missing" 1.0 1.0.1 \
			>"$work/missing-$missing.out" 2>&1 || status=$?
		case $missing in
		volatility) expected='^-function public\.kpi_bar\(double precision,double precision,integer\) \| volatility \| immutable$' ;;
		comment) expected="^-type public\.kpi_calendar \| comment \| business hours: weekly" ;;
		esac
		if [ "$status" = 1 ] && grep -qE "$expected" "$work/missing-$missing.out" &&
			[ "$(grep -c '^[-+][a-z]' "$work/missing-$missing.out")" = 2 ]; then
			echo "throwaway 1.0.1 without the $missing change: detected, the diff names it:"
			grep '^[-+][a-z]' "$work/missing-$missing.out" | sed 's/^/    /'
		else
			echo "throwaway 1.0.1 without the $missing change: NOT detected as expected (status $status):" >&2
			cat "$work/missing-$missing.out" >&2
			failed=1
		fi
	done
	# a changed result is caught by the values: the calls of kpi_goal, and
	# the expression index on it (amcheck and the index probe); the views
	# that DROP ... CASCADE took along by the check of the user's objects
	make_version "$work/v101-result" result
	status=0
	bash "$here/check-pair.sh" "$stage" "$work/v101-result" 1.0 1.0.1 >"$work/result.out" 2>&1 || status=$?
	if [ "$status" = 2 ] && ! grep -q 'objects differ' "$work/result.out" &&
		grep -q '^kpi_goal(kpi_target) variant 0 ' "$work/result.out" &&
		grep -q '^index stored.kpi_target_kpi_goal_idx (btree)' "$work/result.out" &&
		grep -q 'amcheck: heap tuple .* lacks matching index tuple' "$work/result.out" &&
		grep -q 'the update dropped (-) or added (+) objects of the user' "$work/result.out" &&
		grep -q '^-rule _RETURN on view reports\.call_' "$work/result.out"; then
		echo "throwaway 1.0.1 where kpi_goal computes something else and kpi_bar is re-created by DROP ... CASCADE:" \
			"detected by the values and the user's objects, not the catalog:"
		grep -E '^(kpi_goal|index stored.kpi_target_kpi_goal_idx)|amcheck: [^o]|^-rule' "$work/result.out" | sed 's/^/    /' | head -10
	else
		echo "throwaway 1.0.1 where kpi_goal computes something else and kpi_bar is re-created by DROP ... CASCADE: NOT detected as expected (status $status):" >&2
		cat "$work/result.out" >&2
		failed=1
	fi
}

# 5. The listing against every kind of mistake
if ! python3 "$here/check-mutations.py" "$bindir/psql" "$stage"; then
	echo "the catalog listing (test/upgrade/catalog.sql) misses a change an upgrade script can make (test/upgrade/mutations.sql)" >&2
	failed=1
fi
exit $failed
