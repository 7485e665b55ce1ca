/* The x87's long double instructions, for libc/math on x86_64 and i386
 * (both include this from their fp.h): inline functions on the register
 * stack.  "t" is st(0), "u" st(1).  The x87 computes with a 64-bit
 * significand, long double's own. */
#define ARCH_X87 1

/* fsqrt: correctly rounded square root of st(0). */
#define ARCH_SQRTL(x) ({ long double r_ = (x); __asm__ ("fsqrt" : "+t"(r_)); r_; })
/* frndint: st(0) to an integer in the current rounding mode. */
#define ARCH_RINTL(x) ({ long double r_ = (x); __asm__ ("frndint" : "+t"(r_)); r_; })
