/* riscv64 facts for the C layers. */

/* The vDSO's clock_gettime ("LINUX_4.15"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"

/* No restorer: riscv has no SA_RESTORER; the kernel returns from handlers
 * through the vDSO's __vdso_rt_sigreturn. */
