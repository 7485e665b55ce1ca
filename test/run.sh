#!/bin/sh
# Run every test binary of one build, natively where the machine can and
# under qemu-user, one line per test and mode:
#
#   PASS  x86_64 gcc native  printf
#   FAIL  aarch64 clang qemu clone     (its output follows, indented)
#   SKIP  arm gcc qemu  vfork (qemu-user: CLONE_VFORK runs as a plain fork)
#
# A test exits 0 (pass), 77 after printing "SKIP: reason" (skip), anything
# else (fail).  A skip is never counted as a pass.  The counts are appended
# to $RESULTS when set; the last line is "N passed, M failed".
#
#   test/run.sh ARCH COMPILER BUILD QEMU NATIVE(yes|no)
arch=$1 compiler=$2 build=$3 qemu=$4 native=$5
pass=0 fail=0 skip=0
modes="qemu"
[ "$native" = yes ] && modes="native qemu"
out=$(mktemp)
trap 'rm -f "$out"' EXIT

record() {  # record VERDICT MODE NAME [REASON]
	printf '%-5s %s %s %-6s %s%s\n' "$1" "$arch" "$compiler" "$2" "$3" "${4:+ ($4)}"
	case $1 in
	PASS) pass=$((pass + 1)) ;;
	SKIP) skip=$((skip + 1)) ;;
	*) fail=$((fail + 1)); sed 's/^/    | /' "$out" | tail -n 40 ;;
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

for t in "$build"/test/*; do
	[ -x "$t" ] || continue
	name=${t##*/}
	for mode in $modes; do
		runner=""
		[ $mode = qemu ] && runner=$qemu
		if [ $mode = native ] && [ -n "$native_skip" ]; then
			record SKIP native "$name" "$native_skip"
			continue
		fi
		TASKRT_TEST_MODE=$mode TASKRT_TEST_COMPILER=$compiler timeout 600 $runner "$t" arg1 "two words" > "$out" 2>&1
		status=$?
		case $status in
		0) record PASS $mode "$name" ;;
		77) record SKIP $mode "$name" "$(sed -n 's/^SKIP: //p' "$out" | head -n 1)" ;;
		*) echo "    | exit status $status" >> "$out"; record FAIL $mode "$name" ;;
		esac
	done
done

# Whole-toolchain checks that are shell scripts rather than binaries.
for s in test/*.sh; do
	case ${s##*/} in run.sh|summary.sh|size.sh|need-tools.sh) continue ;; esac
	name=${s##*/}; name=${name%.sh}
	if sh "$s" "$arch" "$compiler" "$build" > "$out" 2>&1; then
		record PASS build "$name"
	else
		record FAIL build "$name"
	fi
done

echo "$arch $compiler: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
