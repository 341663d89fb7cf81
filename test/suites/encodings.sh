#!/usr/bin/env bash
# Database encodings: kpi_sparkline and kpi_bar draw with the block
# characters U+2581..U+258F.  In databases whose encoding cannot hold them
# (SQL_ASCII, LATIN1) they must fail with a clear error (SQLSTATE 22P05,
# naming the function and the encoding) instead of returning mangled
# text, while the rest of the extension works there; in UTF8 and in
# EUC_TW (which has the characters) they must return exactly the
# characters expected.  Runs inside the throwaway cluster of
# test/with-cluster.sh.
set -euo pipefail

bindir=$("$PG_CONFIG" --bindir)
databases=(kpi_enc_sql_ascii kpi_enc_latin1 kpi_enc_utf8 kpi_enc_euc_tw)
cleanup() {
	for db in "${databases[@]}"; do
		"$bindir/dropdb" --if-exists "$db" 2>/dev/null || true
	done
}
trap cleanup EXIT
# the client reads UTF-8 whatever the database holds; the server converts
export PGCLIENTENCODING=UTF8
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 --no-psqlrc -At)
failures=0

# check NAME EXPECTED ACTUAL
check() {
	if [ "$2" == "$3" ]; then
		echo "ok: $1"
	else
		echo "FAILED: $1" >&2
		echo "  expected: $2" >&2
		echo "  got:      $3" >&2
		failures=$((failures + 1))
	fi
}

# make_database NAME ENCODING: a database of that encoding with kpi and a
# function that runs one query and returns its first value, or
# 'ERROR <SQLSTATE>: <message>'.
make_database() {
	"$bindir/dropdb" --if-exists "$1" 2>/dev/null || true
	"${psql[@]}" -d postgres -c "CREATE DATABASE $1 ENCODING '$2' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
	"${psql[@]}" -d "$1" <<'SQL'
CREATE EXTENSION kpi;
CREATE FUNCTION outcome(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  result text;
BEGIN
  EXECUTE query INTO result;
  RETURN coalesce(result, 'NULL');
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END
$$;
SQL
}

# outcome DATABASE QUERY
outcome() {
	"${psql[@]}" -d "$1" -c "SELECT outcome(\$q\$$2\$q\$)"
}

# The lines every database is asked for.  Points 1, 5, 9 on their own
# scale 1..9: 8 * 0/8 = 0 (▁), 8 * 4/8 = 4 (▅), top 7 (█).  The bar: 3
# of 8 on one character is 3 eighths (▍); 17 of 8 on 2 characters is
# clamped to 2 full blocks.
sparkline_query="SELECT kpi_sparkline(v ORDER BY v) FROM (VALUES (1::float8), (5), (9)) p(v)"
duration_query="SELECT kpi_sparkline(d, '0', '8 min' ORDER BY d) FROM (VALUES ('1 min'::interval), ('8 min')) p(d)"
bar_query="SELECT kpi_bar(3, 8, 1) || kpi_bar(17, 8, 2)"

# --- SQL_ASCII and LATIN1: a clear error, the rest of kpi works
for encoding in SQL_ASCII LATIN1; do
	db=kpi_enc_$(echo "$encoding" | tr 'A-Z' 'a-z')
	make_database "$db" "$encoding"
	check "$encoding: the database has the encoding" "$encoding" \
		"$("${psql[@]}" -d "$db" -c "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")"
	check "$encoding: kpi_sparkline fails clearly" \
		"ERROR 22P05: kpi_sparkline: the database encoding $encoding cannot hold the block characters it draws with" \
		"$(outcome "$db" "$sparkline_query")"
	check "$encoding: kpi_sparkline over durations fails clearly" \
		"ERROR 22P05: kpi_sparkline: the database encoding $encoding cannot hold the block characters it draws with" \
		"$(outcome "$db" "$duration_query")"
	check "$encoding: kpi_bar fails clearly" \
		"ERROR 22P05: kpi_bar: the database encoding $encoding cannot hold the block characters it draws with" \
		"$(outcome "$db" "$bar_query")"
	# the full error, with its DETAIL and HINT, as a user sees it
	full=$("${psql[@]}" -d "$db" -v ON_ERROR_STOP=0 -c "$bar_query" 2>&1 || true)
	case $encoding in
	SQL_ASCII) detail="DETAIL:  kpi_bar draws with U+2581..U+258F; SQL_ASCII stores bytes without an encoding, so clients would receive them unconverted." ;;
	*) detail="DETAIL:  kpi_bar draws with U+2581..U+258F, which have no equivalent in $encoding." ;;
	esac
	check "$encoding: the error explains why and what to do" \
		"ERROR:  kpi_bar: the database encoding $encoding cannot hold the block characters it draws with
$detail
HINT:  Use a database created with ENCODING 'UTF8'." "$full"
	# nothing is drawn, so nothing fails: no rows, NULL arguments
	check "$encoding: kpi_sparkline of no rows is NULL" "NULL" \
		"$(outcome "$db" "SELECT kpi_sparkline(v) FROM (VALUES (1::float8)) p(v) WHERE false")"
	check "$encoding: kpi_bar of NULL is NULL" "NULL" \
		"$(outcome "$db" "SELECT kpi_bar(NULL, 8)")"
	# the rest of the extension: NPS of 9, 3, 0 = 100 * (1 - 2) / 3; the
	# worst of met and at_risk
	check "$encoding: the KPI aggregates work" "-33.333333333333336" \
		"$(outcome "$db" "SELECT nps(s) FROM (VALUES (9), (3), (0)) v(s)")"
	check "$encoding: min(kpi_status) works" "at_risk" \
		"$(outcome "$db" "SELECT min(kpi_status(v, '>= 80% warn 70%')) FROM (VALUES (85.0), (75.0)) v(v)")"
done

# --- UTF8: the characters themselves, byte for byte
make_database kpi_enc_utf8 UTF8
check "UTF8: kpi_sparkline" "▁▅█" "$(outcome kpi_enc_utf8 "$sparkline_query")"
# 1 min on 0..8 min is 8 * 60/480 = 1 (▂); 8 min is the top (█)
check "UTF8: kpi_sparkline over durations" "▂█" "$(outcome kpi_enc_utf8 "$duration_query")"
check "UTF8: kpi_bar" "▍██" "$(outcome kpi_enc_utf8 "$bar_query")"
# U+2581 is e2 96 81 in UTF-8, U+2585 e2 96 85, U+2588 e2 96 88
check "UTF8: the bytes stored" "\\xe29681e29685e29688" \
	"$(outcome kpi_enc_utf8 "SELECT convert_to(kpi_sparkline(v ORDER BY v), 'UTF8') FROM (VALUES (1::float8), (5), (9)) p(v)")"

# --- EUC_TW holds the block characters: drawn in that encoding, the
# client gets the same characters; the stored bytes are what PostgreSQL's
# own conversion makes of them (computed in the UTF8 database).
make_database kpi_enc_euc_tw EUC_TW
check "EUC_TW: kpi_sparkline" "▁▅█" "$(outcome kpi_enc_euc_tw "$sparkline_query")"
check "EUC_TW: kpi_bar" "▍██" "$(outcome kpi_enc_euc_tw "$bar_query")"
expected_bytes=$(outcome kpi_enc_utf8 "SELECT convert_to(U&'\\2581\\2585\\2588', 'EUC_TW')")
check "EUC_TW: the bytes stored are EUC_TW's" "$expected_bytes" \
	"$(outcome kpi_enc_euc_tw "SELECT convert_to(kpi_sparkline(v ORDER BY v), 'EUC_TW') FROM (VALUES (1::float8), (5), (9)) p(v)")"
check "EUC_TW: not the UTF-8 bytes" "false" \
	"$(outcome kpi_enc_euc_tw "SELECT convert_to(kpi_sparkline(v ORDER BY v), 'EUC_TW') = '\\xe29681e29685e29688'::bytea FROM (VALUES (1::float8), (5), (9)) p(v)")"

if [ "$failures" -ne 0 ]; then
	echo "encodings: $failures checks failed" >&2
	exit 1
fi
echo "encodings: every check passed"
