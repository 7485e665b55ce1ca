#!/bin/sh
# test skip libc: builds the program with taskrt and compares with its glibc build itself
# test skip ubsan: the third-party builds run in the gcc and clang rows; the ubsan rows check taskrt's own code
# Lua 5.4, a real program written for glibc, built with taskrt-cc
# unchanged from Debian's source package (fetched at test time, never
# committed), with upstream's "linux" flags: the interpreter must run
# taskrt's own scripts (test/lua/*.lua, which exercise printf and strtod,
# libm, setjmp, stdio, time and processes through Lua) and print exactly
# what the same interpreter linked with glibc prints.  Lua's own test
# suite is not in Debian's package.  Natively where the arch runs
# natively, else under qemu-user.
#
#   test/lua.sh ARCH COMPILER BUILD
set -u
arch=$1 build=$3
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
glibc_cc=$triple-gcc
[ "$(uname -m)" = "$arch" ] && glibc_cc=gcc
# Lua raises its errors with _longjmp: a port without setjmp.S (make
# port-check) cannot run it.
if grep -q '^#define __TASKRT_NO_SETJMP' "$build/include/bits/setjmp.h"; then
	echo "SKIP: this port has no setjmp.S, and Lua's errors are longjmps"; exit 77
fi
src=$(sh test/lib/debian-source.sh lua5.4 build/debian-src) || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-std=gnu99 -O2 -w -DLUA_COMPAT_5_3 -DLUA_USE_LINUX"

# build NAME CC...: the interpreter into $tmp/NAME/lua
build_with() {
	name=$1; shift
	mkdir -p "$tmp/$name"
	for f in "$src"/src/*.c; do
		case ${f##*/} in luac.c) continue ;; esac
		# shellcheck disable=SC2086 # flags is a list of words
		"$@" $flags -c "$f" -o "$tmp/$name/$(basename "$f" .c).o" || return 1
	done
	"$@" "$tmp/$name"/*.o -o "$tmp/$name/lua" -lm -ldl || return 1
}
build_with taskrt "$build/bin/taskrt-cc" || { echo "lua: the taskrt build failed"; exit 1; }
. test/lib/glibc-ref.sh
glibc_reference "$glibc_cc" -static || { echo "lua: the glibc build failed ($glibc_cc -static)"; exit 1; }

run=$qemu
if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
	"$tmp/taskrt/lua" -v > /dev/null 2>&1
	[ $? = 126 ] || run=""
fi
status=0
for script in test/lua/*.lua; do
	export TASKRT_LUA_TEST=set
	$run "$tmp/taskrt/lua" "$script" > "$tmp/got" 2>&1; got=$?
	$run "$tmp/glibc/lua" "$script" > "$tmp/want" 2>&1; want=$?
	# the temporary file's name differs from run to run
	sed -i 's|/tmp/lua_[A-Za-z0-9]*|/tmp/lua_NAME|g' "$tmp/got" "$tmp/want"
	if [ $got != $want ] || ! cmp -s "$tmp/got" "$tmp/want"; then
		echo "$script: differs from glibc's (exit $got, glibc $want):"
		diff "$tmp/want" "$tmp/got" | head -n 40; status=1
	else
		echo "$script: $(wc -l < "$tmp/got") lines, the same as glibc's (exit $got)"
	fi
done
exit $status
