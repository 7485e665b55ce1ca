#!/bin/sh
# Fail loudly, with the line that fixes it, when a tool this build needs is
# missing.  Called by the Makefile with the arch's settings in the environment
# (NEED_QEMU=yes also checks the emulator).
missing=""
have() { command -v "$1" >/dev/null 2>&1; }

have "${TARGET_CC%% *}" || missing="$missing $DEB_PACKAGES"
have "${CROSS_COMPILE}gcc" || missing="$missing $DEB_PACKAGES"   # libgcc.a
have "${CROSS_COMPILE}ar" || missing="$missing $DEB_PACKAGES"    # binutils
[ -d "$KERNEL_ASM" ] || missing="$missing $DEB_PACKAGES"
if [ "$COMPILER" = clang ]; then
	have ld.lld || missing="$missing lld"
fi
if [ "${NEED_QEMU:-no}" = yes ]; then
	have "$QEMU" || missing="$missing qemu-user"
fi
if [ -n "$missing" ]; then
	echo "taskrt: cannot build or test $ARCH with $COMPILER: missing tools." >&2
	echo "taskrt: run:  apt-get install -y$(echo "$missing" | tr ' ' '\n' | sort -u | tr '\n' ' ')" >&2
	echo "taskrt: (or 'make deps' for every architecture)" >&2
	exit 1
fi
