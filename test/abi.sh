#!/bin/sh
# libtaskrt.a exports exactly what include/ declares, and follows the
# namespace rule of internal/defs.h:
#   1. every global it defines is either hidden (internal) or declared in
#      a public header;
#   2. every function and object a public header declares is defined;
#   3. every public function outside ISO C (test/iso-c-names.txt) is weak,
#      so that a program may define that name itself;
#   4. no object calls a public non-ISO name: taskrt's own calls go to the
#      hidden __name.
#
#   test/abi.sh ARCH COMPILER BUILD
arch=$1 build=$3
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
# Names the arch's linker itself defines, which compiled code references
# (arch.mk's TOOLCHAIN_NAMES, an extended regex; none on most arches).
toolchain=$(sed -n 's/^TOOLCHAIN_NAMES *= *//p' "arch/$arch/arch.mk")
toolchain=${toolchain:-^$}
lib=$build/lib/libtaskrt.a
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# What the public headers declare: functions from the compiler's own
# list of the prototypes it saw (-aux-info), objects from their extern
# declarations.  _GNU_SOURCE shows every name a header has.
(cd "$build/include" && find . -name '*.h' ! -path './bits/*' | sort) |
	sed 's|^\./\(.*\)|#include <\1>|' > "$tmp/all.c"
"$triple-gcc" -D_GNU_SOURCE -std=gnu11 -nostdinc -isystem "$build/include" \
	-isystem "$("$triple-gcc" -print-file-name=include)" -idirafter "$build/kernel" \
	-fsyntax-only -aux-info "$tmp/aux" "$tmp/all.c" || exit 1
grep "^/\* $build/include\|^/\* $(realpath "$build")/include" "$tmp/aux" | grep -v ' static ' |
	sed 's|^/\*[^*]*\*/ ||' | perl -ne 'print "$1\n" if /(\w+) \((?!\*)/' > "$tmp/declared"
"$triple-gcc" -D_GNU_SOURCE -std=gnu11 -nostdinc -isystem "$build/include" \
	-isystem "$("$triple-gcc" -print-file-name=include)" -idirafter "$build/kernel" \
	-E -P "$tmp/all.c" | tr '\n' ' ' | tr ';' '\n' |
	sed -n 's/^ *extern \([^(]*\)$/\1/p' | tr ',' '\n' | sed 's/\[[^]]*\]//g; s/ *$//; s/.*[ *]//' >> "$tmp/declared"
sort -u "$tmp/declared" -o "$tmp/declared"
echo "names declared in include/: $(wc -l < "$tmp/declared")"

# What the library defines: name, binding, visibility.
# (readelf shows a symbol's st_other flags, such as ppc64's
# "[<localentry>: 8]", as one more column: dropped.)
"$triple-readelf" -sW "$lib" | sed 's/ \[<[^]]*\]//' | awk '$7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") && $4 != "FILE" { print $8, $5, $6, $4 }' |
	sort -u > "$tmp/defined"
awk '$3 != "HIDDEN" { print $1 }' "$tmp/defined" | sort -u > "$tmp/exported"
echo "names exported by libtaskrt.a: $(wc -l < "$tmp/exported")"

grep -v '^#' test/iso-c-names.txt | tr ' ' '\n' | grep . | sort -u > "$tmp/iso"

comm -23 "$tmp/exported" "$tmp/declared" > "$tmp/undeclared"
if [ -s "$tmp/undeclared" ]; then
	echo "exported but declared in no public header (make them hidden or declare them):"
	sed 's/^/  /' "$tmp/undeclared"; status=1
fi
comm -13 "$tmp/exported" "$tmp/declared" > "$tmp/missing"
if [ -s "$tmp/missing" ]; then
	echo "declared in include/ but not defined by libtaskrt.a:"
	sed 's/^/  /' "$tmp/missing"; status=1
fi
awk '$3 != "HIDDEN" && $2 == "GLOBAL" && $1 !~ /^__/ && $1 !~ /^_[A-Z]/ { print $1 }' "$tmp/defined" |
	sort -u | comm -23 - "$tmp/iso" > "$tmp/strong"
if [ -s "$tmp/strong" ]; then
	echo "public names outside ISO C defined strongly (a program's own definition would clash):"
	sed 's/^/  /' "$tmp/strong"; status=1
fi

# 4: each object's undefined references.  Allowed: ISO C names, __names
# and _Capital names (the implementation's), main (crt1's call).
"$triple-nm" -A "$lib" 2>/dev/null | awk '$2 == "U" { n = split($1, p, ":"); print p[n-1], $3 }' |
	sort -u > "$tmp/refs"
echo "undefined references checked: $(wc -l < "$tmp/refs")"
awk '{ print $2 }' "$tmp/refs" | sort -u | comm -23 - "$tmp/iso" | grep -v '^__\|^_[A-Z]\|^main$' |
	grep -Evx "$toolchain" > "$tmp/bad"
if [ -s "$tmp/bad" ]; then
	echo "taskrt calls public non-ISO names (call the hidden __name instead):"
	grep -Fwf "$tmp/bad" "$tmp/refs" | sed 's/^/  /'; status=1
fi
[ $status = 0 ] && echo "abi: exports = declarations, namespace rule kept"
exit $status
