/* hypot: sqrt(x^2 + y^2) without undue overflow or underflow: both scaled
 * by one power of two into a safe range, the sum of squares as an exact
 * double-double (two_prod), its square root corrected by one Newton step
 * on the double-double: about 0.5 ulp.  Overflow sets ERANGE; an infinite
 * argument wins over a NaN (C99 Annex F). */
#include "internal/math.h"

double hypot(double x, double y)
{
	double ax = fabs(x), ay = fabs(y), t, scale = 1, h;
	dd s, hh;

	if (isinf(x) || isinf(y))
		return INFINITY;
	if (isnan(x) || isnan(y))
		return x + y;
	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0 || dexp(ax) - dexp(ay) > 54)
		return ax + ay;   /* ay is below half an ulp of the result */
	if (ax > 0x1p500) {
		ax *= 0x1p-600;
		ay *= 0x1p-600;
		scale = 0x1p600;
	} else if (ay < 0x1p-500) {
		ax *= 0x1p600;
		ay *= 0x1p600;
		scale = 0x1p-600;
	}
	s = dd_add(two_prod(ax, ax), two_prod(ay, ay));
	h = sqrt(s.hi);
	hh = two_prod(h, h);
	h = FP_ROUND(h + ((s.hi - hh.hi) - hh.lo + s.lo) / (2 * h));
	h = FP_ROUND(h * scale);
	if (isinf(h))
		errno = ERANGE;
	return h;
}

float hypotf(float x, float y)
{
	return __math_narrow(hypot(x, y));
}

long double hypotl(long double x, long double y)
{
#if LDBL_IS_DOUBLE
	return hypot(x, y);
#else
	return __hypotl(x, y);
#endif
}
