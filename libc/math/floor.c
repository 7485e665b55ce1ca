/* floor: the largest integer not above x, by clearing x's fraction bits
 * (and, for a negative x with a fraction, adding one unit first): exact,
 * no rounding mode involved. */
#include "internal/math.h"
#include "internal/ldbl_round.h"

double floor(double x)
{
	uint64_t u = asuint64(x), mask;
	int e = dexp(x) - 1023;

	if (e >= 52)
		return x;   /* an integer, inf or NaN */
	if (e < 0)      /* |x| < 1 */
		return u >> 63 ? (x == 0 ? x : -1.0) : 0.0;
	mask = 0x000fffffffffffffULL >> e;   /* the fraction bits */
	if ((u & mask) == 0)
		return x;
	if (u >> 63)
		u += mask;   /* carries one unit up, into the exponent too */
	return asdouble(u & ~mask);
}

float floorf(float x)
{
	return floor(x);
}

long double floorl(long double x)
{
#if LDBL_IS_DOUBLE
	return floor(x);
#else
	int sign, e, frac;
	ldmant m;

	ld_unpack(x, &sign, &e, &m);
	frac = ld_frac_bits(e);
	if (frac <= 0 || e == LD_EMAX)
		return x;
	if (e < LD_BIAS)
		return sign ? (m == 0 ? x : -1.0L) : 0.0L;
	if ((m & (((ldmant)1 << frac) - 1)) == 0)
		return x;
	return ld_round_frac(sign, e, m, frac, sign ? ((ldmant)1 << frac) - 1 : 0);
#endif
}
