/* riscv64 facts for the C layers. */

/* The vDSO's clock_gettime ("LINUX_4.15"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"

/* No restorer: riscv has no SA_RESTORER; the kernel returns from handlers
 * through the vDSO's __vdso_rt_sigreturn. */

/* The hardware calls a result tiny (underflow) when it is below the
 * smallest normal after rounding to the format's precision, not before:
 * strtod's ERANGE follows glibc, which follows the hardware. */
#define ARCH_TININESS_AFTER_ROUNDING 1
