#!/usr/bin/env bash
# Assertions: the regression suite again, against a build of kpi compiled
# with -DUSE_ASSERT_CHECKING, so that every Assert on the state and target
# invariants (see KPI_ASSERT_STATE in src/kpi.h) runs after every update.
# A broken invariant aborts the backend and fails the suite.  The build is
# made in a copy of the tree and installed into its own staging directory,
# which the test sessions load through extension_destdir; the cluster of
# test/with-cluster.sh keeps serving the ordinary build to everyone else.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-assert.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

"$top/test/build-variant.sh" "$work" -DUSE_ASSERT_CHECKING
# Without the flag Assert() compiles to nothing; with it the library calls
# the server's ExceptionalCondition, which is how we know the checks are in.
# (nm's list is read whole first: grep -q stopping at the first match would
# kill nm with SIGPIPE, which pipefail reports as a failure)
undefined=$(nm -u "$work/build/kpi.so")
if ! grep -qw ExceptionalCondition <<<"$undefined"; then
	echo "the assertion build has no Assert() in it" >&2
	exit 1
fi
echo "assertion build: Assert() compiled in"

stage_options=$("$top/test/stage-settings.sh" pgoptions "$work/stage")
if ! PGOPTIONS="$stage_options" \
	make -s -C "$work/build" PG_CONFIG="$PG_CONFIG" installcheck; then
	cat "$work/build/regression.diffs" 2>/dev/null || true
	exit 1
fi

# The sessions above must have run the assertion build, not the ordinary
# one: a backend that has used kpi maps the library it loaded.
bindir=$("$PG_CONFIG" --bindir)
loaded=$(PGOPTIONS="$stage_options" "$bindir/psql" -X -At \
	-d contrib_regression -c "SELECT nps(9)" \
	-c "SELECT pg_read_file('/proc/self/maps')" | grep -F '/kpi.so' | awk '{print $NF}' | sort -u)
echo "sessions loaded: $loaded"
case "$loaded" in
"$work/stage/"*) ;;
*)
	echo "the regression sessions did not load the assertion build" >&2
	exit 1
	;;
esac
