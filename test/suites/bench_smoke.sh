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

# 6 scenarios x 19 aggregates, every parallel row with its plan fact, and
# the 4 bigint forms compared with their integer forms in every scenario
rows=$(grep -cE '^ (serial|parallel|group by agent|group by hour|window 10 rows|window 1000 rows) +\| [a-z_]+[ (]' "$output" || true)
partial=$(grep -cE '^ parallel .*plan has Partial Aggregate' "$output" || true)
compared=$(grep -cE '\| [a-z_]+\(bigint [a-z]+\) .*vs [a-z_]+\([a-z_]+4\): [0-9.]+x \(best runs [0-9.]+x\)' "$output" || true)
if [ "$rows" -ne 114 ] || [ "$partial" -ne 19 ] || [ "$compared" -ne 24 ]; then
	cat "$output"
	echo "bench smoke: expected 114 result rows, 19 parallel plans with Partial Aggregate and 24 bigint comparisons, got $rows, $partial and $compared" >&2
	exit 1
fi
echo "bench smoke: 114 result rows, Partial Aggregate in all 19 parallel plans, 24 bigint-vs-integer comparisons"
