#!/usr/bin/env bash
# Install the Debian packages kpi needs to build, test and demo, but only
# those that are missing; through sudo when not run as root.
set -euo pipefail

major=${1:-15}
packages=(
	"postgresql-$major"				# server and pg_regress
	"postgresql-server-dev-$major"	# PGXS and server headers
	postgresql-common				# pg_virtualenv
	gcc make build-essential	# build-essential: dpkg-buildpackage's own build dependency
	cppcheck						# static checks
	clang libclang-rt-dev			# libFuzzer and sanitizers (the suite's default clang)
	valgrind						# make valgrind
	binutils						# nm, for the assertion build check
	default-jdk-headless			# javac and java, for the JDBC suite
	libpostgresql-jdbc-java			# the JDBC driver it tests with
	python3 tzdata					# the independent reference suites (zoneinfo)
	python3-psycopg					# the Python client suite (psycopg 3), for docs/bi-tools.md
	debhelper postgresql-server-dev-all	# the Debian package: dh, pg_buildext, the pgxs addons
	lintian							# the Debian package suite's lint
	git								# its clean copy of the tracked files
	unzip							# the PGXN suite unpacks the make dist archive
	pgxnclient						# ...and installs it with the PGXN client
)

missing=()
for package in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
		grep -q 'install ok installed'; then
		missing+=("$package")
	fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
	apt-get install -y -qq --no-install-recommends "${missing[@]}"
