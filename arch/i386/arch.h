/* i386 facts for the C layers. */

#include "internal/defs.h"
/* The vDSO's 64-bit-time clock_gettime ("LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime64"

/* The signal return trampoline for a handler with these sa_flags
 * (arch/i386/sigreturn.S). */
hidden void __restore(void), __restore_rt(void);
#define ARCH_SIGNAL_RESTORER(flags) ((flags) & SA_SIGINFO ? __restore_rt : __restore)

/* The hardware calls a result tiny (underflow) when it is below the
 * smallest normal after rounding to the format's precision, not before:
 * strtod's ERANGE follows glibc, which follows the hardware. */
#define ARCH_TININESS_AFTER_ROUNDING 1
