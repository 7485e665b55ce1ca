#!/bin/sh
# test skip libc: compares taskrt with glibc itself
# The bounded differential fuzz run (docs/fuzz.md, test/fuzz/): the same
# harness built with taskrt and with glibc, 1,000,000 cases in ten
# sections (printf, scanf, strtol, strtod, time, qsort, getopt, mem/str
# at guard pages, realpath/basename/dirname, inet), seed 1, and the two
# outputs must be the same.  Natively in the gcc build; the other native
# builds (clang, UBSan) and aarch64's gcc build under qemu-user run a
# twentieth (50,000 cases: the same code, and qemu is ten to twenty
# times slower).  The other qemu-user rows skip it, visibly: each would
# cost CI a minute to compare the same portable C again; `make fuzz
# ARCH=...` runs it on any arch.  `make fuzz` is the long run.
#
#   test/fuzz.sh ARCH COMPILER BUILD
arch=$1 compiler=$2 build=$3
cases=50000 where="a twentieth"
if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
	[ "$compiler" = gcc ] && cases=1000000 where="all"
elif [ "$arch-$compiler" != aarch64-gcc ]; then
	echo "SKIP: under qemu-user the bounded run is aarch64 gcc's (CI time); make fuzz ARCH=$arch runs it"
	exit 77
fi
out=$(sh test/fuzz/run.sh "$arch" "$build" 1 "$cases" 2>&1)
status=$?
echo "$out"
[ "$status" = 0 ] && echo "fuzz: $compiler: $where of the bounded run"
exit "$status"
