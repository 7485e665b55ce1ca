#!/bin/sh
# make size: the stripped size of test/hello.c (one write, return from main)
# for every arch and compiler, against the 1,024-byte bar.
printf '%-9s %8s %8s\n' arch gcc clang
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
	echo "$line"
done
[ $status = 0 ] && echo "every hello is at most 1024 bytes" || echo "some hello is over 1024 bytes"
exit $status
