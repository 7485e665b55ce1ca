/* s390x facts for the C layers. */

/* The vDSO's clock_gettime ("LINUX_2.6.29"). */
#define VDSO_CLOCK_GETTIME "__kernel_clock_gettime"

/* No restorer: the kernel returns from handlers through the vDSO's
 * __kernel_rt_sigreturn (older kernels and qemu-s390x through an
 * `svc __NR_rt_sigreturn` they write into the signal frame). */
