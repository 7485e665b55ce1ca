/* ppc64le's hooks for libc/math (arch/generic/fp.h lists them): fsqrt,
 * fsqrts and fmadd.  long double is double here (-mlong-double-64 in
 * arch.mk). */
#define ARCH_SQRT(x) ({ double r_; \
	__asm__ ("fsqrt %0, %1" : "=d"(r_) : "d"(x)); r_; })  /* double square root */
#define ARCH_SQRTF(x) ({ float r_; \
	__asm__ ("fsqrts %0, %1" : "=f"(r_) : "f"(x)); r_; })  /* single square root */
#define ARCH_FMA(x, y, z) ({ double r_; \
	__asm__ ("fmadd %0, %1, %2, %3" : "=d"(r_) : "d"(x), "d"(y), "d"(z)); r_; })  /* x*y+z, one rounding */
#define FP_ROUND(x) (x)
