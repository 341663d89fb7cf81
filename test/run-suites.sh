#!/usr/bin/env bash
# Run every test suite against the cluster in PGHOST/PGPORT (see
# test/with-cluster.sh): pg_regress first, then each test/suites/*.sh.
# Prints regression.diffs on failure and exits non-zero if anything failed.
set -uo pipefail

passed=0
failed=0

# Ctrl-C or a TERM stops the whole run, even when the interrupted program
# (libFuzzer, pg_regress) exits normally instead of dying of the signal;
# the callers' traps then remove the cluster and the staging directory.
trap 'echo "interrupted"; exit 130' INT
trap 'echo "terminated"; exit 143' TERM HUP

run_suite() {
	local name=$1
	shift
	echo "=== $name"
	if "$@"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "=== $name FAILED"
	fi
}

regress() {
	make -s PG_CONFIG="$PG_CONFIG" installcheck && return 0
	[ -f regression.diffs ] && cat regression.diffs
	return 1
}

run_suite pg_regress regress
for suite in test/suites/*.sh; do
	[ -e "$suite" ] || continue
	run_suite "$(basename "$suite" .sh)" bash "$suite"
done

echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
