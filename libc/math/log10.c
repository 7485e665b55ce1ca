/* log10: log(x) * LOG10E with both as double-doubles (exact at powers of
 * 10 to within the final rounding): about 0.5 ulp.  log10(0) is -inf with
 * ERANGE, a negative x NaN with EDOM. */
#include "internal/math.h"

double log10(double x)
{
	dd r;

	if (isnan(x))
		return x + x;
	if (x < 0)
		return __math_invalid(x);
	if (x == 0)
		return __math_divzero(1);
	if (isinf(x))
		return x;
	if (x == 1)
		return 0;
	r = dd_mul(__log_dd(x), (dd){ LOG10E_HI, LOG10E_LO });
	return r.hi + r.lo;
}

float log10f(float x)
{
	return log10(x);
}

long double log10l(long double x)
{
#if LDBL_IS_DOUBLE
	return log10(x);
#else
	return __log10l(x);
#endif
}
