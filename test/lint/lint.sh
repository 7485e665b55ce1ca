#!/bin/sh
# make lint: the checks that look at the sources rather than run them.
#   1. the library built on every arch, gcc and clang, with its warnings
#      (all errors), into the build folders make check uses, and the
#      namespace and ABI checks on each build;
#   2. shellcheck on every shell script;
#   3. no architecture test outside arch/ (docs and prose excepted);
#   4. the docs' listings against the code (test/docs.sh);
#   5. make port-check for one arch: a port from the five required files.
# Prints one line per check; exits non-zero if any failed.
#
#   test/lint/lint.sh "ARCH ..." PORT_ARCH
archs=$1 port_arch=$2
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step() {  # step NAME COMMAND...: run it, print PASS/FAIL, keep the output of a failure
	name=$1; shift
	if "$@" > "$log" 2>&1; then
		echo "PASS  lint  $name"
	else
		echo "FAIL  lint  $name"; sed 's/^/    | /' "$log" | tail -n 40; status=1
	fi
}

for a in $archs; do
	for c in gcc clang; do
		b=build/$a; [ "$c" = clang ] && b=build/$a-clang
		step "warnings $a $c" make -s -j2 --no-print-directory lib ARCH="$a" CC="$c"
		[ -f "$b/lib/libtaskrt.a" ] || continue
		step "abi $a $c" sh test/abi.sh "$a" "$c" "$b"
		step "namespace $a $c" sh test/namespace.sh "$a" "$c" "$b"
	done
done

# Every shell script, through shellcheck.
if command -v shellcheck > /dev/null; then
	# shellcheck disable=SC2046 # the list of file names, one word each
	step "shellcheck ($(git ls-files '*.sh' .ci/run linker/taskrt-cc.in | wc -l) scripts)" \
		shellcheck $(git ls-files '*.sh' .ci/run linker/taskrt-cc.in)
else
	echo "FAIL  lint  shellcheck: missing: apt-get install -y shellcheck"; status=1
fi

# Architecture tests live in arch/ only.
# shellcheck disable=SC2317 # reached through step, below
leaks() {
	! git grep -nE '__(x86_64|i386|aarch64|arm|riscv|powerpc|s390|mips)' -- ':!arch/' ':!docs/' ':!*.md'
}
step "no arch macros outside arch/" leaks

step "docs listings" sh test/docs.sh
step "port-check $port_arch" make -s -j2 --no-print-directory port-check ARCH="$port_arch"
exit $status
