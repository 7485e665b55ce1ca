#!/bin/sh
# test skip libc: compares taskrt's headers with glibc's
# <sys/auxv.h>'s AT_HWCAP bits: every HWCAP_* / PPC_FEATURE* name glibc's
# header gives this arch, taskrt's gives too, with the same value (a
# program tests getauxval(AT_HWCAP) & HWCAP_ASIMD as it would with glibc).
#
#   test/hwcap.sh ARCH COMPILER BUILD
arch=$1 build=$3
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '#include <sys/auxv.h>\n' > "$tmp/auxv.c"
if ! "$triple-gcc" -E -dM "$tmp/auxv.c" > "$tmp/glibc" 2> "$tmp/log"; then
	echo "SKIP: no glibc headers for $triple ($triple-gcc: $(head -n 1 "$tmp/log"))"
	exit 77
fi
names=$(sed -n 's/^#define \(HWCAP[0-9]*_[A-Za-z0-9_]*\|PPC_FEATURE[0-9]*_[A-Za-z0-9_]*\) .*/\1/p' "$tmp/glibc" | sort -u)
# Each name's value as glibc spells it, compared by the compiler with
# taskrt's (an undefined name is an error of its own).
{
	echo '#include <sys/auxv.h>'
	for n in $names; do
		v=$(printf '#include <sys/auxv.h>\n%s\n' "$n" | "$triple-gcc" -E -P -x c - | tail -n 1)
		echo "#ifndef $n"
		echo "#error $n: not defined"
		echo "#endif"
		echo "_Static_assert(($n) == ($v), \"$n: glibc's value is $v\");"
	done
} > "$tmp/check.c"
if ! "$build/bin/taskrt-cc" -fsyntax-only "$tmp/check.c" > "$tmp/log" 2>&1; then
	echo "FAIL: taskrt's <sys/auxv.h> differs from glibc's:"
	grep -E 'error' "$tmp/log" | head -n 20
	exit 1
fi
echo "ok: the $(echo "$names" | grep -c .) AT_HWCAP names of glibc's <sys/auxv.h> for $arch, with its values"
