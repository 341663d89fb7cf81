#!/usr/bin/env bash
# Usage: test/stage-settings.sh conf|pgoptions STAGE
#
# The server settings that make the PostgreSQL of PG_CONFIG load kpi from
# the staging directory STAGE (a DESTDIR of make install) before the
# system's directories, for whichever version it is:
#  - Debian's PostgreSQL 15 to 17 have extension_destdir (a Debian patch),
#    which prefixes STAGE to the extension directory and to $libdir;
#  - PostgreSQL 18 dropped that patch for its own extension_control_path
#    (directories whose extension/ holds control and script files) and
#    dynamic_library_path (which it also searches for '$libdir/kpi').
# Tells the two apart by the settings the server has, not by its version.
# "conf" prints one name=value line per setting (for postgresql.conf or
# pg_virtualenv -o); "pgoptions" prints them as PGOPTIONS (-c name=value).
set -euo pipefail

mode=$1
stage=$2
: "${PG_CONFIG:?PG_CONFIG must name the pg_config of the server}"

settings=()
# (the whole list first: grep -q would stop reading, and under pipefail
# the server's broken pipe would count as "not found")
known=$("$("$PG_CONFIG" --bindir)/postgres" --describe-config 2>/dev/null | cut -f1)
if grep -qx extension_destdir <<<"$known"; then
	settings=("extension_destdir=$stage")
else
	settings=("extension_control_path=$stage$("$PG_CONFIG" --sharedir):\$system"
		"dynamic_library_path=$stage$("$PG_CONFIG" --pkglibdir):\$libdir")
fi

case $mode in
conf) printf '%s\n' "${settings[@]}" ;;
pgoptions) printf -- '-c %s ' "${settings[@]}" | sed 's/ $//' ;;
*)
	echo "usage: test/stage-settings.sh conf|pgoptions STAGE" >&2
	exit 2
	;;
esac
