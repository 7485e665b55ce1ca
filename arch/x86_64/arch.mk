# x86_64: native on the build machine, and under qemu-x86_64.
TRIPLE        = x86_64-linux-gnu
CLANG_TARGET  = x86_64-linux-gnu
QEMU          = qemu-x86_64
NATIVE        = yes
ARCH_CFLAGS   =
# gcc gives a global of 32 bytes or more 32-byte alignment (its
# "compat" default, for vector loads it rarely makes at -Os); the psABI's
# own alignment saves the padding in a tiny binary (88 bytes in the
# thread demo).  (clang has no such flag.)
GCC_ARCH_CFLAGS = -malign-data=abi
# Debian keeps the host's uapi headers in /usr/include, split by triple.
KERNEL_ASM    = /usr/include/x86_64-linux-gnu/asm
KERNEL_UAPI   = /usr/include
DEB_PACKAGES  = gcc linux-libc-dev
