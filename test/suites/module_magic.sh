#!/usr/bin/env bash
# The module's magic block: on PostgreSQL 18 and later (which have
# pg_get_loaded_modules()), kpi.so must declare its name and the release
# version of META.json (PG_MODULE_MAGIC_EXT, through src/compat.h); on
# earlier versions the server has no such function, and kpi.so loads with
# the plain magic block.  Runs inside the throwaway cluster of
# test/with-cluster.sh, from the top of the source tree.
set -euo pipefail

bindir=$("$PG_CONFIG" --bindir)
database=kpi_module_magic
psql=("$bindir/psql" -X -q -At -v ON_ERROR_STOP=1 --no-psqlrc -d "$database")
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

release=$(python3 -c 'import json; print(json.load(open("META.json"))["version"])')
major=$("$PG_CONFIG" --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
has_function=$("${psql[@]}" -c "SELECT to_regproc('pg_catalog.pg_get_loaded_modules') IS NOT NULL")

if [ "$major" -ge 18 ]; then
	[ "$has_function" = t ] || { echo "PostgreSQL $major has no pg_get_loaded_modules()" >&2; exit 1; }
	# the loading session itself reports what it loaded
	modules=$("${psql[@]}" -F '|' -c "CREATE EXTENSION kpi" -c "SELECT nps(9)" \
		-c "SELECT module_name, version, file_name FROM pg_get_loaded_modules() WHERE file_name LIKE 'kpi%'")
	modules=$(grep -v '^100$' <<<"$modules")
	if [ "$modules" != "kpi|$release|kpi.so" ]; then
		echo "pg_get_loaded_modules() shows '$modules', expected 'kpi|$release|kpi.so'" >&2
		exit 1
	fi
	echo "module magic: pg_get_loaded_modules() shows kpi $release (kpi.so)"
else
	[ "$has_function" = f ] || { echo "PostgreSQL $major has pg_get_loaded_modules(): test it" >&2; exit 1; }
	"${psql[@]}" -c "CREATE EXTENSION kpi" -c "SELECT nps(9)" >/dev/null
	echo "module magic: PostgreSQL $major, plain magic block (loaded; no pg_get_loaded_modules before 18)"
fi
