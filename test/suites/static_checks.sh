#!/usr/bin/env bash
# Static checks: the C code builds clean under -Wall -Wextra -Werror (the
# Makefile's flags with WERROR=-Werror; a rebuild from scratch proves it),
# cppcheck reports nothing in src/, and no C file but src/compat.h tests the
# PostgreSQL version.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(mktemp -d "${TMPDIR:-/tmp}/kpi-build.XXXXXX")
trap 'rm -rf "$build"' EXIT

# Build a pristine copy so that the objects of the tested build stay as they are.
cp -r "$top/src" "$top/Makefile" "$top/kpi.control" "$top"/kpi--*.sql "$build/"
# the copy may hold objects of the ordinary build: compile everything anew
make -s -C "$build" PG_CONFIG="$PG_CONFIG" clean
make -s -C "$build" PG_CONFIG="$PG_CONFIG" WERROR=-Werror all
echo "build: clean under -Wall -Wextra -Werror"

# As C11, the way the compilers build it (cppcheck defines no
# __STDC_VERSION__ of its own; with it pg_noreturn is _Noreturn, which
# tells cppcheck that the error reporters do not return); what it finds in
# the server's own headers (newer cppcheck versions judge their inline
# functions) is not ours to report, and neither is the note of cppcheck
# 2.11 and later that it limited its analysis of branches (a note, not a
# finding, which exits 1 all the same).
includedir_server=$("$PG_CONFIG" --includedir-server)
cppcheck --quiet --enable=warning,style,performance,portability --std=c11 \
	--error-exitcode=1 --inline-suppr --suppress=missingIncludeSystem \
	--suppress=toomanyconfigs --suppress=normalCheckLevelMaxBranches --max-configs=1 \
	--suppress="*:$includedir_server/*" -D__STDC_VERSION__=201112L \
	-I "$top/src" -I "$includedir_server" "$top/src"
echo "cppcheck: nothing to report in src/"

# What differs between PostgreSQL versions lives in src/compat.h alone: no
# other C file tests the server's version or the macros compat.h provides.
version_tests=$(grep -nE '(PG_VERSION_NUM|PG_MAJORVERSION|#if(n)?def +(pg_noreturn|INTERVAL_NOT_FINITE|PG_MODULE_MAGIC_EXT))' \
	"$top"/src/*.[ch] | grep -v "^$top/src/compat.h:" || true)
if [ -n "$version_tests" ]; then
	echo "version tests outside src/compat.h:" >&2
	echo "$version_tests" >&2
	exit 1
fi
grep -q '#include "compat.h"' "$top/src/kpi.h" || { echo "src/kpi.h does not include compat.h" >&2; exit 1; }
echo "version differences: only in src/compat.h"

# Install script: every object it creates or references is schema-qualified
# (@extschema@ or pg_catalog), so no search_path can redirect it.  Comments
# and quoted strings are left out; what remains must not name a type or a
# function of ours or of PostgreSQL without its schema.
unqualified=$(sed -e 's/--.*$//' -e "s/'[^']*'//g" "$top"/kpi--*.sql |
	grep -noP '(?<![.\w@])(int4|int8|interval|bool|float8|jsonb|bytea|cstring|internal|text|[a-z_]+_state|kpi_target|kpi_status|[a-z_]+_(accum|retract|final|combine|subtract|in|out|recv|send|counts|cmp|hash|eq|ne|lt|le|gt|ge))\b' || true)
if [ -n "$unqualified" ]; then
	echo "kpi--*.sql references without a schema (line:name):" >&2
	echo "$unqualified" >&2
	exit 1
fi
grep -c '@extschema@\.' "$top"/kpi--*.sql | sed 's/^/install script: every reference qualified (/; s/$/ qualified names)/'
