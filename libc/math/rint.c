/* rint: to an integer in the current rounding mode, raising FE_INEXACT
 * when that changes x.  Adding and subtracting 2^(p-1) (p the precision)
 * leaves no fraction bit, so the addition rounds x as the mode says; it is
 * done on the magnitude's side of zero (x - C + C for a negative x), so
 * that directed modes round the right way, and the sign of a zero result
 * is x's.  (i386 uses the x87's frndint: ARCH_RINT.)  lrint and llrint convert the result (FE_INVALID and the minimum
 * where it does not fit, as x86 and glibc there). */
#include <limits.h>
#include "internal/math.h"

double rint(double x)
{
	const double c = 0x1p52;
	double r;

	if (!(fabs(x) < c))
		return x;   /* an integer, inf or NaN */
#ifdef ARCH_RINT
	r = ARCH_RINT(x);
#else
	r = x < 0 ? FP_ROUND(FP_ROUND(x - c) + c) : FP_ROUND(FP_ROUND(x + c) - c);
#endif
	return copysign(r, x);
}

float rintf(float x)
{
	return rint(x);
}

TO_INT(d_to_long, long, double, LONG_MIN)
TO_INT(d_to_llong, long long, double, LLONG_MIN)
long lrint(double x) { return d_to_long(rint(x)); }
long lrintf(float x) { return d_to_long(rint(x)); }
long long llrint(double x) { return d_to_llong(rint(x)); }
long long llrintf(float x) { return d_to_llong(rint(x)); }

#if LDBL_IS_DOUBLE
long double rintl(long double x) { return rint(x); }
long lrintl(long double x) { return d_to_long(rint(x)); }
long long llrintl(long double x) { return d_to_llong(rint(x)); }
#else
long double rintl(long double x)
{
	const long double c = 1.0L / LDBL_EPSILON;   /* 2^(LDBL_MANT_DIG - 1) */
	volatile long double t;

	if (!(fabsl(x) < c))
		return x;
	t = x < 0 ? x - c : x + c;   /* through memory: no wider value to round */
	return copysignl(x < 0 ? t + c : t - c, x);
}
TO_INT(ld_to_long, long, long double, LONG_MIN)
TO_INT(ld_to_llong, long long, long double, LLONG_MIN)
long lrintl(long double x) { return ld_to_long(rintl(x)); }
long long llrintl(long double x) { return ld_to_llong(rintl(x)); }
#endif
