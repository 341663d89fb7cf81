#!/usr/bin/env bash
# Usage: test/versions/in-root.sh ROOT COMMAND [ARG...]
#
# Run COMMAND as root inside the root filesystem ROOT (see rootfs.sh), in
# private mount and PID namespaces with their own /proc, /dev, /dev/shm and
# /tmp: every mount and every process (a test cluster left running) ends
# with the command, whatever happens.  The environment is a clean one, as
# a login on that system would have; KPI_* variables pass through.
set -euo pipefail

root=$1
shift
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

environment=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
	HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive)
while IFS= read -r setting; do
	environment+=("$setting")
done < <(env | grep -E '^(KPI_[A-Z0-9_]*|CI)=' || true)

exec "${as_root[@]}" unshare --mount --propagation private --pid --fork \
	--mount-proc="$root/proc" \
	sh -c 'set -e; root=$1; shift
		mount --rbind /dev "$root/dev"
		mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
		mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
		exec chroot "$root" /usr/bin/env -i "$@"' \
	sh "$root" "${environment[@]}" "$@"
