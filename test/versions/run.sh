#!/usr/bin/env bash
# Usage: test/versions/run.sh [MAJOR:SUITE ...]     (make test-versions)
#
# The version matrix: kpi's whole test suite (make test) on every
# PostgreSQL major version, from this one source tree.  Each entry names a
# major version and the Debian suite that ships it; "host" is this machine
# itself.  The default, KPI_VERSIONS, is
#     15:host 17:trixie 18:sid
# PostgreSQL 16 is in no Debian suite these machines reach: where a suite
# with postgresql-16 is available, add it, e.g. KPI_VERSIONS="... 16:SUITE".
#
# Every other suite runs in a Debian root filesystem made by rootfs.sh
# (debootstrap from the mirror this machine's apt sources name, cached in
# KPI_ROOTFS_CACHE), into which the tree is copied: its tracked and
# untracked-but-not-ignored files as they are now, and its git metadata.
#
# The first entry also exports a dump of stored KPI states, targets and
# calendars (test/suites/dump_restore.sh, KPI_DUMP_EXPORT), and every later
# one restores it and must answer every query identically, so that a
# warehouse that upgrades PostgreSQL keeps its stored KPIs.
#
# Prints one line per version and closes with "N passed, N failed";
# the full log of each version is in KPI_VERSIONS_LOGS (default: a
# directory under the cache), and the end of a failing one is printed.
set -uo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
here=$top/test/versions
cache=${KPI_ROOTFS_CACHE:-/var/cache/kpi-rootfs}
export KPI_ROOTFS_CACHE=$cache
if [ $# -gt 0 ]; then
	entries=("$@")
else
	read -r -a entries <<<"${KPI_VERSIONS:-15:host 17:trixie 18:sid}"
fi
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

logs=${KPI_VERSIONS_LOGS:-$cache/logs}
"${as_root[@]}" mkdir -p "$logs" || exit 1
"${as_root[@]}" chmod 1777 "$logs"
dump=$(mktemp -d "${TMPDIR:-/tmp}/kpi-versions-dump.XXXXXX")
chmod 755 "$dump"
trap 'rm -rf "$dump"; kill $(jobs -p) 2>/dev/null' EXIT
trap 'echo "interrupted"; exit 130' INT
trap 'echo "terminated"; exit 143' TERM HUP

passed=0
failed=0
summary=()
dump_from=

# The root filesystems are made (or brought up to date) in the background
# from the start, while the first version's suite runs here: each entry
# then waits for its own.  debootstrap is installed first, before anything
# else uses apt on this machine.
declare -A rootfs_pid=()
host_tools=
for entry in "${entries[@]}"; do
	suite=${entry#*:}
	if [ "$suite" != host ] && [ "$suite" != "$entry" ] && [ -z "${rootfs_pid[$suite]:-}" ]; then
		[ -n "$host_tools" ] || "$here/rootfs.sh" --host-tools || exit 1
		host_tools=yes
		"$here/rootfs.sh" "$suite" "${entry%%:*}" >"$logs/rootfs-$suite.path" 2>"$logs/rootfs-$suite.log" &
		rootfs_pid[$suite]=$!
	fi
done

# Copy the tree (tracked files and untracked ones git does not ignore, as
# they are in the working tree, and .git) to DEST.
copy_tree() {
	local dest=$1
	"${as_root[@]}" rm -rf "$dest"
	"${as_root[@]}" mkdir -p "$dest"
	{
		git -C "$top" ls-files -z --cached --others --exclude-standard |
			while IFS= read -r -d '' file; do
				if [ -e "$top/$file" ] || [ -L "$top/$file" ]; then printf '%s\0' "$file"; fi
			done
		printf '%s\0' .git
	} | tar -C "$top" --null -T - -cf - | "${as_root[@]}" tar -C "$dest" -xf -
}

# Run the whole suite for one MAJOR:SUITE entry, its output in LOG.
run_entry() {
	local major=$1 suite=$2 log=$3 root
	if [ "$suite" = host ]; then
		local export_dir=
		[ -z "${dump_export:-}" ] || export_dir=$dump
		KPI_DUMP_EXPORT=$export_dir KPI_DUMP_IMPORT=${dump_from:+$dump} KPI_DUMP_IMPORT_FROM=$dump_from \
			make -C "$top" test PG_MAJOR="$major" >"$log" 2>&1
		return
	fi
	if ! wait "${rootfs_pid[$suite]}"; then
		cat "$logs/rootfs-$suite.log" >>"$log"
		echo "the $suite root filesystem could not be made (above)" >>"$log"
		return 1
	fi
	cat "$logs/rootfs-$suite.log" >>"$log"
	root=$(tail -n 1 "$logs/rootfs-$suite.path")
	[ -d "$root/usr/lib/postgresql/$major" ] ||
		{ echo "no PostgreSQL $major in $root" >>"$log"; return 1; }
	copy_tree "$root/root/kpi" || return 1
	local import_env=()
	if [ -n "$dump_from" ]; then
		"${as_root[@]}" rm -rf "$root/root/kpi-dump"
		"${as_root[@]}" cp -a "$dump" "$root/root/kpi-dump"
		import_env=(KPI_DUMP_IMPORT=/root/kpi-dump KPI_DUMP_IMPORT_FROM="$dump_from")
	fi
	local export_env=()
	[ -z "${dump_export:-}" ] || export_env=(KPI_DUMP_EXPORT=/root/kpi-dump-export)
	env "${import_env[@]}" "${export_env[@]}" \
		"$here/in-root.sh" "$root" make -C /root/kpi test PG_MAJOR="$major" >>"$log" 2>&1
	local status=$?
	if [ -n "${dump_export:-}" ] && [ -d "$root/root/kpi-dump-export" ]; then
		cp -a "$root/root/kpi-dump-export/." "$dump/"
	fi
	"${as_root[@]}" rm -rf "$root/root/kpi" "$root/root/kpi-dump" "$root/root/kpi-dump-export"
	return $status
}

for entry in "${entries[@]}"; do
	major=${entry%%:*}
	suite=${entry#*:}
	if [ "$major" = "$entry" ] || [ -z "$suite" ]; then
		echo "test/versions/run.sh: '$entry' is not MAJOR:SUITE" >&2
		failed=$((failed + 1))
		continue
	fi
	log=$logs/postgresql-$major.log
	: >"$log"
	# the first version exports the dump the later ones restore
	dump_export=
	[ -n "$dump_from" ] || dump_export=yes
	started=$SECONDS
	echo "=== PostgreSQL $major ($suite): make test, log in $log"
	if run_entry "$major" "$suite" "$log"; then
		result=passed
		passed=$((passed + 1))
	else
		result=FAILED
		failed=$((failed + 1))
		# the suites that failed, and the end of the log without the
		# server's own log lines
		grep -E '^=== .* FAILED$' "$log" | sed 's/^/    /'
		grep -vE '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:.]+ [A-Z]+ ' "$log" | tail -n 25 | sed 's/^/    /'
	fi
	suites=$(grep -E '^suites: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
	where=$suite
	[ "$suite" != host ] || where="this machine, $(. /etc/os-release && echo "$VERSION_CODENAME")"
	line="PostgreSQL $major ($where): $result${suites:+ ($suites)} in $((SECONDS - started)) s"
	[ -z "$dump_from" ] || line="$line, dump of PostgreSQL $dump_from restored"
	echo "$line"
	summary+=("$line")
	if [ -n "$dump_export" ] && [ "$result" = passed ] && [ -f "$dump/dump" ]; then
		dump_from=$major
	fi
done

echo "=== version matrix"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
