/* pow: x^y = e^(y log x), with log x as a double-double from the log core
 * (about 2^-68 relative) and y log x as a double-double too, so that the
 * exponential core sees an argument exact to about 2^-60 absolute: about
 * 0.5 ulp.  The special cases are C99 Annex F's; a negative x with a
 * non-integer y is NaN with EDOM, 0 to a negative power inf with ERANGE,
 * overflow and underflow to zero ERANGE. */
#include "internal/math.h"

/* 0: y is not an integer, 1: an odd one, 2: an even one. */
static int integer_kind(double y)
{
	if (trunc(y) != y)
		return 0;
	if (fabs(y) >= 0x1p53)
		return 2;
	return (int64_t)y & 1 ? 1 : 2;
}

double pow(double x, double y)
{
	int negative = 0, k, kind;
	double ax = fabs(x);
	dd l, t;

	if (y == 0 || x == 1)
		return 1;
	if (isnan(x) || isnan(y))
		return x + y;
	kind = integer_kind(y);
	if (isinf(y)) {
		if (ax == 1)
			return 1;
		return (ax < 1) == (y < 0) ? INFINITY : 0;
	}
	if (x == 0 || isinf(x)) {
		negative = signbit(x) && kind == 1;
		if ((x == 0) == (y < 0)) {   /* the result is infinite */
			if (x == 0)
				return __math_divzero(negative);
			return negative ? -INFINITY : INFINITY;
		}
		return negative ? -0.0 : 0.0;
	}
	if (x < 0) {
		if (!kind)
			return __math_invalid(x);
		negative = kind == 1;
	}
	if (ax == 1)
		return negative ? -1.0 : 1.0;

	l = __log_dd(ax);
	/* |log x| >= 2^-53 here: beyond |y| = 2^64 the power surely overflows
	 * or underflows (and the exact product below cannot overflow). */
	if (fabs(y) > 0x1p64)
		return (l.hi > 0) == (y > 0) ? __math_oflow(negative) : __math_uflow(negative);
	t = two_prod(y, l.hi);
	t = fast_two_sum(t.hi, t.lo + y * l.lo);
	if (t.hi > 710)
		return __math_oflow(negative);
	if (t.hi < -746)
		return __math_uflow(negative);
	{
		double r;
		t = __exp_dd(t.hi, t.lo, &k);
		r = __exp_scale(t, k);
		if (isinf(r))
			errno = ERANGE;
		return negative ? -r : r;
	}
}

float powf(float x, float y)
{
	return __math_narrow(pow(x, y));
}

long double powl(long double x, long double y)
{
#if LDBL_IS_DOUBLE
	return pow(x, y);
#else
	return __powl(x, y);
#endif
}
