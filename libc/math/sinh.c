/* sinh, cosh, tanh from the exponential cores as double-doubles:
 *   cosh x = (e^|x| + e^-|x|)/2
 *   sinh x = (E + E/(E + 1))/2 with E = expm1|x|  (no cancellation near 0)
 *   tanh x = E/(E + 2) with E = expm1(2|x|)
 * about 0.5 ulp.  Beyond |x| = 22, e^-|x| is below 2^-63 of the result:
 * sinh and cosh are e^|x|/2 (overflow: ERANGE), tanh is +-1. */
#include "internal/math.h"

#define BIG 22
#define HYP_OFLOW 0x1.633ce8fb9f87dp+9   /* beyond this, e^|x|/2 overflows */

double cosh(double x)
{
	double ax = fabs(x), p;
	int k;
	dd e;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return ax;
	if (ax < 0x1p-27)
		return 1;
	if (ax > HYP_OFLOW)
		return __math_oflow(0);
	e = __exp_dd(ax, 0, &k);
	if (ax > BIG)
		return __exp_scale(e, k - 1);
	p = asdouble((uint64_t)(1023 + k) << 52);   /* 2^k, exact scaling */
	e.hi *= p;
	e.lo *= p;
	e = dd_add(e, dd_div((dd){ 1, 0 }, e));
	return 0.5 * (e.hi + e.lo);
}

float coshf(float x)
{
	return __math_narrow(cosh(x));
}

long double coshl(long double x)
{
#if LDBL_IS_DOUBLE
	return cosh(x);
#else
	return __coshl(x);
#endif
}

double sinh(double x)
{
	double ax = fabs(x), r;
	int k;
	dd e;

	if (isnan(x) || isinf(x))
		return x + x;
	if (ax < 0x1p-26)
		return x;
	if (ax > HYP_OFLOW)
		return __math_oflow(x < 0);
	if (ax > BIG) {
		e = __exp_dd(ax, 0, &k);
		r = __exp_scale(e, k - 1);
	} else {
		e = __expm1_dd(ax);
		e = dd_add(e, dd_div(e, dd_add_d(e, 1.0)));
		r = 0.5 * (e.hi + e.lo);
	}
	return x < 0 ? -r : r;
}

float sinhf(float x)
{
	return __math_narrow(sinh(x));
}

long double sinhl(long double x)
{
#if LDBL_IS_DOUBLE
	return sinh(x);
#else
	return __sinhl(x);
#endif
}

double tanh(double x)
{
	double ax = fabs(x), r;
	dd e;

	if (isnan(x))
		return x + x;
	if (ax < 0x1p-27)
		return x;
	if (ax > BIG)
		r = 1 - 0x1p-100;   /* 1, inexact */
	else {
		e = __expm1_dd(2 * ax);
		e = dd_div(e, dd_add_d(e, 2.0));
		r = e.hi + e.lo;
	}
	return x < 0 ? -r : r;
}

float tanhf(float x)
{
	return tanh(x);
}

long double tanhl(long double x)
{
#if LDBL_IS_DOUBLE
	return tanh(x);
#else
	return __tanhl(x);
#endif
}
