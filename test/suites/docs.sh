#!/usr/bin/env bash
# The documentation test (test/docs/check_docs.py): every ```sql block of
# README.md, docs/ and the maintainer guides runs against a fresh database
# with examples/sample.sql loaded and must print what the text states;
# fences, links and anchors must resolve; the quick reference and the
# glossary must match the installed catalog.  Runs inside the throwaway
# cluster of test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_docs
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" --encoding=UTF8 --template=template0 "$database"
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

# the sample loads as a user would load it, and twice into one database
# would fail (it never replaces a table): check that it loads, quickly
start=$(date +%s%N)
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$database" -f examples/sample.sql
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "docs: examples/sample.sql loaded in $elapsed_ms ms"
if "$bindir/psql" -X -q -d "$database" -f examples/sample.sql >/dev/null 2>&1; then
	echo "docs: examples/sample.sql loaded twice into one database: it must stop instead" >&2
	exit 1
fi

files=(README.md)
for f in docs/*.md CONTRIBUTING.md BENCHMARKS.md; do
	[ -e "$f" ] && files+=("$f")
done
bash test/docs/run.sh --catalog "${files[@]}"
