/* riscv64's hooks for libc/math (arch/generic/fp.h lists them): the D
 * extension's fsqrt.d and fmadd.d (F's fsqrt.s).  long double is IEEE
 * binary128, computed in software. */
#define ARCH_SQRT(x) ({ double r_; \
	__asm__ ("fsqrt.d %0, %1" : "=f"(r_) : "f"(x)); r_; })  /* double square root */
#define ARCH_SQRTF(x) ({ float r_; \
	__asm__ ("fsqrt.s %0, %1" : "=f"(r_) : "f"(x)); r_; })  /* single square root */
#define ARCH_FMA(x, y, z) ({ double r_; \
	__asm__ ("fmadd.d %0, %1, %2, %3" : "=f"(r_) : "f"(x), "f"(y), "f"(z)); r_; })  /* x*y+z, one rounding */
#define FP_ROUND(x) (x)
