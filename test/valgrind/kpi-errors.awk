# kpi-errors.awk: read memcheck logs, count the error reports, print
# those with a frame in kpi's code (a source path under the build
# directory passed as -v build=..., or kpi.so) and exit 1 if there is one.
# A report is the run of lines between two "==pid== " separators that
# holds a stack; reports wholly inside PostgreSQL are summarised by kind.

/^==[0-9]+== $/ { flush(); next }

{
	line = $0
	sub(/^==[0-9]+== /, "", line)
	if (block == "")
		kind = line
	block = block $0 "\n"
	if (line ~ /^ *(at|by) 0x/)
		stack = 1
	if (index(line, build) || index(line, "kpi.so"))
		ours = 1
}

function flush() {
	if (stack) {
		total++
		if (ours) {
			kpi++
			printf "%s\n", block
		} else
			others[kind]++
	}
	block = ""
	stack = 0
	ours = 0
}

END {
	flush()
	for (k in others)
		printf "  outside kpi: %d x %s\n", others[k], k > "/dev/stderr"
	printf "memcheck: %d error reports, %d in kpi code\n", total, kpi > "/dev/stderr"
	exit (kpi > 0 ? 1 : 0)
}
