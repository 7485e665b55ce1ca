#!/bin/sh
# test skip libc: installs taskrt's own build
# test skip ubsan: the ubsan build is a test build, not one to install
# make install-all PREFIX=/opt/taskrt DESTDIR=scratch of this row's arch
# and compiler: the tree lands under DESTDIR with the wrapper, CMake,
# Meson and pkg-config files named by the taskrt triple; nothing in it
# points into the build tree or DESTDIR (only a file's debug line tables
# may name the sources); moved elsewhere, it still works (the wrapper,
# the toolchain file and taskrt.pc find their tree from their own place);
# test/purity.sh passes against the installed tree; and a program built
# by the arch's plain compiler with pkg-config's flags for taskrt runs.
#
#   test/install_all.sh ARCH COMPILER BUILD
arch=$1 compiler=${2%%+*} build=$3
. test/lib/need.sh
need pkg-config pkg-config
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

triple=$arch-linux-taskrt root=$triple wrappers="$triple-cc $triple-gcc"
[ "$compiler" = clang ] && root=$triple-clang wrappers=$triple-clang
dest=$tmp/dest prefix=/opt/taskrt
if ! make -s --no-print-directory install-all ARCHS="$arch" CC="$compiler" BUILD="$build" \
	PREFIX=$prefix DESTDIR="$dest" > "$tmp/log" 2>&1; then
	cat "$tmp/log"; echo "FAIL: make install-all"; exit 1
fi
top=$dest$prefix
for f in bin/${wrappers% *} $root/bin/taskrt-cc $root/include/stdio.h $root/include/bits/syscall.h \
	 $root/lib/libtaskrt.a $root/lib/libc.a $root/lib/libm.a $root/lib/crt1.o $root/lib/tiny.ld \
	 $root/kernel/linux/errno.h $root/lib/pkgconfig/taskrt.pc \
	 share/taskrt/cmake/$root.cmake share/taskrt/meson/$root.ini; do
	[ -e "$top/$f" ] || fail "make install-all made no $prefix/$f"
done
for w in $wrappers; do
	[ -x "$top/bin/$w" ] || fail "no wrapper bin/$w"
done
if [ "$(uname -m)" = "$arch" ] && [ ! -e "$top/bin/taskrt-cc" ] && [ ! -e "$top/bin/taskrt-clang" ]; then
	fail "no host wrapper bin/taskrt-cc"
fi
dangling=$(find "$dest" -xtype l)
if [ -z "$dangling" ]; then echo "ok: no dangling link"; else fail "dangling links: $dangling"; fi
# Text files naming the build tree or DESTDIR (binaries' debug line
# tables name the sources, which is no dependence).
here=$(pwd)
grep -rlI -e "$here" -e "$dest" "$dest" > "$tmp/refs"
if [ -s "$tmp/refs" ]; then
	fail "files pointing into the build tree or DESTDIR: $(cat "$tmp/refs")"
else
	echo "ok: no text file names $here or DESTDIR"
fi
grep -q "'$prefix/$root/bin/taskrt-cc'" "$top/share/taskrt/meson/$root.ini" ||
	fail "the Meson cross file does not name $prefix/$root/bin/taskrt-cc"

# Moved, and used from there: purity of the installed tree, a program
# through the triple-named wrapper, and through pkg-config.
mv "$top" "$tmp/moved"
top=$tmp/moved
if sh test/purity.sh "$arch" "$compiler" "$top/$root" > "$tmp/purity" 2>&1; then
	echo "ok: test/purity.sh against the installed tree"
else
	sed 's/^/  | /' "$tmp/purity"; fail "test/purity.sh against the installed tree"
fi
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
run=$qemu
if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
	echo 'int main(void) { return 0; }' > "$tmp/probe.c"
	"$top/bin/${wrappers%% *}" "$tmp/probe.c" -o "$tmp/probe" && "$tmp/probe" 2> /dev/null && run=""
fi
[ -n "$run" ] && need "$qemu" qemu-user
w=$top/bin/${wrappers%% *}
if $w -O2 -pthread test/hello.c -o "$tmp/hello" -lm -lpthread && $run "$tmp/hello" > "$tmp/out" &&
   [ -s "$tmp/out" ]; then
	echo "ok: bin/${w##*/} from the moved tree: $(head -n 1 "$tmp/out")"
else
	fail "bin/${w##*/} from the moved tree: no working program"
fi
# pkg-config: the flags for the arch's own compiler driver.
export PKG_CONFIG_LIBDIR="$top/$root/lib/pkgconfig"
tcc=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")-gcc
[ "$compiler" = clang ] && tcc="clang --target=$(sed -n 's/^CLANG_TARGET *= *//p' "arch/$arch/arch.mk")"
cflags=$(pkg-config --cflags taskrt) libs=$(pkg-config --libs taskrt) pcc=$(pkg-config --variable=cc taskrt)
# shellcheck disable=SC2086 # word lists
if [ -x "$pcc" ] && $tcc $cflags -O2 -c test/hello.c -o "$tmp/hello.o" &&
   $tcc "$tmp/hello.o" $libs -o "$tmp/hello-pc" && $run "$tmp/hello-pc" > "$tmp/out" && [ -s "$tmp/out" ]; then
	echo "ok: $tcc \$(pkg-config --cflags --libs taskrt): a working program; --variable=cc: ${pcc#"$top"/}"
else
	echo "cflags: $cflags"; echo "libs: $libs"; echo "cc: $pcc"
	fail "pkg-config taskrt: no working program with $tcc"
fi
exit $status
