#!/usr/bin/env bash
# Install Debian's tdigest extension for the percentile benchmark only: it
# is what a user would pick instead of duration_percentile, not something
# kpi needs.  Through sudo when not run as root; nothing if installed.
set -euo pipefail
major=${1:-15}
package="postgresql-$major-tdigest"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
	exit 0
fi
echo "Installing $package for the percentile benchmark"
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
	apt-get install -y -qq --no-install-recommends "$package" || {
	echo "could not install $package: the percentile benchmark runs without tdigest" >&2
	exit 0
}
