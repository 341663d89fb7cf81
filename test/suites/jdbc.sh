#!/usr/bin/env bash
# JDBC clients: the Java suite in test/jdbc/ plays a BI tool against a fresh
# database through Debian's PostgreSQL JDBC driver. It loads a small data
# set and checks a weekly report using every KPI aggregate and target
# function, a report from a rollup of states, and the states themselves
# against values worked out by hand; with PreparedStatement parameters
# (team, dates, a target as a cast string and as a PGobject) executed until
# they are server-side prepared; reading doubles, intervals (PGInterval),
# kpi_status and kpi_target as a BI tool does, with the ResultSetMetaData
# types it displays; DatabaseMetaData.getFunctions with the extension's
# comments; SQLException states and messages for bad targets and scores;
# scores and counts bound with setLong and setBigDecimal (bigint and
# numeric overloads, values outside the scale and fractions as errors);
# and binary send/receive of kpi_target and every state type through a
# PGBinaryObject class, decoded in Java and compared with the server's
# text. Everything runs with the driver's defaults and with
# prepareThreshold=1 (binary results), and both runs must agree.
# Runs inside the throwaway cluster of test/with-cluster.sh; compiles with
# plain javac into a temporary directory.
set -euo pipefail

jar=/usr/share/java/postgresql.jar
if [ ! -r "$jar" ]; then
	echo "jdbc: $jar not found: install Debian's libpostgresql-jdbc-java (test/install-deps.sh does)" >&2
	exit 1
fi
for tool in javac java; do
	if ! command -v "$tool" >/dev/null; then
		echo "jdbc: $tool not found: install Debian's default-jdk-headless (test/install-deps.sh does)" >&2
		exit 1
	fi
done

bindir=$("$PG_CONFIG" --bindir)
database=kpi_jdbc
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-jdbc.XXXXXX")
trap 'rm -rf "$work"; "$bindir/dropdb" --if-exists "$database"' EXIT

javac -Xlint:all -Werror -d "$work" -cp "$jar" test/jdbc/*.java
"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
# the install script of the default version: CREATE EXTENSION kpi runs it
default_version=$(sed -n "s/^default_version = '\(.*\)'$/\1/p" kpi.control)
java -cp "$work:$jar" KpiJdbcSuite "$database" "kpi--$default_version.sql"
