/* tan: sin r / cos r of the reduced argument (rem_pio2.c), both as
 * double-doubles (sincos_kernel.c) and divided as such (-cos/sin in odd
 * quadrants): about 0.6 ulp.  tan(+-inf) is NaN with EDOM. */
#include "internal/math.h"

double tan(double x)
{
	dd r, s, c, v;
	int n;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return __math_invalid(x);
	if (fabs(x) < 0x1p-27)
		return x;   /* tan x = x + x^3/3: below half an ulp */
	n = __rem_pio2(x, &r);
	s = __sin_dd(r);
	c = __cos_dd(r);
	if (n & 1) {
		v = dd_div(c, s);
		return -v.hi - v.lo;
	}
	v = dd_div(s, c);
	return v.hi + v.lo;
}

float tanf(float x)
{
	return tan(x);
}

long double tanl(long double x)
{
#if LDBL_IS_DOUBLE
	return tan(x);
#else
	return __tanl(x);
#endif
}
