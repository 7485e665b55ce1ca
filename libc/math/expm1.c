/* expm1: e^x - 1, accurate near 0 too: the core's double-double e^x
 * (exp_core.c) scaled by 2^k exactly, and 1 subtracted exactly (two_sum),
 * so that the cancellation loses nothing: about 0.5 ulp. */
#include "internal/math.h"

#define EXP_OFLOW 0x1.62e42fefa39efp+9    /* ln(DBL_MAX), rounded down */

dd __expm1_dd(double x)
{
	int k;
	dd e = __exp_dd(x, 0, &k), s;
	double p = asdouble((uint64_t)(1023 + k) << 52);   /* 2^k, |x| <= 710 - ln2 */

	s = two_sum(e.hi * p, -1.0);
	return fast_two_sum(s.hi, s.lo + e.lo * p);
}

double expm1(double x)
{
	dd r;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? x : -1;
	if (x > EXP_OFLOW)
		return __math_oflow(0);
	if (x < -40)
		return -1 + 0x1p-100;   /* e^x below 2^-57: -1, inexact */
	if (fabs(x) < 0x1p-54)
		return x;
	if (x > 700) {
		int k;
		r = __exp_dd(x, 0, &k);
		return __exp_scale(r, k);   /* the 1 is lost anyway */
	}
	r = __expm1_dd(x);
	return r.hi + r.lo;
}

float expm1f(float x)
{
	return __math_narrow(expm1(x));
}

long double expm1l(long double x)
{
#if LDBL_IS_DOUBLE
	return expm1(x);
#else
	return __expm1l(x);
#endif
}
