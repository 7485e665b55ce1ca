#!/bin/sh
# test skip libc: taskrt-cc and taskrt's own assembly and headers
# taskrt-cc takes the arguments build systems pass to a compiler driver,
# and refuses what would compile to a broken program.
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
exit $status
