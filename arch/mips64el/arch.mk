# mips64el (MIPS64r2 little-endian, n64 ABI): under qemu-mips64el.
TRIPLE        = mips64el-linux-gnuabi64
CLANG_TARGET  = mips64el-linux-gnuabi64
QEMU          = qemu-mips64el
# qemu's default CPU for n64, the 5KEf, ignores writes to the FPU's
# control register (no rounding modes, flags that never clear): the
# generic MIPS64r2, the ISA gcc targets, has them.  qemu-user reads
# QEMU_CPU from the environment of every run.
export QEMU_CPU = MIPS64R2-generic
NATIVE        = no
# A static libc needs no position-independent code (Debian's gcc makes
# PIE by default: -fno-pic, also for include/generate.sh): -mno-abicalls drops
# the SVR4 PIC convention (every call through $25 = t9 and a GOT, $gp
# recomputed in every function), -G0 keeps small data out of $gp-relative
# addressing (nothing sets $gp), and 32-bit symbols (the binary lives at
# 64 KiB: tiny.ld) load an address in two instructions rather than six.
# That last is gcc's -msym32 only: clang 14 has only a target feature
# (+sym32), with which it emits calls it cannot assemble ("jalr memset").
ARCH_CFLAGS   = -fno-pic -mno-abicalls -G0 $(if $(filter clang,$(COMPILER)),,-msym32)
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-mips64el-linux-gnuabi64 linux-libc-dev-mips64el-cross libc6-dev-mips64el-cross
# Build systems' names for the processor (make install-all: CMake's
# CMAKE_SYSTEM_PROCESSOR, Meson's cpu_family; defaults: ARCH, little-endian).
CPU_FAMILY    = mips64
# Flags taskrt-cc drops from a program's command line: build systems ask
# for PIC (libtool, CMake, Meson's b_staticpic), which needs -mabicalls;
# a static binary needs none, so its objects are compiled as the rest.
CC_DROP_FLAGS = -fPIC -fpic -fPIE -fpie
