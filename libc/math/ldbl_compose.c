/* The long double functions that are composed from others
 * (internal/ldbl_math.h), where long double is wider than double, in long
 * double arithmetic:
 *   asinl x = atan2l(x, sqrtl((1-x)(1+x))), acosl likewise
 *   sinhl, coshl, tanhl from expm1l and expl, as the double ones are
 *   cbrtl: the double cube root as a first guess, two Newton steps
 *   hypotl: both scaled by a power of two, sqrtl of the sum of squares
 *   __ld_rem_pio2: long double reduction by pi/2 through the double one */
#include "internal/math.h"

#if !LDBL_IS_DOUBLE
/* x = n pi/2 + r, |r| <= pi/4: x is split exactly into doubles (two for
 * the x87's 64 bits, three for binary128's 113), each reduced by
 * __rem_pio2 (Payne and Hanek where large; about 2^-100 relative), and
 * the parts summed; the sum is brought back into [-pi/4, pi/4].  Good to
 * about 2^-100: a few ulps of x87, about 2^8 of binary128. */
int __ld_rem_pio2(long double x, long double *r)
{
	long double rest = x, sum = 0;
	int n = 0, i;

	for (i = 0; i < 3 && rest != 0; i++) {
		double part = (double)rest;
		dd pr;
		n += __rem_pio2(part, &pr);
		sum += (long double)pr.hi + pr.lo;
		rest -= part;
	}
	while (sum > 0.78539816339744830961566084581987572L) {
		sum = (sum - 1.57079632679489661923132169163975144L) - 2.0L * 0x1.cd129024e088a67cc74020bbea64p-116L;
		n++;
	}
	while (sum < -0.78539816339744830961566084581987572L) {
		sum = (sum + 1.57079632679489661923132169163975144L) + 2.0L * 0x1.cd129024e088a67cc74020bbea64p-116L;
		n--;
	}
	*r = sum;
	return n & 3;
}

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
		r = 0.5L * __expl(ax - 1) * __expl(1);   /* no early overflow */
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
	return 0.5L * __expl(ax - 1) * __expl(1);
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
