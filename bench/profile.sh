#!/bin/bash
# bench/profile.sh DIR: where a create+join round trip spends its time,
# natively, for the programs in DIR/<impl>/ (bench/run.sh passes
# build/bench/<host arch>).
#
#   1. strace -f -c: system calls per round trip, by name, for each libc and
#      the floor (the thread's own exit is not in strace -c's table: a call
#      that never returns is never timed; add 1 exit per round trip).
#   2. perf record (if perf works here): the hottest symbols, kernel and
#      user, for taskrt and for the floor.
set -eu
dir=$1
N=200
ROUNDS=$((N + N / 10 + 1))          # the programs' warm-up runs too

echo "System calls per create+join round trip (strace -f -c, $ROUNDS round trips):"
for i in taskrt glibc musl floor; do
	p="$dir/$i/create_join $N"; [ $i = floor ] && p="$dir/floor/floor clone $N"
	[ -x "${p%% *}" ] || continue
	# shellcheck disable=SC2086 # $p: the program and its arguments, split on purpose
	strace -f -c -o "$dir/strace-c.txt" $p >/dev/null
	# Rows with at least one call per ten round trips: the per-thread ones.
	awk -v r=$ROUNDS -v who=$i '
		$1 ~ /^[0-9.]+$/ && NF >= 5 && $NF != "total" {
			calls = $4; if (calls / r < 0.1) next
			line = line sprintf("  %s %.2f (%.0f%%)", $NF, calls / r, $1)
		}
		END { printf "  %-7s%s\n", who ":", line }' "$dir/strace-c.txt"
done
echo "  (percent: share of the traced system-call time; strace itself slows every call)"

if ! perf record -q -e cpu-clock -o "$dir/perf.data" true >/dev/null 2>&1; then
	echo
	echo "perf: not available here (install linux-perf, or lower kernel.perf_event_paranoid)"
	exit 0
fi
for i in taskrt floor; do
	p="$dir/$i/create_join 2000"; [ $i = floor ] && p="$dir/floor/floor clone 2000"
	echo
	echo "perf record -e cpu-clock, $i, 2,201 round trips: hottest symbols (all threads, self time)"
	# shellcheck disable=SC2086 # $p: the program and its arguments, split on purpose
	perf record -q -e cpu-clock -F 20000 -o "$dir/perf.data" $p >/dev/null 2>&1
	perf report -i "$dir/perf.data" --no-children --sort dso,sym --stdio 2>/dev/null \
		| grep -E '^ +[0-9]' | head -14 | sed 's/^ */  /'
done
