# ppc64le (64-bit PowerPC, little-endian, ELFv2): under qemu-ppc64le.
TRIPLE        = powerpc64le-linux-gnu
CLANG_TARGET  = powerpc64le-linux-gnu
QEMU          = qemu-ppc64le
NATIVE        = no
# gcc: no traceback tables (AIX's debugger records, 8-16 bytes after
# every function; clang writes none).
# long double is double, as in musl: the default IBM double-double
# (106 bits in two doubles) is none of the formats libc/math and printf
# know, and IEEE binary128 would need libgcc's ifunc-dispatched routines.
# GLIBC_CFLAGS: the same ABI for the tests' glibc-linked references
# (glibc's powerpc headers redirect the *l functions and printf's %L).
GLIBC_CFLAGS  = -mlong-double-64
ARCH_CFLAGS   = $(GLIBC_CFLAGS) $(if $(filter gcc,$(COMPILER)),-mtraceback=no)
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-powerpc64le-linux-gnu linux-libc-dev-ppc64el-cross libc6-dev-ppc64el-cross
# What the linker defines for compiled code (test/abi.sh, namespace.sh):
# the TOC base, and gcc -Os's out-of-line register save/restore routines.
TOOLCHAIN_NAMES = \.TOC\.|_(save|rest)(gpr[01]|fpr|vr)_[0-9]+
# make port-check: the kernel's termios layout is no option here (TCGETS
# encodes its size), so the port's first files include it.
PORT_EXTRA    = termios_struct.h
# Build systems' names for the processor (make install-all: CMake's
# CMAKE_SYSTEM_PROCESSOR, Meson's cpu_family; defaults: ARCH, little-endian).
CPU_FAMILY    = ppc64
