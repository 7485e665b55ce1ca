#!/bin/sh
# test skip libc: builds with taskrt's installed Meson cross file
# test skip clang: a Meson run per arch is enough; CI's gcc rows have it
# test skip ubsan: a Meson run per arch is enough; CI's gcc rows have it
# test skip i386: Meson runs on x86_64, aarch64 and riscv64 (CI time)
# test skip arm: Meson runs on x86_64, aarch64 and riscv64 (CI time)
# test skip ppc64le: Meson runs on x86_64, aarch64 and riscv64 (CI time)
# test skip s390x: Meson runs on x86_64, aarch64 and riscv64 (CI time)
# test skip mips64el: Meson runs on x86_64, aarch64 and riscv64 (CI time)
# The Meson cross file make install-all installs: the test project
# test/buildsys/ (the one test/cmake.sh builds) sets up, builds and
# passes its own meson test, the tests running under the cross file's
# exe_wrapper (qemu-user) where the arch is foreign.
#
#   test/meson.sh ARCH COMPILER BUILD
arch=$1 compiler=${2%%+*} build=$3
. test/lib/need.sh
. test/lib/scratch-install.sh
. test/lib/quietly.sh
need meson meson
need ninja ninja-build
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scratch_install "$arch" "$compiler" "$build" "$tmp/prefix"
file=$tmp/prefix/share/taskrt/meson/${root##*/}.ini
[ -f "$file" ] || { echo "FAIL: no cross file $file"; exit 1; }

quietly "meson setup --cross-file ${file##*/}" meson setup --cross-file "$file" "$tmp/b" test/buildsys
grep -q "C compiler for the host machine: $root/bin/taskrt-cc" "$tmp/log" ||
	{ grep 'C compiler' "$tmp/log"; echo "FAIL: Meson did not take taskrt's wrapper"; exit 1; }
quietly "ninja" ninja -C "$tmp/b"
quietly "meson test" meson test -C "$tmp/b" --print-errorlogs
grep '^ *[0-9]*/[0-9]* ' "$tmp/log" | sed 's/^/  /'
