# Makefile of the kpi extension (PGXS).
#
#   make            build kpi.so (needs postgresql-server-dev-NN, for NN in 15..18)
#   make install    install into the PostgreSQL that PG_CONFIG names
#   make demo       from nothing: packages, build, throwaway cluster, report
#   make test       from nothing: packages, build, every test suite
#   make bench      speed against plain SQL and the executor floor
#   make fuzz       a long libFuzzer run over the text parsers
#   make valgrind   the regression suite with the server under memcheck
#   make installcheck   pg_regress against a server you already run
#   make dist       the PGXN release archive kpi-<version>.zip (git archive)
#   make full-scripts   kpi--B.sql anew from kpi--A.sql and kpi--A--B.sql

EXTENSION = kpi
MODULE_big = kpi
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
# the install script of every released SQL version and every upgrade
# script between them (kpi--1.0.sql is frozen: see CONTRIBUTING.md)
DATA = $(sort $(wildcard kpi--*.sql))
REGRESS = setup nps csat fcr ces aht utilization occupancy \
	service_level asa abandonment states rollup target state_targets windows parallel \
	bad_input security smart_targets sparkline status_agg uncertainty churn business_hours \
	staffing shrinkage input_types percentiles rating attribution
# UTF8 whatever the cluster's default: kpi_sparkline and kpi_bar draw with
# characters that other encodings lack (test/suites/encodings.sh tests those)
REGRESS_OPTS = --inputdir=. --outputdir=. --encoding=UTF8

PG_CONFIG ?= pg_config
# Warnings are errors in the project's own builds (make test, make demo,
# the static checks pass WERROR=-Werror), not in the builds of packagers
# and PGXN users, where a newer compiler's new warning must not stop an
# install.
WERROR ?=
PG_CFLAGS = -Wall -Wextra $(WERROR)
EXTRA_CLEAN = regression.diffs regression.out results log $(EXTENSION)-*.zip

# PGXS comes with postgresql-server-dev-NN; before it is installed only the
# bootstrapping targets below work.
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(wildcard $(PGXS)),)
# The server headers are read as system headers: -Wextra then judges our
# code, not PostgreSQL's inline functions.
PG_CPPFLAGS = -isystem $(shell $(PG_CONFIG) --includedir-server)
include $(PGXS)

# every C file includes the shared header
$(OBJS): src/kpi.h src/compat.h src/sketch.h
else
all:
	@echo "PGXS not found ($(PG_CONFIG) --pgxs): run 'make test' or 'make demo', which install postgresql-server-dev-$(PG_MAJOR)" >&2
	@exit 1
endif

# The PostgreSQL major version the bootstrapping targets build for: the
# one this Debian release ships (15 on bookworm, 17 on trixie, 18 on sid).
PG_MAJOR ?= $(shell test/pg-major.sh)

.PHONY: test demo deps bench fuzz valgrind dist full-scripts

# make full-scripts: every full install script that has an upgrade script
# leading to it (kpi--1.1.sql from kpi--1.0.sql and kpi--1.0--1.1.sql),
# made anew by test/upgrade/full-script.sh, oldest first so that a chain
# builds on its own output.  The generated files are committed (the
# upgrade suite needs a full kpi--V.sql of every version, and checks that
# each is what the script makes); edit the upgrade script, never them.
full-scripts:
	@for v in $$(ls kpi--*--*.sql | sed 's/^kpi--.*--\(.*\)\.sql$$/\1/' | sort -V); do \
		test/upgrade/full-script.sh $$v || exit 1; \
	done

# make dist: the release archive PGXN expects, kpi-<version>.zip with one
# top directory kpi-<version>/, made by git archive from the committed tree
# (DIST_REF, HEAD unless told otherwise), so it holds tracked files only.
# The version is META.json's.
DIST_VERSION = $(shell python3 -c 'import json; print(json.load(open("META.json"))["version"])')
DIST_REF ?= HEAD
DIST_FILE ?= $(EXTENSION)-$(DIST_VERSION).zip
dist:
	@test -n "$(DIST_VERSION)" || { echo "make dist: no version in META.json" >&2; exit 1; }
	@git diff --quiet HEAD -- || [ "$(DIST_REF)" != HEAD ] || \
		echo "make dist: uncommitted changes are not in the archive (it is made from HEAD)" >&2
	git archive --format=zip --prefix=$(EXTENSION)-$(DIST_VERSION)/ -o $(DIST_FILE) $(DIST_REF)

# make bench ROWS=1000000 RUNS=5: timings against plain SQL and the
# executor floor, in a throwaway cluster sized to hold the table in memory.
# ONLY='^fcr' SCENARIOS=serial keep the matching aggregates and scenarios;
# ONLY=percentiles runs only the percentile benchmark (test/bench/percentiles.sql).
ROWS ?= 10000000
RUNS ?= 5
ONLY ?= .
SCENARIOS ?= .

deps:
	test/install-deps.sh $(PG_MAJOR)

test: deps
	test/with-cluster.sh $(PG_MAJOR) test/run-suites.sh

demo: deps
	test/with-cluster.sh $(PG_MAJOR) demo/run.sh

bench: deps
	test/bench/install-tdigest.sh $(PG_MAJOR)
	BENCH_ROWS=$(ROWS) BENCH_RUNS=$(RUNS) BENCH_ONLY='$(ONLY)' BENCH_SCENARIOS='$(SCENARIOS)' \
	KPI_CLUSTER_OPTIONS="shared_buffers=4GB work_mem=256MB jit=off max_worker_processes=8 max_parallel_workers=2" \
	test/with-cluster.sh $(PG_MAJOR) test/bench/run.sh

# make fuzz FUZZ_SECONDS=600: a longer libFuzzer run over the text parsers
# (make test runs a 20 s one).
FUZZ_SECONDS ?= 600
fuzz: deps
	PG_CONFIG=/usr/lib/postgresql/$(PG_MAJOR)/bin/pg_config \
	test/fuzz/run.sh $(FUZZ_SECONDS)

# make valgrind: the regression suite against a server running under
# valgrind's memcheck, with kpi built with assertions; fails on any error
# in kpi's code.
valgrind: deps
	test/valgrind/run.sh $(PG_MAJOR)

# make test-versions: make test on every PostgreSQL major version (15 on
# this machine, 17 and 18 in Debian trixie and sid root filesystems that
# test/versions/rootfs.sh makes and caches); KPI_VERSIONS="15:host 17:trixie"
# chooses.  See test/versions/run.sh.
.PHONY: test-versions
test-versions:
	test/versions/run.sh
