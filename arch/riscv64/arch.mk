# riscv64 (rv64gc, lp64d): under qemu-riscv64.
TRIPLE        = riscv64-linux-gnu
CLANG_TARGET  = riscv64-linux-gnu
QEMU          = qemu-riscv64
NATIVE        = no
# lld 14 cannot relax, so gp is never used: keep gcc and clang objects
# alike, and keep small data out of the writable segment.
ARCH_CFLAGS   = -march=rv64gc -mabi=lp64d -mno-relax -msmall-data-limit=0
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-riscv64-linux-gnu linux-libc-dev-riscv64-cross libc6-dev-riscv64-cross
