/* sin: x reduced by pi/2 (rem_pio2.c), then the kernel of its quadrant
 * (sincos_kernel.c), the double-double rounded once: about 0.5 ulp for
 * every finite x.  sin(+-inf) is NaN with EDOM; sin(x) is x below 2^-26. */
#include "internal/math.h"

double sin(double x)
{
	dd r, v;
	int n;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return __math_invalid(x);
	if (fabs(x) < 0x1p-26)
		return x;   /* sin x = x - x^3/6: below half an ulp */
	n = __rem_pio2(x, &r);
	switch (n) {
	case 0: v = __sin_dd(r); break;
	case 1: v = __cos_dd(r); break;
	case 2: v = __sin_dd(r); v.hi = -v.hi; v.lo = -v.lo; break;
	default: v = __cos_dd(r); v.hi = -v.hi; v.lo = -v.lo; break;
	}
	return v.hi + v.lo;
}

float sinf(float x)
{
	return sin(x);
}

long double sinl(long double x)
{
#if LDBL_IS_DOUBLE
	return sin(x);
#else
	return __sinl(x);
#endif
}
