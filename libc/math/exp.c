/* exp: e^x through the shared core (exp_core.c): about 0.5 ulp.  Overflow
 * and underflow to zero set ERANGE; a subnormal result is rounded once. */
#include "internal/math.h"

#define EXP_OFLOW 0x1.62e42fefa39efp+9    /* ln(DBL_MAX), rounded down */

double exp(double x)
{
	int k;
	dd e;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? x : 0;
	if (x > EXP_OFLOW)
		return __math_oflow(0);
	if (x < -746)
		return __math_uflow(0);
	if (fabs(x) < 0x1p-54)
		return 1 + x;
	e = __exp_dd(x, 0, &k);
	return __exp_scale(e, k);
}

float expf(float x)
{
	return __math_narrow(exp(x));
}

long double expl(long double x)
{
#if LDBL_IS_DOUBLE
	return exp(x);
#else
	return __expl(x);
#endif
}
