/* cos: x reduced by pi/2 (rem_pio2.c), then the kernel of its quadrant
 * (sincos_kernel.c), the double-double rounded once: about 0.5 ulp for
 * every finite x.  cos(+-inf) is NaN with EDOM; cos(x) is 1 below 2^-27. */
#include "internal/math.h"

double cos(double x)
{
	dd r, v;
	int n;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return __math_invalid(x);
	if (fabs(x) < 0x1p-27)
		return 1;   /* cos x = 1 - x^2/2: below half an ulp */
	n = __rem_pio2(x, &r);
	switch (n) {
	case 0: v = __cos_dd(r); break;
	case 1: v = __sin_dd(r); v.hi = -v.hi; v.lo = -v.lo; break;
	case 2: v = __cos_dd(r); v.hi = -v.hi; v.lo = -v.lo; break;
	default: v = __sin_dd(r); break;
	}
	return v.hi + v.lo;
}

float cosf(float x)
{
	return cos(x);
}

long double cosl(long double x)
{
#if LDBL_IS_DOUBLE
	return cos(x);
#else
	return __cosl(x);
#endif
}
