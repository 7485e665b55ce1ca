#!/bin/sh
# test skip libc: builds with taskrt's installed CMake toolchain file
# test skip clang: a CMake run per arch is enough; CI's gcc rows have it
# test skip ubsan: a CMake run per arch is enough; CI's gcc rows have it
# test skip i386: CMake runs on x86_64, aarch64 and riscv64 (CI time)
# test skip arm: CMake runs on x86_64, aarch64 and riscv64 (CI time)
# test skip ppc64le: CMake runs on x86_64, aarch64 and riscv64 (CI time)
# test skip s390x: CMake runs on x86_64, aarch64 and riscv64 (CI time)
# test skip mips64el: CMake runs on x86_64, aarch64 and riscv64 (CI time)
# The CMake toolchain file make install-all installs: the test project
# test/buildsys/ (a library, two programs, one threaded, and the probes
# real projects make) configures, builds and passes its own ctest, the
# tests running under qemu-user where the arch is foreign (the toolchain
# file's CMAKE_CROSSCOMPILING_EMULATOR).
#
#   test/cmake.sh ARCH COMPILER BUILD
arch=$1 compiler=${2%%+*} build=$3
. test/lib/need.sh
. test/lib/scratch-install.sh
. test/lib/quietly.sh
need cmake cmake
need make make
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scratch_install "$arch" "$compiler" "$build" "$tmp/prefix"
file=$tmp/prefix/share/taskrt/cmake/${root##*/}.cmake
[ -f "$file" ] || { echo "FAIL: no toolchain file $file"; exit 1; }

quietly "cmake -DCMAKE_TOOLCHAIN_FILE=${file##*/}" cmake -S test/buildsys -B "$tmp/b" -DCMAKE_TOOLCHAIN_FILE="$file"
grep -q "CMAKE_C_COMPILER:.*=$root/bin/taskrt-cc" "$tmp/b/CMakeCache.txt" ||
	grep -q "CMAKE_C_COMPILER.*$root/bin/taskrt-cc" "$tmp/b/CMakeFiles/"*/CMakeCCompiler.cmake ||
	{ echo "FAIL: CMake did not take taskrt's wrapper"; exit 1; }
quietly "make" make -C "$tmp/b"
quietly "ctest" sh -c "cd '$tmp/b' && ctest --output-on-failure"
sed -n 's/^ *[0-9]*\/[0-9]* Test *#[0-9]*: \([^ ]*\) .*\(Passed\).*/  \1: \2/p' "$tmp/log"
