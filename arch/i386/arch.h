/* i386 facts for the C layers. */

/* The vDSO's 64-bit-time clock_gettime ("LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime64"

/* No restorer: without SA_RESTORER the kernel returns through the vDSO's
 * __kernel_rt_sigreturn, and qemu-i386 through its own trampoline. */
