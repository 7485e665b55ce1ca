/* i386's hooks for libc/math (arch/generic/fp.h lists them).  taskrt is
 * built for the x87 (an i686 need not have SSE), which computes in 64-bit
 * precision: fsqrt serves all three types (for double under 53-bit
 * precision control, rounding once; float's second rounding is harmless,
 * 64 >= 2*24 + 2), and
 * FP_ROUND stores a double through memory, where it is rounded to 53 bits,
 * for the exact sum and product steps that need it. */
/* fsqrt with the precision control at 53 bits, so that the root is
 * rounded once, to double, as sqrt must be (fsqrt at 64 bits and a store
 * would round twice). */
static inline double sqrt_i386(double x)
{
	unsigned short cw, cw53;
	double r;

	__asm__ volatile ("fnstcw %0" : "=m"(cw));      /* the control word */
	cw53 = (cw & ~0x300) | 0x200;                   /* PC = 10: 53-bit significands */
	__asm__ volatile ("fldcw %0" : : "m"(cw53));
	__asm__ volatile ("fsqrt" : "=t"(r) : "0"(x));  /* st(0) = sqrt(st(0)), rounded to 53 bits */
	__asm__ volatile ("fldcw %0" : : "m"(cw));      /* the caller's precision back */
	return r;
}
#define ARCH_SQRT(x) sqrt_i386(x)
#define ARCH_SQRTF(x) ((float)ARCH_SQRTL((long double)(x)))
/* rint through frndint: adding 2^52 would round twice (to 64 bits, then
 * to 53 when stored). */
#define ARCH_RINT(x) ((double)ARCH_RINTL((long double)(x)))
static inline double fp_round_i386(double x)
{
	volatile double r = x;   /* a store to memory rounds to 53 bits */
	return r;
}
#define FP_ROUND(x) fp_round_i386(x)
#include "arch/x86_64/x87.h"
