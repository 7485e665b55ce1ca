/* arm's hooks for libc/math (arch/generic/fp.h lists them): VFP's
 * vsqrt.f64 and vsqrt.f32 (Debian armhf's VFPv3-D16 has no fused
 * multiply-add).  long double is double. */
#define ARCH_SQRT(x) ({ double r_; \
	__asm__ ("vsqrt.f64 %P0, %P1" : "=w"(r_) : "w"(x)); r_; })  /* double square root */
#define ARCH_SQRTF(x) ({ float r_; \
	__asm__ ("vsqrt.f32 %0, %1" : "=t"(r_) : "t"(x)); r_; })  /* single square root */
#define FP_ROUND(x) (x)
