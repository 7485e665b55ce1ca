/* log: the natural logarithm through the shared core (log_core.c): about
 * 0.5 ulp.  log(0) is -inf with ERANGE, a negative x NaN with EDOM. */
#include "internal/math.h"

double log(double x)
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
	r = __log_dd(x);
	return r.hi + r.lo;
}

float logf(float x)
{
	return log(x);
}

long double logl(long double x)
{
#if LDBL_IS_DOUBLE
	return log(x);
#else
	return __logl(x);
#endif
}
