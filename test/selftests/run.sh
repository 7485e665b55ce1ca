#!/bin/sh
# The kernel's own selftests, built with taskrt-cc and run: real programs
# written by other people for glibc, which must build unchanged and pass.
#
#   test/selftests/run.sh ARCH LABEL BUILD QEMU NATIVE(yes|no)
#   make selftests [ARCH=..] [CC=clang] [MODE=native|qemu|both] [S=name,name]
#
# At test time it fetches Debian's linux-source-6.12 package with
# `apt-get download` (any user may) into build/selftests/, and extracts
# only the selftest folders below and the headers they include; the
# sources never enter the repository, and the cached package means a
# rerun downloads nothing.  Each program is built as its own Makefile
# builds it: taskrt-cc with only the flags the selftest Makefiles (and
# their lib.mk) pass: -D_GNU_SOURCE=, -O3/-g, -pthread, and the kernel's
# uapi headers as KHDR_INCLUDES (here Debian's linux-libc-dev, the
# headers taskrt itself is built from).
#
# One line per program and mode:
#   PASS  x86_64 gcc native selftest timers/posix_timers
#   SKIP  aarch64 gcc qemu   selftest sigaltstack/sas (kselftest skip: ...)
#   FAIL  x86_64 gcc build  selftest pidfd/pidfd_test (does not build: ...)
# A kselftest program exits 0 (pass), 4 (KSFT_SKIP: a skip, with the
# reason it printed) or anything else (fail).  A program that does not
# build is a failure, with what stopped it: the missing headers and
# functions.  Logs: build/selftests/ARCH-LABEL/NAME.{build,run}.log.
# The exit status is 0 only when nothing failed.
# SELFTEST_CFLAGS adds flags to every build: for diagnosis only (say, an
# -include of stand-ins to see how far a program gets); a real run has none.
set -u
arch=$1 label=$2 build=$3 qemu=$4 native=$5
top=$(pwd)
cache=$top/build/selftests
version=6.12
src=$cache/linux-source-$version
st=$src/tools/testing/selftests
out=$cache/$arch-$label
cc=$top/$build/bin/taskrt-cc

# The programs: folder/name, as issue 10 lists them.  The pidfd folder's
# every program is tried ("the ones that build").
programs="timers/posix_timers timers/nanosleep timers/nsleep-lat timers/set-timer-lat
timers/threadtest timers/mqueue-lat sigaltstack/sas
pidfd/pidfd_test pidfd/pidfd_fdinfo_test pidfd/pidfd_open_test pidfd/pidfd_poll_test
pidfd/pidfd_wait pidfd/pidfd_getfd_test pidfd/pidfd_setns_test
membarrier/membarrier_test_single_thread membarrier/membarrier_test_multi_thread
kcmp/kcmp_test"
if [ -n "${S:-}" ]; then
	programs=$(for p in $programs; do
		echo "$S" | tr ',' '\n' | grep -qx "${p#*/}\|$p\|${p%/*}" && echo "$p"
	done)
fi

# The selftests' Makefiles point KHDR_INCLUDES at the kernel's own
# headers, of their own version.  taskrt is built on Debian's uapi headers
# (linux-libc-dev, older); these few, self-contained, come from the
# package's 6.12 tree and go first (membarrier's newer commands, ...):
# -isystem, searched before any -idirafter taskrt-cc itself may pass.
khdr_new="membarrier.h kcmp.h pidfd.h"

# --- the sources: download once, extract once ----------------------------
fetch() {
	mkdir -p "$cache"
	deb=$(find "$cache" -maxdepth 1 -name "linux-source-${version}_*_all.deb" | sort | tail -n 1)
	if [ -z "$deb" ]; then
		echo "selftests: downloading linux-source-$version (about 150 MB, once) into $cache" >&2
		if ! (cd "$cache" && apt-get download "linux-source-$version") >&2; then
			echo "selftests: apt-get download linux-source-$version failed." >&2
			echo "  If apt knows no such package, its lists are missing or old: run" >&2
			echo "  'apt-get update' (as root) once, then rerun." >&2
			exit 2
		fi
		deb=$(find "$cache" -maxdepth 1 -name "linux-source-${version}_*_all.deb" | sort | tail -n 1)
	fi
	# (the stamp names the package it came from)
	[ "$(cat "$src/.extracted" 2>/dev/null)" = "$deb" ] && return
	echo "selftests: extracting the selftest folders from $(basename "$deb")" >&2
	rm -rf "$src"
	p=linux-source-$version/tools/testing/selftests
	uapi=$(for h in $khdr_new; do echo "linux-source-$version/include/uapi/linux/$h"; done)
	# shellcheck disable=SC2086  # $uapi: one word per header
	dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/src/linux-source-$version.tar.xz | xz -dc |
		tar -x -C "$cache" --wildcards "$p/timers" "$p/sigaltstack" "$p/pidfd" "$p/membarrier" \
			"$p/kcmp" "$p/clone3" "$p/kselftest.h" "$p/kselftest_harness.h" "$p/lib.mk" \
			$uapi \
		|| { echo "selftests: extracting failed" >&2; exit 2; }
	echo "$deb" > "$src/.extracted"
}
fetch

# --- build ------------------------------------------------------------------
# flags FOLDER: what that folder's Makefile and lib.mk give the compiler
# (warnings aside) and the linker.
flags() {
	khdr="-isystem $src/include/uapi -idirafter $top/$build/kernel"
	case $1 in
	timers)      echo "-D_GNU_SOURCE= -O3 -lrt -lpthread -lm" ;;
	pidfd)       echo "-D_GNU_SOURCE= -g $khdr -pthread" ;;
	membarrier)  echo "-D_GNU_SOURCE= -g $khdr -lpthread" ;;
	kcmp)        echo "-D_GNU_SOURCE= $khdr" ;;
	sigaltstack) echo "-D_GNU_SOURCE=" ;;
	esac
}

# blockers LOG: what stopped a build, in one line.
blockers() {
	{
		sed -n "s/.*fatal error: \([^:]*\): No such file.*/<\1>/p" "$1"
		sed -n "s/.*implicit declaration of function '\([^']*\)'.*/\1()/p; s/.*implicit declaration of function ‘\([^’]*\)’.*/\1()/p" "$1"
		sed -n "s/.*implicitly declaring library function '\([^']*\)'.*/\1()/p" "$1"
		sed -n "s/.*undefined reference to \`\([^']*\)'.*/\1()/p" "$1"
		sed -n "s/.*'\([A-Za-z_0-9]*\)' undeclared.*/\1/p; s/.*‘\([A-Za-z_0-9]*\)’ undeclared.*/\1/p" "$1"
		sed -n "s/.*use of undeclared identifier '\([^']*\)'.*/\1/p" "$1"
		sed -n "s/.*unknown type name '\([^']*\)'.*/\1/p; s/.*unknown type name ‘\([^’]*\)’.*/\1/p" "$1"
	} | awk '!seen[$0]++' | head -n 12 | tr '\n' ' ' | sed 's/ $//'
}

mkdir -p "$out"
pass=0 fail=0 skip=0
record() {  # record VERDICT MODE NAME [REASON]
	printf '%-5s %s %s %-6s selftest %s%s\n' "$1" "$arch" "$label" "$2" "$3" "${4:+ ($4)}"
	case $1 in PASS) pass=$((pass + 1)) ;; SKIP) skip=$((skip + 1)) ;; *) fail=$((fail + 1)) ;; esac
	[ -n "${RESULTS:-}" ] && echo "$1 $arch-$label-$2 selftest-$3" >> "$RESULTS"
}

# probe DIR NAME FLAGS...: when headers are missing, build again with
# empty stand-ins for them, to learn what else the program lacks (the
# functions, types and constants behind them); only for the report.
probe() {
	pdir=$1 pname=$2; shift 2
	stubs=$out/stubs.$pname
	rm -rf "$stubs"; mkdir -p "$stubs"
	plog=$out/$pname.probe.log
	cp "$out/$pname.build.log" "$plog"
	for _ in 1 2 3 4 5 6; do
		missing=$(sed -n "s/.*fatal error: \([^:]*\): No such file.*/\1/p" "$plog")
		[ -z "$missing" ] && break
		for h in $missing; do mkdir -p "$stubs/$(dirname "$h")"; : > "$stubs/$h"; done
		(cd "$st/$pdir" && "$cc" "$@" -idirafter "$stubs" -fsyntax-only "$pname.c") > "$plog" 2>&1
	done
	rm -rf "$stubs"
	blockers "$plog"
}

built=""
for p in $programs; do
	dir=${p%/*} name=${p#*/} log=$out/$name.build.log
	if [ "$name" = mqueue-lat ] && [ ! -f "$top/$build/include/mqueue.h" ]; then
		record SKIP build "$p" "needs mqueue: taskrt has no <mqueue.h> yet"
		continue
	fi
	# shellcheck disable=SC2046,SC2086  # the flags are words
	if (cd "$st/$dir" && "$cc" $(flags "$dir" | sed 's/ -l[a-z]*//g') ${SELFTEST_CFLAGS:-} "$name.c" \
			$(flags "$dir" | grep -o ' -l[a-z]*') -o "$out/$name") > "$log" 2>&1; then
		built="$built $p"
	else
		why=$(blockers "$log")
		case $why in
		"<"*) more=$(probe "$dir" "$name" $(flags "$dir" | sed 's/ -l[a-z]*//g'))
		      [ -n "$more" ] && why="$why; behind them: $more" ;;
		esac
		record FAIL build "$p" "does not build: $why"
	fi
done

# --- run ----------------------------------------------------------------------
case ${MODE:-default} in
default) modes=qemu; [ "$native" = yes ] && modes=native ;;
qemu) modes=qemu ;;
native) modes=native ;;
both) modes="native qemu" ;;
*) echo "selftests: MODE is native, qemu or both" >&2; exit 2 ;;
esac
[ "$native" = yes ] || modes=qemu

# reason LOG: the skip or failure a kselftest printed: its "# SKIP"
# reasons, or its last "not ok" line, or its "Totals" line.
reason() {
	r=$(grep -m1 -o '# SKIP.*' "$1" | sed 's/^# SKIP *//')
	[ -z "$r" ] && r=$(grep -m1 'not ok' "$1" | sed 's/^ *//')
	[ -z "$r" ] && r=$(grep -m1 'Bail out' "$1")
	t=$(grep -m1 '# Totals' "$1" | sed 's/^# *//')
	echo "$r${t:+; $t}" | cut -c1-200
}

for mode in $modes; do
	for p in $built; do
		name=${p#*/} log=$out/$name.$mode.log
		emu=""; [ "$mode" = qemu ] && emu=$qemu
		# (a selftest finds its helper files beside itself: run in its folder)
		# shellcheck disable=SC2086
		(cd "$st/${p%/*}" && timeout "${SELFTEST_TIMEOUT:-300}" $emu "$out/$name") > "$log" 2>&1 < /dev/null
		status=$?
		skipped=$(grep -c '^ok .*# SKIP' "$log")
		case $status in
		0) if [ "$skipped" -gt 0 ]; then
			record PASS "$mode" "$p" "$skipped subtests skipped: $(reason "$log")"
		   else
			record PASS "$mode" "$p"
		   fi ;;
		4) record SKIP "$mode" "$p" "kselftest skip: $(reason "$log")" ;;
		124) record FAIL "$mode" "$p" "timed out after ${SELFTEST_TIMEOUT:-300} s" ;;
		*) record FAIL "$mode" "$p" "exit status $status: $(reason "$log")" ;;
		esac
	done
done

echo "$arch $label selftests: $pass passed, $fail failed, $skip skipped (logs in ${out#"$top"/})"
[ "$fail" -eq 0 ]
