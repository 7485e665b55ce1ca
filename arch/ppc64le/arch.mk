# ppc64le (64-bit PowerPC, little-endian, ELFv2): under qemu-ppc64le.
TRIPLE        = powerpc64le-linux-gnu
CLANG_TARGET  = powerpc64le-linux-gnu
QEMU          = qemu-ppc64le
NATIVE        = no
ARCH_CFLAGS   =
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-powerpc64le-linux-gnu linux-libc-dev-ppc64el-cross
