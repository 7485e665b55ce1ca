#!/bin/sh
# test skip libc: taskrt-cc and taskrt's own assembly and headers
# The namespace promise, from a program's side (see internal/defs.h):
#   1. test/namespace/owns_posix_names.c, built with -std=c11, defines
#      write, read, open, close, mmap, munmap, mremap, sigaction,
#      sigprocmask, getauxval, strchrnul, index and select itself, then
#      calls printf, fprintf, malloc, realloc, free, qsort, strtol, strchr,
#      gmtime, strftime, pthread_create and (in a second run) abort: its
#      output and exit status must be exactly those of the same program
#      linked statically with the host's glibc;
#   2. the objects behind the ISO C functions reference no name that is
#      neither ISO C (test/iso-c-names.txt) nor the implementation's own
#      (__x, _X).
#
#   test/namespace.sh ARCH COMPILER BUILD
arch=$1 build=$3
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
# Names the arch's linker itself defines, which compiled code references
# (arch.mk's TOOLCHAIN_NAMES, an extended regex; none on most arches).
toolchain=$(sed -n 's/^TOOLCHAIN_NAMES *= *//p' "arch/$arch/arch.mk")
toolchain=${toolchain:-^$}
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
prog=test/namespace/owns_posix_names.c
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

if ! command -v gcc > /dev/null || [ ! -f "$(gcc -print-file-name=libc.a)" ]; then
	echo "the glibc reference needs gcc and static glibc: apt-get install -y gcc libc6-dev"; exit 1
fi
gcc -std=c11 -O2 -static "$prog" -o "$tmp/glibc" -lpthread || exit 1
"$build/bin/taskrt-cc" -std=c11 -Wall -Wextra -Werror -O2 "$prog" -o "$tmp/taskrt" || exit 1

# Natively where the arch runs natively here, else under qemu-user.
run=$qemu
if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
	"$tmp/taskrt" > /dev/null 2>&1
	[ $? = 126 ] || run=""
fi
for args in "" abort; do
	"$tmp/glibc" $args > "$tmp/want" 2> "$tmp/want.err"; want=$?
	$run "$tmp/taskrt" $args > "$tmp/got" 2> "$tmp/got.raw"; got=$?
	grep -v '^qemu: uncaught target signal' "$tmp/got.raw" > "$tmp/got.err"  # qemu's own report
	echo "owns_posix_names $args: exit status $got (glibc: $want)"
	if [ "$got" != "$want" ] || ! cmp -s "$tmp/got" "$tmp/want" || ! cmp -s "$tmp/got.err" "$tmp/want.err"; then
		echo "differs from glibc:"; diff "$tmp/want" "$tmp/got"
		diff "$tmp/want.err" "$tmp/got.err"; status=1
	fi
done

# 2: every object that defines an ISO C function, and what it references.
grep -v '^#' test/iso-c-names.txt | tr ' ' '\n' | grep . | sort -u > "$tmp/iso"
"$triple-nm" -A "$build/lib/libtaskrt.a" 2>/dev/null |
	awk '{ n = split($1, p, ":"); o = p[n-1] } $2 == "T" { print o, $3 } $2 == "U" { print o, "U", $3 }' > "$tmp/syms"
awk 'NR == FNR { iso[$1] = 1; next } $2 != "U" && ($2 in iso) { print $1 }' "$tmp/iso" "$tmp/syms" |
	sort -u > "$tmp/iso-objects"
awk 'NR == FNR { obj[$1] = 1; next } $2 == "U" && ($1 in obj) { print $1, $3 }' "$tmp/iso-objects" "$tmp/syms" |
	sort -u > "$tmp/refs"
awk 'NR == FNR { iso[$1] = 1; next } !($2 in iso) && $2 !~ /^__/ && $2 !~ /^_[A-Z]/ { print }' "$tmp/iso" "$tmp/refs" |
	awk -v t="^($toolchain)\$" '$2 !~ t' > "$tmp/bad"
echo "objects behind ISO C functions: $(wc -l < "$tmp/iso-objects"), their references: $(wc -l < "$tmp/refs")"
if [ -s "$tmp/bad" ]; then
	echo "an ISO C function's object references a name a program may own:"
	sed 's/^/  /' "$tmp/bad"; status=1
fi
exit $status
