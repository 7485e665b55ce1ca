#!/bin/sh
# test skip libc: compares taskrt's libm with glibc's itself
# The issue's differential check: every <math.h> function on a million
# arguments (natively; fewer under qemu-user, the count is printed)
# against the arch's glibc.  test/math_gen/gen.c is built twice, with
# taskrt-cc and with the glibc cross compiler (-static -lm; plain gcc on
# x86_64), and once more for the host, where `gen -r` gives a reference:
# each double and float function's long double form on the same
# arguments.  test/math_gen/compare.c (host) reads the three outputs and
# prints per function the count, the worst distance from glibc in ulps,
# and each library's worst error against the reference.  It fails when a
# double or float function is more than 1 ulp from glibc where taskrt is
# not the closer one to the reference, an integer result differs, or an
# exact function (fabs, floor, fmod, sqrt, ...: in every type) differs at
# all.  Long double functions that are not exact are reported, not judged.
#
#   test/math_vs_glibc.sh ARCH COMPILER BUILD     (COUNT=n overrides)
arch=$1 build=$3
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
# The ABI flags a glibc-linked program shares with taskrt's (ppc64le's
# 64-bit long double), from arch.mk's GLIBC_CFLAGS.
glibc_flags=$(sed -n 's/^GLIBC_CFLAGS *= *//p' "arch/$arch/arch.mk")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ "$arch" = x86_64 ]; then glibc_cc=gcc; pkg=libc6-dev; else glibc_cc=$triple-gcc; pkg=libc6-dev-$(
	case $arch in i386) echo i386 ;; aarch64) echo arm64 ;; arm) echo armhf ;; *) echo "$arch" ;; esac)-cross; fi
if ! command -v "$glibc_cc" > /dev/null || [ ! -f "$("$glibc_cc" -print-file-name=libm.a)" ]; then
	echo "the glibc reference needs $glibc_cc and its static libm: apt-get install -y $pkg"
	exit 1
fi
gcc -O2 -Wall -Wextra test/math_gen/compare.c -o "$tmp/compare" -lm || exit 1
gcc -O2 -static test/math_gen/gen.c -o "$tmp/reference" -lm || exit 1
# shellcheck disable=SC2086 # arch.mk's GLIBC_CFLAGS: words
"$glibc_cc" $glibc_flags -O2 -static test/math_gen/gen.c -o "$tmp/glibc" -lm || exit 1
"$build/bin/taskrt-cc" -O2 -Wall -Wextra -Werror test/math_gen/gen.c -o "$tmp/taskrt" -lm || exit 1

# Natively where the arch runs natively here, else under qemu-user.
run=$qemu count=${COUNT:-20000}
if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
	"$tmp/taskrt" 1 > /dev/null 2>&1
	probe=$?
	# the million once per run, in the host arch's plain gcc build; the
	# clang and UBSan builds, and i386 on an x86_64 host, check the same
	# code paths on a tenth (i386's million costs CI a minute and a half)
	full=100000; [ "$2" = gcc ] && [ "$arch" = "$(uname -m)" ] && full=1000000
	[ $probe = 126 ] || { run=""; count=${COUNT:-$full}; }
fi
echo "math_vs_glibc: $arch, $count arguments per function${run:+ (under $run)}"
# The three outputs (about 2 GB each for a million arguments) go through
# pipes into the comparer, all four running at once.
mkfifo "$tmp/taskrt.out" "$tmp/glibc.out" "$tmp/reference.out" || exit 1
# shellcheck disable=SC2086
$run "$tmp/taskrt" "$count" > "$tmp/taskrt.out" & t=$!
# shellcheck disable=SC2086
$run "$tmp/glibc" "$count" > "$tmp/glibc.out" & g=$!
"$tmp/reference" -r "$count" > "$tmp/reference.out" & r=$!
"$tmp/compare" "$tmp/taskrt.out" "$tmp/glibc.out" "$tmp/reference.out"; status=$?
for p in $t:taskrt $g:glibc $r:reference; do
	wait "${p%%:*}" || { echo "the ${p#*:} build failed: exit status $?"; status=1; }
done
exit $status
