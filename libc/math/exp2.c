/* exp2: 2^x = e^(x ln2), the product as a double-double (exact enough that
 * integer x give exact powers of two), through the shared core. */
#include "internal/math.h"

double exp2(double x)
{
	int k;
	dd t;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? x : 0;
	if (x >= 1024)
		return __math_oflow(0);
	if (x < -1076)
		return __math_uflow(0);
	if (fabs(x) < 0x1p-54)
		return 1 + x;
	t = two_prod(x, LN2_HI);
	t = fast_two_sum(t.hi, t.lo + x * LN2_LO);
	t = __exp_dd(t.hi, t.lo, &k);
	return __exp_scale(t, k);
}

float exp2f(float x)
{
	return __math_narrow(exp2(x));
}

long double exp2l(long double x)
{
#if LDBL_IS_DOUBLE
	return exp2(x);
#else
	return __exp2l(x);
#endif
}
