/* asin and acos: the angle whose sine (cosine) is x, as the angle of the
 * point (sqrt(1 - x^2), |x|) through the arctangent core (dd_angle), with
 * 1 - x^2 = (1 - |x|)(1 + |x|) and its square root as double-doubles, so
 * that nothing cancels near |x| = 1: about 0.5 ulp.  |x| > 1 is NaN with
 * EDOM. */
#include "internal/math.h"

/* sqrt(1 - a^2) as a double-double, 0 <= a < 1. */
static dd cofunction(double a)
{
	dd s = dd_mul(two_sum(1.0, -a), two_sum(1.0, a));
	return dd_sqrt(s);
}

double asin(double x)
{
	double ax = fabs(x);
	dd a;

	if (isnan(x))
		return x + x;
	if (ax > 1)
		return __math_invalid(x);
	if (ax < 0x1p-26)
		return x;   /* asin x = x + x^3/6: below half an ulp */
	if (ax == 1)
		return copysign(PI_2_HI, x);
	a = dd_angle(((dd){ ax, 0 }), cofunction(ax));
	return x < 0 ? -a.hi - a.lo : a.hi + a.lo;
}

float asinf(float x)
{
	return asin(x);
}

long double asinl(long double x)
{
#if LDBL_IS_DOUBLE
	return asin(x);
#else
	return __asinl(x);
#endif
}

double acos(double x)
{
	double ax = fabs(x);
	dd a;

	if (isnan(x))
		return x + x;
	if (ax > 1)
		return __math_invalid(x);
	if (x == 1)
		return 0;
	if (x == -1)
		return PI_HI;
	if (ax < 0x1p-57)
		return PI_2_HI + (PI_2_LO - x);
	a = dd_angle(cofunction(ax), ((dd){ ax, 0 }));
	if (x < 0)
		a = dd_add((dd){ PI_HI, PI_LO }, dd_neg(a));
	return a.hi + a.lo;
}

float acosf(float x)
{
	return acos(x);
}

long double acosl(long double x)
{
#if LDBL_IS_DOUBLE
	return acos(x);
#else
	return __acosl(x);
#endif
}
