# shellcheck shell=sh
# shellcheck disable=SC2154 # cc (scratch_install) and lacks (the caller)
# . test/lib/autoconf-package.sh; autoconf_package PKG ARCH COMPILER BUILD
# CONFIGURE-ARGS: Debian's source package PKG (fetched at test time by
# test/lib/debian-source.sh, never committed), configured with the
# installed wrapper as a user would,
#
#   ./configure --host=TRIPLE CC=ARCH-linux-taskrt-cc CONFIGURE-ARGS
#
# then built and checked with its own `make check`: natively where the
# arch runs here, else with its programs run by qemu-user
# (test/lib/qemu-wrap.sh).  Then its configure's results are compared
# with the same configure run with the arch's glibc gcc (kept per arch
# in the source cache): every check that differs must be named in the
# caller's $lacks, one check text a line, a feature taskrt deliberately
# lacks; any other difference fails.  A named one that no longer differs
# (taskrt gained it) passes.
autoconf_package() {
	pkg=$1 arch=$2 compiler=$3 build=$4 args=$5
	need make make
	need apt-get apt
	host=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
	qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
	src=$(sh test/lib/debian-source.sh "$pkg" build/debian-src) || exit 1
	cache=${src%/src/*}
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	scratch_install "$arch" "$compiler" "$build" "$tmp/prefix"
	# The package's make must not see the test run's make (its -s, its
	# jobserver).
	unset MAKEFLAGS MFLAGS MAKELEVEL

	cp -pR "$src" "$tmp/taskrt"
	# shellcheck disable=SC2086 # args is a list of words
	quietly "$pkg: ./configure --host=$host CC=${cc##*/} $args" \
		sh -c "cd '$tmp/taskrt' && ./configure --host=$host CC='$cc' $args"
	quietly "$pkg: make" make -C "$tmp/taskrt" -j2
	run=""
	if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
		# (i386 needs the kernel's IA32 emulation.)
		echo 'int main(void) { return 0; }' > "$tmp/probe.c"
		"$cc" "$tmp/probe.c" -o "$tmp/probe" && "$tmp/probe" 2> /dev/null || run=$qemu
	else
		run=$qemu
	fi
	if [ -n "$run" ]; then
		need "$qemu" qemu-user
		quietly "$pkg: make check TESTS= (the test programs)" make -C "$tmp/taskrt" -j2 check TESTS=
		sh test/lib/qemu-wrap.sh "$tmp/taskrt" "$qemu" || exit 1
	fi
	quietly "$pkg: make check${run:+ (under $qemu)}" make -C "$tmp/taskrt" -j2 check
	grep -h '^# [A-Z]*: ' "$tmp/log" | sed 's/^/  /' | tr '\n' ' '; echo
	if grep -q '^# \(FAIL\|ERROR\|XPASS\): *[1-9]' "$tmp/log"; then
		echo "FAIL: $pkg: make check"; exit 1
	fi

	# configure's results beside glibc's.
	ref=$cache/glibc-$arch.checks
	if [ ! -f "$ref" ]; then
		cp -pR "$src" "$tmp/glibc"
		# shellcheck disable=SC2086
		quietly "$pkg: glibc: ./configure --host=$host CC=$host-gcc $args" \
			sh -c "cd '$tmp/glibc' && ./configure --host=$host CC=$host-gcc $args"
		sh test/lib/configure-checks.sh "$tmp/glibc/config.log" > "$ref.tmp" && mv "$ref.tmp" "$ref"
	fi
	sh test/lib/configure-checks.sh "$tmp/taskrt/config.log" > "$tmp/taskrt.checks"
	if [ "$(wc -l < "$ref")" != "$(wc -l < "$tmp/taskrt.checks")" ]; then
		echo "FAIL: $pkg: configure made $(wc -l < "$tmp/taskrt.checks") checks, $(wc -l < "$ref") with glibc:"
		diff "$ref" "$tmp/taskrt.checks" | head -n 40; exit 1
	fi
	paste -d '\n' "$ref" "$tmp/taskrt.checks" | while read -r g && read -r t; do
		what=${g%%: *}
		if [ "$g" = "$t" ]; then
			continue
		elif [ "$what" != "${t%%: *}" ]; then
			echo "FAIL: configure's checks out of step: '$g' (glibc), '$t' (taskrt)"; echo bad
		elif printf '%s\n' "$lacks" | grep -qxF "${what#checking }"; then
			echo "  lack: $what: ${t#"$what": } (glibc: ${g#"$what": })"
		else
			echo "DIFFERENT: $what: ${t#"$what": } (glibc: ${g#"$what": })"; echo bad
		fi
	done > "$tmp/diffs"
	grep -v '^bad$' "$tmp/diffs"
	echo "configure: $(wc -l < "$ref") checks, $(grep -c '^  lack' "$tmp/diffs") differ by a known lack"
	! grep -qx bad "$tmp/diffs"
}
