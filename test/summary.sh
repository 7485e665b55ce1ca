#!/bin/sh
# Sum the result lines of every arch and compiler (written by run.sh) into
# the closing line; exit non-zero when anything failed.
file=$1
pass=$(grep -c '^PASS' "$file" 2>/dev/null)
fail=$(grep -c '^FAIL' "$file" 2>/dev/null)
skip=$(grep -c '^SKIP' "$file" 2>/dev/null)
echo
echo "per arch and compiler (passed/failed/skipped):"
awk '{ split($2, k, "-"); key = k[1] "-" k[2] (k[3] == "system" ? "-system" : ""); n[key]++; c[key, $1]++ }
     END { for (key in n) printf "  %-20s %4d %4d %4d\n", key, c[key, "PASS"], c[key, "FAIL"], c[key, "SKIP"] }' "$file" | sort
grep '^FAIL' "$file" | sed 's/^/  /'
echo "${pass:-0} passed, ${fail:-0} failed, ${skip:-0} skipped"
[ "${fail:-0}" -eq 0 ] && [ "${pass:-0}" -gt 0 ]
