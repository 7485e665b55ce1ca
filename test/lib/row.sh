#!/bin/sh
# One row of check-all: row.sh KEY RESULTS command...
# KEY is the results' arch-compiler[-mode] prefix ("x86_64-gcc-" for every
# mode of a row), RESULTS run.sh's results file.
# Runs the command (a make of one arch, compiler and mode), then
#  - counts a failure that left no failing test of KEY in RESULTS as one
#    "FAIL KEY build" line, so a row that did not build is seen, once;
#  - appends "KEY SECONDS" to RESULTS' .times file: CI has a time
#    budget, and the summary shows where it goes.
# Its exit status is 0: the summary decides.
key=$1 results=$2
shift 2
start=$(date +%s)
name=${key%-}
"$@" || grep -q "^FAIL $key" "$results" 2>/dev/null || echo "FAIL $name build" >> "$results"
echo "$name $(($(date +%s) - start))" >> "${results%.txt}.times"
