/* Argument reduction for sin, cos and tan (internal/math.h): x = n pi/2 + r
 * with |r| <= pi/4 (a hair more at the rounding edges), r as a
 * double-double to about 2^-100 relative even where x is close to a
 * multiple of pi/2 (the closest doubles come within 2^-61 of one).
 *
 * |x| < 2^20: Cody and Waite's subtraction of n times pi/2 in parts, the
 * first two of 33 bits (n*part exact), the third as an exact product.
 * Beyond: Payne and Hanek's: x * 2/pi with 2/pi's bits from a table,
 * only the 224 bits that matter (those above give multiples of 4, those
 * below less than 2^-130), as integer arithmetic on 32-bit limbs. */
#include "internal/math.h"

/* pi/2 in parts of 33, 33 and 53 bits, and the rest: n*p1 and n*p2 are
 * exact for n < 2^20 (python3 libc/math/tables.py pio2). */
#define PIO2_1 0x1.921fb54400000p+0
#define PIO2_2 0x1.0b4611a600000p-34
#define PIO2_3 0x1.3198a2e037073p-69
#define PIO2_4 0x1.129024e088a68p-123
#define INV_PIO2 0x1.45f306dc9c883p-1  /* 2/pi */
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
/* 2/pi = sum of two_over_pi[i] * 2^(-32(i+1)). */
static const uint32_t two_over_pi[42] = {
	0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041,
	0xfe5163ab, 0xdebbc561, 0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c,
	0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484, 0xe99c7026, 0xb45f7e41,
	0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
	0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d,
	0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08,
	0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d, 0xa9e39161, 0x5ee61b08,
};

#define WORDS 7   /* 2/pi's words used: 224 bits */

/* 64 bits of q from bit pos (little-endian 32-bit limbs). */
static uint64_t bits64(const uint32_t *q, int pos)
{
	int i = pos / 32, off = pos % 32;
	uint64_t lo = q[i] | (uint64_t)q[i + 1] << 32;

	return off ? lo >> off | (uint64_t)q[i + 2] << (64 - off) : lo;
}

static int large(double ax, dd *r)
{
	uint64_t u = asuint64(ax), m = (u & 0x000fffffffffffffULL) | 1ULL << 52, h, l, rest;
	int e = (int)(u >> 52) - 1075, i0 = e >= 34 ? (e - 2) / 32 : 0, sh, n, i, lz, negative;
	uint32_t w[WORDS], q[WORDS + 5] = { 0 };
	uint32_t m0 = (uint32_t)m, m1 = (uint32_t)(m >> 32);
	uint64_t carry;
	double fh, fl, scale;

	/* W = the 224 bits from word i0, least significant limb first. */
	for (i = 0; i < WORDS; i++)
		w[i] = two_over_pi[i0 + WORDS - 1 - i];
	/* q = m * W (m has 53 bits: two limbs). */
	for (carry = 0, i = 0; i < WORDS; i++) {
		uint64_t p = (uint64_t)w[i] * m0 + q[i] + carry;
		q[i] = (uint32_t)p;
		carry = p >> 32;
	}
	q[WORDS] = (uint32_t)carry;
	for (carry = 0, i = 0; i < WORDS; i++) {
		uint64_t p = (uint64_t)w[i] * m1 + q[i + 1] + carry;
		q[i + 1] = (uint32_t)p;
		carry = p >> 32;
	}
	q[WORDS + 1] = (uint32_t)carry;

	/* x * 2/pi = q * 2^-sh (mod 4): n its integer part, h:l the fraction. */
	sh = 32 * (i0 + WORDS) - e;
	n = (int)(bits64(q, sh) & 3);
	h = bits64(q, sh - 64);
	l = bits64(q, sh - 128);
	negative = h >> 63;   /* fraction >= 1/2: round n up, r = fraction - 1 */
	if (negative) {
		n++;
		l = -l;
		h = ~h + (l == 0);
	}
	scale = 1;
	if (h == 0) {
		h = l;
		l = 0;
		scale = 0x1p-64;
	}
	lz = __builtin_clzll(h);
	if (lz) {
		h = h << lz | l >> (64 - lz);
		l <<= lz;
	}
	scale *= asdouble((uint64_t)(1023 - lz) << 52);   /* 2^-lz */
	rest = (h & 0x7ff) << 53 | l >> 11;
	fh = (double)(h >> 11) * 0x1p-53 * scale;
	fl = (double)rest * 0x1p-117 * scale;
	*r = dd_mul((dd){ fh, fl }, (dd){ PIO2_HI, PIO2_LO });
	if (negative) {
		r->hi = -r->hi;
		r->lo = -r->lo;
	}
	return n & 3;
}

int __rem_pio2(double x, dd *r)
{
	double ax = fabs(x), fn, a;
	int n;
	dd t, w3, s;

	if (ax <= 0x1.921fb54442d18p-1) {   /* pi/4 */
		*r = (dd){ x, 0 };
		return 0;
	}
	if (ax >= 0x1p20) {
		n = large(ax, r);
		if (x < 0) {
			r->hi = -r->hi;
			r->lo = -r->lo;
			n = -n;
		}
		return n & 3;
	}
	fn = trunc(x * INV_PIO2 + (x < 0 ? -0.5 : 0.5));
	n = (int)fn;
	a = x - fn * PIO2_1;                /* exact */
	t = two_sum(a, -(fn * PIO2_2));     /* fn * PIO2_2 exact */
	w3 = two_prod(fn, PIO2_3);
	s = two_sum(t.hi, -w3.hi);
	*r = fast_two_sum(s.hi, s.lo + (t.lo - w3.lo - fn * PIO2_4));
	return n & 3;
}
