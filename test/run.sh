#!/bin/sh
# Run the tests of one build, natively where the machine can and under
# qemu-user, two at a time (the machine has two cores), and report one line
# per test and mode, in order:
#
#   PASS  x86_64 gcc native  printf
#   FAIL  aarch64 clang qemu clone     (its output follows, indented)
#   SKIP  arm gcc qemu  vfork (qemu-user: CLONE_VFORK runs as a plain fork, ...)
#
# A test exits 0 (pass), 77 after printing "SKIP: reason" (a skip decided
# by a runtime probe), anything else (fail).  A skip is never counted as a
# pass.  The counts are appended to $RESULTS when set; the last line is
# "N passed, M failed, K skipped".
#
#   test/run.sh ARCH LABEL BUILD QEMU NATIVE(yes|no) [WORD...]
#   test/run.sh --one DIR INDEX MODE TEST EMULATOR|none   (one job, internal)
#   test/run.sh --script DIR INDEX NAME ARCH LABEL BUILD  (one shell check)
#
# LABEL names the build on every line (gcc, clang, gcc+ubsan, glibc, ...).
# The environment may choose: T=name,name (tests, shell checks included, by
# name; default all) and MODE=native|qemu|both (default: native and qemu
# where the arch runs natively, else qemu; QEMU_TOO=no leaves out the
# qemu run of a native arch by default, as check-all's clang and UBSan
# rows do: the gcc row already shows qemu-user's view of that arch);
# TEST_TIMEOUT=seconds a test binary may take (600), SCRIPT_TIMEOUT a
# shell check (1800).  With RESULTS set, each job's seconds go to
# RESULTS' .tests file.
#
# MODE=system (make check-system) runs the same tests on a real Linux
# kernel instead: they are packed with taskrt's own /init into an
# initramfs, booted under qemu-system (test/system/), and their verdicts
# are read back from the serial console; the mode is named "system" on
# every line, so "skip qemu" tags do not apply there.  A test that failed
# after a system call answered ENOSYS is a SKIP "(ENOSYS: name,...)".
# Stress tests are skipped there unless SYSTEM_STRESS=yes (then in the
# gcc build only).
# Shell checks run there only if they carry a line "# test system: what"
# (and such a check runs in system mode only).
#
# Where a test runs is said in its source, one line per tag, read here (so
# one grep lists what runs where):
#
#   /* test skip WORD: reason */   not run where WORD holds; a SKIP line
#   /* test stress: what */        a long loop: runs once per arch, in the
#                                  plain gcc build: natively where the arch
#                                  runs so, else under qemu
#   /* test cflags: FLAGS */       (read by the Makefile) extra flags
#
# WORD is one of: native, qemu (the mode); ARCH, native-ARCH, qemu-ARCH;
# or a word the caller passes for the build: gcc, clang, ubsan, libc (any C
# library but taskrt), glibc, musl.  Shell checks (test/*.sh) take the same
# tags as "# test skip WORD: reason" lines and run in mode "build".
if [ "$1" = --one ]; then
	dir=$2 index=$3 mode=$4 test=$5 emulator=$6
	[ "$emulator" = none ] && emulator=""
	start=$(date +%s)
	# -k: qemu-user caught in a fault loop of its own never sees the
	# SIGTERM; the KILL 10 s later ends it.
	# $emulator is empty (native) or one word, the qemu binary.
	# shellcheck disable=SC2086
	TASKRT_TEST_MODE=$mode timeout -k 10 "${TEST_TIMEOUT:-600}" $emulator "$test" arg1 "two words" \
		> "$dir/$index.out" 2>&1
	echo $? > "$dir/$index.status"
	echo $(($(date +%s) - start)) > "$dir/$index.secs"
	exit 0
fi
if [ "$1" = --script ]; then
	dir=$2 index=$3
	start=$(date +%s)
	timeout -k 10 "${SCRIPT_TIMEOUT:-1800}" sh "test/$4.sh" "$5" "$6" "$7" > "$dir/$index.out" 2>&1
	echo $? > "$dir/$index.status"
	echo $(($(date +%s) - start)) > "$dir/$index.secs"
	exit 0
fi

arch=$1 label=$2 build=$3 qemu=$4 native=$5
shift 5
words="$*"
pass=0 fail=0 skip=0
jobs=$(mktemp -d)
trap 'rm -rf "$jobs"' EXIT

case ${MODE:-default} in
system) modes="system" ;;
default)
	modes="qemu"
	[ "$native" = yes ] && modes="native qemu"
	[ "$native" = yes ] && [ "${QEMU_TOO:-yes}" = no ] && modes="native" ;;
qemu) modes="qemu" ;;
native|both)
	if [ "$native" != yes ]; then
		echo "test/run.sh: $arch does not run natively on this machine (MODE=$MODE)" >&2
		exit 2
	fi
	modes="native"; [ "$MODE" = both ] && modes="native qemu" ;;
*) echo "test/run.sh: MODE is native, qemu, both or system, not '$MODE'" >&2; exit 2 ;;
esac

# The tests: every test/*.c but the demo, and the shell checks (every
# test/*.sh but the tools), or those T names.
all_c=$(for f in test/*.c; do n=${f##*/}; [ "$n" = demo.c ] || echo "${n%.c}"; done)
all_sh=$(for f in test/*.sh; do
	case ${f##*/} in run.sh|summary.sh|size.sh|need-tools.sh) continue ;; esac
	# a "# test system:" check runs in system mode, and only there
	if grep -q '^# test system: ' "$f"; then [ "$MODE" = system ] || continue
	else [ "$MODE" != system ] || continue; fi
	n=${f##*/}; echo "${n%.sh}"
done)
if [ -n "$T" ]; then
	chosen=$(echo "$T" | tr ',' '\n' | grep .)
	for n in $chosen; do
		if ! echo "$all_c $all_sh" | tr ' ' '\n' | grep -qx "$n"; then
			echo "test/run.sh: no test named '$n' (test/$n.c or test/$n.sh)" >&2
			exit 2
		fi
	done
	tests_c=$(echo "$all_c" | grep -Fx "$chosen")
	tests_sh=$(echo "$all_sh" | grep -Fx "$chosen")
else
	tests_c=$all_c tests_sh=$all_sh
fi

# A passing test's output is not shown but for its "note: " lines: what
# it saw that a reader of the run wants to know (which clone3 path the
# kernel took, that vfork shared memory).
record() {  # record VERDICT MODE NAME [REASON] [OUTPUT-FILE]
	printf '%-5s %s %s %-6s %s%s\n' "$1" "$arch" "$label" "$2" "$3" "${4:+ ($4)}"
	case $1 in
	PASS) pass=$((pass + 1))
	      [ -n "$5" ] && sed -n 's/^note: /    note: /p' "$5" ;;
	SKIP) skip=$((skip + 1)) ;;
	*) fail=$((fail + 1)); sed 's/^/    | /' "$5" | tail -n 40 ;;
	esac
	[ -n "$RESULTS" ] && echo "$1 $arch-$label-$2 $3" >> "$RESULTS"
}

# timing JOB MODE NAME: the job's seconds, for the summary's list of the
# slowest (CI has a time budget; test/summary.sh).
timing() {
	[ -n "$RESULTS" ] && [ -f "$jobs/$1.secs" ] &&
		echo "$(cat "$jobs/$1.secs") $arch-$label-$2 $3" >> "${RESULTS%.txt}.tests"
	return 0
}

# tag_skip FILE MODE: the reason FILE is not run in MODE of this build, or
# nothing.  The first matching tag wins.
tag_skip() {
	here=" $2 $2-$arch $arch $words "
	sed -n -e 's|^/\* test skip \([^:]*\): \(.*\) \*/$|\1 \2|p' \
	       -e 's|^# test skip \([^:]*\): \(.*\)$|\1 \2|p' "$1" |
	while read -r word reason; do
		case $here in *" $word "*) echo "$reason"; break ;; esac
	done
	what=$(sed -n 's|^/\* test stress: \(.*\) \*/$|\1|p' "$1")
	if [ -n "$what" ] && [ "$2" = system ]; then
		# TCG is slower still than qemu-user for threads and forks
		if [ "$SYSTEM_STRESS" != yes ]; then
			echo "system: the stress run ($what) runs natively and under qemu-user; SYSTEM_STRESS=yes runs it here"
		elif [ "$label" != gcc ]; then
			echo "system: the stress run ($what) runs once per arch, in the gcc build"
		fi
	fi
	if [ -n "$what" ] && [ "$2" = native ]; then
		# the clang, UBSan and malloc-checking builds run the same loops
		# a second time for a minute or two of CI: once per arch is enough
		case $label in
		gcc|glibc|musl) ;;
		*) echo "native: the stress run ($what) runs once per arch, in the gcc build" ;;
		esac
	fi
	if [ -n "$what" ] && [ "$2" = qemu ]; then
		if [ "$native_runs" = yes ]; then
			echo "qemu-user: the stress run ($what) ran natively for this arch"
		elif [ "$label" != gcc ]; then
			echo "qemu-user: the stress run ($what) runs once per arch, in the gcc build"
		fi
	fi
}

# Can this kernel run the arch natively at all?  (i386 needs the x86_64
# kernel's IA32 emulation, which some kernels are built or booted without.)
# Probed with the first test binary there is.
native_skip=""
if [ "$native" = yes ]; then
	for n in $tests_c; do
		[ -x "$build/test/$n" ] || continue
		"$build/test/$n" >/dev/null 2>&1
		[ $? = 126 ] && native_skip="this kernel cannot execute $arch binaries: no IA32 emulation"
		break
	done
fi
native_runs=no
[ "$native" = yes ] && [ -z "$native_skip" ] && native_runs=yes

# The job list: one line per test and mode; a skip is written down
# instead.  The shell checks (test/*.sh, mode "build") come first: they
# are the longest jobs (a third-party build, a million-value comparison),
# and one of them beside a stream of short binaries keeps both cores busy.
shmode=build
[ "$modes" = system ] && shmode=system
for n in $tests_sh; do
	reason=$(tag_skip "test/$n.sh" $shmode | head -n 1)
	if [ -n "$reason" ]; then
		echo "$reason" > "$jobs/sh-$n.skip"
	else
		echo "--script $jobs sh-$n $n $arch $label $build"
	fi
done > "$jobs/scripts"
i=0
for n in $tests_c; do
	for mode in $modes; do
		i=$((i + 1))
		reason=$(tag_skip "test/$n.c" "$mode" | head -n 1)
		[ "$mode" = native ] && [ -z "$reason" ] && reason=$native_skip
		if [ -n "$reason" ]; then
			echo "$reason" > "$jobs/$i.skip"
		elif [ ! -x "$build/test/$n" ]; then
			echo "not built: $build/test/$n" > "$jobs/$i.out"
			echo missing > "$jobs/$i.status"
		else
			emulator=none; [ "$mode" = qemu ] && emulator=$qemu
			echo "$jobs $i $mode $build/test/$n $emulator"
		fi
	done
done > "$jobs/list"
if [ "$modes" = system ]; then
	# one boot runs them all (test/system/run.sh writes the same files),
	# then the shell checks that belong to system mode run here
	sh test/system/run.sh "$arch" "$build" "$jobs" || exit 2
	xargs -r -P 2 -L 1 sh "$0" < "$jobs/scripts"
else
	{ cat "$jobs/scripts"; sed 's/^/--one /' "$jobs/list"; } | xargs -r -P 2 -L 1 sh "$0"
fi

# The verdicts: the binaries', then the shell checks'.
i=0
for n in $tests_c; do
	for mode in $modes; do
		i=$((i + 1))
		if [ -f "$jobs/$i.skip" ]; then
			record SKIP "$mode" "$n" "$(cat "$jobs/$i.skip")"
			continue
		fi
		status=$(cat "$jobs/$i.status" 2>/dev/null || echo missing)
		# system mode: it failed after a call the kernel does not have
		if [ -s "$jobs/$i.enosys" ] && [ "$status" != 0 ] && [ "$status" != 77 ]; then
			record SKIP "$mode" "$n" "ENOSYS: $(cat "$jobs/$i.enosys")"
			continue
		fi
		timing "$i" "$mode" "$n"
		case $status in
		0) record PASS "$mode" "$n" "" "$jobs/$i.out" ;;
		77) record SKIP "$mode" "$n" "$(sed -n 's/^SKIP: //p' "$jobs/$i.out" | head -n 1)" ;;
		124) echo "    | timed out after ${TEST_TIMEOUT:-600} s (TEST_TIMEOUT)" >> "$jobs/$i.out"
		   record FAIL "$mode" "$n" "" "$jobs/$i.out" ;;
		*) echo "    | exit status $status" >> "$jobs/$i.out"
		   record FAIL "$mode" "$n" "" "$jobs/$i.out" ;;
		esac
	done
done

# Whole-toolchain checks that are shell scripts rather than binaries; like
# a binary, one exits 77 after a "SKIP: reason" line for a runtime skip.
for n in $tests_sh; do
	if [ -f "$jobs/sh-$n.skip" ]; then
		record SKIP $shmode "$n" "$(cat "$jobs/sh-$n.skip")"
		continue
	fi
	timing "sh-$n" $shmode "$n"
	case $(cat "$jobs/sh-$n.status" 2>/dev/null || echo missing) in
	0) record PASS $shmode "$n" ;;
	124) echo "timed out after ${SCRIPT_TIMEOUT:-1800} s (SCRIPT_TIMEOUT)" >> "$jobs/sh-$n.out"
	     record FAIL $shmode "$n" "" "$jobs/sh-$n.out" ;;
	77) record SKIP $shmode "$n" "$(sed -n 's/^SKIP: //p' "$jobs/sh-$n.out" | head -n 1)" ;;
	*) record FAIL $shmode "$n" "" "$jobs/sh-$n.out" ;;
	esac
done

echo "$arch $label: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
