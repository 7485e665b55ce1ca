# ppc64le (64-bit PowerPC, little-endian, ELFv2): under qemu-ppc64le.
TRIPLE        = powerpc64le-linux-gnu
CLANG_TARGET  = powerpc64le-linux-gnu
QEMU          = qemu-ppc64le
NATIVE        = no
# gcc: no traceback tables (AIX's debugger records, 8-16 bytes after
# every function; clang writes none).
ARCH_CFLAGS   = $(if $(filter gcc,$(COMPILER)),-mtraceback=no)
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-powerpc64le-linux-gnu linux-libc-dev-ppc64el-cross
# What the linker defines for compiled code (test/abi.sh, namespace.sh):
# the TOC base, and gcc -Os's out-of-line register save/restore routines.
TOOLCHAIN_NAMES = \.TOC\.|_(save|rest)(gpr[01]|fpr|vr)_[0-9]+
