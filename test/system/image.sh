#!/bin/sh
# test/system/image.sh ARCH BUILD IMAGE LIST [TESTDIR [EXTRA]]: write the
# system-mode initramfs IMAGE: /init (BUILD/system/init, taskrt's own
# test runner, test/system/init.c), the test binaries TESTDIR (default
# BUILD/test) has of those LIST names (lines "INDEX NAME"), LIST itself
# as /tests/LIST, Debian's busybox-static for /bin/sh and the few
# commands the tests exec, and /etc files the tests read.  EXTRA, a
# manifest in test/system/cpio.sh's lines, adds what the tests use
# beside themselves (the fault launcher and the programs it runs).
#
# The busybox package is fetched once per arch into build/kernels/
# (test/system/fetch.sh), like the kernel.
set -eu
arch=$1 build=$2 image=$3 list=$4 testdir=${5:-$2/test} extra=${6:-}
here=$(dirname "$0")
# shellcheck disable=SC1090
. "arch/$arch/system.conf"
bb=$(sh "$here/fetch.sh" "$DEB_ARCH" "$SUITE" busybox-static build/kernels)
# bin/ in bookworm's package, usr/bin/ in trixie's (merged /usr)
[ -f "$bb/bin/busybox" ] && bb=$bb/bin/busybox || bb=$bb/usr/bin/busybox
manifest=$image.manifest
{
	for d in /dev /proc /sys /tmp /bin /sbin /usr /usr/bin /etc /root /tests; do
		echo "dir $d 0755"
	done
	echo "nod /dev/console 0600 c 5 1"
	echo "nod /dev/null 0666 c 1 3"
	echo "file /init 0755 $build/system/init"
	echo "file /bin/busybox 0755 $bb"
	for c in sh true false echo cat env sleep printf test ls kill id; do
		echo "slink /bin/$c 0777 busybox"
		echo "slink /usr/bin/$c 0777 /bin/busybox"
	done
	# what the name-service tests read: root, and the standard services
	printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$image.passwd"
	printf 'root:x:0:\nnogroup:x:65534:\n' > "$image.group"
	printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$image.hosts"
	echo "file /etc/passwd 0644 $image.passwd"
	echo "file /etc/group 0644 $image.group"
	echo "file /etc/hosts 0644 $image.hosts"
	for f in services protocols; do
		[ -f "/etc/$f" ] && echo "file /etc/$f 0644 /etc/$f"
	done
	echo "file /tests/LIST 0644 $list"
	while read -r _ name; do
		[ -x "$testdir/$name" ] && echo "file /tests/$name 0755 $testdir/$name"
	done < "$list"
	[ -z "$extra" ] || cat "$extra"
} > "$manifest"
sh "$here/cpio.sh" < "$manifest" > "$image.tmp"
mv "$image.tmp" "$image"
