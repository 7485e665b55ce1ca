/* round: to the nearest integer, halfway cases away from zero, by adding
 * half a unit to the magnitude and clearing the fraction bits (exact, no
 * rounding mode involved); lround and llround convert that, with
 * FE_INVALID and LONG_MIN (LLONG_MIN) where it does not fit, as glibc on
 * x86 (glibc sets no errno). */
#include <limits.h>
#include "internal/math.h"
#include "internal/ldbl_round.h"

double round(double x)
{
	uint64_t u = asuint64(x), mask;
	int e = dexp(x) - 1023;

	if (e >= 52)
		return x;   /* an integer, inf or NaN */
	if (e < -1)     /* |x| < 1/2 */
		return asdouble(u & 1ULL << 63);
	if (e == -1)    /* 1/2 <= |x| < 1 */
		return u >> 63 ? -1.0 : 1.0;
	mask = 0x000fffffffffffffULL >> e;
	u += (mask + 1) >> 1;   /* half a unit; carries into the exponent too */
	return asdouble(u & ~mask);
}

float roundf(float x)
{
	return round(x);
}

long double roundl(long double x)
{
#if LDBL_IS_DOUBLE
	return round(x);
#else
	int sign, e, frac;
	ldmant m;

	ld_unpack(x, &sign, &e, &m);
	frac = ld_frac_bits(e);
	if (frac <= 0 || e == LD_EMAX)
		return x;
	if (e < LD_BIAS - 1)
		return ld_pack(sign, 0, 0);
	if (e == LD_BIAS - 1)
		return sign ? -1.0L : 1.0L;
	return ld_round_frac(sign, e, m, frac, (ldmant)1 << (frac - 1));
#endif
}

TO_INT(d_to_long, long, double, LONG_MIN)
TO_INT(d_to_llong, long long, double, LLONG_MIN)

long lround(double x) { return d_to_long(round(x)); }
long lroundf(float x) { return d_to_long(round(x)); }
long long llround(double x) { return d_to_llong(round(x)); }
long long llroundf(float x) { return d_to_llong(round(x)); }
#if LDBL_IS_DOUBLE
long lroundl(long double x) { return d_to_long(round(x)); }
long long llroundl(long double x) { return d_to_llong(round(x)); }
#else
TO_INT(ld_to_long, long, long double, LONG_MIN)
TO_INT(ld_to_llong, long long, long double, LLONG_MIN)
long lroundl(long double x) { return ld_to_long(roundl(x)); }
long long llroundl(long double x) { return ld_to_llong(roundl(x)); }
#endif
