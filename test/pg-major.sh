#!/bin/sh
# Print the PostgreSQL major version this Debian release ships: what
# postgresql-common says (its supported-versions, the newest), or before
# postgresql-common is installed, the version of the release's codename.
# make test, make demo and the other bootstrapping targets build for it
# unless PG_MAJOR is given.
set -eu
if [ -x /usr/share/postgresql-common/supported-versions ]; then
	major=$(/usr/share/postgresql-common/supported-versions 2>/dev/null | tail -n 1)
	[ -z "$major" ] || { echo "$major"; exit 0; }
fi
codename=$( (. /etc/os-release && echo "${VERSION_CODENAME:-}") 2>/dev/null || true)
case $codename in
bookworm) echo 15 ;;
trixie) echo 17 ;;
forky | sid) echo 18 ;;
*)
	echo "test/pg-major.sh: no PostgreSQL version known for '$codename'; set PG_MAJOR" >&2
	echo 15
	;;
esac
