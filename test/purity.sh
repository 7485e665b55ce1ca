#!/bin/sh
# test skip libc: taskrt-cc's header and link inputs
# taskrt-cc uses taskrt alone: every header a program sees comes from
# taskrt's include/ or the compiler's own (stddef.h, stdarg.h, ...), and
# every file the linker reads is the program's object, taskrt's crt1.o and
# libtaskrt.a, or the compiler's helper library libgcc.a.
#
#   test/purity.sh ARCH COMPILER BUILD
arch=$1 build=$3
cc=$build/bin/taskrt-cc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# A program that includes every public header.
(cd "$build/include" && find . -name '*.h' ! -path './bits/*' | sort) |
	sed 's|^\./\(.*\)|#include <\1>|' > "$tmp/all.c"
echo 'int main(void) { return 0; }' >> "$tmp/all.c"
echo "headers included: $(grep -c include "$tmp/all.c")"

if ! $cc -H -c "$tmp/all.c" -o "$tmp/all.o" 2> "$tmp/headers"; then
	cat "$tmp/headers"; exit 1
fi
sed -n 's/^\.\+ //p' "$tmp/headers" | sort -u > "$tmp/header-list"
echo "distinct headers read: $(wc -l < "$tmp/header-list")"
compiler_dir=$(sed -n 's/.*-isystem "\(\/[^"]*\)".*/\1/p' "$cc" | head -n 1)
while read -r h; do
	case $(realpath "$h") in
	"$(realpath "$build/include")"/*) ;;
	"$(realpath "$compiler_dir")"/*) ;;
	*) echo "FOREIGN HEADER: $h"; status=1 ;;
	esac
done < "$tmp/header-list"

# Every file the linker opens (GNU ld and lld both list them for --trace).
$cc -Os -c test/hello.c -o "$tmp/hello.o" || exit 1
if ! $cc "$tmp/hello.o" -o "$tmp/hello" -Wl,--trace > "$tmp/trace" 2>&1; then
	cat "$tmp/trace"; exit 1
fi
grep -v '^ld\.lld: \|^/.*/ld: mode' "$tmp/trace" | sed 's/^ld.lld: //' | tr -d '()' |
	awk '{print $1}' | grep . | sort -u > "$tmp/inputs"
echo "linker inputs:"; sed 's/^/  /' "$tmp/inputs"
while read -r f; do
	case $f in
	"$tmp"/hello.o) ;;
	*/libgcc.a*) ;;
	"$build"/lib/*|"$(realpath "$build")"/lib/*) ;;
	*) echo "FOREIGN LINK INPUT: $f"; status=1 ;;
	esac
done < "$tmp/inputs"
exit $status
