#!/bin/sh
# test/system/boot.sh ARCH IMAGE LOG [KERNEL-ARGS...]: boot Debian's
# kernel for ARCH (arch/ARCH/system.conf; fetched once into build/kernels/
# by test/system/fetch.sh) under qemu-system with initramfs IMAGE, the
# serial console copied to LOG, until the machine powers off (its /init
# does) or SYSTEM_TIMEOUT seconds (default 1800) pass.  KERNEL-ARGS are
# added to the kernel's command line (NAME=value words reach /init as its
# environment).  GDB=yes adds -s -S: qemu waits for gdb on port 1234.
set -eu
arch=$1 image=$2 log=$3
shift 3
here=$(dirname "$0")
# shellcheck disable=SC1090
. "arch/$arch/system.conf"
if ! command -v "$QEMU_SYSTEM" > /dev/null; then
	echo "test/system/boot.sh: no $QEMU_SYSTEM: apt-get install $QEMU_PACKAGE" >&2
	exit 2
fi
dir=$(sh "$here/fetch.sh" "$DEB_ARCH" "$SUITE" "$KERNEL_PACKAGE" build/kernels)
kernel=""
# shellcheck disable=SC2086 # KERNEL_FILE is a pattern
for k in $dir/$KERNEL_FILE; do [ -f "$k" ] && kernel=$k && break; done
[ -n "$kernel" ] || { echo "test/system/boot.sh: no $KERNEL_FILE in $dir" >&2; exit 2; }
gdb=""
[ "${GDB:-no}" = yes ] && gdb="-s -S"
# LOG "-": the console on this terminal (make gdb-system)
[ "$log" = - ] && log=/dev/stdout
# shellcheck disable=SC2086 # QEMU_MACHINE and gdb are lists of words
timeout "${SYSTEM_TIMEOUT:-1800}" $QEMU_SYSTEM $QEMU_MACHINE $gdb -display none -monitor none \
	-serial stdio -no-reboot -kernel "$kernel" -initrd "$image" \
	-append "console=$CONSOLE panic=-1 quiet loglevel=3 $*" < /dev/null > "$log" 2>&1 || true
