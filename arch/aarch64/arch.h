/* aarch64 facts for the C layers. */

/* The vDSO's clock_gettime ("LINUX_2.6.39"). */
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime"

/* No restorer: the kernel returns from handlers through the vDSO's
 * __kernel_rt_sigreturn, qemu-aarch64 through its own trampoline. */
