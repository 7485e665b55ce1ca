# s390x (z/Architecture, 64-bit, big-endian): under qemu-s390x.
TRIPLE        = s390x-linux-gnu
CLANG_TARGET  = s390x-linux-gnu
QEMU          = qemu-s390x
NATIVE        = no
ARCH_CFLAGS   =
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-s390x-linux-gnu linux-libc-dev-s390x-cross libc6-dev-s390x-cross
# clang 14 compiles for s390x, but lld 14 cannot link it (SystemZ came to
# lld in LLVM 18): clang links s390x with the cross binutils' GNU ld.
CLANG_LINKER_FLAGS = -fuse-ld=bfd
# Build systems' view of the processor (make install-all; defaults: the
# names are ARCH, little-endian).
ENDIAN        = big
