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
# GNU hello (Debian's source package hello, fetched at test time), an
# autoconf and gnulib package: configured with
#   ./configure --host=TRIPLE CC=ARCH-linux-taskrt-cc
# from a make install-all prefix, built, and passing its own make check
# (test/lib/autoconf-package.sh); its configure's results match glibc's
# but for what taskrt lacks, listed here: only gnulib's glibc identity
# check (taskrt is neither glibc nor uClibc).
#
#   test/autoconf_hello.sh ARCH COMPILER BUILD
arch=$1 compiler=${2%%+*} build=$3
. test/lib/need.sh
. test/lib/scratch-install.sh
. test/lib/quietly.sh
. test/lib/autoconf-package.sh
lacks='whether we are using the GNU C Library >= 2.1 or uClibc'
autoconf_package hello "$arch" "$compiler" "$build" "--disable-nls"
