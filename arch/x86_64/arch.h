/* x86_64 facts for the C layers. */

#include "internal/defs.h"
/* The vDSO's clock_gettime ("LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"

/* x86_64 has no default signal return: every handler must name one
 * (arch/x86_64/sigreturn.S). */
hidden void __restore_rt(void);
#define ARCH_SIGNAL_RESTORER(flags) __restore_rt
