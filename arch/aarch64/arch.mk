# aarch64 (arm64): under qemu-aarch64.
TRIPLE        = aarch64-linux-gnu
CLANG_TARGET  = aarch64-linux-gnu
QEMU          = qemu-aarch64
NATIVE        = no
# Plain LL/SC atomics inline, rather than calls into libgcc that pick LSE
# at run time.
ARCH_CFLAGS   = -mno-outline-atomics
# Debian's gcc has GNU ld work around Cortex-A53 erratum 843419 (an adrp
# in the last 8 bytes of a page) with a veneer, and ld then pads the code
# after it by a whole 4 KiB page so the page offsets of what follows stay
# put: 4 KiB of nothing in the thread demo.  "adr" fixes the same
# sequences by rewriting adrp into adr in place instead, which reaches
# +-1 MiB: a program whose code and data span more than that and that
# meets the erratum fails to link (with a message) rather than breaking.
GCC_LINKER_FLAGS = -Wl,--fix-cortex-a53-843419=adr
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-aarch64-linux-gnu linux-libc-dev-arm64-cross libc6-dev-arm64-cross
