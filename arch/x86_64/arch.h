/* x86_64 facts for the C layers. */

/* The vDSO's clock_gettime (<linux/vdso> x86: "LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"

/* x86_64 has no default signal return: every handler must name one. */
#define ARCH_SIGNAL_RESTORER __restore_rt
