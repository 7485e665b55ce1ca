/* The binary128 long double exponentials, logarithms and trigonometric
 * functions (aarch64, riscv64; internal/ldbl_math.h), in long double
 * arithmetic (libgcc's software binary128): argument reduction, then
 * Taylor series long enough for 113 bits:
 *   expl    x = n ln2 + r, |r| <= ln2/2 (ln2 in two parts, n*hi exact),
 *           e^r to r^27
 *   logl    x = 2^e m, m in [sqrt(1/2), sqrt(2)), log m = 2 atanh(s) with
 *           s = (m-1)/(m+1), |s| < 0.172, to s^47; log2l and log10l keep
 *           e apart, so that powers of the base come out exact
 *   sinl, cosl, tanl  x = n pi/2 + r by Cody and Waite with pi/2 in three
 *           parts (n*part exact for |x| < 2^40), series to r^31;
 *           beyond 2^40 reduced through the double reduction
 *           (__ld_rem_pio2, about 2^-100)
 *   atanl   reduced to |x| <= 1 (pi/2 - atan 1/x), halved twice with
 *           atan x = 2 atan(x/(1 + sqrt(1 + x^2))), series to x^49
 *   powl    expl(y logl x): the error of y logl x is amplified by |y log x|
 * A few ulps each, more for powl with large results (docs/math.md has
 * the measured errors). */
#include "internal/math.h"

#if !LDBL_IS_DOUBLE && !defined(ARCH_X87)
#define LN2_HI_Q  0x1.62e42fefa39ef35793c767300000p-1L   /* 97 bits */
#define LN2_LO_Q  0x1.f97b57a079a193394c5b16c5068cp-103L
#define LN2_Q     0x1.62e42fefa39ef35793c7673007e6p-1L
#define LOG2E_Q   0x1.71547652b82fe1777d0ffda0d23ap+0L
#define LOG10E_Q  0x1.bcb7b1526e50e32a6ab7555f5a68p-2L
#define LOG10_2_Q 0x1.34413509f79fef311f12b35816f9p-2L
#define PIO2_1_Q  0x1.921fb54442d184698a0000000000p+0L   /* 73 bits */
#define PIO2_2_Q  -0x1.cceba3f91f1976b7ee0000000000p-74L  /* 73 bits */
#define PIO2_3_Q  0x1.c1114cf98e804177d4c76273644ap-148L
#define PIO2_Q    0x1.921fb54442d18469898cc51701b8p+0L
#define INV_PIO2_Q 0x1.45f306dc9c882a53f84eafa3ea6ap-1L
#define SQRT1_2_Q 0x1.6a09e667f3bcc908b2fb1366ea95p-1L

/* e^r - 1 for |r| <= 0.35: sum of r^k/k!, k = 1..27, from the top */
static long double expm1_series(long double r)
{
	long double s = 0;
	int k;

	for (k = 27; k >= 2; k--)
		s = (s + 1) * r / k;
	return r + r * s;
}

long double __expl(long double x)
{
	long double n, r;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? x : 0;
	if (x > 11356.5234062941439494919310779707648912L)
		return (long double)__math_oflow(0) * 2;
	if (x < -11433.4)
		return __math_uflow(0);
	n = rintl(x * LOG2E_Q);
	r = (x - n * LN2_HI_Q) - n * LN2_LO_Q;
	return ldexpl(1 + expm1_series(r), (int)n);
}

long double __exp2l(long double x)
{
	long double n;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? x : 0;
	if (x >= 16384)
		return (long double)__math_oflow(0) * 2;
	if (x < -16495)
		return __math_uflow(0);
	n = rintl(x);
	return ldexpl(__expl((x - n) * LN2_Q), (int)n);
}

long double __expm1l(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) <= 0.35L)
		return x == 0 ? x : expm1_series(x);
	if (x < -80)
		return -1;
	return __expl(x) - 1;
}

/* log(x) = e ln2 + log m; *e and log m apart. */
static long double log_parts(long double x, int *e)
{
	long double m = frexpl(x, e), s, z, t = 0;
	int k;

	if (m < SQRT1_2_Q) {
		m *= 2;
		--*e;
	}
	s = (m - 1) / (m + 1);
	z = s * s;
	for (k = 47; k >= 3; k -= 2)
		t = (t + 1.0L / k) * z;
	return 2 * s + 2 * s * t;
}

/* The special cases of the logarithms; 0 where x is an ordinary one. */
static int log_special(long double x, long double *r)
{
	if (isnan(x))
		*r = x + x;
	else if (x < 0)
		*r = __math_invalid(-1);
	else if (x == 0)
		*r = __math_divzero(1);
	else if (isinf(x))
		*r = x;
	else
		return 0;
	return 1;
}

long double __logl(long double x)
{
	long double r;
	int e;

	if (log_special(x, &r))
		return r;
	r = log_parts(x, &e);
	return (e * LN2_HI_Q + r) + e * LN2_LO_Q;
}

long double __log2l(long double x)
{
	long double r;
	int e;

	if (log_special(x, &r))
		return r;
	r = log_parts(x, &e);
	return e + r * LOG2E_Q;
}

long double __log10l(long double x)
{
	long double r;
	int e;

	if (log_special(x, &r))
		return r;
	r = log_parts(x, &e);
	return e * LOG10_2_Q + r * LOG10E_Q;
}

long double __log1pl(long double x)
{
	long double s, z, t = 0, u;
	int k;

	if (isnan(x))
		return x + x;
	if (x < -1)
		return __math_invalid(-1);
	if (x == -1)
		return __math_divzero(1);
	if (isinf(x))
		return x;
	if (fabsl(x) > 0.25L) {
		u = 1 + x;   /* log(u) corrected by the rounding of 1 + x */
		return __logl(u) + (x - (u - 1)) / u;
	}
	if (x == 0)
		return x;
	s = x / (2 + x);   /* log(1+x) = 2 atanh(x/(2+x)), |s| < 0.143 */
	z = s * s;
	for (k = 41; k >= 3; k -= 2)
		t = (t + 1.0L / k) * z;
	return 2 * s + 2 * s * t;
}

long double __powl(long double x, long double y)
{
	long double ax = fabsl(x), t;
	int negative = 0;

	if (y == 0 || x == 1)
		return 1;
	if (isnan(x) || isnan(y))
		return x + y;
	if (x < 0 || x == 0 || isinf(x) || isinf(y)) {
		int odd = truncl(y) == y && fabsl(y) < 0x1p113L && fmodl(y, 2) != 0;
		if (isinf(y))
			return ax == 1 ? 1 : (ax < 1) == (y < 0) ? INFINITY : 0;
		if (x == 0 || isinf(x)) {
			negative = signbit(x) && odd;
			if ((x == 0) == (y < 0))
				return x == 0 ? __math_divzero(negative) : negative ? -INFINITY : INFINITY;
			return negative ? -0.0L : 0.0L;
		}
		if (truncl(y) != y)
			return __math_invalid(-1);
		negative = odd;
	}
	t = y * __logl(ax);
	if (t > 11357)
		return (long double)__math_oflow(negative) * 2;
	if (t < -11434)
		return __math_uflow(negative);
	t = __expl(t);
	return negative ? -t : t;
}

/* x = n pi/2 + r, |x| < 2^40; returns n mod 4. */
static int reduce(long double x, long double *r)
{
	long double n = rintl(x * INV_PIO2_Q);

	*r = ((x - n * PIO2_1_Q) - n * PIO2_2_Q) - n * PIO2_3_Q;
	return (int)fmodl(n, 4) & 3;
}

static long double sin_series(long double r)   /* |r| <= pi/4 */
{
	long double z = r * r, s = 0;
	int k;

	for (k = 31; k >= 3; k -= 2)
		s = (s + 1) * -z / (k * (k - 1));
	return r + r * s;
}

static long double cos_series(long double r)
{
	long double z = r * r, s = 0;
	int k;

	for (k = 32; k >= 2; k -= 2)
		s = (s + 1) * -z / (k * (k - 1));
	return 1 + s;
}

long double __sinl(long double x)
{
	long double r;
	int n;

	if (isinf(x))
		return __math_invalid(x);
	if (isnan(x))
		return x + x;
	n = fabsl(x) < 0x1p40L ? reduce(x, &r) : __ld_rem_pio2(x, &r);
	switch (n) {
	case 0: return sin_series(r);
	case 1: return cos_series(r);
	case 2: return -sin_series(r);
	default: return -cos_series(r);
	}
}

long double __cosl(long double x)
{
	long double r;
	int n;

	if (isinf(x))
		return __math_invalid(x);
	if (isnan(x))
		return x + x;
	n = fabsl(x) < 0x1p40L ? reduce(x, &r) : __ld_rem_pio2(x, &r);
	switch (n) {
	case 0: return cos_series(r);
	case 1: return -sin_series(r);
	case 2: return -cos_series(r);
	default: return sin_series(r);
	}
}

long double __tanl(long double x)
{
	long double r;
	int n;

	if (isinf(x))
		return __math_invalid(x);
	if (isnan(x))
		return x + x;
	n = fabsl(x) < 0x1p40L ? reduce(x, &r) : __ld_rem_pio2(x, &r);
	return n & 1 ? -cos_series(r) / sin_series(r) : sin_series(r) / cos_series(r);
}

long double __atanl(long double x)
{
	long double a = fabsl(x), z, s = 0, r;
	int k, big = a > 1;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return copysignl(PIO2_Q, x);
	if (a < 0x1p-60L)
		return x;
	if (big)
		a = 1 / a;
	a = a / (1 + sqrtl(1 + a * a));   /* atan a = 2 atan(this), twice */
	a = a / (1 + sqrtl(1 + a * a));
	z = a * a;
	for (k = 49; k >= 3; k -= 2)
		s = (s + 1.0L / k * (k % 4 == 1 ? 1 : -1)) * z;
	r = 4 * (a + a * s);
	if (big)
		r = PIO2_Q - r;
	return x < 0 ? -r : r;
}

long double __atan2l(long double y, long double x)
{
	long double ax = fabsl(x), ay = fabsl(y), a;

	if (isnan(x) || isnan(y))
		return x + y;
	if (y == 0)
		return signbit(x) ? copysignl(2 * PIO2_Q, y) : y;
	if (x == 0 || (isinf(y) && !isinf(x)))
		return copysignl(PIO2_Q, y);
	if (isinf(x)) {
		if (isinf(y))
			return copysignl(signbit(x) ? 1.5L * PIO2_Q : 0.5L * PIO2_Q, y);
		return signbit(x) ? copysignl(2 * PIO2_Q, y) : copysignl(0.0L, y);
	}
	if (ay <= ax) {
		a = ay / ax;
		if (a < LDBL_MIN)   /* underflowed: the angle is y/x */
			return signbit(x) ? copysignl(2 * PIO2_Q, y) : copysignl(a, y);
		a = __atanl(a);
	} else {
		a = ax / ay;
		a = a > 0x1p-120L ? PIO2_Q - __atanl(a) : PIO2_Q;
	}
	if (signbit(x))
		a = 2 * PIO2_Q - a;
	return y < 0 ? -a : a;
}
#endif
