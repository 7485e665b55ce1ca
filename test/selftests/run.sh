#!/bin/sh
# The kernel's own selftests, built with taskrt-cc and run: real programs
# written by other people for glibc, which must build unchanged and pass.
#
#   test/selftests/run.sh ARCH LABEL BUILD QEMU NATIVE(yes|no)
#   make selftests [ARCH=..] [CC=clang] [MODE=native|qemu|both] [S=name,name]
#                  [LIBC=glibc]   (the same programs with the arch's gcc -static)
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

# The programs: folder/name, as issues 10 and 12 list them.  The pidfd
# and proc folders' every program is tried ("the ones that build").
programs="timers/posix_timers timers/nanosleep timers/nsleep-lat timers/set-timer-lat
timers/threadtest timers/mqueue-lat sigaltstack/sas
pidfd/pidfd_test pidfd/pidfd_fdinfo_test pidfd/pidfd_open_test pidfd/pidfd_poll_test
pidfd/pidfd_wait pidfd/pidfd_getfd_test pidfd/pidfd_setns_test
membarrier/membarrier_test_single_thread membarrier/membarrier_test_multi_thread
kcmp/kcmp_test
exec/execveat exec/non-regular exec/recursion-depth exec/null-argv
exec/load_address.static.0x1000 exec/load_address.static.0x200000 exec/load_address.static.0x1000000
proc/fd-001-lookup proc/fd-002-posix-eq proc/fd-003-kthread proc/proc-2-is-kthread
proc/proc-loadavg-001 proc/proc-empty-vm proc/proc-pid-vm proc/proc-self-map-files-001
proc/proc-self-map-files-002 proc/proc-self-isnt-kthread proc/proc-self-syscall
proc/proc-self-wchan proc/proc-subset-pid proc/proc-tid0 proc/proc-uptime-001
proc/proc-uptime-002 proc/read proc/self proc/setns-dcache proc/setns-sysvipc
proc/thread-self proc/proc-multiple-procfs proc/proc-fsconfig-hidepid
core/close_range_test core/unshare_test mincore/mincore_selftest memfd/memfd_test
ipc/msgque mqueue/mq_open_tests mqueue/mq_perf_tests
openat2/openat2_test openat2/resolve_test openat2/rename_attack_test filelock/ofdlocks
prctl/disable-tsc-ctxt-sw-stress-test prctl/disable-tsc-on-off-stress-test
prctl/disable-tsc-test prctl/set-anon-vma-name-test prctl/set-process-name
vDSO/vdso_test_gettimeofday vDSO/vdso_test_getcpu vDSO/vdso_test_abi
vDSO/vdso_test_clock_getres vDSO/vdso_standalone_test_x86 vDSO/vdso_test_correctness
vDSO/vdso_test_getrandom vDSO/vdso_test_chacha"
if [ -n "${S:-}" ]; then
	programs=$(for p in $programs; do
		echo "$S" | tr ',' '\n' | grep -qx "${p#*/}\|$p\|${p%/*}" && echo "$p"
	done)
fi

# The selftests' Makefiles point KHDR_INCLUDES at the kernel's own
# headers, of their own version.  taskrt is built on Debian's uapi headers
# (linux-libc-dev, older); these few, self-contained, come from the
# package's 6.12 tree (copied into $src/khdr) and go first (membarrier's
# newer commands, memfd's MFD_EXEC, ...): -isystem, searched before any -idirafter
# taskrt-cc itself may pass.  The whole 6.12 uapi tree is extracted too,
# for the one Makefile (vDSO's getrandom) that names it itself.
khdr_new="membarrier.h kcmp.h pidfd.h memfd.h"
folders="timers sigaltstack pidfd membarrier kcmp clone3 exec proc core mincore memfd
ipc mqueue openat2 filelock prctl vDSO"

# The compiler: taskrt-cc, or with LIBC=glibc the arch's gcc -static on
# the host's glibc (label glibc), so that what fails with both on this
# kernel is told apart from what fails with taskrt alone.
if [ "${LIBC:-taskrt}" = glibc ]; then
	cc="${CROSS_COMPILE:-}gcc -static"
	label=glibc
	out=$cache/$arch-$label
fi

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
	# (the stamp names the package it came from and the folders taken)
	stamp="$deb $folders tools/arch"
	[ "$(cat "$src/.extracted" 2>/dev/null)" = "$stamp" ] && return
	echo "selftests: extracting the selftest folders from $(basename "$deb")" >&2
	rm -rf "$src"
	l=linux-source-$version
	dirs=$(for f in $folders; do echo "$l/tools/testing/selftests/$f"; done)
	# (vDSO's chacha test includes the kernel's own vgetrandom-chacha.S,
	# which includes the kernel's internal headers)
	# shellcheck disable=SC2086  # $dirs: one word per folder
	dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/src/linux-source-$version.tar.xz | xz -dc |
		tar -x -C "$cache" --wildcards $dirs "$l/tools/testing/selftests/kselftest.h" \
			"$l/tools/testing/selftests/kselftest_harness.h" "$l/tools/testing/selftests/lib.mk" \
			"$l/tools/include" "$l/tools/arch/x86/include" "$l/tools/arch/arm64/include" "$l/include" "$l/arch/x86/include" "$l/arch/arm64/include" \
			"$l/arch/x86/entry/vdso" "$l/arch/arm64/kernel/vdso" \
		|| { echo "selftests: extracting failed" >&2; exit 2; }
	echo "$stamp" > "$src/.extracted"
}
fetch
mkdir -p "$src/khdr/linux"
for h in $khdr_new; do cp "$src/include/uapi/linux/$h" "$src/khdr/linux/"; done

# --- popt: the mqueue tests' option parser --------------------------------
# mqueue's Makefile links -lpopt.  Neither libc has it to link statically,
# so, as a user would, it is built from its Debian source with the same
# compiler (./configure CC=...; a real third-party build of its own).  The
# source comes with apt-get source, through a private apt configuration
# (its own deb-src list and state under build/selftests/apt) when the
# machine's apt has no deb-src lines: the system's setup is not touched.
popt_version=1.19
popt() {
	[ -f "$out/popt/lib/libpopt.a" ] && return 0
	: > "$out/popt.log"
	tarball=$(find "$cache" -maxdepth 1 -name "popt_$popt_version*.orig.tar.*" | head -n 1)
	if [ -z "$tarball" ]; then
		a=$cache/apt
		mkdir -p "$a/lists/partial" "$a/cache/archives/partial"
		echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" > "$a/sources.list"
		set -- -o Dir::Etc::SourceList="$a/sources.list" -o Dir::Etc::SourceParts=/nonexistent \
			-o Dir::State::Lists="$a/lists" -o Dir::Cache="$a/cache"
		echo "selftests: fetching popt's source (apt-get source popt, once) into $cache" >&2
		{ apt-get "$@" update && (cd "$cache" && apt-get "$@" source --download-only popt); } >> "$out/popt.log" 2>&1
		tarball=$(find "$cache" -maxdepth 1 -name "popt_$popt_version*.orig.tar.*" | head -n 1)
		[ -n "$tarball" ] || { echo "apt-get source popt failed (see $out/popt.log)" >> "$out/popt.log"; return 1; }
	fi
	rm -rf "$out/popt-build"; mkdir -p "$out/popt-build"
	tar -xf "$tarball" -C "$out/popt-build" --strip-components=1 || return 1
	triple=$(sed -n 's/^TRIPLE *= *//p' "$top/arch/$arch/arch.mk")
	# (make's own MAKEFLAGS stay out: `make selftests CC=clang` would
	# pass its CC=clang down and override popt's configured compiler)
	# shellcheck disable=SC2086  # $cc: a command and its flags
	(cd "$out/popt-build" && unset MAKEFLAGS MFLAGS MAKELEVEL &&
		./configure CC="$cc" --host="$triple" --disable-shared --enable-static \
		--disable-nls --prefix="$out/popt" && make -j2 && make install) >> "$out/popt.log" 2>&1 \
		|| { echo "popt's ./configure && make with $cc failed (see $out/popt.log)" >> "$out/popt.log"; return 1; }
	[ -f "$out/popt/lib/libpopt.a" ]
}

# --- build ------------------------------------------------------------------
# flags FOLDER NAME: what that program's Makefile and lib.mk give the
# compiler (warnings and sanitizers aside) and the linker: -l options
# last.  openat2's Makefile asks for -fsanitize=address,undefined with a
# static libasan: neither libc has one to link statically, so both build
# without (the test's checks are its own).
flags() {
	khdr="-isystem $src/khdr -idirafter $top/$build/kernel"
	[ "$label" = glibc ] && khdr="-isystem $src/khdr"
	tools="-isystem $src/tools/include/uapi"
	case $1 in
	timers)      echo "-D_GNU_SOURCE= -O3 -lrt -lpthread -lm" ;;
	pidfd)       echo "-D_GNU_SOURCE= -g $khdr -pthread" ;;
	membarrier)  echo "-D_GNU_SOURCE= -g $khdr -lpthread" ;;
	kcmp)        echo "-D_GNU_SOURCE= $khdr" ;;
	sigaltstack) echo "-D_GNU_SOURCE=" ;;
	exec)        case $2 in
	             load_address.static.*) echo "-D_GNU_SOURCE= -Wl,-z,max-page-size=${2##*.} -fPIE -static-pie" ;;
	             *) echo "-D_GNU_SOURCE=" ;;
	             esac ;;
	proc)        echo "-D_GNU_SOURCE= -O2 $tools -pthread" ;;
	core)        echo "-D_GNU_SOURCE= -g $khdr" ;;
	mincore)     echo "-D_GNU_SOURCE=" ;;
	memfd)       echo "-D_GNU_SOURCE= -D_FILE_OFFSET_BITS=64 $khdr" ;;
	ipc)         case $arch in
	             # the ipc Makefile's own arch macro, -D__<arch>__
	             x86_64) echo "-DCONFIG_X86_64 -D__${arch}__ -D_GNU_SOURCE= $khdr" ;;
	             i386)   echo "-DCONFIG_X86_32 -D__${arch}__ -D_GNU_SOURCE= $khdr" ;;
	             *)      echo "-D_GNU_SOURCE= $khdr" ;;
	             esac ;;
	mqueue)      echo "-D_GNU_SOURCE= -O2 -I$out/popt/include -L$out/popt/lib -lrt -lpthread -lpopt" ;;
	openat2)     echo "-D_GNU_SOURCE= -O2 -g" ;;
	filelock)    echo "-D_GNU_SOURCE=" ;;
	prctl)       echo "-D_GNU_SOURCE=" ;;
	vDSO)        case $2 in
	             vdso_standalone_test_x86) echo "-std=gnu99 -O2 -D_GNU_SOURCE= -nostdlib -fno-asynchronous-unwind-tables -fno-stack-protector" ;;
	             vdso_test_correctness) echo "-std=gnu99 -O2 -D_GNU_SOURCE= -ldl" ;;
	             vdso_test_getrandom) echo "-std=gnu99 -O2 -D_GNU_SOURCE= -isystem $src/tools/include $khdr -isystem $src/include/uapi" ;;
	             vdso_test_chacha) k=x86; [ "$arch" = aarch64 ] && k=arm64
	                echo "-std=gnu99 -O2 -D_GNU_SOURCE= -idirafter $src/tools/include -idirafter $src/tools/include/generated -idirafter $src/arch/$k/include -idirafter $src/include -Wa,--noexecstack" ;;
	             *) echo "-std=gnu99 -O2 -D_GNU_SOURCE=" ;;
	             esac ;;
	esac
}

# sources FOLDER NAME: the files the Makefile builds that program from.
sources() {
	case $1/$2 in
	exec/load_address.*) echo "load_address.c" ;;
	memfd/memfd_test) echo "memfd_test.c common.c" ;;
	openat2/*) echo "$2.c helpers.c" ;;
	vDSO/vdso_test_gettimeofday|vDSO/vdso_test_getcpu|vDSO/vdso_test_abi|vDSO/vdso_standalone_test_x86|vDSO/vdso_test_getrandom)
		echo "$2.c parse_vdso.c" ;;
	vDSO/vdso_test_chacha) echo "$2.c vgetrandom-chacha.S" ;;
	*) echo "$2.c" ;;
	esac
}

# only FOLDER NAME: why this program is not built on this arch, as its
# Makefile decides (nothing: it is).
only() {
	case $1/$arch in
	prctl/x86_64|prctl/i386) ;;
	prctl/*) echo "its Makefile builds it on x86 only" ;;
	esac
	case $2/$arch in
	vdso_standalone_test_x86/x86_64|vdso_standalone_test_x86/i386) ;;
	vdso_standalone_test_x86/*) echo "its Makefile builds it on x86 only" ;;
	vdso_test_chacha/x86_64|vdso_test_chacha/aarch64) ;;
	vdso_test_chacha/*) echo "the kernel has no vgetrandom-chacha.S for $arch" ;;
	esac
}

# blockers LOG: what stopped a build, in one line.
blockers() {
	{
		sed -n "s/.*fatal error: \([^:]*\): No such file.*/<\1>/p" "$1"
		sed -n "s/.*fatal error: '\([^']*\)' file not found.*/<\1>/p" "$1"
		sed -n "s/.*implicit declaration of function '\([^']*\)'.*/\1()/p; s/.*implicit declaration of function ‘\([^’]*\)’.*/\1()/p" "$1"
		sed -n "s/.*implicitly declaring library function '\([^']*\)'.*/\1()/p" "$1"
		sed -n "s/.*undefined reference to \`\([^']*\)'.*/\1()/p" "$1"
		sed -n "s/.*'\([A-Za-z_0-9]*\)' undeclared.*/\1/p; s/.*‘\([A-Za-z_0-9]*\)’ undeclared.*/\1/p" "$1"
		sed -n "s/.*use of undeclared identifier '\([^']*\)'.*/\1/p" "$1"
		sed -n "s/.*unknown type name '\([^']*\)'.*/\1/p; s/.*unknown type name ‘\([^’]*\)’.*/\1/p" "$1"
		sed -n "s/.*storage size of ‘\([^’]*\)’ isn't known.*/sizeof \1/p; s/.*variable has incomplete type '\([^']*\)'.*/\1/p" "$1"
		sed -n "s/.*has no member named ‘\([^’]*\)’.*/member \1/p; s/.*no member named '\([^']*\)' in.*/member \1/p" "$1"
		sed -n "s/.*invalid use of undefined type ‘\([^’]*\)’.*/\1/p; s/.*incomplete definition of type '\([^']*\)'.*/\1/p" "$1"
		sed -n "s/.*cannot find -l\([a-z0-9]*\).*/-l\1/p; s/.*unable to find library -l\([a-z0-9]*\).*/-l\1/p" "$1"
		grep -q "can not be used when making a PIE object\|read-only segment has dynamic relocations\|cannot preempt symbol" "$1" \
			&& echo "-static-pie: taskrt cannot link a static PIE yet (position-dependent objects and tiny.ld)"
	} | awk '!seen[$0]++' | head -n 12 | tr '\n' ' ' | sed 's/ $//'
}

mkdir -p "$out"
pass=0 fail=0 skip=0
# Each verdict is also kept in $out/verdicts ("MODE NAME VERDICT"); a
# taskrt failure whose program glibc also failed here, on the last
# LIBC=glibc run for this arch, says so: the kernel's or the machine's
# doing, not taskrt's (the glibc run's log tells what).
: > "$out/verdicts"
glibc_verdicts=$cache/$arch-glibc/verdicts
record() {  # record VERDICT MODE NAME [REASON]
	why=${4:-}
	if [ "$1" = FAIL ] && [ "$label" != glibc ] && [ -f "$glibc_verdicts" ]; then
		# (a build failure: what glibc's build of it did in any mode)
		g=$(awk -v m="$2" -v n="$3" '($1 == m || m == "build") && $2 == n { v = $3 } END { print v }' "$glibc_verdicts")
		[ -n "$g" ] && [ "$g" != PASS ] && why="$why; glibc: $g too"
		[ "$g" = PASS ] && why="$why; glibc: PASS"
	fi
	echo "$2 $3 $1" >> "$out/verdicts"
	printf '%-5s %s %s %-6s selftest %s%s\n' "$1" "$arch" "$label" "$2" "$3" "${why:+ ($why)}"
	case $1 in PASS) pass=$((pass + 1)) ;; SKIP) skip=$((skip + 1)) ;; *) fail=$((fail + 1)) ;; esac
	[ -n "${RESULTS:-}" ] && echo "$1 $arch-$label-$2 selftest-$3" >> "$RESULTS"
}

# --- known limits: of this machine, and of qemu-user ------------------------
# MODE|PROGRAM|TEXT|REASON, one a line: a program that fails in MODE
# (native, qemu, or any) with TEXT (a fixed string; * for any failure,
# where the program prints nothing of its own) in its log fails for
# the machine's or the emulator's reason, not the C library's: a visible
# SKIP with REASON.  Only where glibc agrees: when the last LIBC=glibc run
# of this arch passed it in that mode, it stays a FAIL; every entry was
# seen to fail with glibc the same way (the skip line says "glibc: ...").
limits() {
	cat <<'EOF'
any|core/unshare_test|setrlimit(RLIMIT_NOFILE, &rlimit) (-1)|raising the hard RLIMIT_NOFILE needs CAP_SYS_RESOURCE, which this sandbox does not give root
any|mqueue/mq_perf_tests|setrlimit() at 279: Operation not permitted|raising RLIMIT_MSGQUEUE needs CAP_SYS_RESOURCE, which this sandbox does not give root
any|proc/read|xreaddir: Assertion|it reads every /proc/PID, and the VM's init (pid 1) is not dumpable: its map_files directory answers EACCES
any|openat2/resolve_test|mount failed - errno:22|it makes /tmp a private mount, and /tmp is no mount point here (EINVAL)
qemu|timers/set-timer-lat|timer_create() failed|qemu-user refuses its timer_create calls (every clock)
qemu|pidfd/pidfd_test|pidfd_clone failed (ret -1, errno 22)|qemu-user's clone takes no CLONE_PIDFD (EINVAL)
qemu|pidfd/pidfd_fdinfo_test|clone failed (ret 0, errno 22)|qemu-user's clone takes no CLONE_PIDFD or namespace flags (EINVAL)
qemu|pidfd/pidfd_wait|wait_simple:Expected pid (-1) >= 0|qemu-user has no clone3
qemu|pidfd/pidfd_setns_test|Expected errno (38) == EOPNOTSUPP|qemu-user passes no pidfd ioctl to the kernel (PIDFD_GET_*_NAMESPACE: ENOSYS)
qemu|exec/null-argv|Exec format error|it re-executes its own binary with execve, which the host kernel cannot run without qemu as its binfmt_misc handler (ENOEXEC)
qemu|proc/proc-loadavg-001|*|qemu-user's own helper thread takes a pid in the new pid namespace, so /proc/loadavg's last pid is not the one the test made
qemu|proc/proc-self-syscall|*|/proc/self/syscall shows the host's system call (qemu's, in x86_64 numbers), not the guest's
qemu|proc/thread-self|Assertion `pid > 0' failed|qemu-user's clone takes only pthread_create's set of thread flags (EINVAL for CLONE_THREAD|CLONE_SIGHAND|CLONE_VM alone)
qemu|proc/proc-fsconfig-hidepid|fsopen("proc", 0)) != -1|qemu-user has no fsopen
qemu|core/close_range_test|close_range_unshare:Expected pid (-1) >= 0|qemu-user has no clone3
qemu|mincore/mincore_selftest|Expected EINVAL (22) == errno (12)|qemu-user's mincore answers ENOMEM, not EINVAL, for an unaligned address
qemu|memfd/memfd_test|qemu: uncaught target signal 6|qemu-user maps guest memory its own way: mmap of an F_SEAL_FUTURE_WRITE memfd does not fail as the kernel's does
qemu|openat2/rename_attack_test|openat2(2) unsupported|qemu-user has no openat2: the test falls back to openat, which cannot refuse an escape
native|prctl/set-anon-vma-name-test|Expected rename_vma((unsigned long)self->ptr_anon, AREA_SIZE, GOOD_NAME) (-22)|the kernel is built without CONFIG_ANON_VMA_NAME (PR_SET_VMA: EINVAL)
any|timers/posix_timers|Diff too high|its CPU-time timers need a CPU of their own, and other processes share this machine (2 cores)
EOF
}
# limit MODE PROGRAM LOG: the reason of the first entry that matches.
limit() {
	limits | while IFS='|' read -r m prog text why; do
		if [ -z "$prog" ] || [ "$prog" != "$2" ]; then continue; fi
		[ "$m" = any ] || [ "$m" = "$1" ] || continue
		{ [ "$text" = "*" ] || grep -qF -- "$text" "$3"; } && { echo "$why"; break; }
	done
}
# glibc_says MODE PROGRAM: the last glibc run's verdict ("" if none).
glibc_says() {
	[ "$label" != glibc ] && [ -f "$glibc_verdicts" ] || return 0
	awk -v m="$1" -v n="$2" '$1 == m && $2 == n { print $3 }' "$glibc_verdicts"
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
		missing=$(sed -n "s/.*fatal error: \([^:]*\): No such file.*/\1/p; s/.*fatal error: '\([^']*\)' file not found.*/\1/p" "$plog")
		[ -z "$missing" ] && break
		for h in $missing; do mkdir -p "$stubs/$(dirname "$h")"; : > "$stubs/$h"; done
		# shellcheck disable=SC2086
		# shellcheck disable=SC2046 # the source list is a list of words
		(cd "$st/$pdir" && $cc "$@" -idirafter "$stubs" -fsyntax-only $(sources "$pdir" "$pname" | sed "s/ .*//")) > "$plog" 2>&1
	done
	rm -rf "$stubs"
	blockers "$plog"
}

# setup FOLDER: the files a folder's Makefile makes beside its programs
# (TEST_GEN_FILES), in the run folder.
setup() {
	case $1 in
	exec) (cd "$out/run/exec" && rm -rf subdir script execveat.symlink execveat.denatured &&
		mkdir subdir && printf '#!/bin/bash\nexit $*\n' > script && chmod +x script &&
		{ [ ! -f execveat ] || { ln -sf execveat execveat.symlink &&
			cp execveat execveat.denatured && chmod -x execveat.denatured; }; }) ;;
	esac
}

built=""
rm -rf "$out/run"; mkdir -p "$out/run"
for p in $programs; do
	dir=${p%/*} name=${p#*/} log=$out/$name.build.log
	if [ "$name" = mqueue-lat ] && [ ! -f "$top/$build/include/mqueue.h" ] && [ "$label" != glibc ]; then
		record SKIP build "$p" "needs mqueue: taskrt has no <mqueue.h> yet"
		continue
	fi
	not=$(only "$dir" "$name")
	if [ -n "$not" ]; then
		record SKIP build "$p" "not for $arch: $not"
		continue
	fi
	# (each program runs in a copy of its folder, beside its helper files)
	[ -d "$out/run/$dir" ] || cp -r "$st/$dir" "$out/run/$dir"
	cflags=$(flags "$dir" "$name" | sed 's/ -l[a-z]*//g')
	libs=$(flags "$dir" "$name" | grep -o ' -l[a-z]*')
	# (glibc: gcc's -static would pick the non-PIE start files of a
	# -static-pie program; taskrt-cc takes both)
	pcc=$cc
	case "$label $cflags" in "glibc "*-static-pie*) pcc="${CROSS_COMPILE:-}gcc" ;; esac
	[ "$dir" = mqueue ] && ! popt && { record FAIL build "$p" "no libpopt: $(tail -n 1 "$out/popt.log")"; continue; }
	# shellcheck disable=SC2046,SC2086  # the flags are words
	if (cd "$st/$dir" && $pcc $cflags ${SELFTEST_CFLAGS:-} $(sources "$dir" "$name") \
			$libs -o "$out/run/$dir/$name") > "$log" 2>&1; then
		built="$built $p"
	else
		why=$(blockers "$log")
		case $why in
		"<"*) # shellcheck disable=SC2086
		      more=$(probe "$dir" "$name" $cflags)
		      [ -n "$more" ] && why="$why; behind them: $more" ;;
		"") why=$(grep -m1 'error' "$log" | sed "s|$st/||g" | cut -c1-160) ;;
		esac
		record FAIL build "$p" "does not build: $why"
	fi
done
for d in $(for p in $built; do echo "${p%/*}"; done | sort -u); do setup "$d"; done

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
		# (a selftest finds its helper files beside itself: run in its folder's copy)
		# shellcheck disable=SC2086
		(cd "$out/run/${p%/*}" && timeout "${SELFTEST_TIMEOUT:-300}" $emu "./$name") > "$log" 2>&1 < /dev/null
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
		*) why=$(limit "$mode" "$p" "$log") g=$(glibc_says "$mode" "$p")
		   if [ -n "$why" ] && [ "$g" != PASS ]; then
			[ "$label" = glibc ] || why="$why; glibc: ${g:-not run here yet}"
			record SKIP "$mode" "$p" "${mode} limit: $why"
		   else
			record FAIL "$mode" "$p" "exit status $status: $(reason "$log")"
		   fi ;;
		esac
	done
done

echo "$arch $label selftests: $pass passed, $fail failed, $skip skipped (logs in ${out#"$top"/})"
[ "$fail" -eq 0 ]
