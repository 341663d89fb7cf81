#!/usr/bin/env bash
# Print the Debian archive mirror that this machine's own apt sources use
# for its release (the entry that carries the codename of /etc/os-release,
# not its -security or -updates suites), so that the version matrix fetches
# other suites from the same place.  Reads the deb822 *.sources files and
# the one-line sources.list format; hard-codes no host.
set -euo pipefail

codename=$(. /etc/os-release && echo "${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}")

# one-line format: deb [options] URI SUITE COMPONENT...
one_line() {
	sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$@" 2>/dev/null |
		awk -v suite="$codename" '$1 == "deb" && $3 == suite { print $2; exit }'
}

# deb822 format: stanzas of Types:, URIs:, Suites: fields
deb822() {
	awk -v suite="$codename" '
		function flush() {
			if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " suite " ") && uris != "") {
				split(uris, u, " "); print u[1]; found = 1; exit
			}
			types = ""; uris = ""; suites = ""
		}
		/^[ \t]*#/ { next }
		/^[ \t]*$/ { flush(); next }
		tolower($1) == "types:" { $1 = ""; types = $0 }
		tolower($1) == "uris:" { $1 = ""; uris = $0 }
		tolower($1) == "suites:" { $1 = ""; suites = $0 }
		END { if (!found) flush() }
	' "$@" 2>/dev/null
}

mirror=
shopt -s nullglob
sources=(/etc/apt/sources.list.d/*.sources)
[ ${#sources[@]} -gt 0 ] && mirror=$(for f in "${sources[@]}"; do deb822 "$f"; done | head -n1)
if [ -z "$mirror" ]; then
	lists=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list)
	mirror=$(one_line "${lists[@]}" | head -n1)
fi
if [ -z "$mirror" ]; then
	echo "debian-mirror.sh: no apt source for '$codename' in /etc/apt/sources.list{,.d/}" >&2
	exit 1
fi
echo "${mirror%/}"
