# i386: runs natively on the x86_64 kernel (IA32 emulation) and under qemu-i386.
TRIPLE        = i686-linux-gnu
CLANG_TARGET  = i686-linux-gnu
QEMU          = qemu-i386
NATIVE        = yes
ARCH_CFLAGS   =
# gcc gives a global of 32 bytes or more 32-byte alignment (its
# "compat" default, for vector loads it rarely makes at -Os); the psABI's
# own alignment saves the padding in a tiny binary (88 bytes in the x86_64
# thread demo).  (clang has no such flag.)
GCC_ARCH_CFLAGS = -malign-data=abi
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-i686-linux-gnu linux-libc-dev-i386-cross libc6-dev-i386-cross
# Build systems' names for the processor (make install-all: CMake's
# CMAKE_SYSTEM_PROCESSOR, Meson's cpu_family; defaults: ARCH, little-endian).
CPU           = i686
CPU_FAMILY    = x86
