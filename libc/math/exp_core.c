/* The exponential core shared by exp, exp2, expm1, the hyperbolic
 * functions and pow (internal/math.h): exp of a double-double argument,
 * accurate to about 2^-68, and the scaling of its result by 2^k.
 *
 * x = (32k + j) ln2/32 + r with |r| <= ln2/64, so exp(x) = 2^k 2^(j/32)
 * e^r: 2^(j/32) comes from a table as a double-double, e^r - 1 from its
 * Taylor series to r^8 (the next term is below 2^-70 r, which expm1
 * needs near 0).  ln2/32 is split
 * so that n*hi is exact: r keeps every bit of x. */
#include "internal/math.h"

/* 2^(j/32) as hi + lo, j = 0..31 (python3 libc/math/tables.py exp). */
static const double exp_table[32][2] = {
	{ 0x1.0000000000000p+0, 0x0.0p+0 },
	{ 0x1.059b0d3158574p+0, 0x1.d73e2a475b465p-55 },
	{ 0x1.0b5586cf9890fp+0, 0x1.8a62e4adc610bp-54 },
	{ 0x1.11301d0125b51p+0, -0x1.6c51039449b3ap-54 },
	{ 0x1.172b83c7d517bp+0, -0x1.19041b9d78a76p-55 },
	{ 0x1.1d4873168b9aap+0, 0x1.e016e00a2643cp-54 },
	{ 0x1.2387a6e756238p+0, 0x1.9b07eb6c70573p-54 },
	{ 0x1.29e9df51fdee1p+0, 0x1.612e8afad1255p-55 },
	{ 0x1.306fe0a31b715p+0, 0x1.6f46ad23182e4p-55 },
	{ 0x1.371a7373aa9cbp+0, -0x1.63aeabf42eae2p-54 },
	{ 0x1.3dea64c123422p+0, 0x1.ada0911f09ebcp-55 },
	{ 0x1.44e086061892dp+0, 0x1.89b7a04ef80d0p-59 },
	{ 0x1.4bfdad5362a27p+0, 0x1.d4397afec42e2p-56 },
	{ 0x1.5342b569d4f82p+0, -0x1.07abe1db13cadp-55 },
	{ 0x1.5ab07dd485429p+0, 0x1.6324c054647adp-54 },
	{ 0x1.6247eb03a5585p+0, -0x1.383c17e40b497p-54 },
	{ 0x1.6a09e667f3bcdp+0, -0x1.bdd3413b26456p-54 },
	{ 0x1.71f75e8ec5f74p+0, -0x1.16e4786887a99p-55 },
	{ 0x1.7a11473eb0187p+0, -0x1.41577ee04992fp-55 },
	{ 0x1.82589994cce13p+0, -0x1.d4c1dd41532d8p-54 },
	{ 0x1.8ace5422aa0dbp+0, 0x1.6e9f156864b27p-54 },
	{ 0x1.93737b0cdc5e5p+0, -0x1.75fc781b57ebcp-57 },
	{ 0x1.9c49182a3f090p+0, 0x1.c7c46b071f2bep-56 },
	{ 0x1.a5503b23e255dp+0, -0x1.d2f6edb8d41e1p-54 },
	{ 0x1.ae89f995ad3adp+0, 0x1.7a1cd345dcc81p-54 },
	{ 0x1.b7f76f2fb5e47p+0, -0x1.5584f7e54ac3bp-56 },
	{ 0x1.c199bdd85529cp+0, 0x1.11065895048ddp-55 },
	{ 0x1.cb720dcef9069p+0, 0x1.503cbd1e949dbp-56 },
	{ 0x1.d5818dcfba487p+0, 0x1.2ed02d75b3707p-55 },
	{ 0x1.dfc97337b9b5fp+0, -0x1.1a5cd4f184b5cp-54 },
	{ 0x1.ea4afa2a490dap+0, -0x1.e9c23179c2893p-54 },
	{ 0x1.f50765b6e4540p+0, 0x1.9d3e12dd8a18bp-54 },
};
#define LN2_32_HI 0x1.62e42fefa0000p-6  /* ln2/32 to 36 bits: k*hi exact for |k| < 2^17 */
#define LN2_32_LO 0x1.cf79abc9e3b3ap-45
#define INV_LN2_32 0x1.71547652b82fep+5  /* 32/ln2 */

dd __exp_dd(double hi, double lo, int *k)
{
	double z = hi * INV_LN2_32, a, rh, rl, q;
	int n = (int)(z < 0 ? z - 0.5 : z + 0.5), j = n & 31;
	const double *t = exp_table[j];
	dd r, p, s;

	*k = (n - j) / 32;
	a = hi - n * LN2_32_HI;   /* exact: n*hi is, and a is close to hi */
	r = fast_two_sum(a, lo - n * LN2_32_LO);
	rh = r.hi;
	rl = r.lo;
	/* e^r - 1 = rh + rl + q, to 2^-70 relative to r (expm1 needs that) */
	q = rh * rh * (0.5 + rh * (1.0 / 6 + rh * (1.0 / 24 + rh * (1.0 / 120 + rh * (1.0 / 720
		+ rh * (1.0 / 5040 + rh * (1.0 / 40320)))))));
	/* 2^(j/32) (1 + rh + rl + q): the large product exactly, the rest small */
	p = two_prod(t[0], rh);
	s = fast_two_sum(t[0], p.hi);
	return fast_two_sum(s.hi, s.lo + (p.lo + t[1] + t[1] * rh + t[0] * (rl + q + rl * rh)));
}

/* (v.hi + v.lo) * 2^k rounded once, v in [0.5, 2]: directly where the
 * result is normal; where it is subnormal, the sum is rounded on the
 * subnormal grid by adding it to 1 (scaled by 2^1022, the grid is 1's
 * ulp), and the underflow flag raised. */
double __exp_scale(dd v, int k)
{
	double s, y;
	dd t;

	if (k > 1020) {
		y = FP_ROUND((v.hi + v.lo) * 0x1p1000 * asdouble((uint64_t)(1023 + k - 1000) << 52));
		if (isinf(y))
			errno = ERANGE;
		return y;
	}
	if (k >= -1020)
		return (v.hi + v.lo) * asdouble((uint64_t)(1023 + k) << 52);
	if (k < -1077)
		return __math_uflow(0);
	s = asdouble((uint64_t)(1023 + k + 1022) << 52);   /* 2^(k+1022) */
	if (v.hi * s >= 1)   /* normal after all */
		return FP_ROUND((v.hi + v.lo) * s) * 0x1p-1022;
	t = two_sum(1.0, v.hi * s);
	y = FP_ROUND(t.hi + (t.lo + v.lo * s));
	y = (y - 1.0) * 0x1p-1022;
	{
		volatile double tiny = 0x1p-1022, sink;
		sink = tiny * tiny;   /* FE_UNDERFLOW, FE_INEXACT */
		(void)sink;
	}
	return __math_check_uflow(y);
}
