/* atan2: the angle of (x, y) in (-pi, pi].  Both are scaled by one power
 * of two (exact) so that the double-double quotient cannot overflow or
 * underflow, the core gives the angle in [0, pi/2] (dd_angle), and pi
 * minus it serves x < 0: about 0.5 ulp.  The special cases are C99 Annex
 * F's; a result that underflows to zero sets ERANGE, as glibc. */
#include "internal/math.h"

static double scale_to_one(double v, int e)   /* v * 2^-e, exact here */
{
	if (e > 1000)
		return v * 0x1p-1000 * asdouble((uint64_t)(1023 - (e - 1000)) << 52);
	if (e < -1000)
		return v * 0x1p1000 * asdouble((uint64_t)(1023 - (e + 1000)) << 52);
	return v * asdouble((uint64_t)(1023 - e) << 52);
}

static int exponent(double v)   /* floor(log2 v), v > 0 finite */
{
	int e = dexp(v);
	if (e == 0)
		return -1023 - __builtin_clzll(asuint64(v) << 12);
	return e - 1023;
}

double atan2(double y, double x)
{
	double ax = fabs(x), ay = fabs(y), r;
	int ex, ey;
	dd a;

	if (isnan(x) || isnan(y))
		return x + y;
	if (y == 0)
		return signbit(x) ? copysign(PI_HI, y) : y;
	if (x == 0)
		return copysign(PI_2_HI, y);
	if (isinf(x)) {
		if (isinf(y))
			return copysign(signbit(x) ? 3 * (PI_HI / 4) : PI_HI / 4, y);
		return signbit(x) ? copysign(PI_HI, y) : copysign(0.0, y);
	}
	if (isinf(y))
		return copysign(PI_2_HI, y);

	ex = exponent(ax);
	ey = exponent(ay);
	if (ey - ex > 60)   /* the angle is pi/2 within 2^-60 */
		return copysign(PI_2_HI + (x < 0 ? 0x1p-60 : -0x1p-60), y);
	if (ey - ex < -60) {   /* y/x is below 2^-59: atan(y/x) = y/x */
		if (signbit(x))
			return copysign(PI_HI, y);
		r = __math_check_uflow(ay / ax);
		return copysign(r, y);
	}
	ax = scale_to_one(ax, ex);
	ay = scale_to_one(ay, ex);
	a = dd_angle(((dd){ ay, 0 }), ((dd){ ax, 0 }));
	if (signbit(x))
		a = dd_add((dd){ PI_HI, PI_LO }, dd_neg(a));
	r = a.hi + a.lo;
	return y < 0 ? -r : r;
}

float atan2f(float y, float x)
{
	return atan2(y, x);
}

long double atan2l(long double y, long double x)
{
#if LDBL_IS_DOUBLE
	return atan2(y, x);
#else
	return __atan2l(y, x);
#endif
}
