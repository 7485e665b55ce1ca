/* log2: log(x) * LOG2E with both as double-doubles (exact at powers of
 * 2 to within the final rounding): about 0.5 ulp.  log2(0) is -inf with
 * ERANGE, a negative x NaN with EDOM. */
#include "internal/math.h"

double log2(double x)
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
	r = dd_mul(__log_dd(x), (dd){ LOG2E_HI, LOG2E_LO });
	return r.hi + r.lo;
}

float log2f(float x)
{
	return log2(x);
}

long double log2l(long double x)
{
#if LDBL_IS_DOUBLE
	return log2(x);
#else
	return __log2l(x);
#endif
}
