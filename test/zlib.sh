#!/bin/sh
# test skip libc: builds the program with taskrt and compares with its glibc build itself
# test skip ubsan: the third-party builds run in the gcc and clang rows; the ubsan rows check taskrt's own code
# zlib, a real program written for glibc, built with taskrt-cc unchanged
# from Debian's source package (fetched at test time, never committed):
# its own test/example.c must pass, and its test/minigzip.c must round-
# trip files byte for byte against the same programs linked with glibc.
# Both builds run natively where the arch does, else under qemu-user.
#
#   test/zlib.sh ARCH COMPILER BUILD
set -u
arch=$1 build=$3
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
glibc_cc=$triple-gcc
[ "$(uname -m)" = "$arch" ] && glibc_cc=gcc
src=$(sh test/lib/debian-source.sh zlib build/debian-src) || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lib="adler32 crc32 deflate infback inffast inflate inftrees trees zutil compress uncompr gzclose gzlib gzread gzwrite"

# build NAME CC...: libz and the two programs into $tmp/NAME/, with the
# one definition zlib's configure makes on Linux (Z_HAVE_UNISTD_H: lseek's
# prototype, whose 64-bit off_t a 32-bit taskrt arch depends on), and
# without -w, so that taskrt-cc's -Werror=implicit-function-declaration
# stays on.  glibc is asked for the 64-bit off_t taskrt always has, so
# that zlibCompileFlags() (which encodes its size) agrees on 32-bit arches.
build_with() {
	name=$1; shift
	mkdir -p "$tmp/$name"
	for f in $lib; do
		"$@" -O2 -DZ_HAVE_UNISTD_H -I"$src" -c "$src/$f.c" -o "$tmp/$name/$f.o" || return 1
	done
	for p in example minigzip; do
		"$@" -O2 -DZ_HAVE_UNISTD_H -I"$src" "$src/test/$p.c" "$tmp/$name"/*.o -o "$tmp/$name/$p" || return 1
	done
}
build_with taskrt "$build/bin/taskrt-cc" || { echo "zlib: the taskrt build failed"; exit 1; }
. test/lib/glibc-ref.sh
glibc_reference "$glibc_cc" -static -D_FILE_OFFSET_BITS=64 || { echo "zlib: the glibc build failed ($glibc_cc -static)"; exit 1; }

run=$qemu
if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
	(cd "$tmp" && ./taskrt/example) > /dev/null 2>&1 </dev/null
	[ $? = 126 ] || run=""
fi
status=0
(cd "$tmp" && $run ./taskrt/example) > "$tmp/example.out" 2>&1
got=$?
(cd "$tmp" && $run ./glibc/example) > "$tmp/example.want" 2>&1
want=$?
echo "example: exit status $got (glibc: $want)"
if [ $got != 0 ] || [ $got != $want ] || ! cmp -s "$tmp/example.out" "$tmp/example.want"; then
	diff "$tmp/example.want" "$tmp/example.out"; status=1
fi

# Inputs: text, the library itself (binary), something incompressible,
# and the empty file.
seq 1 20000 > "$tmp/text"
cp "$build/lib/libtaskrt.a" "$tmp/binary"
head -c 200000 /dev/urandom > "$tmp/random"
: > "$tmp/empty"
for f in text binary random empty; do
	for level in 1 6 9; do
		if ! { $run "$tmp/taskrt/minigzip" -$level -c < "$tmp/$f" > "$tmp/$f.t.gz" &&
		       $run "$tmp/glibc/minigzip" -$level -c < "$tmp/$f" > "$tmp/$f.g.gz" &&
		       $run "$tmp/taskrt/minigzip" -d -c < "$tmp/$f.g.gz" > "$tmp/$f.t.out" &&
		       $run "$tmp/glibc/minigzip" -d -c < "$tmp/$f.t.gz" > "$tmp/$f.g.out"; } ||
		   ! cmp -s "$tmp/$f.t.gz" "$tmp/$f.g.gz" ||
		   ! cmp -s "$tmp/$f" "$tmp/$f.t.out" || ! cmp -s "$tmp/$f" "$tmp/$f.g.out"; then
			echo "minigzip -$level $f: differs from glibc's"; status=1
		else
			echo "minigzip -$level $f: $(wc -c < "$tmp/$f") bytes, the same .gz as glibc's, both ways back"
		fi
	done
done
# A file by name: minigzip replaces it with NAME.gz and back.
cp "$tmp/text" "$tmp/named"
if $run "$tmp/taskrt/minigzip" "$tmp/named" && $run "$tmp/taskrt/minigzip" -d "$tmp/named.gz" &&
   cmp -s "$tmp/named" "$tmp/text"; then
	echo "minigzip by name: back to the same file"
else
	echo "minigzip by name: failed"; status=1
fi
exit $status
