/* atan: the core (atan_core.c) for |x| <= 1; beyond, pi/2 - atan(1/x)
 * with 1/x as a double-double: about 0.5 ulp. */
#include "internal/math.h"

double atan(double x)
{
	double ax = fabs(x);
	dd a;

	if (isnan(x))
		return x + x;
	if (ax < 0x1p-27)
		return x;   /* atan x = x - x^3/3: below half an ulp */
	if (ax <= 1)
		a = __atan_dd((dd){ ax, 0 });
	else if (ax > 0x1p60)
		a = (dd){ PI_2_HI, PI_2_LO - 1 / ax };
	else
		a = dd_add((dd){ PI_2_HI, PI_2_LO }, dd_neg(__atan_dd(dd_div((dd){ 1, 0 }, (dd){ ax, 0 }))));
	return x < 0 ? -a.hi - a.lo : a.hi + a.lo;
}

float atanf(float x)
{
	return atan(x);
}

long double atanl(long double x)
{
#if LDBL_IS_DOUBLE
	return atan(x);
#else
	return __atanl(x);
#endif
}
