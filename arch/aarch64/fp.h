/* aarch64's hooks for libc/math (arch/generic/fp.h lists them): fsqrt
 * and fmadd.  long double is IEEE binary128, computed in software. */
#define ARCH_SQRT(x) ({ double r_; \
	__asm__ ("fsqrt %d0, %d1" : "=w"(r_) : "w"(x)); r_; })  /* double square root */
#define ARCH_SQRTF(x) ({ float r_; \
	__asm__ ("fsqrt %s0, %s1" : "=w"(r_) : "w"(x)); r_; })  /* single square root */
#define ARCH_FMA(x, y, z) ({ double r_; \
	__asm__ ("fmadd %d0, %d1, %d2, %d3" : "=w"(r_) : "w"(x), "w"(y), "w"(z)); r_; })  /* x*y+z, one rounding */
#define FP_ROUND(x) (x)
