# x86_64: native on the build machine, and under qemu-x86_64.
TRIPLE        = x86_64-linux-gnu
CLANG_TARGET  = x86_64-linux-gnu
QEMU          = qemu-x86_64
NATIVE        = yes
ARCH_CFLAGS   =
# Debian keeps the host's uapi headers in /usr/include, split by triple.
KERNEL_ASM    = /usr/include/x86_64-linux-gnu/asm
KERNEL_UAPI   = /usr/include
DEB_PACKAGES  = gcc linux-libc-dev
