#!/bin/sh
# test skip libc: taskrt-cc and taskrt's own assembly and headers
# taskrt-cc takes the arguments build systems pass to a compiler driver,
# and refuses what would compile to a broken program: the queries CMake,
# Meson, configure and libtool make (-v, --version, -dumpmachine,
# -print-prog-name, -Wl,--version) answered as the compiler answers, with
# no link inputs added; -E, -M, -MM, -MD; -fPIC objects and -pthread
# programs linked; -shared refused with a one-line reason (-pie and
# -static-pie link a static PIE: test/static_pie.sh).
#
#   test/cc_flags.sh ARCH COMPILER BUILD
#
# "-x c -" (the program on standard input): the language option applies to
# every later file name, so taskrt-cc's own link inputs after the user's
# arguments must reset it; otherwise the compiler reads libgcc.a as C source
# for minutes, printing hundreds of megabytes of errors: the timeout and the
# cut-off of the messages turn that into a quick failure.
build=$3
cc=$build/bin/taskrt-cc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

{
	echo 'int main(void) { return 0; }' | timeout 60 "$cc" -x c - -o "$tmp/stdin" 2>&1
	echo $? > "$tmp/rc"
} | head -c 2000 > "$tmp/log"
rc=$(cat "$tmp/rc")
if [ "$rc" != 0 ] || [ ! -x "$tmp/stdin" ]; then
	echo "FAIL: taskrt-cc -x c - -o prog: exit $rc; its first messages:"
	cat "$tmp/log"; status=1
else
	echo "ok: taskrt-cc -x c - -o prog"
fi

# A call to an undeclared function is an error of the compiler's, both when
# only compiling and when compiling and linking: as an implicit "int f()"
# it would cut a returned pointer to 32 bits.  (No library defines the
# name, so the link would fail anyway; the message must be the compiler's.)
echo 'int main(void) { return taskrt_undeclared_function(); }' > "$tmp/implicit.c"
for mode in -c ""; do
	if $cc $mode "$tmp/implicit.c" -o "$tmp/implicit" > "$tmp/log" 2>&1; then
		echo "FAIL: taskrt-cc ${mode:+$mode }accepts a call to an undeclared function"; status=1
	elif ! grep -q 'error: implicit declaration' "$tmp/log"; then
		echo "FAIL: taskrt-cc ${mode:+$mode }refuses the undeclared call, but not as implicit:"
		cat "$tmp/log"; status=1
	else
		echo "ok: taskrt-cc ${mode:+$mode }refuses an implicit function declaration"
	fi
done
# expect WHAT yes|no CMD...: CMD succeeds (yes) or fails (no).
expect() {
	what=$1 want=$2; shift 2
	if "$@" > "$tmp/out" 2> "$tmp/err"; then got=yes; else got=no; fi
	if [ "$got" = "$want" ]; then
		echo "ok: $what"
	else
		echo "FAIL: $what: $([ $got = yes ] && echo succeeds || echo fails)"
		head -c 2000 "$tmp/err"; status=1
	fi
}
expect "taskrt-cc -v" yes "$cc" -v
grep -q ' version ' "$tmp/err" || { echo "FAIL: taskrt-cc -v names no version"; status=1; }
expect "taskrt-cc --version" yes "$cc" --version
[ -s "$tmp/out" ] || { echo "FAIL: taskrt-cc --version printed nothing"; status=1; }
expect "taskrt-cc -dumpmachine" yes "$cc" -dumpmachine
expect "taskrt-cc -print-prog-name=ld" yes "$cc" -print-prog-name=ld
expect "taskrt-cc -Wl,--version" yes "$cc" -Wl,--version
grep -q 'LLD\|GNU ld' "$tmp/out" || { echo "FAIL: taskrt-cc -Wl,--version: no linker version"; status=1; }

printf '#include <stdio.h>\n#include <pthread.h>\nint main(void) { return puts("x") < 0; }\n' > "$tmp/p.c"
expect "taskrt-cc -E" yes "$cc" -E "$tmp/p.c"
grep -q 'puts' "$tmp/out" || { echo "FAIL: taskrt-cc -E: no declaration of puts"; status=1; }
expect "taskrt-cc -M" yes "$cc" -M "$tmp/p.c"
grep -q "$build/include/stdio.h\|include/stdio.h" "$tmp/out" || { echo "FAIL: taskrt-cc -M names no stdio.h"; cat "$tmp/out"; status=1; }
expect "taskrt-cc -MM" yes "$cc" -MM "$tmp/p.c"
grep -q '^p.o: .*p.c *$' "$tmp/out" || { echo "FAIL: taskrt-cc -MM: not 'p.o: p.c'"; cat "$tmp/out"; status=1; }
expect "taskrt-cc -c -MD -MF" yes "$cc" -c -MD -MF "$tmp/p.d" "$tmp/p.c" -o "$tmp/p.o"
[ -s "$tmp/p.d" ] || { echo "FAIL: taskrt-cc -MD wrote no dependency file"; status=1; }
expect "taskrt-cc -fPIC -c, then linked" yes sh -c "'$cc' -fPIC -c '$tmp/p.c' -o '$tmp/pic.o' && '$cc' '$tmp/pic.o' -o '$tmp/pic'"
expect "taskrt-cc -pthread ... -lpthread -lm -lrt -ldl -lc" yes "$cc" -pthread "$tmp/p.c" -o "$tmp/pt" -lpthread -lm -lrt -ldl -lc
expect "taskrt-cc -shared refused" no "$cc" -shared "$tmp/p.c" -o "$tmp/p.so"
if [ "$(wc -l < "$tmp/err")" != 1 ] || ! grep -q 'static' "$tmp/err"; then
	echo "FAIL: taskrt-cc -shared: not a one-line reason:"; cat "$tmp/err"; status=1
fi
exit $status
