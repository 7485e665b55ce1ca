/* trunc: x with its fraction bits cleared (rounds toward zero; exact). */
#include "internal/math.h"
#include "internal/ldbl_round.h"

double trunc(double x)
{
	int e = dexp(x) - 1023;

	if (e >= 52)
		return x;   /* an integer, inf or NaN */
	if (e < 0)
		return asdouble(asuint64(x) & 1ULL << 63);   /* +-0 */
	return asdouble(asuint64(x) & ~(0x000fffffffffffffULL >> e));
}

float truncf(float x)
{
	return trunc(x);
}

long double truncl(long double x)
{
#if LDBL_IS_DOUBLE
	return trunc(x);
#else
	int sign, e, frac;
	ldmant m;

	ld_unpack(x, &sign, &e, &m);
	frac = ld_frac_bits(e);
	if (frac <= 0 || e == LD_EMAX)
		return x;
	if (e < LD_BIAS)
		return ld_pack(sign, 0, 0);
	return ld_round_frac(sign, e, m, frac, 0);
#endif
}
