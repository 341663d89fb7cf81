#!/usr/bin/env bash
# Dump and restore: a database holding rollup tables of KPI states, views
# and a materialized view over every KPI aggregate, a view over the
# smallint, bigint and numeric overloads (which must come back calling the
# same ones), and a table of kpi_target values (unique and hash indexes)
# with a view evaluating the KPIs against it with every target function,
# and a view of confidence intervals, p-values and probabilities of
# meeting a target, is dumped with pg_dump, restored with pg_restore into
# a fresh database, and must answer every query identically; COPY in
# text and binary form must round-trip too.  The same holds for the 1.1
# objects (a rollup of rating states, a view of ratings and of targets
# evaluated on states), and for a kpi 1.0 database: its dump restores as
# 1.1 where 1.1 is the default, or stays 1.0 and then updates with ALTER
# EXTENSION kpi UPDATE, answering the same each time.
# Runs inside the throwaway cluster of test/with-cluster.sh.
#
# Across PostgreSQL versions (test/versions/run.sh): with KPI_DUMP_EXPORT
# set to a directory, the suite also leaves there its dump, the answers to
# its queries and its COPY files; with KPI_DUMP_IMPORT set to such a
# directory made by another PostgreSQL version (KPI_DUMP_IMPORT_FROM, its
# major version), that dump is restored here and must answer every query
# as it did there, and its COPY files (text and binary) must read back the
# same states.
set -euo pipefail

# the answers must not depend on the cluster's or the machine's time zone
# and date style, which differ between the versions' systems
export PGTZ=UTC PGDATESTYLE='ISO, MDY'

bindir=$("$PG_CONFIG" --bindir)
work=$(mktemp -d "${TMPDIR:-/tmp}/kpi-dump.XXXXXX")
databases="kpi_dump_src kpi_dump_dst kpi_dump_old kpi_dump_v10 kpi_dump_v10_fresh kpi_dump_v10_kept kpi_dump_v10_again"
trap 'rm -rf "$work"; for db in $databases; do "$bindir/dropdb" --if-exists $db; done' EXIT
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 --no-psqlrc)

for db in $databases; do
	"$bindir/dropdb" --if-exists $db 2>/dev/null
done
# The objects of kpi 1.0 (setup-1.0.sql), which a 1.0 database holds too
# (see "A 1.0 database" below), then those of 1.1 (setup-1.1.sql).
cat >"$work/setup-1.0.sql" <<'SQL'
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
       shrinkage_state(idle, scheduled) AS shrinkage,
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
       shrinkage(idle, scheduled) AS shrinkage,
       duration_median(talk) AS median_talk,
       duration_percentile(wait, 0.9) AS p90_wait,
       duration_percentiles(talk, '{0.5,0.9}') AS talk_percentiles
FROM tickets GROUP BY team;

-- Scores and counts as a warehouse stores them: the view must come back
-- calling the same smallint, bigint and numeric overloads.
CREATE TABLE wide_answers AS
SELECT team, nps_score::bigint AS nps8, csat_score::numeric AS csatn,
       contacts::smallint AS contacts2, (ces_score || '.0')::numeric AS cesn
FROM tickets;
CREATE VIEW team_kpis_wide_types AS
SELECT team, nps(nps8), csat(csatn), fcr_rate(contacts2), ces(cesn),
       nps_state(nps8) AS nps_state, ces_state(cesn) AS ces_state
FROM wide_answers GROUP BY team;

CREATE MATERIALIZED VIEW team_kpis_from_rollup AS
SELECT team, nps(nps), csat(csat), fcr_rate(fcr), ces(ces), avg_handle_time(aht),
       utilization(utilization), occupancy(occupancy), service_level(sl),
       avg_speed_of_answer(asa), abandonment_rate(abandon), shrinkage(shrinkage),
       duration_median(talk_times), duration_percentile(talk_times, 0.9),
       duration_percentiles(talk_times, '{0.5,0.9}')
FROM daily GROUP BY team;

-- Customers and a monthly churn rollup (churn_state), with a view of the
-- monthly churn and retention over the raw rows.
CREATE TABLE customers AS
SELECT i AS id, 'team ' || (i % 3) AS team,
       timestamptz '2026-06-01 00:00+00' + (i * 7919 % 3000) * interval '1 hour' AS active_from,
       CASE WHEN i % 4 <> 0 THEN timestamptz '2026-06-01 00:00+00'
            + (i * 7919 % 3000 + i * 31 % 2500) * interval '1 hour' END AS active_until
FROM generate_series(1, 3000) i;
CREATE TABLE churn_monthly AS
SELECT team, m AS month,
       churn_state(active_from, active_until, tstzrange(m, m + interval '1 month')) AS churn,
       churn_state(active_from::date, active_until::date, daterange(m::date, (m + interval '1 month')::date)) AS churn_dates
FROM customers, generate_series(timestamptz '2026-06-01 00:00+00', '2026-10-01 00:00+00', '1 month') m
GROUP BY team, m;
CREATE VIEW team_churn AS
SELECT team, m AS month,
       churn_rate(active_from, active_until, tstzrange(m, m + interval '1 month')),
       retention_rate(active_from, active_until, tstzrange(m, m + interval '1 month'))
FROM customers, generate_series(timestamptz '2026-06-01 00:00+00', '2026-10-01 00:00+00', '1 month') m
GROUP BY team, m;

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

-- Staffing from the stored targets (named and defaulted arguments, a
-- set-returning function): a percent target as a service level, a
-- duration target as an ASA.
CREATE VIEW staffing AS
SELECT k.team, t.kpi, t.target,
       erlang_c_agents(k.calls, k.aht, '30 min', t.target, '20 s', shrinkage => 30) AS erlang_c,
       erlang_a_agents(k.calls, k.aht, '30 min', '2 min', t.target, '20 s', max_occupancy => 85) AS erlang_a,
       (SELECT count(*) FROM erlang_c_table(k.calls, k.aht, '30 min', '20 s')) AS table_rows
FROM (SELECT team, count(*) / 100.0 AS calls, avg_handle_time(talk, hold, acw) AS aht
      FROM tickets GROUP BY team) k
JOIN targets t ON t.kpi IN ('csat', 'asa');

-- How sure: intervals, week-over-week p-values and P(met) over the rollup
-- (the sums of squares of ces, aht and asa states must survive too).
CREATE VIEW team_uncertainty AS
SELECT d.team, kpi_ci_low(nps_state(d.nps)) AS nps_low, kpi_ci_high(nps_state(d.nps), 0.9) AS nps_high,
       kpi_ci_low(csat_state(d.csat)) AS csat_low, kpi_ci_low(fcr_state(d.fcr)) AS fcr_low,
       kpi_ci_low(ces_state(d.ces)) AS ces_low, kpi_ci_high(ces_state(d.ces)) AS ces_high,
       kpi_ci_low(aht_state(d.aht)) AS aht_low, kpi_ci_high(aht_state(d.aht)) AS aht_high,
       kpi_ci_high(service_level_state(d.sl)) AS sl_high, kpi_ci_high(asa_state(d.asa)) AS asa_high,
       kpi_ci_low(abandonment_state(d.abandon)) AS abandon_low,
       kpi_p_value(nps_state(d.nps) FILTER (WHERE d.day < date '2026-09-06'),
                   nps_state(d.nps) FILTER (WHERE d.day >= date '2026-09-06')) AS nps_p,
       kpi_p_value(aht_state(d.aht) FILTER (WHERE d.day < date '2026-09-06'),
                   aht_state(d.aht) FILTER (WHERE d.day >= date '2026-09-06')) AS aht_p,
       kpi_met_probability(aht_state(d.aht), (SELECT target FROM targets WHERE kpi = 'aht')) AS aht_met,
       kpi_met_probability(csat_state(d.csat), (SELECT target FROM targets WHERE kpi = 'csat')) AS csat_met
FROM daily d GROUP BY d.team;

-- Business-hours calendars (time zones with and without DST, a POSIX rule,
-- overnight hours, holidays), with a btree and a hash index, and a view of
-- business time over the tickets: the stored form (pre-parsed ranges and
-- the zone name) must come back, and answer the same.
CREATE TABLE calendars (team text PRIMARY KEY, hours kpi_calendar NOT NULL);
CREATE INDEX calendars_hours ON calendars (hours);
CREATE INDEX calendars_hours_hash ON calendars USING hash (hours);
INSERT INTO calendars VALUES
  ('team 0', 'Mon-Fri 08:00-16:00; tz Europe/Copenhagen; closed 2026-09-04, 2026-12-24..2026-12-26'),
  ('team 1', 'Mon-Fri 09:00-17:00, 18:00-20:00; Sat 10:00-14:00; tz America/New_York'),
  ('team 2', 'daily 22:00-06:00; tz CET-1CEST,M3.5.0,M10.5.0/3');
CREATE VIEW team_business_hours AS
SELECT c.team, c.hours,
       sum(business_time(c.hours, t.day::timestamptz + interval '7 hours',
                         t.day::timestamptz + interval '7 hours' + t.talk * 100)) AS open_time,
       service_level(business_time(c.hours, t.day::timestamptz, t.day::timestamptz + t.wait * 1000),
                     '8 hours') AS sl_8h,
       min(business_add(c.hours, t.day::timestamptz + interval '1 hour', t.hold * 50)) AS first_due,
       count(*) FILTER (WHERE business_open(c.hours, t.day::timestamptz + interval '23 hours')) AS open_at_23,
       min(business_next_open(c.hours, t.day::timestamptz + interval '17 hours')) AS next_open
FROM calendars c JOIN tickets t USING (team)
GROUP BY c.team, c.hours;
SQL
# kpi 1.1: mean ratings on 1..5, on half points of 0..7 (numeric) and on
# 0..10 (bigint) in a rollup of rating states, and a view of the ratings
# with their intervals and of targets evaluated on states
cat >"$work/setup-1.1.sql" <<'SQL'
CREATE TABLE daily_ratings AS
SELECT team, day, rating_state(csat_score, 1, 5) AS satisfaction,
       rating_state((ces_score - 0.5 * (id % 2))::numeric, 0, 7) AS effort_half,
       rating_state(nps_score::bigint, 0, 10) AS recommend
FROM tickets GROUP BY team, day;
CREATE VIEW team_ratings AS
SELECT team, rating(r.satisfaction), rating(r.effort_half) AS effort_half,
       kpi_ci_low(rating_state(r.satisfaction)) AS satisfaction_low,
       kpi_ci_high(rating_state(r.effort_half), 0.9) AS effort_high,
       kpi_status(rating_state(r.satisfaction), '> 3 warn 2.5') AS satisfaction_status,
       kpi_attainment(rating_state(r.recommend), '>= 6') AS recommend_attainment,
       kpi_met_probability(rating_state(r.recommend), '>= 5') AS recommend_met,
       kpi_p_value(rating_state(r.satisfaction) FILTER (WHERE day < date '2026-09-06'),
                   rating_state(r.satisfaction) FILTER (WHERE day >= date '2026-09-06')) AS satisfaction_p,
       kpi_status(nps_state(d.nps), '> 0') AS nps_status,
       kpi_gap(aht_state(d.aht), '< 6 min') AS aht_gap,
       kpi_met(csat_state(d.csat), '>= 60%') AS csat_met
FROM daily d JOIN daily_ratings r USING (team, day)
GROUP BY team;
SQL
"$bindir/createdb" kpi_dump_src
"${psql[@]}" -d kpi_dump_src -c 'CREATE EXTENSION kpi' -f "$work/setup-1.0.sql" -f "$work/setup-1.1.sql"

# the queries over the objects of 1.0, and over those of 1.1
queries_10='SELECT * FROM team_kpis ORDER BY team;
SELECT * FROM team_scorecard ORDER BY team, kpi;
SELECT target, count(*) FROM targets GROUP BY target ORDER BY target;
SELECT * FROM team_kpis_from_rollup ORDER BY team;
SELECT * FROM daily ORDER BY team, day;
SELECT * FROM staffing ORDER BY team, kpi;
SELECT * FROM team_uncertainty ORDER BY team;
SELECT * FROM team_churn ORDER BY team, month;
SELECT team, month, churn, churn_dates, churn_rate(churn) OVER w, retention_rate(churn_dates) OVER w
FROM churn_monthly WINDOW w AS (PARTITION BY team, month) ORDER BY team, month;
SELECT * FROM team_kpis_wide_types ORDER BY team;
SELECT DISTINCT d.refobjid::regprocedure::text AS aggregate
FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
JOIN pg_proc p ON p.oid = d.refobjid AND p.prokind = '"'a'"'
WHERE r.ev_class = '"'team_kpis_wide_types'"'::regclass ORDER BY 1;
SELECT * FROM team_business_hours ORDER BY team;
SELECT hours, count(*) FROM calendars GROUP BY hours ORDER BY hours;'
queries_11='SELECT * FROM team_ratings ORDER BY team;
SELECT * FROM daily_ratings ORDER BY team, day;'
queries="$queries_10
$queries_11"

"${psql[@]}" -d kpi_dump_src -c "$queries" >"$work/before.txt"
"$bindir/pg_dump" -Fc -f "$work/dump" kpi_dump_src
"$bindir/createdb" kpi_dump_dst
"$bindir/pg_restore" --exit-on-error -d kpi_dump_dst "$work/dump"
"${psql[@]}" -d kpi_dump_dst -c "$queries" >"$work/after.txt"
grep -q 'team 2' "$work/before.txt"	# the queries did return the teams
grep -qE '(met|at_risk|missed)' "$work/before.txt"	# and the scorecard its statuses
grep -qE '^ team 2 +\| asa +\| < 20 s +\| +[0-9]+ \| +[0-9]+ \| +[0-9]+$' "$work/before.txt"	# and staffing its agents
grep -A5 'nps_low' "$work/before.txt" | grep -E '^ team 2 +\| +-?[0-9]' >/dev/null	# and intervals, not NULLs
grep -q 'nps(bigint)' "$work/before.txt"	# and the view its bigint overload
diff -u "$work/before.txt" "$work/after.txt"
echo "pg_dump/pg_restore: $(wc -l <"$work/before.txt") lines of results identical"

grep -q 'period_from_us=1780272000000000' "$work/before.txt"	# and the June churn states
# COPY of the rollup tables, as text and as binary, through the client.
# copy_back DB TABLE COPY FILE FORMAT WHAT: read FILE (a COPY of TABLE in
# FORMAT) into a new table COPY of database DB, which must then hold
# exactly TABLE's rows (states have no equality operator: their text forms
# are compared, both ways).
copy_back() {
	local db=$1 table=$2 copy=$3 file=$4 format=$5 what=$6 differing rows
	"${psql[@]}" -d "$db" <<SQL
CREATE TABLE $copy (LIKE $table);
\\copy $copy FROM '$file' (FORMAT $format)
SQL
	differing=$("${psql[@]}" -d "$db" -Atc \
		"SELECT count(*) FROM ((SELECT c::text FROM $copy c EXCEPT SELECT c::text FROM $table c)
		                       UNION ALL (SELECT c::text FROM $table c EXCEPT SELECT c::text FROM $copy c)) x")
	rows=$("${psql[@]}" -d "$db" -Atc "SELECT count(*) FROM $copy")
	if [ "$differing" != 0 ] || [ "$rows" = 0 ]; then
		echo "$what: $differing differing rows of $rows" >&2
		exit 1
	fi
	echo "$what: $rows rows identical"
}

# COPY of the rollup tables (KPI states and churn states), as text and as
# binary, through the client.
for format in text binary; do
	"${psql[@]}" -d kpi_dump_src -c "\\copy daily TO '$work/daily.$format' (FORMAT $format)"
	copy_back kpi_dump_dst daily "daily_$format" "$work/daily.$format" "$format" "COPY $format of the rollup"
	"${psql[@]}" -d kpi_dump_src -c "\\copy churn_monthly TO '$work/churn.$format' (FORMAT $format)"
	copy_back kpi_dump_dst churn_monthly "churn_$format" "$work/churn.$format" "$format" \
		"COPY $format of the churn rollup"
	"${psql[@]}" -d kpi_dump_src -c "\\copy daily_ratings TO '$work/ratings.$format' (FORMAT $format)"
	copy_back kpi_dump_dst daily_ratings "ratings_$format" "$work/ratings.$format" "$format" \
		"COPY $format of the rating rollup"
done
grep -qE '^ team 2 +\| +[0-9.]+ +\| +[0-9.]+ +\| +[0-9.]+ +\| +[0-9.]+ +\| (met|at_risk|missed) ' "$work/before.txt"	# the ratings and their statuses

# A 1.0 database: the objects of kpi 1.0, in a database whose extension
# is kpi 1.0 (CREATE EXTENSION kpi VERSION '1.0', running on this build,
# as a server does once its package is upgraded), answers as the 1.1 one
# does.  Its dump, restored where kpi 1.1 is the default, makes a 1.1
# database; restored where 1.0 was created first (as pg_upgrade keeps it),
# it stays 1.0 until ALTER EXTENSION kpi UPDATE.  Each must answer the
# same, and the updated one must take the 1.1 objects and answer as a 1.1
# database; dumped again, it restores once more with the same answers.
extversion() {
	"${psql[@]}" -d "$1" -Atc "SELECT extversion FROM pg_extension WHERE extname = 'kpi'"
}
same_answers() {
	local db=$1 queries=$2 expected=$3 what=$4
	"${psql[@]}" -d "$db" -c "$queries" >"$work/$db.txt"
	if ! diff -u "$expected" "$work/$db.txt"; then
		echo "$what: answers differ" >&2
		exit 1
	fi
	echo "$what (kpi $(extversion "$db")): $(wc -l <"$work/$db.txt") lines of results identical"
}
"${psql[@]}" -d kpi_dump_src -c "$queries_10" >"$work/before-1.0-objects.txt"
"${psql[@]}" -d kpi_dump_src -c "$queries_11" >"$work/before-1.1-objects.txt"
"$bindir/createdb" kpi_dump_v10
"${psql[@]}" -d kpi_dump_v10 -c "CREATE EXTENSION kpi VERSION '1.0'" -f "$work/setup-1.0.sql"
[ "$(extversion kpi_dump_v10)" = 1.0 ]
same_answers kpi_dump_v10 "$queries_10" "$work/before-1.0-objects.txt" "a 1.0 database"
"$bindir/pg_dump" -Fc -f "$work/dump-1.0" kpi_dump_v10

"$bindir/createdb" kpi_dump_v10_fresh
"$bindir/pg_restore" --exit-on-error -d kpi_dump_v10_fresh "$work/dump-1.0"
[ "$(extversion kpi_dump_v10_fresh)" = "$(extversion kpi_dump_src)" ]
same_answers kpi_dump_v10_fresh "$queries_10" "$work/before-1.0-objects.txt" "its dump restored where 1.1 is the default"

"$bindir/createdb" kpi_dump_v10_kept
"${psql[@]}" -d kpi_dump_v10_kept -c "CREATE EXTENSION kpi VERSION '1.0'"
"$bindir/pg_restore" --exit-on-error -d kpi_dump_v10_kept "$work/dump-1.0"
[ "$(extversion kpi_dump_v10_kept)" = 1.0 ]
same_answers kpi_dump_v10_kept "$queries_10" "$work/before-1.0-objects.txt" "its dump restored into kpi 1.0"
"${psql[@]}" -d kpi_dump_v10_kept -c 'ALTER EXTENSION kpi UPDATE'
[ "$(extversion kpi_dump_v10_kept)" = "$(extversion kpi_dump_src)" ]
same_answers kpi_dump_v10_kept "$queries_10" "$work/before-1.0-objects.txt" "then updated"
"${psql[@]}" -d kpi_dump_v10_kept -f "$work/setup-1.1.sql"
same_answers kpi_dump_v10_kept "$queries_11" "$work/before-1.1-objects.txt" "the updated database's ratings and targets on states"
for format in text binary; do
	"${psql[@]}" -d kpi_dump_v10 -c "\\copy daily TO '$work/daily-1.0.$format' (FORMAT $format)"
	copy_back kpi_dump_src daily "daily_v10_$format" "$work/daily-1.0.$format" "$format" \
		"COPY $format of the 1.0 database's rollup into a 1.1 one"
	copy_back kpi_dump_v10_kept daily "daily_v10_$format" "$work/daily.$format" "$format" \
		"COPY $format of the 1.1 rollup into the updated database"
done
"$bindir/pg_dump" -Fc -f "$work/dump-updated" kpi_dump_v10_kept
"$bindir/createdb" kpi_dump_v10_again
"$bindir/pg_restore" --exit-on-error -d kpi_dump_v10_again "$work/dump-updated"
"${psql[@]}" -d kpi_dump_src -c "$queries_10
$queries_11" >"$work/before-both.txt"
same_answers kpi_dump_v10_again "$queries_10
$queries_11" "$work/before-both.txt" "the updated database dumped and restored"

# The files another PostgreSQL version restores (test/versions/run.sh).
if [ -n "${KPI_DUMP_EXPORT:-}" ]; then
	mkdir -p "$KPI_DUMP_EXPORT"
	cp "$work/dump" "$work/before.txt" "$work"/daily.text "$work"/daily.binary \
		"$work"/churn.text "$work"/churn.binary "$KPI_DUMP_EXPORT/"
	"$PG_CONFIG" --version >"$KPI_DUMP_EXPORT/made-by"
	chmod -R a+rX "$KPI_DUMP_EXPORT"
	echo "exported the dump, its answers and COPY files to $KPI_DUMP_EXPORT"
fi

# A dump made by another PostgreSQL version: restored here, it must answer
# every query as it did there, and its COPY files must read back the same
# states, in text and in binary form.
if [ -n "${KPI_DUMP_IMPORT:-}" ]; then
	from=${KPI_DUMP_IMPORT_FROM:-another version}
	[ -f "$KPI_DUMP_IMPORT/dump" ] || { echo "no dump in $KPI_DUMP_IMPORT" >&2; exit 1; }
	"$bindir/createdb" kpi_dump_old
	"$bindir/pg_restore" --exit-on-error -d kpi_dump_old "$KPI_DUMP_IMPORT/dump"
	"${psql[@]}" -d kpi_dump_old -c "$queries" >"$work/old-after.txt"
	# Every stored value, KPI, status and count must be the same text as
	# there.  Computed decimals with a fractional part may differ in the
	# last units of double precision: the p-values and probabilities go
	# through the C library's erfc, exp and log, which another Debian
	# release's libc rounds differently (0.9606174649295638 on trixie,
	# ...637 on sid); those may differ by 4 units in the last place, no
	# more.
	python3 "$(dirname "$0")/same_answers.py" "$KPI_DUMP_IMPORT/before.txt" "$work/old-after.txt"
	# and this version's own answers over the same data are the same too
	python3 "$(dirname "$0")/same_answers.py" "$KPI_DUMP_IMPORT/before.txt" "$work/before.txt"
	echo "dump of PostgreSQL $from ($(cat "$KPI_DUMP_IMPORT/made-by")) restored on $("$PG_CONFIG" --version):" \
		"$(wc -l <"$work/old-after.txt") lines of results, the same answers"
	for copy in daily churn; do
		table=daily
		[ "$copy" = daily ] || table=churn_monthly
		for format in text binary; do
			copy_back kpi_dump_old "$table" "${copy}_old_$format" "$KPI_DUMP_IMPORT/$copy.$format" \
				"$format" "COPY $format of $table from PostgreSQL $from"
		done
	done
fi
