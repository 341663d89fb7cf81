#!/usr/bin/env bash
# Usage: test/fuzz/run.sh SECONDS
# Build the libFuzzer harness (clang with address and undefined-behaviour
# sanitizers) from the parser sources alone, without the server, and fuzz
# for SECONDS.  Fails on any crash, sanitizer report or broken promise; the
# input that broke it is left in test/fuzz/findings/ to become a regression
# test.
set -euo pipefail
seconds=${1:-20}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
clang=$(command -v clang)
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$clang" -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-Wall -Werror -I "$top/src" -isystem "$("$pg_config" --includedir-server)" \
	"$here/fuzz_parsers.c" "$top/src/state_parse.c" "$top/src/target_parse.c" \
	"$top/src/calendar_parse.c" \
	"$top/src/sketch_parse.c" "$top/src/sketch_buckets.c" \
	-lm -o "$work/fuzz_parsers"

mkdir -p "$work/corpus" "$here/findings"
cp "$here"/seeds/* "$work/corpus/"
"$work/fuzz_parsers" -max_total_time="$seconds" -timeout=5 -max_len=512 \
	-artifact_prefix="$here/findings/" -print_final_stats=1 \
	"$work/corpus" 2>"$work/log" || {
	tail -40 "$work/log"
	echo "fuzz: a crash or a broken promise; the input is in test/fuzz/findings/" >&2
	exit 1
}
grep -E '^stat::number_of_executed_units|^Done' "$work/log" | tr '\n' ' '
echo
echo "fuzz: ${seconds}s over the state, target, calendar and duration_sketch parsers, nothing found"
