#!/usr/bin/env bash
# Dump and restore: a database holding rollup tables of KPI states, views
# and a materialized view over every KPI aggregate, and a table of
# kpi_target values (unique and hash indexes) with a view evaluating the
# KPIs against it with every target function, is dumped with pg_dump,
# restored with pg_restore into a fresh database, and must answer every
# query identically; COPY in text and binary form must round-trip too.
# Runs inside the throwaway cluster of test/with-cluster.sh.
set -euo pipefail

bindir=$("$PG_CONFIG" --bindir)
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-dump.XXXXXX")
trap 'rm -rf "$work"; "$bindir/dropdb" --if-exists kpi_dump_src; "$bindir/dropdb" --if-exists kpi_dump_dst' EXIT
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 --no-psqlrc)

"$bindir/dropdb" --if-exists kpi_dump_src 2>/dev/null
"$bindir/dropdb" --if-exists kpi_dump_dst 2>/dev/null
"$bindir/createdb" kpi_dump_src
"${psql[@]}" -d kpi_dump_src <<'SQL'
CREATE EXTENSION kpi;
CREATE TABLE tickets AS
SELECT i AS id, 'team ' || (i % 3) AS team, date '2026-09-01' + (i % 10) AS day,
       CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 7) % 11 END AS nps_score,
       1 + (i * 3) % 5 AS csat_score, 1 + (i * 5) % 7 AS ces_score,
       i % 3 <> 0 AS resolved, 1 + i % 3 AS contacts,
       make_interval(secs => 60 + (i * 37) % 400 + 0.25) AS talk,
       make_interval(secs => (i * 13) % 90) AS hold,
       make_interval(secs => (i * 17) % 120) AS acw,
       make_interval(secs => (i * 29) % 70) AS wait,
       i % 5 = 0 AS abandoned, interval '8 hours' AS scheduled,
       make_interval(mins => 300 + (i * 23) % 150) AS busy,
       make_interval(mins => (i * 11) % 60) AS idle
FROM generate_series(1, 5000) i;

CREATE TABLE daily AS
SELECT team, day, nps_state(nps_score) AS nps, csat_state(csat_score) AS csat,
       fcr_state(contacts) AS fcr, ces_state(ces_score) AS ces,
       aht_state(talk, hold, acw) AS aht, utilization_state(busy, scheduled) AS utilization,
       occupancy_state(talk, idle) AS occupancy,
       service_level_state(wait, abandoned, '20 s') AS sl,
       asa_state(wait, abandoned) AS asa,
       abandonment_state(abandoned, wait, '5 s') AS abandon,
       duration_sketch(talk) AS talk_times
FROM tickets GROUP BY team, day;

CREATE VIEW team_kpis AS
SELECT team, nps(nps_score), csat(csat_score), csat(resolved) AS csat_flag,
       fcr_rate(resolved), fcr_rate(contacts) AS fcr_contacts, ces(ces_score),
       avg_handle_time(talk), avg_handle_time(talk, hold, acw) AS aht_parts,
       utilization(busy, scheduled), occupancy(talk, idle),
       service_level(wait, '20 s'), service_level(wait, abandoned, '20 s') AS sl_abandon,
       avg_speed_of_answer(wait, abandoned), abandonment_rate(abandoned),
       abandonment_rate(abandoned, wait, '5 s') AS abandon_short,
       duration_median(talk) AS median_talk,
       duration_percentile(wait, 0.9) AS p90_wait,
       duration_percentiles(talk, '{0.5,0.9}') AS talk_percentiles
FROM tickets GROUP BY team;

CREATE MATERIALIZED VIEW team_kpis_from_rollup AS
SELECT team, nps(nps), csat(csat), fcr_rate(fcr), ces(ces), avg_handle_time(aht),
       utilization(utilization), occupancy(occupancy), service_level(sl),
       avg_speed_of_answer(asa), abandonment_rate(abandon),
       duration_median(talk_times), duration_percentile(talk_times, 0.9),
       duration_percentiles(talk_times, '{0.5,0.9}')
FROM daily GROUP BY team;

-- Targets: a kpi_target column with a unique (btree) and a hash index,
-- and a view evaluating the KPIs against them with every target function.
CREATE TABLE targets (kpi text PRIMARY KEY, target kpi_target NOT NULL UNIQUE);
CREATE INDEX targets_hash ON targets USING hash (target);
INSERT INTO targets VALUES ('nps', '> 7'), ('csat', '>= 80% warn 70%'),
  ('aht', '< 6 min warn 8 min'), ('abandon', '<= 5%'), ('asa', '< 20 s');

CREATE VIEW team_scorecard AS
SELECT k.team, t.kpi, t.target, kpi_goal(t.target), kpi_warning(t.target),
       kpi_direction(t.target), kpi_unit(t.target),
       kpi_status(v.value, t.target), kpi_met(v.value, t.target),
       kpi_attainment(v.value, t.target), kpi_gap(v.value, t.target),
       kpi_status(v.duration, t.target) AS duration_status,
       kpi_met(v.duration, t.target) AS duration_met,
       kpi_attainment(v.duration, t.target) AS duration_attainment,
       kpi_gap(v.duration, t.target) AS duration_gap
FROM team_kpis k
CROSS JOIN LATERAL (VALUES ('nps', k.nps, NULL::interval), ('csat', k.csat, NULL),
                           ('aht', NULL, k.aht_parts), ('abandon', k.abandon_short, NULL),
                           ('asa', NULL, k.avg_speed_of_answer)) v(kpi, value, duration)
JOIN targets t ON t.kpi = v.kpi;
SQL

queries='SELECT * FROM team_kpis ORDER BY team;
SELECT * FROM team_scorecard ORDER BY team, kpi;
SELECT target, count(*) FROM targets GROUP BY target ORDER BY target;
SELECT * FROM team_kpis_from_rollup ORDER BY team;
SELECT * FROM daily ORDER BY team, day;'

"${psql[@]}" -d kpi_dump_src -c "$queries" >"$work/before.txt"
"$bindir/pg_dump" -Fc -f "$work/dump" kpi_dump_src
"$bindir/createdb" kpi_dump_dst
"$bindir/pg_restore" --exit-on-error -d kpi_dump_dst "$work/dump"
"${psql[@]}" -d kpi_dump_dst -c "$queries" >"$work/after.txt"
grep -q 'team 2' "$work/before.txt"	# the queries did return the teams
grep -qE '(met|at_risk|missed)' "$work/before.txt"	# and the scorecard its statuses
diff -u "$work/before.txt" "$work/after.txt"
echo "pg_dump/pg_restore: $(wc -l <"$work/before.txt") lines of results identical"

# COPY of the rollup table, as text and as binary, through the client.
for format in text binary; do
	"${psql[@]}" -d kpi_dump_src -c "\\copy daily TO '$work/daily.$format' (FORMAT $format)"
	"${psql[@]}" -d kpi_dump_dst <<SQL
CREATE TABLE daily_$format (LIKE daily);
\\copy daily_$format FROM '$work/daily.$format' (FORMAT $format)
SQL
	# states have no equality operator: compare their text forms instead
	differing=$("${psql[@]}" -d kpi_dump_dst -Atc \
		"SELECT count(*) FROM (SELECT d::text FROM daily_$format d EXCEPT SELECT d::text FROM daily d) x")
	rows=$("${psql[@]}" -d kpi_dump_dst -Atc "SELECT count(*) FROM daily_$format")
	if [ "$differing" != 0 ] || [ "$rows" = 0 ]; then
		echo "COPY $format round trip: $differing differing rows of $rows" >&2
		exit 1
	fi
	echo "COPY $format: $rows rollup rows identical"
done
