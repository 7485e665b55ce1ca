/* fma: x*y + z.  With a fused multiply-add instruction (ARCH_FMA:
 * aarch64, riscv64) that is exact.  Elsewhere a simple version: the
 * product exactly as a double-double (two_prod), added to z exactly
 * (two_sum), then the two low parts summed and added: one rounding but
 * for rare cases where the low parts' sum rounds first (a 1-ulp error at
 * worst).  fmaf computes in double (the product is exact there); fmal
 * outside ARCH_FMA's reach is x*y + z in long double (two roundings). */
#include "internal/math.h"

double fma(double x, double y, double z)
{
#ifdef ARCH_FMA
	return ARCH_FMA(x, y, z);
#else
	dd p, s;

	if (!isfinite(x) || !isfinite(y) || !isfinite(z) || x == 0 || y == 0
	    || fabs(x) > 0x1p995 || fabs(y) > 0x1p995 || !(fabs(x * y) < 0x1p1023)
	    || fabs(x * y) < 0x1p-969)
		return x * y + z;
	p = two_prod(x, y);
	s = two_sum(p.hi, z);
	return s.hi + (s.lo + p.lo);
#endif
}

float fmaf(float x, float y, float z)
{
	return (float)((double)x * y + z);
}

long double fmal(long double x, long double y, long double z)
{
#if LDBL_IS_DOUBLE
	return fma(x, y, z);
#else
	return x * y + z;
#endif
}
