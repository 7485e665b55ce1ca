#!/bin/sh
# test skip libc: taskrt-cc's header and link inputs
# taskrt-cc uses taskrt alone: every header a program sees comes from
# taskrt's include/, the compiler's own (stddef.h, stdarg.h, ...) or the
# kernel's uapi folders taskrt-cc names (<linux/...>, <asm/...>), and
# every file the linker reads is the program's object, taskrt's crt1.o and
# libtaskrt.a, or the compiler's helper library libgcc.a -- also when the
# program asks for -lc, -lm, -lpthread and the other names of a libc's
# parts, which the compiler's default folders hold for the host's libc.
# The same holds for an installed copy (make install PREFIX=...), made
# here from a build; BUILD may also be an installed tree itself (one arch's
# folder of a make install-all prefix: test/install_all.sh), checked as it
# is.
#
#   test/purity.sh ARCH COMPILER BUILD
arch=$1 compiler=${2%%+*} build=$3     # "clang+ubsan" is built by clang
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
kernel_dirs=$(for d in "$build"/kernel/*; do realpath "$d"; done)
while read -r h; do
	path=$(realpath "$h")
	case $path in
	"$(realpath "$build/include")"/*) continue ;;
	"$(realpath "$compiler_dir")"/*) continue ;;
	esac
	for d in $kernel_dirs; do
		case $path in "$d"/*) continue 2 ;; esac
	done
	echo "FOREIGN HEADER: $h"; status=1
done < "$tmp/header-list"

# Every file the linker opens (GNU ld and lld both list them for --trace):
# link_inputs CC FLAGS... prints them, one a line.
link_inputs() {
	c=$1; shift
	if ! $c "$tmp/hello.o" -o "$tmp/hello" -Wl,--trace "$@" > "$tmp/trace" 2>&1; then
		cat "$tmp/trace"; return 1
	fi
	grep -v '^ld\.lld: \|^/.*/ld: mode' "$tmp/trace" | sed 's/^ld.lld: //' | tr -d '()' |
		awk '{print $1}' | grep . | sort -u
}
# foreign_inputs LIBDIR: the linker inputs on stdin that are none of ours.
foreign_inputs() {
	while read -r f; do
		case $f in
		"$tmp"/hello.o) ;;
		*/libgcc.a*) ;;
		"$1"/*|"$(realpath "$1")"/*) ;;
		*) echo "FOREIGN LINK INPUT: $f" ;;
		esac
	done
}
$cc -Os -c test/hello.c -o "$tmp/hello.o" || exit 1
link_inputs "$cc" > "$tmp/inputs" || exit 1
echo "linker inputs:"; sed 's/^/  /' "$tmp/inputs"
foreign_inputs "$build/lib" < "$tmp/inputs" > "$tmp/foreign"
[ -s "$tmp/foreign" ] && { cat "$tmp/foreign"; status=1; }

# The names of a libc's parts: each links taskrt's archive of that name
# (libc.a is libtaskrt.a, the rest are empty), and the compiler's own
# search (-print-file-name) finds taskrt's too.  Checked for the build and
# for an installed copy.
names="c m pthread rt dl util resolv crypt xnet"
prefixes=$build
if [ -d "$build/obj" ]; then    # a build, not an installed tree
	make -s --no-print-directory install ARCH="$arch" CC="$compiler" BUILD="$build" \
		PREFIX="$tmp/prefix" > "$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
	prefixes="$build $tmp/prefix"
fi
# shellcheck disable=SC2086 # a list of folders without spaces
for prefix in $prefixes; do
	c=$prefix/bin/taskrt-cc
	for l in $names; do
		if ! link_inputs "$c" "-l$l" > "$tmp/inputs"; then
			echo "FAIL: $c -l$l does not link"; status=1
		else
			foreign_inputs "$prefix/lib" < "$tmp/inputs" > "$tmp/foreign"
			if [ -s "$tmp/foreign" ]; then
				echo "FAIL: $c -l$l:"; cat "$tmp/foreign"; status=1
			fi
		fi
		f=$($c "-print-file-name=lib$l.a")
		case $(realpath "$f" 2>/dev/null) in
		"$(realpath "$prefix/lib")"/*) ;;
		*) echo "FAIL: $c -print-file-name=lib$l.a is $f"; status=1 ;;
		esac
	done
	# All at once, at both ends of the command line: still a working hello.
	if link_inputs "$c" -lc -lm -lpthread > /dev/null &&
	   $c -lm -lrt -ldl "$tmp/hello.o" -lutil -lresolv -lc -o "$tmp/hello2"; then
		echo "ok: $c links with -l$(echo "$names" | sed 's/ / -l/g')"
	else
		echo "FAIL: $c with several -l flags"; status=1
	fi
done
exit $status
