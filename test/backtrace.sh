#!/bin/sh
# test skip libc: taskrt-cc and taskrt's own assembly and headers
# A debugger can unwind through taskrt's assembly: test/backtrace/bt.c,
# built with -g -O0, runs under qemu-user's gdb stub and gdb-multiarch,
# which stops in stop_here() and prints the backtrace each time:
#
#   in a clone() thread:    stop_here, thread_fn, __clone -- and nothing
#                           more (the CFI ends the chain in the child)
#   in a signal handler     stop_here, the handler, the signal frame
#   (x86_64 and i386):      (__restore_rt; i386's plain handler __restore),
#                           interrupted, signals, main
#
# No frame may be "??" and gdb may not stop with "Backtrace stopped".
#
#   sh test/backtrace.sh ARCH COMPILER BUILD
arch=$1 compiler=$2 build=$3
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
for tool in gdb-multiarch:gdb-multiarch "$qemu":qemu-user timeout:coreutils; do
	command -v "${tool%%:*}" >/dev/null 2>&1 && continue
	echo "backtrace: ${tool%%:*} is missing; run:  apt-get install -y ${tool#*:}"
	exit 1
done

dir=$build/backtrace
mkdir -p "$dir" || exit 1
"$build/bin/taskrt-cc" -g -O0 -Wall -Wextra -Werror -I"$build/src" -I"$build/generic" \
	test/backtrace/bt.c -o "$dir/bt" || exit 1

# The expected frames, one backtrace per line (" " between frames).
sig="<signal>"
want="stop_here thread_fn __clone
stop_here pthread_fn start __clone"
case $arch in
x86_64) want="$want
stop_here rt_handler $sig:__restore_rt interrupted signals main
stop_here plain_handler $sig:__restore_rt interrupted signals main" ;;
i386) want="$want
stop_here rt_handler $sig:__restore_rt interrupted signals main
stop_here plain_handler $sig:__restore interrupted signals main" ;;
esac
stops=$(printf '%s\n' "$want" | wc -l)

# gdb's commands: per stop, a marker, the backtrace, and the symbol at
# frame 2's pc (for the signal frame, which gdb prints without a name).
cmds=$dir/gdb.cmds
{
	echo "set pagination off"
	echo "set confirm off"
	echo "handle SIGUSR1 SIGUSR2 nostop noprint pass"
	echo "break stop_here"
	i=0
	while [ $i -lt "$stops" ]; do
		echo "continue"
		printf '%s\n' 'echo @@stop\n'
		echo "bt"
		printf '%s\n' 'echo @@frame2\n'
		echo "frame 2"
		echo "info symbol \$pc"
		i=$((i + 1))
	done
	echo "continue"
} > "$cmds"

# A port of our own: from the PID, and the next few if qemu cannot bind.
out=$dir/gdb.out
port=$((20000 + $$ % 20000))
tries=0
while [ $tries -lt 5 ]; do
	tries=$((tries + 1))
	timeout 120 "$qemu" -g "$port" "$dir/bt" > "$dir/bt.out" 2>&1 &
	qpid=$!
	timeout 120 gdb-multiarch -nx -batch -ex "target remote localhost:$port" \
		-x "$cmds" "$dir/bt" > "$out" 2>&1 < /dev/null
	wait $qpid
	qstatus=$?
	grep -q 'could not open gdbserver' "$dir/bt.out" || break
	port=$((port + 1))
done

# Each stop as one line of frame names; a signal frame as "<signal>:"
# and the symbol at its pc.
got=$(awk '
	function flush() { if (stop) print line; line = "" }
	/^@@stop$/ { flush(); stop = 1; inbt = 1; next }
	/^@@frame2$/ { inbt = 0; next }
	inbt && /^#[0-9]+ / {
		f = $0
		sub(/^#[0-9]+ +/, "", f); sub(/^0x[0-9a-f]+ in /, "", f)
		if (f ~ /^<signal handler called>/) f = "<signal>"
		else sub(/ .*/, "", f)
		line = line (line == "" ? "" : " ") f
		next
	}
	!inbt && stop && / in section / && line ~ /<signal>/ {
		sub(/<signal>/, "<signal>:" $1, line)
	}
	END { flush() }' "$out")

status=0
fail() { echo "backtrace: $arch $compiler: $1"; status=1; }
[ "$got" = "$want" ] || fail "the backtraces differ from the expected frames"
if grep -n '??\|Backtrace stopped' "$out"; then
	fail "a frame gdb could not name, or an unwind that stopped early"
fi
grep -q 'exited normally' "$out" || fail "the program did not run to its end under gdb"
grep -q '^backtrace: done$' "$dir/bt.out" || fail "the program did not print its last line"
if [ $status != 0 ]; then
	echo "expected:"; printf '%s\n' "$want" | sed 's/^/    /'
	echo "got:"; printf '%s\n' "$got" | sed 's/^/    /'
	echo "gdb's output (port $port, qemu exit status $qstatus):"
	sed 's/^/    | /' "$out"
	exit 1
fi
printf '%s\n' "$got" | sed "s/^/backtrace: $arch $compiler: /"
