#!/bin/sh
# make size: the stripped size of test/hello.c (one write, return from main)
# for every arch and compiler, against the 1,024-byte bar, and of the
# 4-thread demo (test/threads_demo.c, one printf of a long) with gcc,
# against 8 KiB on x86_64 (the other arches' figures are reported).
printf '%-9s %8s %8s %8s\n' arch gcc clang demo
status=0
for arch in "$@"; do
	triple=$(sed -n 's/^TRIPLE *= *//p' "arch/$arch/arch.mk")
	line=$(printf '%-9s' "$arch")
	for cc in gcc clang; do
		build=build/$arch; [ "$cc" = clang ] && build=build/$arch-clang
		make -s --no-print-directory lib ARCH="$arch" CC="$cc" >/dev/null || exit 1
		"$build/bin/taskrt-cc" -Os test/hello.c -o "$build/hello" || exit 1
		"$triple-strip" "$build/hello"
		size=$(stat -c %s "$build/hello")
		[ "$size" -le 1024 ] || status=1
		line="$line $(printf '%8d' "$size")"
	done
	build=build/$arch
	"$build/bin/taskrt-cc" -Os test/threads_demo.c -o "$build/threads_demo" || exit 1
	"$triple-strip" "$build/threads_demo"
	size=$(stat -c %s "$build/threads_demo")
	[ "$arch" != x86_64 ] || [ "$size" -le 8192 ] || demo=over
	echo "$line $(printf '%8d' "$size")"
done
[ $status = 0 ] && echo "every hello is at most 1024 bytes" || echo "some hello is over 1024 bytes"
if [ "${demo:-}" = over ]; then
	echo "the x86_64 demo is over 8192 bytes"; status=1
fi
exit $status
