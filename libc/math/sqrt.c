/* sqrt: correctly rounded, by the hardware where it has an instruction
 * (ARCH_SQRT, arch/<arch>/fp.h: x86_64 sqrtsd/sqrtss, i386 the x87's
 * fsqrt, aarch64 fsqrt, arm vsqrt.f64/vsqrt.f32, riscv64 fsqrt.d/fsqrt.s;
 * long double: the x87's fsqrt on x86), else by the digit-by-digit
 * integer square root below (binary128 long double on aarch64 and
 * riscv64, and any port without the hook): exact, rounded to nearest.
 * sqrt of a negative number is NaN with EDOM. */
#include "internal/math.h"
#include "internal/ldbl.h"

/* floor(sqrt(m * 2^odd) * 2^P) for a P-bit significand m (top bit set):
 * P+1 result bits, one bit per step, the remainder kept in ix (it stays
 * below 2^(P+3)); *inexact says whether the root had more bits. */
#define ISQRT(U, name) \
static U name(U m, int odd, int p, int *inexact) \
{ \
	U ix = m << (odd ? 2 : 1), q = 0, s = 0, r = (U)1 << p, t; \
	for (; r; r >>= 1) { \
		t = s + r; \
		if (t <= ix) { \
			s = t + r; \
			ix -= t; \
			q += r; \
		} \
		ix += ix; \
	} \
	*inexact = ix != 0; \
	return q; \
}

#ifndef ARCH_SQRT
ISQRT(uint64_t, isqrt64)
static double soft_sqrt(double x)
{
	uint64_t m = asuint64(x) & 0x000fffffffffffffULL, q;
	int e = dexp(x), inexact;

	if (x == 0 || !isfinite(x))
		return x + x;   /* 0, +inf and NaN are their own roots */
	if (e == 0)
		for (e = 1; !(m >> 52); e--)
			m <<= 1;
	else
		m |= 1ULL << 52;
	e -= 1023;
	q = isqrt64(m, e & 1, 53, &inexact);
	e = (e - (e & 1)) / 2;
	if ((q & 1) && (inexact || (q & 2)))   /* to nearest, ties to even */
		q += 2;
	q >>= 1;
	if (q >> 53) {
		q >>= 1;
		e++;
	}
	return asdouble((uint64_t)(e + 1023) << 52 | (q & 0x000fffffffffffffULL));
}
#define ARCH_SQRT(x) soft_sqrt(x)
#endif

double sqrt(double x)
{
	if (x < 0)
		return __math_invalid(x);
	return ARCH_SQRT(x);
}

float sqrtf(float x)
{
	if (x < 0)
		return __math_invalid(x);
#ifdef ARCH_SQRTF
	return ARCH_SQRTF(x);
#else
	return (float)sqrt(x);   /* correctly rounded: 53 >= 2*24 + 2 */
#endif
}

#if !LDBL_IS_DOUBLE && !defined(ARCH_SQRTL)
ISQRT(ldmant, isqrt_ld)
static long double soft_sqrtl(long double x)
{
	int sign, e, inexact;
	ldmant m, q;

	ld_unpack(x, &sign, &e, &m);
	if (x == 0 || e == LD_EMAX)
		return x + x;   /* 0, +inf and NaN are their own roots */
	if (e == 0)
		for (e = 1; !(m >> (LD_MANT - 1)); e--)
			m <<= 1;
	e -= LD_BIAS;
	q = isqrt_ld(m, e & 1, LD_MANT, &inexact);
	e = (e - (e & 1)) / 2;
	if ((q & 1) && (inexact || (q & 2)))
		q += 2;
	q >>= 1;
	if (q >> LD_MANT) {
		q >>= 1;
		e++;
	}
	return ld_pack(0, e + LD_BIAS, q);
}
#define ARCH_SQRTL(x) soft_sqrtl(x)
#endif

long double sqrtl(long double x)
{
#if LDBL_IS_DOUBLE
	return sqrt(x);
#else
	if (x < 0)
		return __math_invalid((double)x);
	return ARCH_SQRTL(x);
#endif
}
