# arm: Debian armhf (EABI, hard-float, Thumb-2 by default), under qemu-arm.
TRIPLE        = arm-linux-gnueabihf
CLANG_TARGET  = armv7a-linux-gnueabihf
QEMU          = qemu-arm
NATIVE        = no
# gcc's armhf defaults already are these; clang needs them spelled out.
ARCH_CFLAGS   = -march=armv7-a -mthumb -mfpu=vfpv3-d16 -mfloat-abi=hard
KERNEL_ASM    = /usr/$(TRIPLE)/include/asm
KERNEL_UAPI   = /usr/$(TRIPLE)/include
DEB_PACKAGES  = gcc-arm-linux-gnueabihf linux-libc-dev-armhf-cross libc6-dev-armhf-cross
