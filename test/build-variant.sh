#!/usr/bin/env bash
# Usage: test/build-variant.sh DIR COPT
#
# Build a variant of kpi (compiler options COPT, e.g. -DUSE_ASSERT_CHECKING)
# in DIR/build, a copy of the tree with its pg_regress suite, so that the
# objects of the ordinary build stay as they are, and install it into the
# staging directory DIR/stage, which a server loads through
# extension_destdir.  Needs PG_CONFIG.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir=$1
copt=$2

mkdir -p "$dir/build" "$dir/stage"
cp -r "$top/src" "$top/sql" "$top/expected" "$top/Makefile" \
	"$top/kpi.control" "$top"/kpi--*.sql "$dir/build/"
# the copy may hold objects of the ordinary build: compile everything anew
make -s -C "$dir/build" PG_CONFIG="$PG_CONFIG" clean
make -s -C "$dir/build" PG_CONFIG="$PG_CONFIG" COPT="$copt" all
make -s -C "$dir/build" PG_CONFIG="$PG_CONFIG" install DESTDIR="$dir/stage" >/dev/null
