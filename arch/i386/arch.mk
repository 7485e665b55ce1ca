# i386: runs natively on the x86_64 kernel (IA32 emulation) and under qemu-i386.
TRIPLE        = i686-linux-gnu
CLANG_TARGET  = i686-linux-gnu
QEMU          = qemu-i386
NATIVE        = yes
ARCH_CFLAGS   =
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-i686-linux-gnu linux-libc-dev-i386-cross libc6-dev-i386-cross
# Build systems' names for the processor (make install-all: CMake's
# CMAKE_SYSTEM_PROCESSOR, Meson's cpu_family; defaults: ARCH, little-endian).
CPU           = i686
CPU_FAMILY    = x86
