#!/usr/bin/env bash
# Usage: test/versions/rootfs.sh SUITE MAJOR
#        test/versions/rootfs.sh --host-tools
#
# Make (or reuse) a Debian SUITE root filesystem with PostgreSQL MAJOR and
# every package that kpi's make test needs (test/install-deps.sh, run
# inside it), and print its path.  The root filesystems are kept in
# KPI_ROOTFS_CACHE (default /var/cache/kpi-rootfs), outside the checkout, so
# that a second run finds them ready; one whose package list changed since
# it was made gets the missing packages only.  debootstrap fetches from the
# mirror the machine's own apt sources name (debian-mirror.sh).  A snapshot
# mirror may serve a suite (sid) whose Release file has expired: apt inside
# that root is told not to check Valid-Until (KPI_ROOTFS_NO_VALID_UNTIL, a
# space-separated list of suites, default "sid").
set -euo pipefail

suite=$1
major=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
cache=${KPI_ROOTFS_CACHE:-/var/cache/kpi-rootfs}
root=$cache/$suite
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

log() { echo "rootfs $suite: $*" >&2; }

# debootstrap and its keyring on the host, only if missing (--host-tools:
# only that, so that the matrix installs them before anything else runs
# apt on the host)
if ! command -v debootstrap >/dev/null || [ ! -e /usr/share/keyrings/debian-archive-keyring.gpg ]; then
	log "installing debootstrap"
	"${as_root[@]}" apt-get update -qq
	"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends debootstrap debian-archive-keyring >&2
fi
[ "$suite" != --host-tools ] || exit 0
[ -n "$major" ] || { echo "usage: rootfs.sh SUITE MAJOR" >&2; exit 2; }

if [ ! -e "$root/.kpi-rootfs-complete" ]; then
	mirror=$("$here/debian-mirror.sh")
	log "debootstrap from $mirror into $root"
	"${as_root[@]}" rm -rf "$root"
	"${as_root[@]}" mkdir -p "$cache"
	# keep debootstrap's log if it fails
	if ! "${as_root[@]}" debootstrap --variant=minbase --include=ca-certificates \
		"$suite" "$root" "$mirror" >"$cache/$suite.debootstrap.log" 2>&1; then
		tail -n 30 "$cache/$suite.debootstrap.log" >&2
		[ -f "$root/debootstrap/debootstrap.log" ] && tail -n 30 "$root/debootstrap/debootstrap.log" >&2
		log "debootstrap failed"
		exit 1
	fi
	for expired in ${KPI_ROOTFS_NO_VALID_UNTIL-sid}; do
		if [ "$expired" = "$suite" ]; then
			echo 'Acquire::Check-Valid-Until "false";' |
				"${as_root[@]}" tee "$root/etc/apt/apt.conf.d/99kpi-no-valid-until" >/dev/null
		fi
	done
	# no daemons start while packages install (PostgreSQL's own cluster)
	printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$root/usr/sbin/policy-rc.d" >/dev/null
	"${as_root[@]}" chmod 755 "$root/usr/sbin/policy-rc.d"
	# no cluster of its own: the tests make theirs with pg_virtualenv
	"${as_root[@]}" mkdir -p "$root/etc/postgresql-common/createcluster.d"
	echo 'create_main_cluster = false' |
		"${as_root[@]}" tee "$root/etc/postgresql-common/createcluster.d/kpi.conf" >/dev/null
	"${as_root[@]}" touch "$root/.kpi-rootfs-complete"
fi

# the packages of make test, by the project's own list; only missing ones
"${as_root[@]}" install -m 755 "$here/../install-deps.sh" "$root/usr/local/bin/kpi-install-deps"
log "packages for PostgreSQL $major"
"$here/in-root.sh" "$root" /usr/local/bin/kpi-install-deps "$major" >&2
echo "$root"
