#!/bin/sh
# One row of check-all: row.sh KEY RESULTS command...
# KEY is the results' arch-compiler[-mode] prefix ("x86_64-gcc-" for every
# mode of a row), RESULTS run.sh's results file.
# Runs the command (a make of one arch, compiler and mode), then
#  - counts a failure that left no failing test of KEY in RESULTS as one
#    "FAIL KEY build" line, so a row that did not build is seen, once;
#  - appends "KEY SECONDS" to RESULTS' .times file: CI has a time
#    budget, and the summary shows where it goes.
# With CI_DEADLINE (seconds since the epoch, .ci/run sets it) past, the
# row is not run but written down as one SKIP line saying so: a CI run
# that would overrun its time still ends with the summary of what ran.
# Its exit status is 0: the summary decides.
key=$1 results=$2
shift 2
start=$(date +%s)
name=${key%-}
if [ -n "$CI_DEADLINE" ] && [ "$start" -ge "$CI_DEADLINE" ]; then
	echo "SKIP  $name: not run, CI's time budget (CI_DEADLINE) was spent"
	echo "SKIP $name-row (not run: CI's time budget was spent)" >> "$results"
	echo "$name 0" >> "${results%.txt}.times"
	exit 0
fi
"$@" || grep -q "^FAIL $key" "$results" 2>/dev/null || echo "FAIL $name build" >> "$results"
echo "$name $(($(date +%s) - start))" >> "${results%.txt}.times"
