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
# FAULT_T=name,name picks scenarios by name; TEST_TIMEOUT (60) bounds each.
arch=$1 label=$2 build=$3 qemu=$4 native=$5
fault=$build/fault
names=$build/system/syscall_names.h
pass=0 fail=0 skip=0 injected=0 survived=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

mode=fault emulator=
if [ "$native" != yes ] || [ "${MODE:-native}" = qemu ]; then
	mode=qemu emulator=$qemu
fi

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

# run NAME LAUNCHER-ARGS... -- PROGRAM ARGS...
run() {
	name=$1; shift
	chosen "$name" || return 0
	# shellcheck disable=SC2086
	TASKRT_TEST_MODE=$mode timeout "${TEST_TIMEOUT:-60}" $emulator "$fault/launcher" "$@" > "$out" 2>&1
	status=$?
	i=$(sed -n 's/^FAULTS .*injected=\([0-9]*\).*/\1/p' "$out" | tail -n 1)
	s=$(sed -n 's/^FAULTS .*survived=\([0-9]*\).*/\1/p' "$out" | tail -n 1)
	injected=$((injected + ${i:-0})) survived=$((survived + ${s:-0}))
	case $status in
	0) record PASS "$name" ;;
	77) record SKIP "$name" "$(sed -n 's/^SKIP: //p' "$out" | head -n 1)" ;;
	*) echo "exit status $status" >> "$out"; record FAIL "$name" ;;
	esac
}

start=$(date +%s)
# shellcheck disable=SC2046
run nth $(routed mmap mmap2 mprotect clone fork openat pipe2 eventfd2) -- "$fault/nth"
for n in $("$fault/enosys" 2>/dev/null || $emulator "$fault/enosys"); do
	has "$n" || continue     # the time64 calls: 32-bit arches only
	# enosys reports no FAULTS line: each row is one filter, counted once
	run "enosys-$n" -e "$n=ENOSYS" -- "$fault/enosys" "$n"
	[ "$status" = 0 ] && injected=$((injected + 1)) survived=$((survived + 1))
done
# shellcheck disable=SC2046
run eintr -- "$fault/eintr"
# shellcheck disable=SC2046
run eintr-inject $(routed futex futex_time64 read write wait4) -- "$fault/eintr" --inject
for t in $SUITE; do
	[ -x "$build/test/$t" ] || continue
	run "clone3-enosys:$t" -e clone3=ENOSYS -- "$build/test/$t" arg1 "two words"
	# and clone3_path() said so
	if [ "$t" = clone3 ] && [ "$status" = 0 ] && ! grep -q 'took the clone fallback' "$out"; then
		echo "test/clone3 did not report the clone fallback" >> "$out"
		pass=$((pass - 1)); record FAIL "clone3-enosys:clone3_path"
	fi
done

echo "$arch $label: faults $injected injected, $survived survived, in $(( $(date +%s) - start )) s"
echo "$arch $label: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
