#!/usr/bin/env bash
# Usage: test/with-cluster.sh MAJOR COMMAND [ARG...]
#
# Build kpi, install it into a private staging directory, and run COMMAND
# from the top of the source tree inside a throwaway cluster of PostgreSQL
# MAJOR that loads the extension from that directory (Debian's
# extension_destdir, or 18's extension_control_path: test/stage-settings.sh).  Nothing is installed into the system's PostgreSQL and
# no existing cluster is touched; pg_virtualenv removes the cluster, and the
# trap the staging directory, on success, failure or interruption.  As
# root, pg_virtualenv runs the server as the postgres user.
set -euo pipefail

major=$1
shift
top=$(cd "$(dirname "$0")/.." && pwd)
export PG_CONFIG=/usr/lib/postgresql/$major/bin/pg_config

stage=$(mktemp -d "${TMPDIR:-/tmp}/kpi-stage.XXXXXX")
cleanup() { rm -rf "$stage"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
chmod 755 "$stage"

make -C "$top" -s PG_CONFIG="$PG_CONFIG" WERROR=-Werror all
make -C "$top" -s PG_CONFIG="$PG_CONFIG" install DESTDIR="$stage" >/dev/null

export KPI_STAGE=$stage
cd "$top"

# a port nothing listens on (KPI_PORT overrides)
. "$top/test/free-port.sh"
PGPORT=${KPI_PORT:-$(free_port)}
export PGPORT

# KPI_CLUSTER_OPTIONS: extra "guc=value" settings for the cluster, e.g. for
# the benchmark's memory settings.
# (extension_destdir on 15 to 17, extension_control_path and
# dynamic_library_path on 18: test/stage-settings.sh)
options=()
while IFS= read -r setting; do
	options+=(-o "$setting")
done < <("$top/test/stage-settings.sh" conf "$stage")
for setting in ${KPI_CLUSTER_OPTIONS:-}; do
	options+=(-o "$setting")
done
pg_virtualenv -t -v "$major" "${options[@]}" "$@"
