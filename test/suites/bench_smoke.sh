#!/usr/bin/env bash
# Benchmark smoke test: make bench's script, run end to end on a tiny table
# (3,000 rows, one round) in a database of its own, must print its table
# with every scenario and aggregate, find Partial Aggregate in the
# parallel plans and compare every bigint form with its integer form.
# Timings at this size mean nothing and are not judged; `make bench`
# measures.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
bindir=$("$PG_CONFIG" --bindir)
database=kpi_bench_smoke
output=$(mktemp "${TMPDIR:-/tmp}/kpi-bench.XXXXXX")
trap 'rm -f "$output"; "$bindir/dropdb" --if-exists "$database"' EXIT

"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
if ! PGDATABASE=$database BENCH_ROWS=3000 BENCH_RUNS=1 \
	"$top/test/bench/run.sh" >"$output" 2>&1; then
	cat "$output"
	exit 1
fi

# 6 scenarios x every case of cases.sql (its lines that open with "('"),
# every parallel row with its plan fact, and every bigint form (the cases
# with a baseline) compared with its integer form in every scenario
cases=$(grep -c "^('" "$top/test/bench/cases.sql")
rows=$(grep -cE '^ (serial|parallel|group by agent|group by hour|window 10 rows|window 1000 rows) +\| [a-z_]+[ (]' "$output" || true)
partial=$(grep -cE '^ parallel .*plan has Partial Aggregate' "$output" || true)
bigint_cases=$(grep -cE "^\('[a-z_]+\(bigint [a-z]+\)'" "$top/test/bench/cases.sql")
compared=$(grep -cE '\| [a-z_]+\(bigint [a-z]+\) .*vs [a-z_]+\([a-z_]+4(, [0-9]+)*\): [0-9.]+x \(best runs [0-9.]+x\)' "$output" || true)
if [ "$rows" -ne $((6 * cases)) ] || [ "$partial" -ne "$cases" ] || [ "$compared" -ne $((6 * bigint_cases)) ]; then
	cat "$output"
	echo "bench smoke: expected $((6 * cases)) result rows, $cases parallel plans with Partial Aggregate and $((6 * bigint_cases)) bigint comparisons, got $rows, $partial and $compared" >&2
	exit 1
fi
echo "bench smoke: $rows result rows, Partial Aggregate in all $cases parallel plans, $compared bigint-vs-integer comparisons"

# business hours: the plain-SQL method agrees with business_time on every
# sample ticket, and the table has its five timed queries
if ! grep -q '^business hours: plain SQL (both variants) and business_time agree on all' "$output" ||
	[ "$(grep -cE '^ (floor|kpi|plain): ' "$output")" -ne 5 ]; then
	cat "$output"
	echo "bench smoke: the business hours table is missing, or plain SQL and business_time differ" >&2
	exit 1
fi
echo "bench smoke: business hours table complete, plain SQL agrees with business_time"

# the percentile benchmark (test/bench/percentiles.sql) ran to its end: kpi
# within its error bound, the weekly rollup equal to the raw rows
if ! grep -qE '^ kpi duration_percentiles +\|.*\| ok \(<= 0\.5%\)' "$output" ||
	! grep -qE '^ weekly rollup \| +[0-9]+ \| +0$' "$output" ||
	! grep -q 'percentile_goals_missed' "$output"; then
	cat "$output"
	echo "bench smoke: the percentile benchmark did not finish with kpi within 0.5% and an exact rollup" >&2
	exit 1
fi
echo "bench smoke: percentile benchmark ran, kpi within 0.5%, rollup equal to raw rows"

# the attribution benchmark (test/bench/attribution.sql) ran to its end:
# its six timed queries, after every partition's contributions added up
if [ "$(grep -cE '^ (sum\(x\) OVER|nps: the three functions|aht: the three functions)' "$output")" -ne 6 ] ||
	! grep -qE '^ +[0-9]+ \| +0$' <(sed -n '/att_partitions/,+3p' "$output"); then
	cat "$output"
	echo "bench smoke: the attribution table is missing, or a partition's contributions did not add up" >&2
	exit 1
fi
echo "bench smoke: attribution table complete, every partition's contributions add up"
