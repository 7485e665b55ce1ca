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
# but for the functions and headers taskrt lacks, listed here (each a
# gnulib "declared without a macro" probe of a GNU or BSD extension, or
# a glibc identity check).
#
#   test/autoconf_hello.sh ARCH COMPILER BUILD
arch=$1 compiler=${2%%+*} build=$3
. test/lib/need.sh
. test/lib/scratch-install.sh
. test/lib/quietly.sh
. test/lib/autoconf-package.sh
lacks='for memory.h
whether strerror_r returns char *
whether we are using the GNU C Library >= 2.1 or uClibc
whether ffsl is declared without a macro
whether ffsll is declared without a macro
whether rawmemchr is declared without a macro
whether strcasestr is declared without a macro
whether strverscmp is declared without a macro
whether canonicalize_file_name is declared without a macro
whether getloadavg is declared without a macro
whether getsubopt is declared without a macro
whether initstate_r is declared without a macro
whether mkostemps is declared without a macro
whether mkstemps is declared without a macro
whether random_r is declared without a macro
whether rpmatch is declared without a macro
whether secure_getenv is declared without a macro
whether setstate_r is declared without a macro
whether srandom_r is declared without a macro
whether euidaccess is declared without a macro
whether getdtablesize is declared without a macro
whether getusershell is declared without a macro
whether setusershell is declared without a macro
whether endusershell is declared without a macro
whether group_member is declared without a macro
whether wcpncpy is declared without a macro'
autoconf_package hello "$arch" "$compiler" "$build" "--disable-nls"
