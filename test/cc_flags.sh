#!/bin/sh
# taskrt-cc takes the arguments build systems pass to a compiler driver.
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
	echo 'int main(void) { return 0; }' | timeout 60 $cc -x c - -o "$tmp/stdin" 2>&1
	echo $? > "$tmp/rc"
} | head -c 2000 > "$tmp/log"
rc=$(cat "$tmp/rc")
if [ $rc != 0 ] || [ ! -x "$tmp/stdin" ]; then
	echo "FAIL: taskrt-cc -x c - -o prog: exit $rc; its first messages:"
	cat "$tmp/log"; status=1
else
	echo "ok: taskrt-cc -x c - -o prog"
fi
exit $status
