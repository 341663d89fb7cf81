# Sourced by the scripts that start a PostgreSQL server (test/with-cluster.sh,
# test/suites/debian_package.sh): free_port prints a TCP port that nothing
# listens on.  pg_virtualenv's clusters take 5432 unless told otherwise and
# fail when another server already uses it (the system's own cluster, or a
# second make test).

# Print a port between 20000 and 39999 with no socket file and no listener.
free_port() {
	local port
	for _ in $(seq 1 200); do
		port=$((20000 + RANDOM % 20000))
		[ -e "/var/run/postgresql/.s.PGSQL.$port" ] && continue
		[ -e "/tmp/.s.PGSQL.$port" ] && continue
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
		echo "$port"
		return 0
	done
	echo "free_port: no free port found" >&2
	return 1
}
