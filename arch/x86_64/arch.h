/* x86_64 facts for the C layers. */

#include "internal/defs.h"
/* The vDSO's clock_gettime ("LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"

/* x86_64 has no default signal return: every handler must name one
 * (arch/x86_64/sigreturn.S). */
hidden void __restore_rt(void);
#define ARCH_SIGNAL_RESTORER(flags) __restore_rt

/* The hardware calls a result tiny (underflow) when it is below the
 * smallest normal after rounding to the format's precision, not before:
 * strtod's ERANGE follows glibc, which follows the hardware. */
#define ARCH_TININESS_AFTER_ROUNDING 1

/* The printf family's integer-only twins (libc/stdio/printf_sel.c and
 * its kin) are built without the vector registers, so that their
 * va_start saves none: 59 bytes of movaps behind a test of %al. */
#define ARCH_INT_ONLY_VARARGS __attribute__((__target__("general-regs-only")))
