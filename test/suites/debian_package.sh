#!/usr/bin/env bash
# The Debian package, built and tested the way a user gets it:
#  1. a clean copy of the tree (the tracked files as they are in the working
#     tree, no build products) is built with dpkg-buildpackage -us -uc -b,
#     and its source package with dpkg-source -b (for lintian's source checks);
#  2. lintian (pedantic, info and experimental tags) must report nothing
#     but the tags overridden, with a comment each, in
#     debian/source/lintian-overrides and debian/lintian-overrides;
#  3. the package must hold exactly the files expected (the control file and
#     every install script of the tree, kpi.so and its JIT bitcode, the
#     docs), with the control fields of the release, and apt must find it
#     installable on this machine, also over an installed copy of itself
#     (simulations);
#  4. it is installed with dpkg into a throwaway root with its own dpkg
#     database (never into the system), and the cluster of
#     test/with-cluster.sh, its extension_destdir pointed at that root for
#     each session through PGOPTIONS, must CREATE EXTENSION kpi from it
#     (the server's /proc/self/maps shows which kpi.so it loaded) and pass
#     the whole regression suite (sql/, expected/) from it;
#  5. the package's autopkgtest (debian/tests/installcheck) runs against the
#     throwaway installation too.
#
# The build skips its own build-time tests (DEB_BUILD_OPTIONS=nocheck): they
# run the same regression suite against the same files as step 4.
# KPI_DEB_BUILD_OPTIONS overrides that (KPI_DEB_BUILD_OPTIONS= runs them).
#
# If the system's PostgreSQL already holds kpi files (a "make install" or an
# installed postgresql-<version>-kpi), the server would fall back to them for any
# file missing from the throwaway root: the suite then says so, and relies
# on the exact file list of step 3 and the /proc/self/maps check of step 4.
#
# Runs inside the throwaway cluster of test/with-cluster.sh (PGHOST, PGPORT,
# PG_CONFIG), from the top of the source tree.
set -euo pipefail

top=$(pwd)
bindir=$("$PG_CONFIG" --bindir)
major=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
pkglibdir=$("$PG_CONFIG" --pkglibdir)
sharedir=$("$PG_CONFIG" --sharedir)
version=$(dpkg-parsechangelog -l debian/changelog -S Version)
upstream=${version%-*}
package=postgresql-$major-kpi
arch=$(dpkg --print-architecture)
deb=${package}_${version}_$arch.deb
started=$SECONDS

# Print why the suite fails, and stop.
fail() {
	echo "debian_package: $*" >&2
	exit 1
}

# The clusters that pg_virtualenv starts for the build-time tests and the
# autopkgtest get a port nothing listens on, beside the system's cluster.
. "$top/test/free-port.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-debian.XXXXXX")
trap 'rm -rf "$work"; "$bindir/dropdb" --if-exists kpi_debian_package 2>/dev/null || true' EXIT
# as root the cluster's server runs as postgres, and must read the root
chmod 755 "$work"

# The release identity: the Debian version is the release version plus a
# Debian revision, and the release version starts with the extension version.
[ "$version" = "$upstream-1" ] || fail "debian/changelog: version $version, expected $upstream-1"
extversion=$(sed -nE "s/^default_version *= *'([^']*)'.*/\\1/p" kpi.control)
case $upstream in
"$extversion".*) ;;
*) fail "release version $upstream (debian/changelog) does not start with the extension version $extversion (kpi.control)" ;;
esac
# bookworm, or UNRELEASED while a release is prepared (CHANGELOG.md's
# "Unreleased" section then holds its entry: test/pgxn/check_meta.py)
case $(dpkg-parsechangelog -l debian/changelog -S Distribution) in
bookworm | UNRELEASED) ;;
*) fail "debian/changelog: the distribution is not bookworm (or UNRELEASED)" ;;
esac

# kpi needs a 128-bit integer type (src/kpi.h stops the build without
# HAVE_INT128), which 32-bit architectures lack: the package must name
# 64-bit ones only, not "any" (a build on i386 or armhf would fail).
if grep -q '^#error.*HAVE_INT128' src/kpi.h; then
	architectures=$(sed -n 's/^Architecture: *//p' debian/control.in)
	[ -n "$architectures" ] || fail "debian/control.in has no Architecture"
	for architecture in $architectures; do
		[ "$(dpkg-architecture -a"$architecture" -qDEB_HOST_ARCH_BITS 2>/dev/null)" = 64 ] ||
			fail "debian/control.in: Architecture $architecture is not a 64-bit one, and kpi needs int128"
	done
	grep -qw -- "$(dpkg --print-architecture)" <<<"$architectures" ||
		fail "debian/control.in: Architecture does not include this machine's $(dpkg --print-architecture)"
fi

# debian/copyright states the license of LICENSE, word for word (its text
# after the copyright line; DEP-5 indents it and writes empty lines as ".")
license_text=$(sed -n '/^Permission/,$p' LICENSE)
copyright_text=$(awk '/^License: PostgreSQL$/ { body = 1; next } body && /^ / { print } body && !/^ / { body = 0 }' \
	debian/copyright | sed 's/^ //; s/^\.$//')
[ -n "$license_text" ] && [ "$license_text" = "$copyright_text" ] ||
	fail "the PostgreSQL License text in debian/copyright differs from LICENSE's:
$(diff <(echo "$license_text") <(echo "$copyright_text") || true)"

# 1. A clean copy: every tracked file that exists in the working tree (with
# its uncommitted changes), nothing else.
src=$work/kpi-$upstream
mkdir "$src"
if git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git -C "$top" ls-files -z |
		while IFS= read -r -d '' file; do
			if [ -e "$file" ] || [ -L "$file" ]; then printf '%s\0' "$file"; fi
		done |
		tar -C "$top" --null -T - -cf - | tar -C "$src" -xf -
else
	# an unpacked release archive: everything but what a build leaves
	tar -C "$top" -cf - . | tar -C "$src" -xf -
	make -C "$src" -s clean >/dev/null
	rm -rf "$src/debian/$package" "$src/debian/.debhelper" "$src/debian/files" \
		"$src/debian/"*.substvars "$src/debian/debhelper-build-stamp"
fi
leftovers=$(cd "$src" && find . \( -name '*.o' -o -name '*.so' -o -name '*.bc' -o -name results \
	-o -name regression.diffs -o -name "$package" \) -print)
[ -z "$leftovers" ] || fail "build products in the clean copy: $leftovers"

# debian/control for the PostgreSQL versions this Debian release supports
# (debian/pgversions intersected with postgresql-common's list), as a
# packager for it makes it: pg_buildext updatecontrol from debian/control.in.
# The committed debian/control is the one for the release named in
# debian/changelog, and must be up to date there.
(cd "$src" && pg_buildext updatecontrol) >"$work/updatecontrol.log" 2>&1 ||
	{ cat "$work/updatecontrol.log"; fail "pg_buildext updatecontrol failed"; }
grep -qx "Package: $package" "$src/debian/control" ||
	fail "debian/control made for this release has no $package (debian/pgversions: $(cat debian/pgversions))"
if [ "$(. /etc/os-release && echo "$VERSION_CODENAME")" = "$(dpkg-parsechangelog -l debian/changelog -S Distribution)" ]; then
	diff -u debian/control "$src/debian/control" ||
		fail "debian/control is out of date: run pg_buildext updatecontrol"
fi

# The source package, from an orig tarball of the copy without debian/.
tar -C "$work" --exclude="kpi-$upstream/debian" -czf "$work/kpi_$upstream.orig.tar.gz" "kpi-$upstream"
(cd "$src" && dpkg-source -b .) >"$work/source.log" 2>&1 ||
	{ cat "$work/source.log"; fail "dpkg-source -b failed"; }

# The binary package, in an environment like a developer's shell: nothing
# of the make and pg_virtualenv that run this suite.
echo "building $deb (dpkg-buildpackage -us -uc -b)"
build_port=$(free_port)
if ! (cd "$src" && env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS -u PGHOST -u PGUSER \
	-u PGPASSWORD -u PGDATABASE -u PG_CONFIG -u PGOPTIONS PGPORT="$build_port" \
	DEB_BUILD_OPTIONS="${KPI_DEB_BUILD_OPTIONS-nocheck}" \
	dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1; then
	tail -n 60 "$work/build.log"
	fail "dpkg-buildpackage failed (the end of its log is above)"
fi
for file in "$deb" "${package}-dbgsym_${version}_$arch.deb" "kpi_${version}_$arch.changes" \
	"kpi_$version.dsc"; do
	[ -f "$work/$file" ] || fail "the build did not produce $file"
done
echo "built in $((SECONDS - started)) s"

# 2. Lintian on the binary upload and the source package: every tag it
# shows, at any level, must be overridden (explained) in debian/.
set +e
lintian --pedantic --display-info --display-experimental \
	--fail-on error,warning,info,pedantic,experimental \
	"$work/kpi_${version}_$arch.changes" "$work/kpi_$version.dsc" >"$work/lintian.log" 2>&1
lintian_status=$?
set -e
tags=$(grep -E '^[EWIPX]: ' "$work/lintian.log" || true)
# debian/source/lintian-overrides explains the tags that only the newer
# lintian of trixie or sid report (what they ask for would not build in
# bookworm, the release debian/changelog names); where a lintian does not
# report one of them, its override is unused, and that report (only for
# these tags) is expected.
release_specific='out-of-date-standards-version|older-debian-watch-file-standard|package-uses-old-debhelper-compat-version'
tags=$(grep -vE "^I: kpi source: unused-override ($release_specific) " <<<"$tags" || true)
# ...and two pedantic tags of sid's lintian that no override can explain on
# every release (bookworm's lintian does not know them; see
# debian/source/lintian-overrides): the fields bookworm's dpkg needs
tags=$(grep -vE '^P: kpi source: redundant-(priority-optional|rules-requires-root-no)-field \[debian/control:[0-9]+\]$' <<<"$tags" || true)
# lintian's exit status 2: tags of the --fail-on levels were found (1 is
# its own failure, which still fails)
[ "$lintian_status" -ne 2 ] || [ -n "$tags" ] || lintian_status=0
if [ "$lintian_status" -ne 0 ] || [ -n "$tags" ]; then
	cat "$work/lintian.log"
	fail "lintian reported tags that no override explains (exit status $lintian_status)"
fi
echo "lintian: clean but for the tags explained in debian/*lintian-overrides"

# 3. The package: its control fields and exactly the files it must hold.
# field NAME: a control field of the built binary package.
field() { dpkg-deb -f "$work/$deb" "$1"; }
[ "$(field Package)" = "$package" ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Source)" = kpi ] || fail "Source: $(field Source)"
[ "$(field Section)" = database ] || fail "Section: $(field Section)"
[ "$(field Maintainer)" = 'kpi developers <maintainers@kpi-extension.org>' ] ||
	fail "Maintainer: $(field Maintainer)"
[ "$(field Homepage)" = https://github.com/kpi-extension/kpi ] || fail "Homepage: $(field Homepage)"
depends=$(field Depends)
echo "Depends: $depends"
grep -qE "(^|, )postgresql-$major( \\(|,|$)" <<<"$depends" || fail "Depends lacks postgresql-$major"
grep -qE '(^|, )libc6( \(|,|$)' <<<"$depends" || fail "Depends lacks libc6 (shlibs)"
control_members=$(dpkg-deb --ctrl-tarfile "$work/$deb" | tar -tf - | sed 's|^\./||' | grep -v '^$' | sort | tr '\n' ' ')
[ "$control_members" = "control md5sums " ] ||
	fail "control archive: $control_members(expected control and md5sums, no maintainer scripts)"

expected=$work/expected-files
{
	echo "usr/lib/postgresql/$major/lib/kpi.so"
	echo "usr/share/postgresql/$major/extension/kpi.control"
	for script in kpi--*.sql; do echo "usr/share/postgresql/$major/extension/$script"; done
	# the server's JIT inlines from the bitcode of every C file (PostgreSQL
	# built --with-llvm, as Debian's is)
	if "$PG_CONFIG" --configure | grep -q -- --with-llvm; then
		echo "usr/lib/postgresql/$major/lib/bitcode/kpi.index.bc"
		for c in src/*.c; do echo "usr/lib/postgresql/$major/lib/bitcode/kpi/${c%.c}.bc"; done
	fi
	echo "usr/share/doc/$package/README.md.gz"
	# the sample data every example of the documentation runs on
	echo "usr/share/doc/$package/examples/sample.sql"
	echo "usr/share/doc/$package/changelog.Debian.gz"
	echo "usr/share/doc/$package/copyright"
	# dh_installchangelogs installs the upstream CHANGELOG.md as changelog.gz
	[ ! -f CHANGELOG.md ] || echo "usr/share/doc/$package/changelog.gz"
	echo "usr/share/lintian/overrides/$package"
} | sort >"$expected"
dpkg-deb -c "$work/$deb" | awk '$1 !~ /^d/ { sub(/^\.\//, "", $6); print $6 }' | sort >"$work/files"
diff -u "$expected" "$work/files" || fail "the package's files differ from the expected ones (- expected, + packaged)"
echo "package files: $(wc -l <"$work/files") as expected"

# apt on this machine would install it and nothing else; --reinstall, so
# that a machine where this version is already installed (a user who
# followed docs/packaging.md, then runs make test) counts too: without it, apt
# says "already the newest version" and installs nothing.
apt_installs_alone() {
	local simulation
	simulation=$(apt-get "$@" install -s -q --reinstall "$work/$deb" 2>&1) ||
		{ echo "$simulation"; fail "apt-get install -s failed"; }
	if [ "$(grep -cE '^(Inst|Remv) ' <<<"$simulation")" != 1 ] ||
		! grep -qE "^Inst $package " <<<"$simulation"; then
		echo "$simulation"
		fail "apt would not install $package alone${1:+ (with $*)}"
	fi
}
apt_installs_alone

# 4. A throwaway root with its own dpkg database.
root=$work/root
admindir=$root/var/lib/dpkg
mkdir -p "$admindir/info" "$admindir/updates" "$admindir/triggers"
touch "$admindir/status" "$admindir/available"
# the Depends (the server, libc) are the system's, not the throwaway root's;
# dpkg insists on finding ldconfig and start-stop-daemon, which a user's
# PATH may lack
PATH=$PATH:/usr/sbin:/sbin dpkg --root="$root" --force-depends --force-not-root -i "$work/$deb" >"$work/dpkg.log" 2>&1 ||
	{ cat "$work/dpkg.log"; fail "dpkg -i into the throwaway root failed"; }
chmod 755 "$root"
[ "$(DPKG_ADMINDIR=$admindir dpkg-query -W -f='${Status} ${Version}' "$package")" = "install ok installed $version" ] ||
	fail "dpkg does not show $package $version installed in the throwaway root"
# ...and also where this very package is installed already: the system's
# dpkg status with the throwaway root's entry for it added
# (when the system has it installed, the first simulation was that case)
if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
	{ cat /var/lib/dpkg/status; echo; cat "$admindir/status"; } >"$work/status-with-package"
	apt_installs_alone -o Dir::State::status="$work/status-with-package"
fi
for file in kpi.control kpi--*.sql; do
	cmp "$root/usr/share/postgresql/$major/extension/$file" "$file" ||
		fail "the packaged $file differs from the tree's"
done

# kpi files in the system's directories could stand in for a file that the
# package lacks (extension_destdir is searched first, then the system).
system_files=$(ls -d "$sharedir"/extension/kpi.control "$sharedir"/extension/kpi--* \
	"$pkglibdir"/kpi.so "$pkglibdir"/bitcode/kpi* 2>/dev/null || true)
if [ -n "$system_files" ]; then
	echo "NOTE: the system's PostgreSQL holds kpi files (a make install or an installed package):"
	echo "$system_files" | sed 's/^/  /'
	echo "      the package is proven complete by its exact file list and the loaded kpi.so below"
fi

# Every session of this suite reads the extension from the throwaway root
# (the cluster's own settings name the tree's staging directory):
# extension_destdir on 15 to 17, extension_control_path on 18.
PGOPTIONS=$("$top/test/stage-settings.sh" pgoptions "$root")
export PGOPTIONS
root_setting=$("$top/test/stage-settings.sh" conf "$root" | head -n 1)
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 --no-psqlrc)
"$bindir/dropdb" --if-exists kpi_debian_package 2>/dev/null
"$bindir/createdb" kpi_debian_package
report=$("${psql[@]}" -d kpi_debian_package -At -F ' ' <<'SQL'
CREATE EXTENSION kpi;
SELECT 'version', extversion FROM pg_catalog.pg_extension WHERE extname = 'kpi';
-- NPS of 10, 9, 0: 2 promoters, 1 detractor of 3: (2 - 1) / 3 * 100
SELECT 'nps', round(nps(score)::numeric, 4) FROM (VALUES (10), (9), (0)) v(score);
SELECT 'mapped', pg_catalog.regexp_replace(line, '^.* ', '')
FROM pg_catalog.regexp_split_to_table(pg_catalog.pg_read_file('/proc/self/maps'), E'\n') line
WHERE line ~ '/kpi\.so$'
GROUP BY 2 ORDER BY 2;
SQL
)
report="setting $("${psql[@]}" -d kpi_debian_package -At -c "SELECT current_setting('${root_setting%%=*}')")
$report"
echo "$report" | sed 's/^/  /'
kpi_so="$root/usr/lib/postgresql/$major/lib/kpi.so"
[ "$(grep '^setting ' <<<"$report")" = "setting ${root_setting#*=}" ] ||
	fail "${root_setting%%=*} was not set through PGOPTIONS"
[ "$(grep '^version ' <<<"$report")" = "version $extversion" ] || fail "CREATE EXTENSION did not install version $extversion"
[ "$(grep '^nps ' <<<"$report")" = "nps 33.3333" ] || fail "nps(10, 9, 0) is not 33.3333"
[ "$(grep '^mapped ' <<<"$report")" = "mapped $kpi_so" ] ||
	fail "the server did not load kpi.so from the package alone (expected only $kpi_so)"
# a database of kpi 1.0 updates to the default version with the
# package's upgrade scripts
updated=$("${psql[@]}" -d kpi_debian_package -At -c 'DROP EXTENSION kpi' \
	-c "CREATE EXTENSION kpi VERSION '1.0'" -c 'ALTER EXTENSION kpi UPDATE' \
	-c "SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'kpi'")
[ "$updated" = "$extversion" ] || fail "kpi 1.0 updated to '$updated' from the package, not $extversion"
echo "  kpi 1.0 updates to $updated from the package"
"$bindir/dropdb" kpi_debian_package

# The whole regression suite from the package, in the clean copy (the
# build's make clean left its sql/ and expected/ as the tree's).
echo "regression suite against the package"
if ! make -C "$src" -s PG_CONFIG="$PG_CONFIG" installcheck >"$work/installcheck.log" 2>&1; then
	cat "$work/installcheck.log"
	[ ! -f "$src/regression.diffs" ] || cat "$src/regression.diffs"
	fail "the regression suite failed against the installed package"
fi
grep -E 'tests passed' "$work/installcheck.log"

# 5. The autopkgtest, against the throwaway installation: pg_buildext finds
# the installed versions in its dpkg database, and the sessions of its own
# throwaway cluster read the extension from the root through PGOPTIONS.
echo "autopkgtest debian/tests/installcheck against the package"
autopkgtest_port=$(free_port)
if ! (cd "$src" && env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE -u PG_CONFIG \
	-u MAKEFLAGS -u MAKELEVEL -u MFLAGS PGPORT="$autopkgtest_port" DPKG_ADMINDIR="$admindir" \
	AUTOPKGTEST_TMP="$work" debian/tests/installcheck) >"$work/autopkgtest.log" 2>&1; then
	cat "$work/autopkgtest.log"
	fail "the autopkgtest failed"
fi
grep -q "^### PostgreSQL $major installcheck ###" "$work/autopkgtest.log" ||
	{ cat "$work/autopkgtest.log"; fail "the autopkgtest did not test PostgreSQL $major"; }
grep -E 'tests passed' "$work/autopkgtest.log"

# 6. On a clean testbed autopkgtest installs only what debian/tests/control
# names (@ is the package itself): every program and file the test uses must
# come from a package that those pull in, as Debian's extensions do with
# "Depends: @, make" (the server brings pg_virtualenv, PGXS and pg_regress,
# and up to trixie pg_buildext, which sid moved to postgresql-common-dev;
# no compiler or server headers are needed).
# Prints what the test uses that the given Depends field does not pull in.
unmet_test_depends() {
	local depends closure used owner
	# of alternatives ("a | b"), the first one this release has, as apt
	# chooses it
	depends=$(sed "s/@/$(field Depends | sed 's/ ([^)]*)//g')/" <<<"$1" |
		tr ',' '\n' | sed -E 's/\([^)]*\)//g; s/:any//g' |
		while IFS= read -r item; do
			for alternative in $(tr '|' ' ' <<<"$item"); do
				if apt-cache show "$alternative" >/dev/null 2>&1; then
					echo "$alternative"
					break
				fi
			done
		done | sort -u)
	closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
		--no-breaks --no-replaces --no-enhances $depends 2>/dev/null | grep -v '^ ' | tr -d '<>' | sort -u)
	for used in /usr/bin/pg_buildext /usr/bin/pg_virtualenv /usr/bin/make "$PG_CONFIG" \
		"$("$PG_CONFIG" --pgxs)" "$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress" \
		"$bindir/postgres" "$bindir/initdb" "$bindir/psql"; do
		owner=$(dpkg -S "$(readlink -f "$used")" 2>/dev/null | head -n 1 | cut -d: -f1)
		if [ -z "$owner" ]; then
			echo "$used (no package owns it)"
		elif ! grep -qxF "$owner" <<<"$closure"; then
			echo "$used (of $owner)"
		fi
	done
}
test_depends=$(sed -n 's/^Depends: *//p' debian/tests/control)
unmet=$(unmet_test_depends "$test_depends")
[ -z "$unmet" ] || fail "debian/tests/control: Depends: $test_depends does not pull in what the test uses: $unmet"
grep -qxF "/usr/bin/make (of make)" <<<"$(unmet_test_depends "@")" ||
	fail "the Depends check did not find make missing from 'Depends: @'"
echo "autopkgtest Depends: $test_depends pull in all that the test uses"

echo "debian_package: $deb built, lintian clean, installed and tested in $((SECONDS - started)) s"
