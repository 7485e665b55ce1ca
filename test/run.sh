#!/bin/sh
# Run every test binary of one build, natively where the machine can and
# under qemu-user, two at a time (the machine has two cores), and report
# one line per test and mode, in order:
#
#   PASS  x86_64 gcc native  printf
#   FAIL  aarch64 clang qemu clone     (its output follows, indented)
#   SKIP  arm gcc qemu  vfork (qemu-user: CLONE_VFORK runs as a plain fork, ...)
#
# A test exits 0 (pass), 77 after printing "SKIP: reason" (skip), anything
# else (fail).  A skip is never counted as a pass.  The counts are appended
# to $RESULTS when set; the last line is "N passed, M failed, K skipped".
#
#   test/run.sh ARCH COMPILER BUILD QEMU NATIVE(yes|no)
#   test/run.sh --one DIR INDEX MODE TEST EMULATOR|none   (one job, internal)
if [ "$1" = --one ]; then
	dir=$2 index=$3 mode=$4 test=$5 emulator=$6
	[ "$emulator" = none ] && emulator=""
	TASKRT_TEST_MODE=$mode timeout 600 $emulator "$test" arg1 "two words" \
		> "$dir/$index.out" 2>&1
	echo $? > "$dir/$index.status"
	exit 0
fi

arch=$1 compiler=$2 build=$3 qemu=$4 native=$5
pass=0 fail=0 skip=0
modes="qemu"
[ "$native" = yes ] && modes="native qemu"
jobs=$(mktemp -d)
trap 'rm -rf "$jobs"' EXIT
export TASKRT_TEST_COMPILER=$compiler

record() {  # record VERDICT MODE NAME [REASON] [OUTPUT-FILE]
	printf '%-5s %s %s %-6s %s%s\n' "$1" "$arch" "$compiler" "$2" "$3" "${4:+ ($4)}"
	case $1 in
	PASS) pass=$((pass + 1)) ;;
	SKIP) skip=$((skip + 1)) ;;
	*) fail=$((fail + 1)); sed 's/^/    | /' "$5" | tail -n 40 ;;
	esac
	[ -n "$RESULTS" ] && echo "$1 $arch-$compiler-$2 $3" >> "$RESULTS"
}

# Can this kernel run the arch natively at all?  (i386 needs the x86_64
# kernel's IA32 emulation, which some kernels are built or booted without.)
native_skip=""
if [ "$native" = yes ]; then
	probe=$(ls "$build"/test/* | head -n 1)
	"$probe" >/dev/null 2>&1
	[ $? = 126 ] && native_skip="this kernel cannot execute $arch binaries: no IA32 emulation"
fi
# Tell the tests whether this arch also runs natively (the stress tests
# then skip their slow qemu run).
TASKRT_TEST_NATIVE_RUNS=no
[ "$native" = yes ] && [ -z "$native_skip" ] && TASKRT_TEST_NATIVE_RUNS=yes
export TASKRT_TEST_NATIVE_RUNS

# The job list: one line per test and mode.
i=0
for t in "$build"/test/*; do
	[ -x "$t" ] || continue
	for mode in $modes; do
		i=$((i + 1))
		if [ $mode = native ] && [ -n "$native_skip" ]; then
			echo "$native_skip" > "$jobs/$i.skip"
			continue
		fi
		echo "$jobs $i $mode $t $([ $mode = qemu ] && echo "$qemu" || echo none)"
	done
done > "$jobs/list"
xargs -P 2 -L 1 sh "$0" --one < "$jobs/list"

# The verdicts, in the list's order.
i=0
for t in "$build"/test/*; do
	[ -x "$t" ] || continue
	name=${t##*/}
	for mode in $modes; do
		i=$((i + 1))
		if [ -f "$jobs/$i.skip" ]; then
			record SKIP $mode "$name" "$(cat "$jobs/$i.skip")"
			continue
		fi
		status=$(cat "$jobs/$i.status" 2>/dev/null || echo missing)
		case $status in
		0) record PASS $mode "$name" ;;
		77) record SKIP $mode "$name" "$(sed -n 's/^SKIP: //p' "$jobs/$i.out" | head -n 1)" ;;
		*) echo "    | exit status $status" >> "$jobs/$i.out"
		   record FAIL $mode "$name" "" "$jobs/$i.out" ;;
		esac
	done
done

# Whole-toolchain checks that are shell scripts rather than binaries.
for s in test/*.sh; do
	case ${s##*/} in run.sh|summary.sh|size.sh|need-tools.sh) continue ;; esac
	name=${s##*/}; name=${name%.sh}
	if sh "$s" "$arch" "$compiler" "$build" > "$jobs/script.out" 2>&1; then
		record PASS build "$name"
	else
		record FAIL build "$name" "" "$jobs/script.out"
	fi
done

echo "$arch $compiler: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
