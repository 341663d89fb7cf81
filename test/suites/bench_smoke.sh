#!/usr/bin/env bash
# Benchmark smoke test: make bench's script, run end to end on a tiny table
# (3,000 rows, one round) in a database of its own, must print its table
# with every scenario and aggregate and find Partial Aggregate in the
# parallel plans.  Timings at this size mean nothing and are not judged;
# `make bench` measures.
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

# 6 scenarios x 15 aggregates, and every parallel row with its plan fact
rows=$(grep -cE '^ (serial|parallel|group by agent|group by hour|window 10 rows|window 1000 rows) +\| [a-z_]+[ (]' "$output" || true)
partial=$(grep -cE '^ parallel .*plan has Partial Aggregate' "$output" || true)
if [ "$rows" -ne 90 ] || [ "$partial" -ne 15 ]; then
	cat "$output"
	echo "bench smoke: expected 90 result rows and 15 parallel plans with Partial Aggregate, got $rows and $partial" >&2
	exit 1
fi
echo "bench smoke: 90 result rows, Partial Aggregate in all 15 parallel plans"

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
