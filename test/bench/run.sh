#!/usr/bin/env bash
# Run the benchmark inside the throwaway cluster (see test/with-cluster.sh
# and 'make bench'): BENCH_ROWS rows, BENCH_RUNS interleaved runs; the
# regular expressions BENCH_ONLY and BENCH_SCENARIOS keep some aggregates
# and scenarios only (for profiling one case); ONLY=percentiles runs only
# percentiles.sql.
set -euo pipefail
cd "$(dirname "$0")"
rows=${BENCH_ROWS:-10000000}
runs=${BENCH_RUNS:-5}
only=${BENCH_ONLY:-.}
scenarios=${BENCH_SCENARIOS:-.}
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(uname -m), $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
# ONLY=percentiles runs the percentile benchmark alone
if [ "$only" != percentiles ]; then
	PGOPTIONS="-c bench.runs=$runs" "$(dirname "$PG_CONFIG")/psql" -X -q \
		-v rows="$rows" -v runs="$runs" -v only="$only" -v scenarios="$scenarios" \
		-f run.sql
fi
# the percentile aggregates against percentile_disc and tdigest (issue 13)
if echo duration_percentiles | grep -qE -- "$only"; then
	PGOPTIONS="-c bench.runs=$runs" "$(dirname "$PG_CONFIG")/psql" -X -q \
		-v rows="$rows" -v runs="$runs" -f percentiles.sql
fi
