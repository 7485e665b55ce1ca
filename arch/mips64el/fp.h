/* mips64el's hooks for libc/math (arch/generic/fp.h lists them): sqrt.d
 * and sqrt.s, correctly rounded as IEEE 754 asks.  long double is IEEE
 * binary128, computed in software; MIPS64r2's madd.d is not fused (it
 * rounds twice), so fma stays the portable C. */
#define ARCH_SQRT(x) ({ double r_; \
	__asm__ ("sqrt.d %0, %1" : "=f"(r_) : "f"(x)); r_; })  /* double square root */
#define ARCH_SQRTF(x) ({ float r_; \
	__asm__ ("sqrt.s %0, %1" : "=f"(r_) : "f"(x)); r_; })  /* single square root */
#define FP_ROUND(x) (x)
