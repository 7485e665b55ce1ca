/* log1p: log(1 + x), accurate near 0: 1 + x as an exact double-double
 * (two_sum) a + b, then log(a) from the core plus b/a: about 0.5 ulp.
 * log1p(-1) is -inf with ERANGE, x < -1 NaN with EDOM. */
#include "internal/math.h"

double log1p(double x)
{
	dd a, r;

	if (isnan(x))
		return x + x;
	if (x < -1)
		return __math_invalid(x);
	if (x == -1)
		return __math_divzero(1);
	if (isinf(x))
		return x;
	if (fabs(x) < 0x1p-54)
		return x;
	a = two_sum(1.0, x);
	r = dd_add_d(__log_dd(a.hi), a.lo / a.hi);
	return r.hi + r.lo;
}

float log1pf(float x)
{
	return log1p(x);
}

long double log1pl(long double x)
{
#if LDBL_IS_DOUBLE
	return log1p(x);
#else
	return __log1pl(x);
#endif
}
