#!/bin/sh
# test skip libc: compares taskrt with glibc itself
# Every code point (U+0000..U+10FFFF) through the twelve isw* classes,
# towlower/towupper and wcwidth, in C and in C.UTF-8: taskrt's answers
# must be glibc's, one line per function (test/wctype_vs_glibc/all.c).
# taskrt's tables come from the host's glibc at build time, so this checks
# the tables' encoding and lookups, on the host's arch only: glibc for the
# others would need their cross C libraries built statically.
#
#   test/wctype_vs_glibc.sh ARCH COMPILER BUILD
arch=$1 build=$3
host=$(uname -m | sed 's/^i.86$/i386/')
if [ "$arch" != "$host" ]; then
	echo "SKIP: the glibc reference runs on the host's arch ($host) only"; exit 77
fi
if ! command -v gcc > /dev/null || [ ! -f "$(gcc -print-file-name=libc.a)" ]; then
	echo "the glibc reference needs gcc and static glibc: apt-get install -y gcc libc6-dev"; exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prog=test/wctype_vs_glibc/all.c
gcc -O2 "$prog" -o "$tmp/glibc" || exit 1
"$build/bin/taskrt-cc" -O2 -Wall -Wextra -Werror "$prog" -o "$tmp/taskrt" || exit 1
"$tmp/glibc" > "$tmp/want" || { cat "$tmp/want"; exit 1; }
"$tmp/taskrt" > "$tmp/got" || { cat "$tmp/got"; exit 1; }
cat "$tmp/got"
if ! cmp -s "$tmp/want" "$tmp/got"; then
	echo "differs from glibc:"; diff "$tmp/want" "$tmp/got"; exit 1
fi
echo "1114112 code points x 15 functions x 2 locales: the same as glibc"
