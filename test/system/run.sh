#!/bin/sh
# test/system/run.sh ARCH BUILD JOBS: the system-mode half of test/run.sh.
# JOBS/list has run.sh's job lines ("JOBS INDEX MODE BINARY EMULATOR");
# they become /tests/LIST of an initramfs (test/system/image.sh), one
# boot of the arch's real kernel runs them all (test/system/boot.sh), and
# the verdicts on its console (test/system/init.c's "@@" lines) become
# the files run.sh reads for each INDEX, as its --one jobs write them:
# INDEX.out (the output), INDEX.status (the exit status), and
# INDEX.enosys (the calls that answered ENOSYS, for a failed test).  A
# test the machine never finished gets the console's last lines instead.
#
# TEST_TIMEOUT (seconds a test may take, 600) and TEST_JOBS (how many at
# once, 2) reach /init on the kernel command line, and SYSTEM_ARGS (more
# words for it: TEST_ENOSYS=0).  A caller whose jobs are not the build's
# test binaries (make check-faults MODE=system, make soak MODE=system)
# names their folder SYSTEM_TESTDIR, the image SYSTEM_IMAGE (default
# BUILD/system/check.cpio) and a manifest of more files SYSTEM_EXTRA
# (test/system/image.sh).
set -eu
arch=$1 build=$2 jobs=$3
here=$(dirname "$0")
mkdir -p "$build/system"
# the list: "INDEX NAME"
while read -r _ i _ bin _; do
	echo "$i ${bin##*/}"
done < "$jobs/list" > "$jobs/LIST"
[ -s "$jobs/LIST" ] || exit 0
image=${SYSTEM_IMAGE:-$build/system/check.cpio}
sh "$here/image.sh" "$arch" "$build" "$image" "$jobs/LIST" \
	"${SYSTEM_TESTDIR:-$build/test}" "${SYSTEM_EXTRA:-}"
log=$build/system/console.log
[ -n "${SYSTEM_IMAGE:-}" ] && log=${image%.cpio}.log
start=$(date +%s)
# shellcheck disable=SC2086 # SYSTEM_ARGS is a list of words
sh "$here/boot.sh" "$arch" "$image" "$log" \
	"TEST_TIMEOUT=${TEST_TIMEOUT:-600}" "TEST_JOBS=${TEST_JOBS:-2}" ${SYSTEM_ARGS:-}
echo "$(( $(date +%s) - start ))" > "$build/system/seconds"
# The console's lines, CR removed; "@@| I text" is output of test I.
tr -d '\r' < "$log" | awk -v dir="$jobs" '
	/^@@\| / { i = $2; line = $0; sub(/^@@\| [0-9]+ ?/, "", line); print line > (dir "/" i ".out"); next }
	/^@@ BEGIN / { printf "" > (dir "/" $3 ".out"); next }
	/^@@ ENOSYS / { print $4 > (dir "/" $3 ".enosys"); next }
	/^@@ END / { print $4 > (dir "/" $3 ".status"); close(dir "/" $3 ".out")
	             print $6, $5 > (dir "/times"); next }
'
# the slowest tests, for sizing them (build/ARCH/system/times.txt)
sort -rn "$jobs/times" 2>/dev/null | head -n 15 > "$build/system/times.txt" || true
while read -r i name; do
	[ -f "$jobs/$i.status" ] && continue
	{ echo "no verdict: the machine stopped before $name ended; the console's end:"
	  tr -d '\r' < "$log" | grep -v '^@@' | tail -n 30; } >> "$jobs/$i.out"
	echo "no-verdict" > "$jobs/$i.status"
done < "$jobs/LIST"
