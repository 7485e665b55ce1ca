/* aarch64 facts for the C layers. */

/* The vDSO's clock_gettime ("LINUX_2.6.39"). */
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime"

/* No restorer: the kernel returns from handlers through the vDSO's
 * __kernel_rt_sigreturn, qemu-aarch64 through its own trampoline. */

/* The printf family's integer-only twins (libc/stdio/printf_sel.c and
 * its kin) are built without the FP/SIMD registers, so that their
 * va_start makes none of its eight q-register stores.  clang has no
 * general-regs-only target attribute for aarch64: there the twins are
 * aliases. */
#ifndef __clang__
#define ARCH_INT_ONLY_VARARGS __attribute__((__target__("general-regs-only")))
#endif
