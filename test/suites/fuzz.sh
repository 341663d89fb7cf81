#!/usr/bin/env bash
# A short, bounded fuzzing run of the text parsers (make fuzz runs longer).
exec "$(dirname "$0")/../fuzz/run.sh" "${KPI_FUZZ_SECONDS:-20}"
