/* The x87's long double exponentials, logarithms and trigonometric
 * functions (internal/ldbl_math.h), from its instructions
 * (arch/x86_64/x87.h; i386 shares it): f2xm1 and fscale for 2^x, fyl2x
 * and fyl2xp1 for logarithms, fpatan for arctangents, fsin, fcos and fptan.
 * That is the honest fast way on this hardware: the instructions compute
 * with internal extra precision and are within about 1 ulp of long
 * double; fsin/fcos/fptan reduce by a 66-bit pi, so their arguments are
 * reduced here first; powl's y log2 x is rounded to 64 bits before 2^ of
 * it (up to 2^13 ulps for huge results).
 * docs/math.md has the measured errors. */
#include "internal/math.h"

#ifdef ARCH_X87
#define LN2_HI_L 0x1.62e42fefa39e0p-1L             /* ln2 to 48 bits */
#define LN2_LO_L 1.688525005076197806790396056774985255254e-15L
#define LOG2E_L  1.442695040888963407359924681001892137427L
#define LN2_L    0.6931471805599453094172321214581765680755L
#define LOG10_2_L 0.3010299956639811952137388947244930267682L

/* 2^n (1 + f2xm1(f)), |f| <= 1/2 + a little */
static long double pow2_split(long double n, long double f)
{
	return x87_fscale(1 + x87_f2xm1(f), n);
}

long double __exp2l(long double x)
{
	long double n;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? x : 0;
	if (x >= 16384)
		return __math_oflow(0) * 2;
	if (x < -16446)
		return __math_uflow(0);
	n = ARCH_RINTL(x);
	return pow2_split(n, x - n);
}

long double __expl(long double x)
{
	long double n, r;

	if (isnan(x))
		return x + x;
	if (isinf(x))
		return x > 0 ? x : 0;
	if (x > 11356.523406294143949L)
		return (long double)__math_oflow(0) * 2;
	if (x < -11400)
		return __math_uflow(0);
	/* x = n ln2 + r exactly (Cody and Waite), then 2^(r log2 e) */
	n = ARCH_RINTL(x * LOG2E_L);
	r = (x - n * LN2_HI_L) - n * LN2_LO_L;
	return pow2_split(n, r * LOG2E_L);
}

long double __expm1l(long double x)
{
	if (isnan(x))
		return x + x;
	if (fabsl(x) < 0.69L)   /* |x log2 e| < 1: f2xm1 keeps the precision near 0 */
		return x == 0 ? x : x87_f2xm1(x * LOG2E_L);
	if (x < -50)
		return -1;
	return __expl(x) - 1;
}

static long double log_base(long double x, long double scale)   /* scale * log2 x */
{
	if (isnan(x))
		return x + x;
	if (x < 0)
		return __math_invalid(-1);
	if (x == 0)
		return __math_divzero(1);
	if (isinf(x))
		return x;
	if (fabsl(x - 1) < 0.29L)
		return x87_fyl2xp1(scale, x - 1);   /* x - 1 is exact here */
	return x87_fyl2x(scale, x);
}

long double __logl(long double x) { return log_base(x, LN2_L); }
long double __log2l(long double x) { return log_base(x, 1); }
long double __log10l(long double x) { return log_base(x, LOG10_2_L); }

long double __log1pl(long double x)
{
	if (isnan(x))
		return x + x;
	if (x < -1)
		return __math_invalid(-1);
	if (x == -1)
		return __math_divzero(1);
	if (fabsl(x) < 0.29L)
		return x == 0 ? x : x87_fyl2xp1(LN2_L, x);
	return log_base(1 + x, LN2_L);
}

long double __powl(long double x, long double y)
{
	long double ax = fabsl(x), t, n;
	int negative = 0;

	if (y == 0 || x == 1)
		return 1;
	if (isnan(x) || isnan(y))
		return x + y;
	if (x < 0 || x == 0 || isinf(x) || isinf(y)) {
		/* The special cases are double's, with the sign rules on y. */
		int odd = truncl(y) == y && fabsl(y) < 0x1p64L && fmodl(y, 2) != 0;
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
	t = x87_fyl2x(y, ax);   /* y log2|x|, rounded once */
	if (t >= 16384)
		return __math_oflow(negative) * 2.0L;
	if (t < -16446)
		return __math_uflow(negative);
	n = ARCH_RINTL(t);
	t = pow2_split(n, t - n);
	return negative ? -t : t;
}

/* fsin, fcos and fptan reduce by a 66-bit pi: beyond pi/4 the argument is
 * reduced here first (__ld_rem_pio2), so that they see |r| <= pi/4. */
long double __sinl(long double x)
{
	long double r;
	int n;

	if (isinf(x))
		return __math_invalid(x);
	if (!(fabsl(x) > 0.78539816339744830961566084581987572L))
		return x87_fsin(x);   /* NaN too */
	n = __ld_rem_pio2(x, &r);
	switch (n) {
	case 0: return x87_fsin(r);
	case 1: return x87_fcos(r);
	case 2: return -x87_fsin(r);
	default: return -x87_fcos(r);
	}
}

long double __cosl(long double x)
{
	long double r;
	int n;

	if (isinf(x))
		return __math_invalid(x);
	if (!(fabsl(x) > 0.78539816339744830961566084581987572L))
		return x87_fcos(x);
	n = __ld_rem_pio2(x, &r);
	switch (n) {
	case 0: return x87_fcos(r);
	case 1: return -x87_fsin(r);
	case 2: return -x87_fcos(r);
	default: return x87_fsin(r);
	}
}

long double __tanl(long double x)
{
	long double r;
	int n;

	if (isinf(x))
		return __math_invalid(x);
	if (!(fabsl(x) > 0.78539816339744830961566084581987572L))
		return x87_fptan(x);
	n = __ld_rem_pio2(x, &r);
	return n & 1 ? -1 / x87_fptan(r) : x87_fptan(r);
}

long double __atanl(long double x)
{
	return x87_fpatan(x, 1);
}

long double __atan2l(long double y, long double x)
{
	return x87_fpatan(y, x);
}
#endif
