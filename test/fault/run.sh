#!/bin/sh
# make check-faults: the seccomp fault scenarios of one build (docs/faults.md),
# one line per scenario as test/run.sh prints them, mode "fault":
#
#   PASS  x86_64 gcc fault  nth                   (N-th mmap/clone/... fails)
#   PASS  x86_64 gcc fault  enosys-statx          (statx answers ENOSYS)
#   PASS  x86_64 gcc fault  eintr                 (EINTR and a 10 µs signal storm)
#   PASS  x86_64 gcc fault  clone3-enosys:pthread (test/pthread.c, clone3 ENOSYS)
#   SKIP  aarch64 gcc qemu  nth (seccomp is not available here ...)
#
# then "faults: I injected, S survived" and the usual
# "ARCH LABEL: N passed, M failed, K skipped" (a skip is never a pass);
# the verdicts go to $RESULTS too when it is set.
#
#   test/fault/run.sh ARCH LABEL BUILD QEMU NATIVE(yes|no)
#
# Where the arch runs natively the scenarios run natively; MODE=qemu (or
# an arch that only runs under qemu-user) runs the launcher under qemu,
# which has no seccomp: it says so, and every row is a visible SKIP.
# MODE=system runs them on the arch's real kernel (test/system/): each
# scenario becomes a two-line /bin/sh script /tests/NAME that execs the
# launcher, the launcher and the programs it runs go into the image
# beside it (/fault/), one boot runs them all under taskrt's /init, and
# the verdicts are read back as in the other modes, mode "system".
# FAULT_T=name,name picks scenarios by name; TEST_TIMEOUT (60; 300 in
# system mode, TCG being slower) bounds each.
arch=$1 label=$2 build=$3 qemu=$4 native=$5
fault=$build/fault
names=$build/system/syscall_names.h
pass=0 fail=0 skip=0 injected=0 survived=0
out=$(mktemp)
jobs=$(mktemp -d)
trap 'rm -rf "$out" "$jobs"' EXIT

mode=fault emulator=
if [ "${MODE:-native}" = system ]; then
	mode=system
elif [ "$native" != yes ] || [ "${MODE:-native}" = qemu ]; then
	mode=qemu emulator=$qemu
fi
limit=${TEST_TIMEOUT:-60}
[ "$mode" = system ] && limit=${TEST_TIMEOUT:-300}

# The existing tests that create threads and processes, run whole under
# clone3=ENOSYS (a container's seccomp policy): the Makefile builds them.
SUITE=${FAULT_SUITE_TESTS:-clone clone3 clone3_pidfd fork_threads process pthread spawn_close system thread_detach_exit vfork vfork_exec threads_c11 timer}

has() { grep -q "\"$1\" }" "$names"; }
routed() {  # -n NAME for each of those this arch has
	for n in "$@"; do has "$n" && printf -- '-n %s ' "$n"; done
}

record() {  # record VERDICT NAME [REASON]
	printf '%-5s %s %s %-6s %s%s\n' "$1" "$arch" "$label" "$mode" "$2" "${3:+ ($3)}"
	case $1 in
	PASS) pass=$((pass + 1)) ;;
	SKIP) skip=$((skip + 1)) ;;
	*) fail=$((fail + 1)); sed 's/^/    | /' "$out" | tail -n 40 ;;
	esac
	[ -n "$RESULTS" ] && echo "$1 $arch-$label-$mode $2" >> "$RESULTS"
}

chosen() {
	[ -z "$FAULT_T" ] && return 0
	echo ",$FAULT_T," | grep -q ",$1,"
}

# verdict NAME STATUS: count and report one scenario, its output in $out
verdict() {
	ni=$(sed -n 's/^FAULTS .*injected=\([0-9]*\).*/\1/p' "$out" | tail -n 1)
	ns=$(sed -n 's/^FAULTS .*survived=\([0-9]*\).*/\1/p' "$out" | tail -n 1)
	injected=$((injected + ${ni:-0})) survived=$((survived + ${ns:-0}))
	case $2 in
	0) record PASS "$1" ;;
	77) record SKIP "$1" "$(sed -n 's/^SKIP: //p' "$out" | head -n 1)" ;;
	124) echo "timed out after $limit s (TEST_TIMEOUT)" >> "$out"; record FAIL "$1" ;;
	*) echo "exit status $2" >> "$out"; record FAIL "$1" ;;
	esac
	# enosys reports no FAULTS line: each row is one filter, counted once
	case $1 in enosys-*) [ "$2" = 0 ] && injected=$((injected + 1)) survived=$((survived + 1)) ;; esac
	# and clone3_path() said so
	if [ "$1" = clone3-enosys:clone3 ] && [ "$2" = 0 ] && ! grep -q 'took the clone fallback' "$out"; then
		echo "test/clone3 did not report the clone fallback" >> "$out"
		pass=$((pass - 1)); record FAIL "clone3-enosys:clone3_path"
	fi
}

# run NAME LAUNCHER-ARGS... -- PROGRAM ARGS...: natively or under qemu,
# now; in system mode, a script for the boot below, with the launcher's
# and the program's paths as the image has them (/fault/NAME).
n_jobs=0
run() {
	name=$1; shift
	chosen "$name" || return 0
	if [ "$mode" = system ]; then
		n_jobs=$((n_jobs + 1))
		{ echo '#!/bin/sh'
		  printf 'TASKRT_TEST_MODE=fault exec /fault/launcher'
		  for a in "$@"; do
			case $a in "$fault"/*|"$build"/test/*) a=/fault/${a##*/} ;; esac
			printf " '%s'" "$a"
		  done
		  echo; } > "$jobs/$name"
		chmod +x "$jobs/$name"
		echo "$jobs $n_jobs system $jobs/$name none" >> "$jobs/list"
		return 0
	fi
	# shellcheck disable=SC2086
	TASKRT_TEST_MODE=$mode timeout -k 10 "$limit" $emulator "$fault/launcher" "$@" > "$out" 2>&1
	verdict "$name" $?
}
start=$(date +%s)
# shellcheck disable=SC2046
run nth $(routed mmap mmap2 mprotect clone fork openat pipe2 eventfd2) -- "$fault/nth"
# the calls enosys knows, as it lists them; in system mode the list is
# read from its table (no program of the arch runs here)
if [ "$mode" = system ]; then
	enosys_names=$(sed -n 's/^\t{ "\([a-z0-9_]*\)",.*/\1/p' test/fault/enosys.c | uniq)
else
	enosys_names=$("$fault/enosys" 2>/dev/null || $emulator "$fault/enosys")
fi
for n in $enosys_names; do
	has "$n" || continue     # the time64 calls: 32-bit arches only
	run "enosys-$n" -e "$n=ENOSYS" -- "$fault/enosys" "$n"
done
run eintr -- "$fault/eintr"
# shellcheck disable=SC2046
run eintr-inject $(routed futex futex_time64 read write wait4) -- "$fault/eintr" --inject
for t in $SUITE; do
	[ -x "$build/test/$t" ] || continue
	run "clone3-enosys:$t" -e clone3=ENOSYS -- "$build/test/$t" arg1 "two words"
done

if [ "$mode" = system ]; then
	# one boot runs the scripts (test/system/run.sh), which find the
	# launcher and its programs in /fault/; /init's ENOSYS probe is off,
	# the ENOSYS answers being the point here
	{ echo "dir /fault 0755"
	  for f in "$fault"/*; do
		[ -x "$f" ] && echo "file /fault/${f##*/} 0755 $f"
	  done
	  for t in $SUITE; do
		[ -x "$build/test/$t" ] && echo "file /fault/$t 0755 $build/test/$t"
	  done; } > "$jobs/extra"
	if [ -s "$jobs/list" ]; then
		TEST_TIMEOUT=$limit SYSTEM_TESTDIR=$jobs SYSTEM_EXTRA=$jobs/extra \
		SYSTEM_IMAGE=$build/system/faults.cpio SYSTEM_ARGS="TEST_ENOSYS=0 ${SYSTEM_ARGS:-}" \
			sh test/system/run.sh "$arch" "$build" "$jobs" || exit 2
	fi
	[ -f "$jobs/list" ] &&
	while read -r _ i _ script _; do
		cp "$jobs/$i.out" "$out" 2>/dev/null || : > "$out"
		verdict "${script##*/}" "$(cat "$jobs/$i.status" 2>/dev/null || echo missing)"
	done < "$jobs/list"
fi

echo "$arch $label: faults $injected injected, $survived survived, in $(( $(date +%s) - start )) s"
echo "$arch $label: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
