#!/bin/sh
# test skip libc: builds with the installed taskrt wrapper
# test skip clang: an autoconf package per arch is enough; CI's gcc rows have it
# test skip ubsan: an autoconf package per arch is enough; CI's gcc rows have it
# test skip i386: autoconf packages build on x86_64 and aarch64 (CI time)
# test skip arm: autoconf packages build on x86_64 and aarch64 (CI time)
# test skip riscv64: autoconf packages build on x86_64 and aarch64 (CI time)
# test skip ppc64le: autoconf packages build on x86_64 and aarch64 (CI time)
# test skip s390x: autoconf packages build on x86_64 and aarch64 (CI time)
# test skip mips64el: autoconf packages build on x86_64 and aarch64 (CI time)
# XZ Utils (Debian's source package xz-utils, fetched at test time), an
# autoconf and libtool package with POSIX threads (its multithreaded
# coder): configured with
#   ./configure --host=TRIPLE CC=ARCH-linux-taskrt-cc --disable-shared ...
# from a make install-all prefix (--disable-shared: libtool assumes shared
# libraries on Linux, which the wrapper refuses), built, passing its own make check
# (test/lib/autoconf-package.sh), and compressing with four threads the
# same bytes as with two (the multithreaded coder's output depends on
# the block size, not on the number of threads).  Its configure's results match glibc's but for
# the features taskrt lacks, listed here.
#
#   test/autoconf_xz.sh ARCH COMPILER BUILD
arch=$1 compiler=${2%%+*} build=$3
if grep -q '^#define __TASKRT_NO_SETJMP' "$build/include/bits/setjmp.h"; then
	echo "SKIP: this port has no setjmp.S, and XZ's test harness (tuktest.h) longjmps"; exit 77
fi
. test/lib/need.sh
. test/lib/scratch-install.sh
. test/lib/quietly.sh
. test/lib/autoconf-package.sh
lacks=''
# The parts make check does not test (the scripts, xzdec, lzmainfo) and
# the documentation are left out: build time.
autoconf_package xz-utils "$arch" "$compiler" "$build" \
	"--disable-shared --disable-nls --disable-doc --disable-scripts --disable-xzdec --disable-lzmadec --disable-lzmainfo --disable-lzma-links" || exit 1

# Multithreaded compression: blocks of 64 KiB, so that every thread has
# work (20 blocks); four threads make the same .xz as two, and back.
xz=$tmp/taskrt/src/xz/xz
seq 1 200000 > "$tmp/in"
if $xz -T4 --block-size=65536 -c "$tmp/in" > "$tmp/t4.xz" &&
   $xz -T2 --block-size=65536 -c "$tmp/in" > "$tmp/t2.xz" &&
   cmp -s "$tmp/t4.xz" "$tmp/t2.xz" && $xz -T4 -dc "$tmp/t4.xz" | cmp -s - "$tmp/in"; then
	echo "ok: xz -T4: $(wc -c < "$tmp/in") bytes, the same .xz as -T2, and back"
else
	echo "FAIL: xz -T4 differs from -T2 or does not round-trip"; exit 1
fi
