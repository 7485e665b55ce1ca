# aarch64 (arm64): under qemu-aarch64.
TRIPLE        = aarch64-linux-gnu
CLANG_TARGET  = aarch64-linux-gnu
QEMU          = qemu-aarch64
NATIVE        = no
# Plain LL/SC atomics inline, rather than calls into libgcc that pick LSE
# at run time.
ARCH_CFLAGS   = -mno-outline-atomics
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-aarch64-linux-gnu linux-libc-dev-arm64-cross libc6-dev-arm64-cross
