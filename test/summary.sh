#!/bin/sh
# Sum the result lines of every arch and compiler (written by run.sh) into
# the closing line; exit non-zero when anything failed.
file=$1
pass=$(grep -c '^PASS' "$file" 2>/dev/null)
fail=$(grep -c '^FAIL' "$file" 2>/dev/null)
skip=$(grep -c '^SKIP' "$file" 2>/dev/null)
echo
# RESULTS.times (test/lib/row.sh, check-all only) gives each row's seconds.
times="${file%.txt}.times"
[ -f "$times" ] || times=/dev/null
echo "per arch and compiler (passed/failed/skipped, seconds):"
awk 'FILENAME != ARGV[1] { t[$1] = $2; next }
     { split($2, k, "-"); key = k[1] "-" k[2] (k[3] ~ /^(system|fault)$/ ? "-" k[3] : ""); n[key]++; c[key, $1]++ }
     END { for (key in n) { printf "  %-20s %4d %4d %4d", key, c[key, "PASS"], c[key, "FAIL"], c[key, "SKIP"]
                            if (key in t) printf " %5d", t[key]
                            printf "\n" } }' "$file" "$times" | sort
awk '{ s += $2 } END { if (NR) printf "  %-20s %20d\n", "all rows", s }' "$times"
# .ci/run's steps before check-all, and the slowest jobs of every row
# (test/run.sh writes RESULTS.tests): where a run's time went.
[ -f "${file%.txt}.ci" ] && awk '{ printf "  %-20s %20d\n", $1, $2 }' "${file%.txt}.ci"
if [ -s "${file%.txt}.tests" ]; then
	echo "slowest jobs (seconds):"
	sort -rn "${file%.txt}.tests" | head -n 6 | awk '{ printf "  %5d  %s %s\n", $1, $2, $3 }'
fi
grep '^SKIP [^ ]*-row ' "$file" | sed 's/^/  /'
grep '^FAIL' "$file" | sed 's/^/  /'
echo "${pass:-0} passed, ${fail:-0} failed, ${skip:-0} skipped"
[ "${fail:-0}" -eq 0 ] && [ "${pass:-0}" -gt 0 ]
