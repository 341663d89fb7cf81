#!/usr/bin/env bash
# PGXN release: META.json follows the PGXN Meta Spec and its versions agree
# with kpi.control, debian/changelog and CHANGELOG.md (and the checker
# catches each kind of mistake planted in a copy); CHANGELOG.md names every
# function, aggregate and type a user calls or stores; `make dist` makes
# kpi-<version>.zip holding exactly the tracked files under one top
# directory; the PGXN client (`pgxn install`) builds and installs it (into
# a throwaway directory), and unpacked elsewhere it passes
# `make installcheck` against the cluster, with kpi.so loaded from that
# directory.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail
# a failing command names itself (set -e alone exits silently)
trap 'echo "pgxn.sh: line $LINENO: exit status $?" >&2' ERR

top=$(pwd)
check=("python3" "$top/test/pgxn/check_meta.py")
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-pgxn.XXXXXX")
trap 'rm -rf "$work"' EXIT
# the server (the postgres user when run as root) reads the install from here
chmod 755 "$work"

"${check[@]}" "$top"

# the release's versions, from which the planted mistakes are made
release=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$top/META.json")
sql_version=${release%.*}
next_release=${release%.*}.$((${release##*.} + 1))
preparing=0
head -n 1 "$top/debian/changelog" | grep -q ') UNRELEASED;' && preparing=1

# Each planted mistake must be reported with the given words.
planted=0
plant() {
	local description=$1 expected=$2 edit=$3 copy="$work/planted"
	rm -rf "$copy"
	mkdir -p "$copy/debian" "$copy/src"
	cp "$top"/{META.json,kpi.control,CHANGELOG.md,README.md,"kpi--$sql_version.sql"} "$copy/"
	cp "$top/src/kpi.h" "$copy/src/"
	cp "$top/debian/changelog" "$copy/debian/"
	(cd "$copy" && eval "$edit")
	local output
	if output=$("${check[@]}" "$copy"); then
		echo "planted mistake not caught: $description"
		return 1
	fi
	if ! grep -qF -- "$expected" <<<"$output"; then
		echo "planted mistake ($description) reported without '$expected':"
		echo "$output"
		return 1
	fi
	planted=$((planted + 1))
}
plant "not JSON" "META.json: Expecting" "sed -i '1s/{/{,/' META.json"
plant "no license" "required key 'license' is missing" \
	"python3 -c 'import json; m=json.load(open(\"META.json\")); del m[\"license\"]; json.dump(m, open(\"META.json\",\"w\"))'"
plant "release $next_release in META.json only" "provides.kpi.version '$release' != version '$next_release'" \
	"sed -i '0,/\"version\": \"$release\"/s//\"version\": \"$next_release\"/' META.json"
plant "control at 9.9" "kpi.control default_version '9.9' is not '$sql_version'" \
	"sed -i \"s/^default_version = .*/default_version = '9.9'/\" kpi.control"
plant "debian/changelog at $next_release-1" "debian/changelog version '$next_release-1'" \
	"sed -i '1s/($release-1)/($next_release-1)/' debian/changelog"
if [ "$preparing" = 1 ]; then
	# a release in preparation: CHANGELOG.md's "Unreleased" section is its
	# entry; without it, or with Debian's entry released but no heading of
	# the release in CHANGELOG.md, the records disagree
	plant "CHANGELOG.md without its Unreleased section" "does not begin with its '## Unreleased' section" \
		"sed -i '/^## Unreleased\$/d' CHANGELOG.md"
	plant "debian/changelog released, CHANGELOG.md not" "CHANGELOG.md: the newest entry is" \
		"sed -i '1s/) UNRELEASED;/) bookworm;/' debian/changelog"
	plant "CHANGELOG.md headed with the release while Debian's is UNRELEASED" "an entry is already headed '$release'" \
		"sed -i 's/^## Unreleased\$/## Unreleased\n\n## $release/' CHANGELOG.md"
else
	plant "CHANGELOG.md newest 0.9.0" "CHANGELOG.md: the newest entry is '0.9.0'" \
		"sed -i '0,/^## $release/s//## 0.9.0/' CHANGELOG.md"
fi
plant "not a semantic version" "version '$sql_version' is not a semantic version" \
	"sed -i '0,/\"version\": \"$release\"/s//\"version\": \"$sql_version\"/' META.json"
plant "unknown license" "license 'PostgreSQL License' is not one the spec lists" \
	"sed -i 's/\"license\": \"postgresql\"/\"license\": \"PostgreSQL License\"/' META.json"
plant "testing status" "release_status is 'testing', not stable" \
	"sed -i 's/\"release_status\": \"stable\"/\"release_status\": \"testing\"/' META.json"
plant "PostgreSQL 14" "PostgreSQL is '>= 14.0.0, < 19.0.0', not '>= 15.0.0, < 19.0.0'" \
	"sed -i 's/\"PostgreSQL\": \">= 15.0.0, < 19.0.0\"/\"PostgreSQL\": \">= 14.0.0, < 19.0.0\"/' META.json"
plant "PostgreSQL 19, never tested" "PostgreSQL is '>= 15.0.0', not '>= 15.0.0, < 19.0.0'" \
	"sed -i 's/\"PostgreSQL\": \">= 15.0.0, < 19.0.0\"/\"PostgreSQL\": \">= 15.0.0\"/' META.json"
plant "module version behind" "src/kpi.h KPI_RELEASE_VERSION '0.9.0' is not release '$release'" \
	"sed -i 's/^#define KPI_RELEASE_VERSION .*/#define KPI_RELEASE_VERSION \"0.9.0\"/' src/kpi.h"
plant "name with a space" "name 'k pi' is not a term" \
	"sed -i 's/\"name\": \"kpi\"/\"name\": \"k pi\"/' META.json"
# mistakes of shape that the spec's JSON schema rejects (PGXN refuses the
# upload), each edited with Python so that only the one key changes
edit_meta() {
	python3 -c 'import json, sys
meta = json.load(open("META.json"))
exec(sys.argv[1])
json.dump(meta, open("META.json", "w"), indent=3)' "$1"
}
plant "a key the spec does not name" "unknown key 'homepage'" \
	"edit_meta 'meta[\"homepage\"] = meta[\"resources\"][\"homepage\"]'"
plant "a misspelt key in provides" "provides.kpi: unknown key 'docfiles'" \
	"edit_meta 'meta[\"provides\"][\"kpi\"][\"docfiles\"] = meta[\"provides\"][\"kpi\"].pop(\"docfile\")'"
plant "a repeated tag" "tags: the list repeats an item" \
	"edit_meta 'meta[\"tags\"].append(meta[\"tags\"][0])'"
plant "a one-letter tag" "tags: 'x' is not a tag" \
	"edit_meta 'meta[\"tags\"].append(\"x\")'"
plant "a license list with an unknown one" "license: 'PostgreSQL' is not a license the spec lists" \
	"edit_meta 'meta[\"license\"] = [\"PostgreSQL\"]'"
plant "a repository without its type" "resources.repository must be an object with url and type, or web" \
	"edit_meta 'meta[\"resources\"][\"repository\"] = {\"url\": \"https://github.com/kpi-extension/kpi.git\"}'"
plant "an empty prereqs phase" "prereqs.build must be an object with at least one relationship" \
	"edit_meta 'meta[\"prereqs\"][\"build\"] = {}'"
plant "a range that is not one" "prereqs.runtime.requires.PostgreSQL: '15' is not a version range" \
	"edit_meta 'meta[\"prereqs\"][\"runtime\"][\"requires\"][\"PostgreSQL\"] = \"15\"'"
plant "the meta-spec's URL wrong" "meta-spec.url 'https://pgxn.org/spec/' is not" \
	"edit_meta 'meta[\"meta-spec\"][\"url\"] = \"https://pgxn.org/spec/\"'"
echo "META.json checker: $planted planted mistakes caught"

# CHANGELOG.md names (in backquotes) every function, aggregate and type of
# the extension that a user calls or stores, as the catalog lists them after
# CREATE EXTENSION kpi (a release that adds one without its entry fails);
# and the check fails when a name is taken out of a copy.
bindir=$("$PG_CONFIG" --bindir)
"$bindir/dropdb" --if-exists kpi_pgxn_changelog 2>/dev/null
"$bindir/createdb" kpi_pgxn_changelog
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d kpi_pgxn_changelog -c 'CREATE EXTENSION kpi'
names=$("$bindir/psql" -X -At -v ON_ERROR_STOP=1 -d kpi_pgxn_changelog -f "$top/test/pgxn/user_objects.sql")
"$bindir/dropdb" kpi_pgxn_changelog
# The user-facing names that file $1 does not mention in backquotes.
unnamed() {
	local name
	for name in $names; do
		grep -qF -- "\`$name\`" "$1" || echo "$name"
	done
}
[ "$(wc -w <<<"$names")" -gt 50 ] || { echo "only $(wc -w <<<"$names") user-facing objects listed: $names"; exit 1; }
missing=$(unnamed "$top/CHANGELOG.md")
if [ -n "$missing" ]; then
	echo "CHANGELOG.md does not name these objects of the extension:" $missing
	exit 1
fi
sed 's/`business_next_open`/business_next_open/g' "$top/CHANGELOG.md" >"$work/CHANGELOG.md"
[ "$(unnamed "$work/CHANGELOG.md")" = business_next_open ] ||
	{ echo "the CHANGELOG.md check missed a name taken out"; exit 1; }
echo "CHANGELOG.md names all $(wc -w <<<"$names") functions, aggregates and types a user calls or stores"

if ! git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	# an unpacked release archive: it has no history to archive from
	echo "not a git checkout: make dist is not tested here"
	exit 0
fi

# The working tree's tracked files as a commit (HEAD when nothing changed),
# so that uncommitted edits are what gets archived and tested (a stash
# commit needs an identity, which a fresh machine may lack).  The index is
# refreshed first: when its stat data is out of date (files touched, copied
# or chowned but unchanged), git stash create exits 1 without a word.
git -C "$top" update-index -q --refresh >/dev/null || true
ref=$(git -C "$top" -c user.name=kpi-test -c user.email=kpi-test@localhost stash create)
ref=${ref:-HEAD}
version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$top/META.json")
archive="$work/kpi-$version.zip"
make -s -C "$top" dist DIST_REF="$ref" DIST_FILE="$archive"

# exactly the tracked files, all under kpi-<version>/
diff <(git -C "$top" ls-tree -r --name-only "$ref" | sort) \
	<(unzip -Z1 "$archive" | grep -v '/$' | sed "s|^kpi-$version/||" | sort)
if unzip -Z1 "$archive" | grep -v "^kpi-$version/"; then
	echo "entries outside kpi-$version/ (above)"
	exit 1
fi
echo "kpi-$version.zip: $(unzip -Z1 "$archive" | grep -vc '/$') tracked files under kpi-$version/"

# The PGXN client installs from the archive as from PGXN (it reads
# META.json, unpacks, runs make and make install), here into a throwaway
# directory: make takes DESTDIR from the environment.  As a user, the
# client refuses to install into a library directory it cannot write unless
# given a "sudo" program to run make install with: env, since the throwaway
# directory needs no privileges.
stage="$work/stage"
if [ "$(id -u)" -eq 0 ]; then sudo_option=(--nosudo); else sudo_option=(--sudo env); fi
if ! DESTDIR="$stage" pgxn install "${sudo_option[@]}" --make make --pg_config "$PG_CONFIG" "$archive" \
	>"$work/pgxn-install.log" 2>&1; then
	tail -n 40 "$work/pgxn-install.log"
	echo "pgxn install $archive failed"
	exit 1
fi
# the library, the control file and every install and upgrade script of
# the archive (a user of 1.0 updates with the scripts the release carries)
scripts=$(cd "$top" && git ls-files 'kpi--*.sql')
for file in "$("$PG_CONFIG" --pkglibdir)/kpi.so" "$("$PG_CONFIG" --sharedir)/extension/kpi.control" \
	"$("$PG_CONFIG" --sharedir)/extension/kpi--$sql_version.sql" \
	$(for script in $scripts; do echo "$("$PG_CONFIG" --sharedir)/extension/$script"; done); do
	[ -f "$stage$file" ] || { echo "pgxn install did not install $file"; exit 1; }
done
echo "pgxn install kpi-$version.zip: built and installed by the PGXN client"

# unpacked elsewhere: installcheck against what the client installed
unzip -q "$archive" -d "$work/unpacked"
source_dir="$work/unpacked/kpi-$version"
PGOPTIONS=$("$top/test/stage-settings.sh" pgoptions "$stage")
export PGOPTIONS
if ! make -s -C "$source_dir" PG_CONFIG="$PG_CONFIG" installcheck; then
	cat "$source_dir/regression.diffs" 2>/dev/null || true
	exit 1
fi
# ...and the server ran the archive's build, not another one: a session
# that created the extension and called it (not LOAD '$libdir/kpi', which
# PostgreSQL 18 looks up in the system's library directory only)
"$("$PG_CONFIG" --bindir)/dropdb" --if-exists kpi_pgxn_load
"$("$PG_CONFIG" --bindir)/createdb" kpi_pgxn_load
maps=$("$("$PG_CONFIG" --bindir)/psql" -X -At -d kpi_pgxn_load -c "CREATE EXTENSION kpi" \
	-c "SELECT nps(9)" -c "SELECT pg_read_file('/proc/self/maps')")
# and a database of 1.0 updates to this version with the installed scripts
updated=$("$("$PG_CONFIG" --bindir)/psql" -X -q -At -v ON_ERROR_STOP=1 -d kpi_pgxn_load \
	-c "DROP EXTENSION kpi" -c "CREATE EXTENSION kpi VERSION '1.0'" -c "ALTER EXTENSION kpi UPDATE" \
	-c "SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'kpi'")
if [ "$updated" != "$sql_version" ]; then
	echo "pgxn install: kpi 1.0 updated to '$updated', not $sql_version"
	exit 1
fi
"$("$PG_CONFIG" --bindir)/dropdb" kpi_pgxn_load
if ! grep -qF "$stage/" <<<"$(grep 'kpi\.so' <<<"$maps")"; then
	echo "kpi.so was not loaded from the archive's install in $stage:"
	grep 'kpi\.so' <<<"$maps" || echo "(not loaded at all)"
	exit 1
fi
echo "kpi-$version.zip installed by pgxn install passes make installcheck from the unpacked archive, and updates 1.0 to $sql_version"
