/* cbrt: the real cube root.  x = m 2^(3q) with m in [1, 8); a first guess
 * for cbrt(m) from its bits (the exponent divided by 3), five Newton steps
 * in double (the relative error goes 6% -> 4e-3 -> 2e-5 -> 5e-10 -> below
 * 1 ulp), then one correction with the residual m - t^3 formed exactly as
 * a double-double: about 0.5 ulp. */
#include "internal/math.h"

double cbrt(double x)
{
	double a = fabs(x), t, m;
	dd t2, t3;
	int e, q, i;

	if (isnan(x) || isinf(x) || x == 0)
		return x + x;
	e = 0;
	if (dexp(a) == 0) {   /* subnormal: scale by 2^54 first */
		a *= 0x1p54;
		e = -54;
	}
	e += dexp(a) - 1023;
	q = (e >= 0 ? e : e - 2) / 3;   /* floor(e/3) */
	/* m = a / 2^(3q), in [1, 8) */
	m = asdouble((asuint64(a) & 0x000fffffffffffffULL) | (uint64_t)(1023 + e - 3 * q) << 52);
	/* bits/3 + 2/3 of the bias: the exponent divided by 3, the fraction
	 * roughly too (6% at worst) */
	t = asdouble(asuint64(m) / 3 + (682ULL << 52));
	for (i = 0; i < 5; i++)
		t = t - (t * t * t - m) / (3 * t * t);
	t2 = two_prod(t, t);
	t3 = dd_mul_d(t2, t);
	t = t + ((m - t3.hi) - t3.lo) / (3 * t2.hi);
	t *= asdouble((uint64_t)(1023 + q) << 52);   /* exact: |q| <= 358 */
	return x < 0 ? -t : t;
}

float cbrtf(float x)
{
	return cbrt(x);
}

long double cbrtl(long double x)
{
#if LDBL_IS_DOUBLE
	return cbrt(x);
#else
	return __cbrtl(x);
#endif
}
