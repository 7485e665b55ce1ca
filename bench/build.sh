#!/bin/bash
# bench/build.sh OUT SIZE_ARCHS TIME_ARCHS: build the benchmark programs.
#
#   OUT/<arch>/<impl>/<program>
#
# Four ways to build the same source (plus the asm floor):
#   taskrt  build/<arch>/bin/taskrt-cc                 (make lib ARCH=<arch>)
#   glibc   <triple>-gcc -static -pthread               (Debian's gcc / cross gcc
#                                                       with its libc6-dev sysroot)
#   musl    musl-gcc -static                            (x86_64 only: Debian ships
#                                                       musl-gcc for the host alone)
#   nolibc  <triple>-gcc with the recipe from the top of nolibc.h (hello only:
#           nolibc has no pthreads)
#   floor   bench/floor.c + bench/floor-<arch>.S, linked with taskrt-cc
#
# Programs for the size rows (hello, threads) are built -Os and stripped for
# every arch in SIZE_ARCHS (bench/run.sh passes only the timing arch when
# the size rows are not wanted); the timing programs -O2 for TIME_ARCHS.
# Warnings are errors everywhere.  Expects run.sh to have checked the tools
# and built taskrt and build/bench/nolibc.
set -eu
out=$1 size_archs=$2 time_archs=$3
NOLIBC=$out/nolibc
WARN="-Wall -Wextra -Werror"
# taskrt-cc's link flags that any static program can use (linker/link.mk):
# the "same link flags" size row builds every libc's hello with them.
TINY_LD="-Wl,--gc-sections -Wl,--build-id=none -Wl,-z,noseparate-code -Wl,-z,norelro -Wl,-z,noexecstack"

triple() { sed -n 's/^TRIPLE *= *//p' "arch/$1/arch.mk"; }

# nolibc_has ARCH: nolibc's arch.h picks a header of its own for ARCH's
# compiler (each defines _NOLIBC_ARCH_<NAME>_H), and the header takes the
# compiler's ABI.  Debian's linux-source 6.12 has one for every arch of
# taskrt's but mips64el: its MIPS header defines its guard and then stops
# at #error for n64 (it knows only o32), so the preprocessor must also
# succeed.  mips64el's nolibc cells are "-", as for a libc that does not
# exist there.
nolibc_has() {
	local macros
	macros=$("$(triple "$1")-gcc" -E -dM -include "$NOLIBC/arch.h" -x c /dev/null 2>/dev/null) &&
	  printf '%s\n' "$macros" | grep -q '^#define _NOLIBC_ARCH_[A-Z0-9_]*_H'
}

# fresh OUTPUT INPUTS...: OUTPUT exists and is newer than every input
# (and than this script, bench.h and the arch's taskrt library).
fresh() {
	local o=$1 arch=$2 f
	shift 2
	[ -f "$o" ] || return 1
	for f in "$@" bench/build.sh bench/bench.h build/$arch/lib/libtaskrt.a build/$arch/lib/crt1.o; do
		case $f in -*) continue ;; esac
		[ "$o" -nt "$f" ] || return 1
	done
}

# compile IMPL ARCH OUTPUT FLAGS... SOURCES...: one program, one way.
compile() {
	local impl=$1 arch=$2 o=$3 t
	shift 3
	fresh "$o" "$arch" "$@" && return 0
	t=$(triple "$arch")
	mkdir -p "$(dirname "$o")"
	# shellcheck disable=SC2086 # $WARN: a list of flags, split on purpose
	case $impl in
	taskrt) "build/$arch/bin/taskrt-cc" $WARN "$@" -o "$o" ;;
	glibc)  "$t-gcc" -static -pthread $WARN "$@" -o "$o" ;;
	musl)   musl-gcc -static $WARN "$@" -o "$o" ;;
	nolibc) # nolibc.h: "gcc -fno-asynchronous-unwind-tables -fno-ident -s
		# -Os -nostdlib -static -include nolibc.h -o hello hello.c -lgcc".
		# -isystem: nolibc's own headers are not ours to warn about.
		"$t-gcc" -fno-asynchronous-unwind-tables -fno-ident -nostdlib -static \
		  -isystem "$NOLIBC" -include nolibc.h $WARN "$@" -o "$o" -lgcc ;;
	esac
}

# size_program IMPL ARCH NAME SOURCE [EXTRA FLAGS]: -Os, stripped.
size_program() {
	local o=$out/$2/$1/$3
	fresh "$o" "$2" "$4" && return 0
	# shellcheck disable=SC2086 # ${5:-}: extra flags, split on purpose; none when absent
	compile "$1" "$2" "$o" -Os ${5:-} "$4"
	"$(triple "$2")-strip" "$o"
}

for arch in $size_archs; do
	impls="taskrt glibc"
	if nolibc_has "$arch"; then
		impls="$impls nolibc"
	else
		echo "bench: nolibc ($NOLIBC) has no $arch port: its cells are -" >&2
	fi
	[ "$arch" = x86_64 ] && impls="$impls musl"
	for impl in $impls; do
		size_program "$impl" "$arch" hello test/hello.c
		[ "$impl" = nolibc ] || size_program "$impl" "$arch" threads bench/threads.c
	done
done
# The same hello with taskrt-cc's link flags for every libc (x86_64 only:
# GNU ld's -z separate-code default pads x86 binaries to 4 KiB pages).
case " $size_archs " in *" x86_64 "*)
	for impl in glibc musl nolibc; do
		size_program $impl x86_64 hello-tinyld test/hello.c "$TINY_LD"
	done ;;
esac

for arch in $time_archs; do
	impls="taskrt glibc"
	[ "$arch" = x86_64 ] && impls="$impls musl"
	for impl in $impls; do
		for p in create_join burst mutex memmem sync alloc stdio string idle; do
			compile "$impl" "$arch" "$out/$arch/$impl/$p" -O2 "bench/$p.c"
		done
	done
	if [ -f "bench/floor-$arch.S" ]; then
		compile taskrt "$arch" "$out/$arch/floor/floor" -O2 bench/floor.c "bench/floor-$arch.S"
	fi
done
