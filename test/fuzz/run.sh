#!/bin/sh
# The differential fuzzer's runner (docs/fuzz.md): builds test/fuzz/*.c
# once with taskrt-cc and once, statically, with the arch's glibc compiler
# (gcc on the host arch, <triple>-gcc elsewhere, as test/float_vs_glibc.sh),
# runs both on the same cases (natively, or under qemu-user) and compares
# the hashes of their records.  On a difference it finds the first
# differing case of the section, prints both records and the command that
# replays it, and goes on with the next section.
#
#   test/fuzz/run.sh ARCH BUILD SEED CASES [SECTION[,SECTION...] [CASE]]
#
# CASES is the total, shared out evenly among the sections (all, or those
# named).  With CASE, only that case of SECTION is run and shown by both
# builds.  FUZZ_RUN=native|qemu chooses where (default: natively where the
# arch's binaries run here); FUZZ_JOBS=1 runs the two builds one after the
# other instead of side by side; FUZZ_PROGRESS=1 prints a line per section.  The records' details are in the sources.
arch=$1 build=$2 seed=$3 cases=$4 only=$5 one=$6
[ -n "$cases" ] || { echo "usage: $0 ARCH BUILD SEED CASES [SECTION [CASE]]" >&2; exit 2; }
triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
qemu=$(sed -n 's/^QEMU *= *//p' "arch/$arch/arch.mk")
glibc_flags=$(sed -n 's/^GLIBC_CFLAGS *= *//p' "arch/$arch/arch.mk")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc=$triple-gcc
[ "$arch" = "$(uname -m)" ] && cc=gcc
if ! command -v "$cc" > /dev/null || [ ! -f "$($cc -print-file-name=libc.a)" ]; then
	echo "fuzz: the glibc reference needs $cc and its static glibc:" \
		"apt-get install -y gcc-$triple libc6-dev-${triple%%-*}-cross (or gcc libc6-dev)"
	exit 1
fi
flags="-std=gnu11 -O2 -Wall -Wextra -Werror -Wno-format-nonliteral -Wno-format-security"
# glibc's time_t and off_t as taskrt's, 64 bits on every arch (i386's
# glibc keeps 32 unless asked: the time section's cases would differ).
# shellcheck disable=SC2086 # flags and arch.mk's GLIBC_CFLAGS: lists of words
"$cc" $flags $glibc_flags -D_TIME_BITS=64 -D_FILE_OFFSET_BITS=64 -static test/fuzz/*.c -o "$tmp/glibc" || exit 1
# shellcheck disable=SC2086
"$build/bin/taskrt-cc" $flags -DFUZZ_TASKRT test/fuzz/*.c -o "$tmp/taskrt" || exit 1

run=$qemu
case ${FUZZ_RUN:-default} in
qemu) ;;
native) run="" ;;
*)	if [ "$(sed -n 's/^NATIVE *= *//p' "arch/$arch/arch.mk")" = yes ]; then
		"$tmp/taskrt" list > /dev/null 2>&1
		[ $? != 126 ] && run=""
	fi ;;
esac
where=natively; [ -n "$run" ] && where="under $run"

# The same world for both builds: the realpath tree, UTC, the C locale,
# GNU getopt's permuting default.
mkdir -p "$tmp/tree/d/e" && (
	cd "$tmp/tree" && : > file && : > d/e/f &&
	ln -s d l_d && ln -s d/e l_e && ln -s .. l_up && ln -s . l_dot &&
	ln -s l_loop l_loop && ln -s l_b l_a && ln -s l_a l_b &&
	ln -s nowhere l_dangle && ln -s "$PWD/d" l_abs && ln -s file l_file &&
	ln -s ../d d/l_back && ln -s d/e/../e/./f l_deep
) || exit 1
FUZZ_TREE=$tmp/tree TZ=UTC LC_ALL=C
export FUZZ_TREE TZ LC_ALL
unset POSIXLY_CORRECT

# both LIB ARGS...: $tmp/LIB.out and $tmp/LIB.rc from each build
both() {
	for lib in glibc taskrt; do
		# $run is empty (native) or one word, the qemu binary.
		# shellcheck disable=SC2086
		( timeout -k 10 3600 $run "$tmp/$lib" "$@" > "$tmp/$lib.out" 2> "$tmp/$lib.err"
		  echo $? > "$tmp/$lib.rc" ) &
		[ "$FUZZ_JOBS" = 1 ] && wait
	done
	wait
}

# show SECTION CASE: both records of one case
show() {
	both show "$seed" "$1" "$2"
	for lib in glibc taskrt; do
		printf '  %-7s %s\n' "$lib:" "$(cat "$tmp/$lib.out")"
		[ "$(cat "$tmp/$lib.rc")" = 0 ] || printf '  %-7s exit status %s\n' "" "$(cat "$tmp/$lib.rc")"
	done
	echo "  replay: make fuzz ARCH=$arch SEED=$seed SECTION=$1 CASE=$2"
}

sections=$("$tmp/glibc" list 2>/dev/null || $qemu "$tmp/glibc" list)
[ -n "$only" ] && sections=$(echo "$only" | tr ',' ' ')
if [ -n "$one" ]; then
	show "$sections" "$one"
	cmp -s "$tmp/glibc.out" "$tmp/taskrt.out" && [ "$(cat "$tmp/taskrt.rc")" = 0 ]
	exit $?
fi

n=$(echo "$sections" | wc -w)
per=$(( (cases + n - 1) / n ))
# a line per block: a few thousand lines per section, whatever the count
block=$(( per / 2000 )); [ "$block" -lt 100 ] && block=100
# shellcheck disable=SC2086 # $sections: a list of words, one line
echo "fuzz: $arch: $cases cases, seed $seed, $where, $per per section:" $sections
start=$(date +%s)
total=0 bad=0
for s in $sections; do
	both run "$seed" "$s" 0 "$per" "$block"
	total=$((total + per))
	if cmp -s "$tmp/glibc.out" "$tmp/taskrt.out" && [ "$(cat "$tmp/glibc.rc")$(cat "$tmp/taskrt.rc")" = 00 ]; then
		[ -n "$FUZZ_PROGRESS" ] && echo "fuzz: $arch $s: $per cases the same, $(( $(date +%s) - start ))s so far"
		continue
	fi
	bad=$((bad + 1))
	# the first block that differs (or is missing after a crash) ...
	line=$(cmp "$tmp/glibc.out" "$tmp/taskrt.out" 2>&1 | sed -n 's/.* line \([0-9]*\).*/\1/p')
	[ -n "$line" ] || line=$(( $(wc -l < "$tmp/taskrt.out") + 1 ))
	first=$(( (line - 1) * block ))
	# ... and its first case that differs
	both run "$seed" "$s" "$first" "$block" 1
	line=$(cmp "$tmp/glibc.out" "$tmp/taskrt.out" 2>&1 | sed -n 's/.* line \([0-9]*\).*/\1/p')
	[ -n "$line" ] || line=$(( $(wc -l < "$tmp/taskrt.out") + 1 ))
	echo "fuzz: $arch $s: taskrt differs from glibc ($where, seed $seed), the first case $((first + line - 1)):"
	show "$s" $((first + line - 1))
done
secs=$(( $(date +%s) - start ))
if [ "$bad" != 0 ]; then
	echo "fuzz: $arch: $bad of $n sections differ from glibc ($total cases $where, seed $seed, ${secs}s)"
	exit 1
fi
echo "fuzz: $arch: $total cases in $n sections, all the same as glibc ($where, seed $seed, ${secs}s)"
