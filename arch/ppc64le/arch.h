/* ppc64le facts for the C layers. */

/* The vDSO's clock_gettime ("LINUX_2.6.15").  Like `sc`, it reports an
 * error as a positive errno with cr0.SO set, which C cannot see: any
 * nonzero result sends syscall/time.c to the system call. */
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime"

/* No restorer: the kernel returns from handlers through the vDSO's
 * __kernel_sigtramp_rt64, qemu-ppc64le through its own trampoline. */
