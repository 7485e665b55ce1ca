/* The long double functions that are composed from others
 * (internal/ldbl_math.h), where long double is wider than double, in long
 * double arithmetic:
 *   asinl x = atan2l(x, sqrtl((1-x)(1+x))), acosl likewise
 *   sinhl, coshl, tanhl from expm1l and expl, as the double ones are
 *   cbrtl: the double cube root as a first guess, two Newton steps
 *   hypotl: both scaled by a power of two, sqrtl of the sum of squares */
#include "internal/math.h"

#if !LDBL_IS_DOUBLE
long double __asinl(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) > 1)
		return __math_invalid(-1);
	return __atan2l(x, sqrtl((1 - x) * (1 + x)));
}

long double __acosl(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) > 1)
		return __math_invalid(-1);
	return __atan2l(sqrtl((1 - x) * (1 + x)), x);
}

long double __sinhl(long double x)
{
	long double ax = fabsl(x), e, r;

	if (isnan(x) || isinf(x) || x == 0)
		return x + x;
	if (ax < 40) {
		e = __expm1l(ax);
		r = 0.5L * (e + e / (e + 1));
	} else {
		r = 0.5L * __expl(ax - 0.5L) * __expl(0.5L);   /* no early overflow */
	}
	return x < 0 ? -r : r;
}

long double __coshl(long double x)
{
	long double ax = fabsl(x), e;

	if (isnan(x))
		return x + x;
	if (ax < 40) {
		e = __expl(ax);
		return 0.5L * (e + 1 / e);
	}
	return 0.5L * __expl(ax - 0.5L) * __expl(0.5L);
}

long double __tanhl(long double x)
{
	long double ax = fabsl(x), e, r;

	if (isnan(x) || x == 0)
		return x + x;
	if (ax > 40)
		r = 1;
	else {
		e = __expm1l(2 * ax);
		r = e / (e + 2);
	}
	return x < 0 ? -r : r;
}

long double __cbrtl(long double x)
{
	long double m, t;
	int e, q, i;

	if (isnan(x) || isinf(x) || x == 0)
		return x + x;
	m = frexpl(fabsl(x), &e);   /* |x| = m 2^e */
	q = (e >= 0 ? e : e - 2) / 3;
	m = ldexpl(m, e - 3 * q);   /* in [1/2, 4) */
	t = cbrt((double)m);
	for (i = 0; i < 2; i++)
		t = t - (t * t * t - m) / (3 * t * t);
	t = ldexpl(t, q);
	return x < 0 ? -t : t;
}

long double __hypotl(long double x, long double y)
{
	long double ax = fabsl(x), ay = fabsl(y), t;
	int e;

	if (isinf(x) || isinf(y))
		return INFINITY;
	if (isnan(x) || isnan(y))
		return x + y;
	if (ax < ay) {
		t = ax;
		ax = ay;
		ay = t;
	}
	if (ay == 0)
		return ax;
	frexpl(ax, &e);
	ax = ldexpl(ax, -e);
	ay = ldexpl(ay, -e);
	return ldexpl(sqrtl(ax * ax + ay * ay), e);
}
#endif
