#!/usr/bin/env bash
# Cancel and statement_timeout stop the long loops of the C code (Erlang A
# series, Erlang B recursion, agent searches, business-time walks,
# percentile reads) within milliseconds instead of when the loop ends.
# pg_regress cannot tell, since the statement fails with the same message
# either way, so this measures: each statement runs once in full, then
# under a statement_timeout, and its cancel latency (elapsed time minus the
# timeout) must be below a fifth of the full run, and the cancelled run
# below 0.5 s.  A ratio against a baseline of the same run, not a speed
# claim: on a faster machine both shrink.  The best of three cancelled runs
# counts, since a busy machine only ever adds time.  One case cancels with
# pg_cancel_backend from another session instead.
#
# Where one call is short by design (the Erlang B recursion of 10,000,000
# Erlangs takes 20 ms, a business-time walk over the whole timestamptz
# range 20 to 70 ms), the statement makes many calls in one expression:
# the executor evaluates an expression without looking for a cancel, so
# only the functions' own polling can stop it early.  erlang_c_table makes
# its rows in one call, 20 to 30 ms at 10,000,000 Erlangs (as little as
# 19.8 ms on a fast run), and is cancelled after 3 ms instead, so that its
# full run stays above four timeouts.  Runs inside the throwaway cluster of
# test/with-cluster.sh.
set -euo pipefail
bindir=$("$PG_CONFIG" --bindir)
database=kpi_interrupts
trap '"$bindir/dropdb" --if-exists "$database"' EXIT

"$bindir/dropdb" --if-exists "$database" 2>/dev/null
"$bindir/createdb" "$database"
psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d "$database")
"${psql[@]}" -c 'CREATE EXTENSION kpi'

# A calendar as large as a calendar gets in every direction that costs a
# business-time walk something: 3,360 weekly ranges (a minute in every
# three of the week) and 2,401 closed dates, in a zone with daylight
# saving time (two offset changes a year, about 584,000 stretches from
# 4713 BC to 294276 AD).  A sparse one, open a minute a week.  And a
# duration_sketch with every bucket a value from 1 us to 9.2e18 us reaches
# (4,032 of them) and 1,000 fractions of 1, the rank each fraction reads
# being the last.
"${psql[@]}" <<'SQL'
CREATE TABLE calendars AS
SELECT (string_agg(format('%s %s-%s', d, to_char(time '00:00' + m * interval '1 min', 'HH24:MI'),
                          to_char(time '00:00' + (m + 1) * interval '1 min', 'HH24:MI')), '; ')
        || '; tz Europe/Copenhagen; closed '
        || (SELECT string_agg(to_char(date '2000-01-01' + 3 * i, 'YYYY-MM-DD'), ', ')
            FROM generate_series(0, 2400) i))::kpi_calendar AS dense,
       'Mon 09:00-09:01; tz Europe/Copenhagen'::kpi_calendar AS sparse
FROM unnest(ARRAY['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) d,
     generate_series(0, 1437, 3) m;
CREATE TABLE sketches AS
SELECT replace(duration_sketch((1.005::float8 ^ g)::bigint * interval '1 microsecond')::text,
               'version=1,',
               'version=1,fractions={' || (SELECT string_agg('1', ',') FROM generate_series(1, 1000)) || '},')::duration_sketch AS s
FROM generate_series(0, 8800) g
WHERE 1.005::float8 ^ g < 9.2e18;
SQL

# "CALL, CALL, ..." with the call repeated count times.
repeated() {
	local call=$1 count=$2 list=
	for _ in $(seq "$count"); do
		list+="${list:+, }$call"
	done
	printf '%s' "$list"
}

# Run sql in a session of its own under statement_timeout (milliseconds,
# 0 for none), after warmup, a cheap statement with the same functions
# and tables: loading the module and the catalog entries is not what is
# measured (and looks for a cancel itself).  Print the elapsed time psql
# measures (ms) and the outcome: "ok" or the SQLSTATE of the error.
run_timed() {
	local timeout=$1 warmup=$2 sql=$3 output
	# psql writes Time: to stdout with the rows, which start otherwise
	output=$("$bindir/psql" -X -q -A -t -d "$database" -v VERBOSITY=verbose \
		-c "$warmup" -c "SET statement_timeout = $timeout" -c '\timing on' \
		-c "$sql" 2>&1 || true)
	awk '/^Time: / { time = $2 }
		/^ERROR: / { state = $2; sub(":", "", state) }
		END { print time, (state == "" ? "ok" : state) }' <<<"$output"
}

failed=0

# Whether a cancel latency (ms) after a timeout (ms) is prompt for a
# statement whose full run took full ms: a fifth of it, and 0.5 s in all.
prompt() {
	awk -v l="$1" -v t="$2" -v f="$3" 'BEGIN { exit !(l < f / 5 && l + t < 500) }'
}

# Check one statement: its full run, then cancelled after timeout ms.
check_cancel() {
	local name=$1 timeout=$2 warmup=$3 sql=$4
	local full outcome elapsed latency best=
	read -r full outcome < <(run_timed 0 "$warmup" "$sql")
	if [ "$outcome" != ok ] || [ -z "$full" ]; then
		echo "$name: the full run failed ($outcome)" >&2
		failed=$((failed + 1))
		return
	fi
	# a run near the timeout would not be cancelled, or not measure much
	if awk -v f="$full" -v t="$timeout" 'BEGIN { exit !(f < 4 * t) }'; then
		echo "$name: the full run takes only $full ms, too close to the timeout of $timeout ms" >&2
		failed=$((failed + 1))
		return
	fi
	for _ in 1 2 3; do
		read -r elapsed outcome < <(run_timed "$timeout" "$warmup" "$sql")
		if [ "$outcome" != 57014 ]; then
			echo "$name: under statement_timeout = ${timeout}ms the outcome was $outcome, not 57014" >&2
			failed=$((failed + 1))
			return
		fi
		latency=$(awk -v e="$elapsed" -v t="$timeout" 'BEGIN { printf "%.1f", e - t }')
		if [ -z "$best" ] || awk -v l="$latency" -v b="$best" 'BEGIN { exit !(l < b) }'; then
			best=$latency
		fi
		prompt "$best" "$timeout" "$full" && break
	done
	if prompt "$best" "$timeout" "$full"; then
		printf '%s: full run %.0f ms, cancelled %.1f ms after the %d ms timeout\n' "$name" "$full" "$best" "$timeout"
	else
		printf '%s: full run %.0f ms, cancelled only %.1f ms after the %d ms timeout (at most %.1f allowed)\n' \
			"$name" "$full" "$best" "$timeout" \
			"$(awk -v f="$full" -v t="$timeout" 'BEGIN { m = f / 5; if (500 - t < m) m = 500 - t; print m }')" >&2
		failed=$((failed + 1))
	fi
}

# Erlang A: the issue's queue, 900,000 agents for 1,000,000 Erlangs with a
# patience of 99 AHTs, sums about 10,000,000 terms of its chain.
check_cancel erlang_a_service_level 50 \
	"SELECT erlang_a_service_level(1, 1, '1 s', '1 s', '99 s', '1 s')" \
	"SELECT ARRAY[$(repeated "erlang_a_service_level(900000, 1e6, '1 s', '1 s', '99 s', '1 s')" 3)]"
# The agent search of the same queue: a dozen such evaluations.
check_cancel erlang_a_agents 50 \
	"SELECT erlang_a_agents(1, '1 s', '1 s', '99 s', '>= 80%', '1 s')" \
	"SELECT erlang_a_agents(1e6, '1 s', '1 s', '99 s', '>= 80%', '1 s')"
# Erlang B: 10,000,000 steps of the recursion per call.
check_cancel erlang_c_wait_probability 50 \
	"SELECT erlang_c_wait_probability(1, 1, '1 s', '1 s')" \
	"SELECT ARRAY[$(repeated "erlang_c_wait_probability(10000000, 1e7, '1 s', '1 s')" 60)]"
# erlang_c_agents: the recursion to the traffic, then the search above it
# (8,447 counts to an ASA of 0).
check_cancel erlang_c_agents 50 \
	"SELECT erlang_c_agents(1, '1 s', '1 s', '<= 0 s')" \
	"SELECT ARRAY[$(repeated "erlang_c_agents(1e7, '1 s', '1 s', '<= 0 s')" 60)]"
# erlang_c_table: the recursion, then 9,854 rows.
check_cancel erlang_c_table 3 \
	"SELECT count(*) FROM erlang_c_table(1, '1 s', '1 s', '0 s')" \
	"SELECT count(*) FROM erlang_c_table(1e7, '1 s', '1 s', '0 s')"
# business_time over the whole timestamptz range, with the dense calendar.
check_cancel business_time 50 \
	"SELECT business_time(dense, '2000-01-01', '2000-01-02') FROM calendars" \
	"SELECT ARRAY[$(repeated "business_time(dense, '4713-01-01 BC', '294276-01-01')" 25)] FROM calendars"
# business_add: 27 years of open time a minute a week run to 274165 AD.
check_cancel business_add 50 \
	"SELECT business_add(sparse, '2000-01-01', '1 min') FROM calendars" \
	"SELECT ARRAY[$(repeated "business_add(sparse, '2000-01-01', '27 years')" 60)] FROM calendars"
# business_next_open with every date closed up to 9999-12-31: the walk
# crosses every offset change up to year 10000.
check_cancel business_next_open 50 \
	"SELECT business_next_open(sparse, '2000-01-01') FROM calendars" \
	"SELECT ARRAY[$(repeated "business_next_open(c, '0001-01-01')" 800)]
	 FROM (SELECT 'Mon 09:00-09:01; tz Europe/Copenhagen; closed 0001-01-01..9999-12-31'::kpi_calendar) v(c)"
# duration_percentiles: 1,000 fractions read from 4,032 buckets.
check_cancel duration_percentiles_final 50 \
	"SELECT cardinality(duration_percentiles_final(s)) FROM sketches" \
	"SELECT ARRAY[$(repeated "cardinality(duration_percentiles_final(s))" 700)] FROM sketches"

# A cancel from another session (pg_cancel_backend) during the agent
# search: the search must end within a fifth of its full run.  The
# cancelling session measures, from the cancel to the moment the search's
# session is no longer active.
warmup="SELECT erlang_a_agents(1, '1 s', '1 s', '99 s', '>= 80%', '1 s')"
sql="SELECT erlang_a_agents(1e6, '1 s', '1 s', '99 s', '>= 80%', '1 s') /* cancel me */"
read -r full _ < <(run_timed 0 "$warmup" "$sql")
client_output=$("$bindir/psql" -X -q -d "$database" -v VERBOSITY=verbose -c "$warmup" -c "$sql" 2>&1 &
	"${psql[@]}" -At 2>&1 <<'SQL'
DO $$
DECLARE
	started timestamptz := clock_timestamp();
	sent timestamptz;
BEGIN
	LOOP
		PERFORM pg_stat_clear_snapshot();
		EXIT WHEN EXISTS (SELECT FROM pg_stat_activity
						  WHERE state = 'active' AND query LIKE '%cancel me%'
							AND pid <> pg_backend_pid());
		IF clock_timestamp() > started + interval '10 s' THEN
			RAISE EXCEPTION 'the agent search did not start';
		END IF;
		PERFORM pg_sleep(0.005);
	END LOOP;
	-- well inside the search, whose first evaluations take 0.1 s and more
	PERFORM pg_sleep(0.2);
	PERFORM pg_cancel_backend(pid) FROM pg_stat_activity
	WHERE query LIKE '%cancel me%' AND pid <> pg_backend_pid();
	sent := clock_timestamp();
	LOOP
		PERFORM pg_stat_clear_snapshot();
		EXIT WHEN NOT EXISTS (SELECT FROM pg_stat_activity
							  WHERE state = 'active' AND query LIKE '%cancel me%'
								AND pid <> pg_backend_pid());
		PERFORM pg_sleep(0.0005);
	END LOOP;
	RAISE NOTICE 'cancel latency % ms',
		round(extract(epoch FROM clock_timestamp() - sent) * 1000, 1);
END
$$;
SQL
	wait)
latency=$(sed -n 's/.*cancel latency \([0-9.]*\) ms.*/\1/p' <<<"$client_output")
if [ -z "$latency" ] || ! grep -q 'ERROR:  57014' <<<"$client_output"; then
	echo "pg_cancel_backend: the search was not cancelled:" >&2
	echo "$client_output" >&2
	failed=$((failed + 1))
elif prompt "$latency" 0 "$full"; then
	printf 'pg_cancel_backend: full run %.0f ms, ended %.1f ms after the cancel\n' "$full" "$latency"
else
	printf 'pg_cancel_backend: full run %.0f ms, ended only %.1f ms after the cancel\n' "$full" "$latency" >&2
	failed=$((failed + 1))
fi

if [ "$failed" -gt 0 ]; then
	echo "interrupts: $failed statements answered a cancel late" >&2
	exit 1
fi
echo "interrupts: every long loop answers cancel and statement_timeout"
