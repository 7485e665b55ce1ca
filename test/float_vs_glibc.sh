#!/bin/sh
# test skip libc: compares taskrt's printf and strtod with glibc's
# printf's floating conversions and strtod/strtof/strtold, value for value
# against glibc: test/float_gen/gen.c prints a million and more values
# from a fixed pseudo-random sequence (random bits, powers of ten, halfway
# cases and their neighbours, subnormals, long digit strings, hex; every
# precision 0-20 and none, e E f F g G a A, flags, widths; double and long
# double); it is built once with taskrt-cc and once, statically, with the
# arch's glibc compiler (gcc on x86_64, <triple>-gcc from Debian's
# gcc-<triple> packages elsewhere), both run (natively, or under qemu-user
# with a tenth of the values), and the two outputs must be the same bytes.
#
#   test/float_vs_glibc.sh ARCH COMPILER BUILD
arch=$1 compiler=$2 build=$3
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
gen=test/float_gen/gen.c
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc=$triple-gcc
[ "$arch" = "$(uname -m)" ] && cc=gcc
if ! command -v "$cc" > /dev/null || [ ! -f "$($cc -print-file-name=libc.a)" ]; then
	echo "float_vs_glibc: the glibc reference needs $cc and its static glibc:" \
		"apt-get install -y gcc-$triple libc6-dev-${triple%%-*}-cross (or gcc libc6-dev)"
	exit 1
fi
flags="-O2 -Wall -Wextra -Werror -Wno-format-nonliteral"
# shellcheck disable=SC2086 # flags is a list of words
"$cc" $flags -static "$gen" -o "$tmp/glibc" || exit 1
# shellcheck disable=SC2086
"$build/bin/taskrt-cc" $flags "$gen" -o "$tmp/taskrt" || exit 1

# Natively where the arch runs natively here, else under qemu-user.
run=$qemu thousands=120 where="under $qemu, a tenth of the values"
if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
	"$tmp/taskrt" 0 > /dev/null 2>&1
	# the million once per run, in the plain gcc build; the clang and
	# UBSan builds check the same code on a tenth
	if [ $? != 126 ]; then
		if [ "$compiler" = gcc ]; then run="" thousands=1200 where=natively
		else run="" thousands=120 where="natively, a tenth of the values (the gcc build has them all)"; fi
	fi
fi
# $run is empty (native) or one word, the qemu binary.
# shellcheck disable=SC2086
$run "$tmp/glibc" $thousands > "$tmp/want" 2> "$tmp/want.n" || { echo "float_vs_glibc: the glibc build failed"; exit 1; }
# shellcheck disable=SC2086
$run "$tmp/taskrt" $thousands > "$tmp/got" 2> "$tmp/got.n" || { echo "float_vs_glibc: the taskrt build failed"; exit 1; }

n=$(cat "$tmp/want.n")
if ! cmp -s "$tmp/want" "$tmp/got"; then
	bad=$(diff "$tmp/want" "$tmp/got" | grep -c '^<')
	line=$(cmp "$tmp/want" "$tmp/got" | sed -n 's/.* line \([0-9]*\).*/\1/p')
	echo "float_vs_glibc: $arch $compiler: $bad of $n values differ from glibc ($where); the first, line $line:"
	echo "  glibc:  $(sed -n "${line}p" "$tmp/want")"
	echo "  taskrt: $(sed -n "${line}p" "$tmp/got")"
	echo "  (the first word is the section: see test/float_gen/gen.c)"
	exit 1
fi
echo "float_vs_glibc: $arch $compiler: $n values compared with glibc, all the same ($where)"
