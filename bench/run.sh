#!/bin/bash
# bench/run.sh [ARCH]: taskrt side by side with glibc, musl, the kernel's
# nolibc and the kernel floor.  `make bench` and `make bench ARCH=aarch64`
# call it; bench/README.md says how to read what it prints.
#
#   host arch (x86_64):  every row natively, plus create+join under
#                        qemu-aarch64; sizes for every arch under arch/
#   another ARCH:        every timing row under qemu-<ARCH>; sizes as above
#
# Timing runs are interleaved: each round runs every case once (in an order
# rotated by one each round), so a machine that drifts -- other builds,
# thermal limits, a noisy neighbour -- drifts every column alike.  Each
# cell is the median of ROUNDS rounds with the min-max spread; each ratio
# is the median (and spread) of the per-round ratios of paired runs.
#
# Knobs (environment):
#   ROUNDS      rounds (default 21 native, 9 under qemu)
#   BENCH_ROWS  the row groups to run, comma-separated (default: all):
#                 size    stripped sizes, every arch
#                 thread  create+join, 64 threads, mutex, idle-thread memory,
#                         their system-call counts (and the profile)
#                 sync    cond, broadcast, rwlock, sem, once, getspecific, __thread
#                 malloc  malloc/free pairs, 4 threads, handoff, RSS
#                 stdio   printf, fputs, fwrite, fgets, snprintf
#                 string  mem*/str* at four sizes, qsort
#                 search  memmem, strstr
#                 exec    hello: system calls, exec-to-exit; one raw system call
#               e.g. BENCH_ROWS=malloc make bench.  Without size, only the
#               timing arch's taskrt is built.
# build/bench/case-ms.txt lists every run's wall time (ms, row, impl): the
# place to look when a row's count needs resizing.
set -eu
cd "$(dirname "$0")/.."

# The arches: whatever folders arch/ has, as the Makefile sees them.
ARCHS=$(make -s --no-print-directory print-archs)
HOST=$(uname -m | sed 's/^i.86$/i386/')
ARCH=${1:-$HOST}
OUT=build/bench
RES=$OUT/results
started=$(date +%s)
BENCH_ROWS=${BENCH_ROWS:-all}
# want GROUP: is GROUP among BENCH_ROWS?
want() { case ",$BENCH_ROWS," in *,all,* | *",$1,"*) return 0 ;; *) return 1 ;; esac; }
for g in $(echo "$BENCH_ROWS" | tr ',' ' '); do
	case $g in all | size | thread | sync | malloc | stdio | string | search | exec) ;;
	*) echo "bench: BENCH_ROWS: no row group '$g' (size thread sync malloc stdio string search exec)" >&2; exit 2 ;;
	esac
done
# say WHAT: progress on stderr, with the seconds spent so far.
say() { echo "bench: $* ($(( $(date +%s) - started )) s so far)" >&2; }

arch_var() { sed -n "s/^$2 *= *//p" "arch/$1/arch.mk"; }

# --- 1. Tools: a missing one stops us here, with the line that fixes it. ---
missing=""
need() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }
need strace strace
need hyperfine hyperfine
need taskset util-linux
need qemu-aarch64 qemu-user
[ "$ARCH" = "$HOST" ] || need "$(arch_var "$ARCH" QEMU)" qemu-user
[ "$HOST" != x86_64 ] || need musl-gcc musl-tools
ls /usr/src/linux-source-*.tar.xz >/dev/null 2>&1 || [ -f $OUT/nolibc/nolibc.h ] \
	|| missing="$missing linux-source"
for a in $ARCHS; do
	t=$(arch_var "$a" TRIPLE)
	debarch=$(arch_var "$a" DEB_PACKAGES | sed -n 's/.*linux-libc-dev-\([a-z0-9]*\)-cross.*/\1/p')
	need "$t-gcc" "$(arch_var "$a" DEB_PACKAGES)"
	# glibc's static libc.a: the host's libc6-dev, or the cross sysroot.
	if command -v "$t-gcc" >/dev/null 2>&1 && [ ! -f "$("$t-gcc" -print-file-name=libc.a)" ]; then
		missing="$missing ${debarch:+libc6-dev-$debarch-cross}"
		[ -n "$debarch" ] || missing="$missing libc6-dev"
	fi
done
if [ -n "$missing" ]; then
	echo "bench: missing tools.  run:" >&2
	echo "  apt-get install -y$(echo "$missing" | tr ' ' '\n' | sort -u | tr '\n' ' ')" >&2
	exit 1
fi

# --- 2. Build: taskrt for every arch, nolibc's headers, the programs. ------
if [ "$ARCH" = "$HOST" ]; then
	# aarch64 too, for the create+join row under qemu-aarch64.
	T=$HOST RUN="" time_archs=$HOST
	if want thread; then time_archs="$HOST aarch64"; fi
	ROUNDS=${ROUNDS:-21}
else
	T=$ARCH RUN=$(arch_var "$ARCH" QEMU) time_archs=$ARCH
	ROUNDS=${ROUNDS:-9}
fi
# The size rows want every arch; the exec rows only the timing arch's hello.
size_archs=""
if want size; then size_archs=$ARCHS; elif want exec; then size_archs=$T; fi
lib_archs=$(echo "$size_archs $time_archs" | tr ' ' '\n' | awk 'NF && !seen[$0]++' | tr '\n' ' ')
say "building taskrt for $lib_archs..."
for a in $lib_archs; do
	make -s --no-print-directory lib ARCH="$a" >/dev/null
done
if [ ! -f $OUT/nolibc/nolibc.h ]; then
	# The whole tarball is one xz stream: about half a minute, once.
	say "extracting tools/include/nolibc from linux-source (about 30 s, once) ..."
	mkdir -p $OUT/nolibc
	# shellcheck disable=SC2012 # linux-source-<version>.tar.xz: plain names; ls sorts them
	tar -C $OUT/nolibc --strip-components=4 --wildcards \
	    -xJf "$(ls /usr/src/linux-source-*.tar.xz | tail -1)" '*/tools/include/nolibc/*'
fi
say "building the benchmark programs ..."
bash bench/build.sh $OUT "$size_archs" "$time_archs"
B=$OUT/$T                 # the programs the timing rows run
Q=$OUT/aarch64            # the qemu-aarch64 create+join row (host mode)
rm -rf $RES $OUT/case-ms.txt
mkdir -p $RES

# record ROW IMPL VALUE: one more value (one round) for a table cell.
record() { mkdir -p "$RES/$1"; echo "$3" >> "$RES/$1/$2"; }

# Which libcs exist for an arch: musl only for x86_64 (Debian's musl-gcc is
# the host's alone); nolibc has no pthreads, and only the arches its
# arch.h knows (build.sh built a hello where it could).
thread_impls() { [ "$1" = x86_64 ] && echo "taskrt glibc musl" || echo "taskrt glibc"; }
hello_impls() { echo "$(thread_impls "$1")$([ -f "$OUT/$1/nolibc/hello" ] && echo " nolibc")"; }

# --- 3. Sizes: stripped bytes, every arch. ---------------------------
if want size; then
	for a in $ARCHS; do
		for i in $(hello_impls "$a"); do record "size-hello-$a" "$i" "$(stat -c %s "$OUT/$a/$i/hello")"; done
		for i in $(thread_impls "$a"); do record "size-threads-$a" "$i" "$(stat -c %s "$OUT/$a/$i/threads")"; done
	done
	for i in taskrt glibc musl nolibc; do
		f=$OUT/x86_64/$i/hello-tinyld; [ $i = taskrt ] && f=$OUT/x86_64/taskrt/hello
		record size-hello-tinyld $i "$(stat -c %s $f)"
	done
fi

# --- 4. System calls, counted with strace (natively) or qemu -strace. ------
say "counting system calls ..."
# trace FILE PROGRAM ARGS...: one system call per line of FILE, the exec
# itself left out (it is the tracer's, not the program's).
trace() {
	local f=$1; shift
	if [ -z "$RUN" ]; then
		strace -f -qq -o "$f" "$@" >/dev/null
	else
		# qemu prints every thread's calls under the process id, and
		# two threads' calls can share a line: split them again.
		$RUN -strace "$@" 2>"$f.raw" >/dev/null
		pid=$(awk 'NR == 1 { print $1; exit }' "$f.raw")
		sed "s/\(.\)$pid /\1\n$pid /g" "$f.raw" | grep -E "^$pid " > "$f" || true
	fi
	# strace -f splits a call that blocks while another thread runs into
	# "call(... <unfinished ...>" and "<... call resumed> ...": count it once.
	sed -i '/ execve(/d; /^ *[0-9]* *+++/d; /^ *[0-9]* *---/d; /resumed>/d' "$f"
}
if want exec; then
	for i in $(hello_impls "$T"); do
		trace $OUT/trace.txt "$B/$i/hello"
		record sys-before-main "$i" "$(awk '/^[0-9]+ +write\(/ { exit } { n++ } END { print n + 0 }' $OUT/trace.txt)"
		record sys-total "$i" "$(wc -l < $OUT/trace.txt)"
	done
fi
# Per create+join round trip: two runs that differ only in their number of
# rounds (n + the n/10 + 1 warm-up: 111 and 221), so start-up and exit
# cancel out.  Every thread's calls count.
per_round() {  # per_round PROGRAM ARGS-BEFORE-N...
	local a b
	trace $OUT/trace.txt "$@" 100; a=$(wc -l < $OUT/trace.txt)
	trace $OUT/trace.txt "$@" 200; b=$(wc -l < $OUT/trace.txt)
	awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f\n", (b - a) / 110 }'
}
# main_calls FILE: the calls of the main thread alone (the first line's).
main_calls() { awk 'NR == 1 { main = $1 } $1 == main { n++ } END { print n + 0 }' "$1"; }
if want thread; then
for i in $(thread_impls "$T"); do record sys-create-join "$i" "$(per_round "$B/$i/create_join")"; done
[ -x "$B/floor/floor" ] && record sys-create-join floor "$(per_round "$B/floor/floor" clone)"
# The uncontended path must make none: 1,000 against 100,000 pairs (plus
# their warm-ups), in the main thread (the idle one may or may not have
# reached its read by exit), scaled to 100k pairs.  qemu's -strace cannot
# tell threads apart, so under qemu the process has one thread ("single").
mode=uncontended; [ -z "$RUN" ] || mode=single
for i in $(thread_impls "$T"); do
	trace $OUT/trace.txt "$B/$i/mutex" $mode 1000;   a=$(main_calls $OUT/trace.txt)
	trace $OUT/trace.txt "$B/$i/mutex" $mode 100000; b=$(main_calls $OUT/trace.txt)
	record sys-mutex "$i" "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.0f\n", (b - a) * 100000 / 108900 }')"
done
fi

# --- 4b. Memory: resident and virtual sizes, measured once (they do not
# depend on the machine's load).  Under qemu, /proc/self is mostly qemu's
# own process (qemu emulates only maps, stat and a few more): the figures
# then include qemu's host threads and translation buffers.
# shellcheck disable=SC2086 # $RUN: the qemu command or nothing (native), split on purpose
if want thread; then
	say "measuring idle-thread memory ..."
	for i in $(thread_impls "$T"); do
		record idle-vm "$i" "$($RUN "$B/$i/idle" vm 100)"
		record idle-rss "$i" "$($RUN "$B/$i/idle" rss 100)"
	done
fi
# shellcheck disable=SC2086 # $RUN: the qemu command or nothing (native), split on purpose
if want malloc; then
	say "measuring malloc's resident set ..."
	for i in $(thread_impls "$T"); do
		for k in start live freed; do record rss-$k "$i" "$($RUN "$B/$i/alloc" rss $k)"; done
	done
fi

# --- 5. Timing: every case once per round, interleaved. --------------------
# exec_time CMD...: median exec-to-exit time in microseconds (hyperfine).
exec_time() {
	hyperfine -N --style none --warmup $HF_WARMUP --runs $HF_RUNS \
	  --export-json $OUT/hyperfine.json "$*" >/dev/null 2>&1
	sed -n 's/.*"median": *\([-0-9.e]*\).*/\1/p' $OUT/hyperfine.json | awk '{ printf "%.1f\n", $1 * 1e6 }'
}

# The cases: "row impl command".  Counts are sized for roughly 0.05-0.5 s
# a run on this kind of machine (syscalls cost ~2 us here; a thread ~60 us
# natively, ~4 ms under qemu).
cases=()
add() { cases+=("$*"); }
if [ -z "$RUN" ]; then
	N_CJ=1000 N_BURST=8 N_MC=50000 N_MU=1000000 N_PPID=100000 HF_RUNS=40 HF_WARMUP=5 N_MM=1000
else
	N_CJ=60 N_BURST=1 N_MC=5000 N_MU=100000 N_PPID=20000 HF_RUNS=15 HF_WARMUP=3 N_MM=200
fi
if ! want thread; then
	:
elif [ -z "$RUN" ]; then
	# shellcheck disable=SC2086 # $p: the program and its arguments, split on purpose
	for i in floor $(thread_impls "$T"); do
		p="$B/$i/create_join $N_CJ"; [ "$i" = floor ] && p="$B/floor/floor clone $N_CJ"
		add cj2 "$i" $p
		add cj1 "$i" taskset -c 0 $p
	done
	# shellcheck disable=SC2086 # $p: the program and its arguments, split on purpose
	for i in floor taskrt glibc; do
		p="$Q/$i/create_join 60"; [ $i = floor ] && p="$Q/floor/floor clone 60"
		add cjq $i qemu-aarch64 $p
	done
else
	# shellcheck disable=SC2086 # $RUN: the qemu command, split on purpose
	for i in $(thread_impls "$T"); do add cj2 "$i" $RUN "$B/$i/create_join" $N_CJ; done
	# shellcheck disable=SC2086 # $RUN: the qemu command, split on purpose
	[ -x "$B/floor/floor" ] && add cj2 floor $RUN "$B/floor/floor" clone $N_CJ
fi
# The new rows' counts: each run about 10-50 ms natively.  Under qemu
# (10-50 times slower per operation, plus 10-60 ms to start) most are a
# tenth; the fgets file is 10 MB instead of 100 MB, qsort sorts 100,000.
# The string rows a quarter: at a twentieth a 4 KiB row timed 250 calls,
# 0.1 ms, and its rounds spread over 2x (taskrt's memset 322-701 ns a
# call in the table, 177 in a run of 100,000).
if [ -z "$RUN" ]; then
	N_COND=5000 N_BCAST=500 N_RW=20000 N_SEM=5000 N_ONCE=2000000
	N_ALLOC=200000 N_ALLOC_BIG=5000 N_PRINTF=20000 N_SNPRINTF=100000 N_BLOCKS=5000
	FGETS_MB=100 N_QSORT=1000000 STR_SCALE=1
else
	N_COND=500 N_BCAST=50 N_RW=2000 N_SEM=500 N_ONCE=200000
	N_ALLOC=20000 N_ALLOC_BIG=500 N_PRINTF=2000 N_SNPRINTF=10000 N_BLOCKS=500
	FGETS_MB=10 N_QSORT=100000 STR_SCALE=4
fi
# Calls per run of a string function, by size.
str_n() {
	case $1 in
	16) echo $((200000 / STR_SCALE)) ;; 256) echo $((50000 / STR_SCALE)) ;;
	4096) echo $((5000 / STR_SCALE)) ;; *) echo $((20 / STR_SCALE + 2)) ;;
	esac
}
# The stdio rows' files, outside the checkout: TMPDIR or /tmp.
TMP=${TMPDIR:-/tmp}/taskrt-bench-$(id -u)
LINES=$TMP/lines-${FGETS_MB}M.txt
if want stdio && [ ! -f "$LINES" ]; then
	# Lines of 0..126 letters and a newline, 64 bytes on average: made
	# once, then reused by every later run.
	say "writing $LINES (once) ..."
	mkdir -p "$TMP"
	awk -v bytes=$((FGETS_MB * 1000000)) 'BEGIN {
		s = "abcdefghij"; while (length(s) < 127) s = s s
		for (i = 0; total < bytes; i++) { l = i % 127; print substr(s, 1, l); total += l + 1 }
	}' > "$LINES.tmp"
	mv "$LINES.tmp" "$LINES"
fi

# shellcheck disable=SC2086 # $RUN: the qemu command or nothing (native), split on purpose
for i in $(thread_impls "$T"); do
	if want thread; then
		add burst "$i" $RUN "$B/$i/burst" $N_BURST
		add mutex-contended "$i" $RUN "$B/$i/mutex" contended $N_MC
		add mutex-uncontended "$i" $RUN "$B/$i/mutex" uncontended $N_MU
		add mutex-single "$i" $RUN "$B/$i/mutex" single $N_MU
	fi
	if want search; then
		for m in memmem strstr text; do add search-$m "$i" $RUN "$B/$i/memmem" $m $N_MM; done
	fi
	if want sync; then
		add cond "$i" $RUN "$B/$i/sync" cond $N_COND
		add broadcast "$i" $RUN "$B/$i/sync" broadcast $N_BCAST
		add rwlock "$i" $RUN "$B/$i/sync" rwlock $N_RW
		add sem "$i" $RUN "$B/$i/sync" sem $N_SEM
		for m in once getspecific tls; do add $m "$i" $RUN "$B/$i/sync" $m $N_ONCE; done
	fi
	if want malloc; then
		for z in 16 64 256 4096 65536; do
			nz=$N_ALLOC; [ $z -le 4096 ] || nz=$N_ALLOC_BIG
			add malloc-$z "$i" $RUN "$B/$i/alloc" single $z $nz
			add malloc4-$z "$i" $RUN "$B/$i/alloc" threads $z $((nz / 4))
		done
		add handoff "$i" $RUN "$B/$i/alloc" handoff 64 $N_ALLOC
	fi
	if want stdio; then
		add printf "$i" $RUN "$B/$i/stdio" printf $N_PRINTF
		add fputs "$i" $RUN "$B/$i/stdio" fputs $N_BLOCKS "$TMP/out-$i"
		add fwrite "$i" $RUN "$B/$i/stdio" fwrite $N_BLOCKS "$TMP/out-$i"
		add fgets "$i" $RUN "$B/$i/stdio" fgets 1 "$LINES"
		add snprintf-d "$i" $RUN "$B/$i/stdio" snprintf-d $N_SNPRINTF
		add snprintf-g "$i" $RUN "$B/$i/stdio" snprintf-g $N_SNPRINTF
	fi
	if want string; then
		for f in memcpy memmove memset memcmp strlen strchr strcmp; do
			for z in 16 256 4096 1048576; do
				for al in a u; do add str-$f-$z-$al "$i" $RUN "$B/$i/string" $f $z $al "$(str_n $z)"; done
			done
		done
		add qsort "$i" $RUN "$B/$i/string" qsort $N_QSORT
	fi
done
# The futex ping-pong floor under the cond and sem rows, where this arch's
# floor-<arch>.S has one (floor pingpong fails at once otherwise).
# shellcheck disable=SC2086 # $RUN: the qemu command or nothing (native), split on purpose
if want sync && [ -x "$B/floor/floor" ] && $RUN "$B/floor/floor" pingpong 10 >/dev/null 2>&1; then
	add cond floor $RUN "$B/floor/floor" pingpong $N_COND
	add sem floor $RUN "$B/floor/floor" pingpong $N_SEM
fi
# shellcheck disable=SC2086 # $RUN: the qemu command or nothing (native), split on purpose
if want exec; then
	for i in $(hello_impls "$T"); do add exec "$i" exec_time $RUN "$B/$i/hello"; done
	[ -x "$B/floor/floor" ] && add getppid floor $RUN "$B/floor/floor" getppid $N_PPID
fi

load_before=$(uptime | sed 's/.*load average: *//')
n=${#cases[@]}
for ((r = 0; r < ROUNDS; r++)); do
	say "round $((r + 1))/$ROUNDS, $n runs ..."
	for ((k = 0; k < n; k++)); do
		# shellcheck disable=SC2086 # a case is a command line: split it into its words
		set -- ${cases[(k + r) % n]}
		row=$1 impl=$2; shift 2
		t0=$(date +%s%N)
		v=$("$@" 2>/dev/null) || v=""
		echo "$(( ($(date +%s%N) - t0) / 1000000 )) $row $impl" >> $OUT/case-ms.txt
		case $v in
		[0-9]*) ;;
		*) echo "bench: '$*' failed; its cell counts one run fewer" >&2; v=NA ;;
		esac
		record "$row" "$impl" "$v"
	done
done
load_after=$(uptime | sed 's/.*load average: *//')

# --- 6. The table, and where taskrt's create+join time goes. ---------------
{
	echo "taskrt bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -m) $(uname -r), $(nproc) CPUs:" \
	     "$(sed -n 's/^model name[^:]*: *//p' /proc/cpuinfo | head -1)"
	echo "timing rows run ${RUN:-natively}; $ROUNDS interleaved rounds;" \
	     "load average before: $load_before; after: $load_after"
	echo
	awk -v arch="$T" -v run="$RUN" -v archs="$ARCHS" -v qsort_n=$N_QSORT -v fgets_mb=$FGETS_MB \
	    -f bench/table.awk $RES/*/*
} | tee $OUT/table.md
if [ -z "$RUN" ] && want thread; then
	say "profiling create+join ..."
	echo
	bash bench/profile.sh "$B" | tee $OUT/profile.txt
fi
echo
echo "bench: $(( $(date +%s) - started )) s; table in $OUT/table.md"
