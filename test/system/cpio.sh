#!/bin/sh
# test/system/cpio.sh < MANIFEST > IMAGE: write an initramfs, a cpio
# archive in the "newc" format the kernel unpacks, from a manifest of
# lines like those of the kernel's usr/gen_init_cpio:
#
#   dir   /dev 0755
#   nod   /dev/console 0600 c 5 1
#   file  /init 0755 build/aarch64/system/init
#   slink /bin/sh 0777 busybox
#
# Every entry belongs to root; device nodes are written as entries, so no
# root privilege (and no mknod) is needed.  Each header is "070701" and 13
# eight-digit hex fields (inode, mode, uid, gid, nlink, mtime, size,
# dev major/minor, rdev major/minor, name size with its NUL, checksum 0);
# the name and then the data are padded with NULs to a multiple of 4.
set -eu
ino=300000
pad() {  # pad N: NULs up to the next multiple of 4 after N bytes
	n=$(( (4 - $1 % 4) % 4 ))
	[ "$n" -eq 0 ] || head -c "$n" /dev/zero
}
entry() {  # entry NAME MODE SIZE RDEVMAJOR RDEVMINOR NLINK
	ino=$((ino + 1))
	namesize=$(( ${#1} + 1 ))
	printf '070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X' \
		"$ino" "$2" 0 0 "$6" 0 "$3" 0 0 "$4" "$5" "$namesize" 0
	printf '%s\0' "$1"
	pad $((110 + namesize))
}
while read -r type name mode a b c; do
	case $type in ''|'#'*) continue ;; esac
	name=${name#/}
	perm=$(printf '%d' "0$mode")
	case $type in
	dir)   entry "$name" $((0040000 + perm)) 0 0 0 2 ;;
	nod)   case $a in c) t=0020000 ;; b) t=0060000 ;; *) echo "cpio.sh: nod $name: c or b" >&2; exit 1 ;; esac
	       entry "$name" $((t + perm)) 0 "$b" "$c" 1 ;;
	slink) entry "$name" $((0120000 + perm)) ${#a} 0 0 1
	       printf '%s' "$a"; pad ${#a} ;;
	file)  size=$(wc -c < "$a")
	       entry "$name" $((0100000 + perm)) "$size" 0 0 1
	       cat "$a"; pad "$size" ;;
	*)     echo "cpio.sh: unknown entry type '$type'" >&2; exit 1 ;;
	esac
done
entry TRAILER!!! 0 0 0 0 1
