#!/usr/bin/env bash
# Usage: test/valgrind/run.sh MAJOR
#
# The regression suite with the whole server under valgrind's memcheck.
# kpi is built with -DUSE_ASSERT_CHECKING and -Og -g in a copy of the tree
# and installed into a staging directory; a throwaway cluster in a
# temporary directory (its server run as postgres when we are root) loads
# it from there through extension_destdir.  Fails when the suite fails or
# when any memcheck error has a frame in kpi's code; errors that lie
# wholly inside PostgreSQL (a stock server without valgrind support has a
# few: uninitialised padding written to WAL and sockets) are counted but
# not held against us.  The cluster and the staging directory are removed
# on success, failure or interruption.  KPI_VALGRIND_LOGS=dir keeps the
# logs.
set -euo pipefail

major=${1:-15}
top=$(cd "$(dirname "$0")/../.." && pwd)
export PG_CONFIG=/usr/lib/postgresql/$major/bin/pg_config
bindir=$("$PG_CONFIG" --bindir)

work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-valgrind.XXXXXX")
chmod 755 "$work"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
	as_server=(runuser -u postgres --)
fi
server_pid=
cleanup() {
	if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
		"${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 ||
			kill -9 "$server_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

echo "building kpi with assertions and debug information"
mkdir "$work/logs"
"$top/test/build-variant.sh" "$work" "-DUSE_ASSERT_CHECKING -Og -g"
# the server's user writes the data directory, socket and logs
[ ${#as_server[@]} -eq 0 ] || chown -R postgres "$work"

# the server loads kpi from the staging directory (test/stage-settings.sh)
stage_options=()
while IFS= read -r setting; do
	stage_options+=(-c "$setting")
done < <("$top/test/stage-settings.sh" conf "$work/stage")
echo "starting PostgreSQL $major under valgrind memcheck"
"${as_server[@]}" "$bindir/initdb" -D "$work/data" -A trust -U postgres \
	--no-sync >/dev/null
"${as_server[@]}" valgrind --tool=memcheck --trace-children=yes \
	--track-origins=yes --num-callers=40 --error-limit=no \
	--leak-check=no --fullpath-after= \
	--log-file="$work/logs/memcheck.%p.log" \
	"$bindir/postgres" -D "$work/data" -k "$work" -c listen_addresses= \
	-c port=5432 "${stage_options[@]}" -c fsync=off -c jit=off \
	>"$work/logs/server.log" 2>&1 &
server_pid=$!

export PGHOST=$work PGPORT=5432 PGUSER=postgres
for _ in $(seq 1 120); do
	"$bindir/pg_isready" -q && break
	kill -0 "$server_pid" 2>/dev/null || { cat "$work/logs/server.log"; exit 1; }
	sleep 1
done
"$bindir/pg_isready" -q || { echo "the server did not start" >&2; exit 1; }

status=0
echo "running the regression suite (slow under valgrind)"
if ! make -s -C "$work/build" PG_CONFIG="$PG_CONFIG" installcheck; then
	cat "$work/build/regression.diffs" 2>/dev/null || true
	tail -n 30 "$work/logs/server.log"
	status=1
fi
"${as_server[@]}" "$bindir/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null
wait "$server_pid" || true
server_pid=

# Memcheck's reports, and a failure for any with a frame in kpi.
# KPI_VALGRIND_LOGS=dir keeps a copy of the logs for reading.
logs=("$work"/logs/memcheck.*.log)
if [ -n "${KPI_VALGRIND_LOGS:-}" ]; then
	mkdir -p "$KPI_VALGRIND_LOGS"
	cp "$work"/logs/* "$KPI_VALGRIND_LOGS/"
fi
grep -q 'Memcheck' "${logs[0]}" || { echo "no memcheck log written" >&2; exit 1; }
awk -v build="$work/build/" -f "$top/test/valgrind/kpi-errors.awk" "${logs[@]}" || status=1
echo "memcheck: ${#logs[@]} processes checked"
exit $status
