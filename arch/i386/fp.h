/* i386's hooks for libc/math (arch/generic/fp.h lists them).  taskrt is
 * built for the x87 (an i686 need not have SSE), which computes in 64-bit
 * precision: fsqrt serves all three types (for double and float the
 * result is rounded again when stored, as glibc's i386 sqrt is), and
 * FP_ROUND stores a double through memory, where it is rounded to 53 bits,
 * for the exact sum and product steps that need it. */
#define ARCH_SQRT(x) ((double)ARCH_SQRTL((long double)(x)))
#define ARCH_SQRTF(x) ((float)ARCH_SQRTL((long double)(x)))
/* rint through frndint: adding 2^52 would round twice (to 64 bits, then
 * to 53 when stored). */
#define ARCH_RINT(x) ((double)ARCH_RINTL((long double)(x)))
#define FP_ROUND(x) ({ volatile double r_ = (x); r_; })
#include "arch/x86_64/x87.h"
