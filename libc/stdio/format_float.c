/* printf's floating-point conversions: %f %e %g exactly as glibc prints
 * them (the exact decimal value, rounded to nearest, ties to even), and
 * %a; for double and long double, with integer arithmetic only (see
 * docs/float.md).
 *
 * A finite value is m * 2^e for an integer m of at most 113 bits.  Its
 * exact decimal expansion is finite (2^-n has n decimals), and is built in
 * a big number of base-10^9 "limbs", most significant first, with a
 * decimal point before limb r:
 *
 *     d[a] d[a+1] ... d[r-1] . d[r] ... d[z-1]      (limbs outside [a, z)
 *                                                    are zero)
 *
 * Load m, then multiply by 2^29 at a time (e > 0: each limb times 2^29
 * plus the carry, split by 10^9), or divide by 2^29 at a time (e < 0:
 * from the top, each limb plus 10^9 times the remainder, shifted right;
 * what is left over at the bottom becomes new limbs, 9 factors of 2 per
 * limb).  Every step is exact, so the digits are exact; rounding then
 * looks at the first dropped digit and, for a tie, at whether any later
 * limb is nonzero, and at the parity of the last kept digit.
 *
 * The digits are numbered across limbs: digit g is the (g % 9)-th of the
 * nine decimal digits of limb g / 9, so digit 9r - 1 is the units digit
 * and 9r the first after the point. */
#include <stdint.h>
#include "internal/format.h"

#define BILLION 1000000000u

/* Limbs below the point for a value that also has a fraction (m < 2^113:
 * 4, and a carry); the longest fraction, that of the smallest subnormal
 * 2^(LDBL_MIN_EXP - LDBL_MANT_DIG), with one decimal per bit; the largest
 * integer, below 2^LDBL_MAX_EXP, needs fewer (0.3 digits per bit). */
#define START 6
#define LIMBS (START + (LDBL_MANT_DIG - LDBL_MIN_EXP + 8) / 9 + 2)

struct big {
	uint32_t d[LIMBS];
	size_t a, r, z;
};

static const uint32_t pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000,
				  10000000, 100000000, BILLION };

/* x / 10^9 (and x % 10^9 in *rem) for x < 2^61, with a 32 x 32-bit
 * multiply: 2305843009 / 2^61 is 1 / 10^9 a little low, so the estimate
 * is at most 2 short. */
static uint32_t div1e9(uint64_t x, uint32_t *rem)
{
	uint32_t q = (uint32_t)((uint64_t)(uint32_t)(x >> 29) * 2305843009u >> 32);

	for (x -= (uint64_t)q * BILLION; x >= BILLION; q++)
		x -= BILLION;
	*rem = (uint32_t)x;
	return q;
}

/* b = b * 2^k + add, k <= 29, add < 2^k. */
static void mul2k(struct big *b, int k, uint32_t add)
{
	for (size_t i = b->z; i-- > b->a; )
		add = div1e9(((uint64_t)b->d[i] << k) + add, &b->d[i]);
	if (add)
		b->d[--b->a] = add;
}

/* b = b / 2^k, k <= 29, exactly. */
static void div2k(struct big *b, int k)
{
	uint64_t rem = 0, t;

	for (size_t i = b->a; i < b->z; i++) {
		t = rem * BILLION + b->d[i];
		b->d[i] = (uint32_t)(t >> k);
		rem = t & ((1u << k) - 1);
	}
	for (; rem; rem = t & ((1u << k) - 1)) {
		t = rem * BILLION;
		b->d[b->z++] = (uint32_t)(t >> k);
	}
	while (b->a < b->z && !b->d[b->a])
		b->a++;
}

/* The index of the number's first digit (its leading limb's first
 * nonzero digit), or the units digit for zero. */
static size_t first_digit(const struct big *b)
{
	size_t g = 9 * b->a + 9;

	if (b->a >= b->z)
		return 9 * b->r - 1;
	for (uint32_t v = b->d[b->a]; v; v /= 10)
		g--;
	return g;
}

/* Drop every digit from index g on, rounding to nearest, ties to even. */
static void round_at(struct big *b, size_t g)
{
	size_t i = g / 9, k;
	uint32_t p = pow10[9 - g % 9], x;
	int odd, more = 0;

	if (i >= b->z)
		return;         /* nothing but zeros there */
	x = b->d[i] % p;
	odd = g % 9 ? b->d[i] / p & 1 : i > b->a && (b->d[i - 1] & 1);
	for (k = i + 1; k < b->z; k++)
		more |= b->d[k] != 0;
	b->z = i + 1;
	b->d[i] -= x;
	if (x > p / 2 || (x == p / 2 && (more || odd))) {
		b->d[i] += p;
		while (b->d[i] >= BILLION) {
			b->d[i] -= BILLION;
			if (--i < b->a)
				b->d[i] = 0;
			b->d[i]++;
		}
		if (i < b->a)
			b->a = i;
	}
}

/* Print n digits from index g on. */
static void put_digits(struct sink *s, const struct big *b, size_t g, size_t n)
{
	char buf[9];

	while (n) {
		size_t i = g / 9, j = g % 9, c = 9 - j < n ? 9 - j : n;
		uint32_t v = i >= b->a && i < b->z ? b->d[i] : 0;

		for (int k = 9; k--; v /= 10)
			buf[k] = '0' + v % 10;
		__sink_put(s, buf + j, 0, c);
		g += c;
		n -= c;
	}
}

/* The exponent's text into buf: 'e' or 'p' (upper case for E, G, A), its
 * sign, at least min digits; returns its length. */
static size_t exponent(char *buf, int conv, long e, int min)
{
	char *p = buf;
	unsigned long v = e < 0 ? -(unsigned long)e : (unsigned long)e, k;

	*p++ = ((conv | 0x20) == 'a' ? 'P' : 'E') | (conv & 0x20);
	*p++ = e < 0 ? '-' : '+';
	for (k = 1; v >= 10 * k; k *= 10)
		;
	if (min > 1 && k == 1)
		*p++ = '0';
	for (; k; k /= 10)
		*p++ = '0' + v / k % 10;
	return p - buf;
}

keep_loops void __format_float(struct sink *s, const void *val, int ldbl,
		    int conv, unsigned flags, unsigned width, unsigned prec)
{
	/* (here, not in the engine: only a program with floats has them) */
	static const struct fp_format formats[2] = { FP_FORMAT(DBL), FP_FORMAT(LDBL) };
	const struct fp_format *f = &formats[ldbl];
	int pos = f->mant - !f->explicit, bits = FP_EXPBITS(f), lower = conv & 0x20;
	int lc = conv | 0x20, ex, lead, e2, k;
	uint32_t w[4] = { 0 };
	uint64_t hi, lo;
	char prefix[3], expbuf[8], nib[30];
	const char *text = 0;
	size_t plen = 0, blen, fill, nint = 1, nf = 0, elen = 0, nz = 0, gint = 0, g0 = 0, i;
	struct big b;
	long e10;

	/* The value by its bits: the significand hi:lo, the biased
	 * exponent ex (never across a word, in any format), the sign. */
	fp_load(w, val, f->size);
	ex = w[pos / 32] >> pos % 32 & ((1u << bits) - 1);
	lo = w[0] | (uint64_t)w[1] << 32;
	hi = w[2] | (uint64_t)w[3] << 32;
	if (pos < 64) {
		lo &= (1ull << pos) - 1;
		hi = 0;
	} else {
		hi &= (1ull << (pos - 64)) - 1;
	}

	if (w[(pos + bits) / 32] >> (pos + bits) % 32 & 1)
		prefix[plen++] = '-';
	else if (flags & (PLUS | SPACE))
		prefix[plen++] = flags & PLUS ? '+' : ' ';
	if (ex == (1 << bits) - 1) {
		/* inf or nan (x87 has its integer bit, bit 63, set in both):
		 * no 0 padding, no point */
		text = (f->explicit ? lo << 1 : lo | hi) ? "NAN" : "INF";
		flags &= ~(ZERO | ALT);
		nint = 3;
		goto print;
	}
	if (!f->explicit && ex) {
		if (pos < 64)
			lo |= 1ull << pos;      /* the hidden bit */
		else
			hi |= 1ull << (pos - 64);
	}
	/* %a's view: the leading hex digit at bit lead, exponent ex. */
	lead = f->explicit ? f->mant - 4 : f->mant - 1;
	ex = (ex ? ex : 1) - f->emax - 3 * f->explicit;

	if (lc == 'a') {
		/* nib[0] the leading digit, then the lead / 4 after the point. */
		size_t nd = lead / 4;
		int up;

		prefix[plen++] = '0';
		prefix[plen++] = 'X' | lower;
		for (i = 0; i <= nd; i++) {
			k = lead - 4 * (int)i;
			nib[i] = (k >= 64 ? hi >> (k - 64) : lo >> k) & 15;
		}
		if (!(hi | lo))
			ex = 0;
		nf = nd;
		if (prec == NO_PRECISION) {
			while (nf && !nib[nf])
				nf--;           /* exact: no trailing zeros */
		} else if (prec < nd) {
			/* Round to prec digits, ties to even. */
			nf = prec;
			up = nib[nf + 1] > 8 || (nib[nf + 1] == 8 && (nib[nf] & 1));
			for (i = nf + 2; i <= nd; i++)
				up |= nib[nf + 1] == 8 && nib[i];
			for (i = nf; up; i--) {
				if (++nib[i] < 16 || !i)
					break;
				nib[i] = 0;
			}
			if (nib[0] == 16) {
				nib[0] = 1;     /* x87: 0xf rounded up to 0x10 */
				ex += 4;
			}
		} else {
			nz = prec - nd;
		}
		for (i = 0; i <= nf; i++)
			nib[i] = "0123456789ABCDEF"[(int)nib[i]] | lower;
		elen = exponent(expbuf, conv, ex, 1);
		goto print;
	}

	/* The exact decimal expansion of m * 2^e2. */
	e2 = ex - lead;
	b.a = b.r = b.z = e2 >= 0 ? LIMBS : START;
	if (hi | lo) {
		for (k = 112; k >= 0; k -= 16)
			mul2k(&b, 16, (k >= 64 ? hi >> (k - 64) : lo >> k) & 0xffff);
		for (; e2 > 0; e2 -= k)
			mul2k(&b, k = e2 < 29 ? e2 : 29, 0);
		for (; e2 < 0; e2 += k)
			div2k(&b, k = -e2 < 29 ? -e2 : 29);
	}
	if (prec == NO_PRECISION)
		prec = 6;
	if (lc == 'g') {
		/* P significant digits: %e's style, unless the exponent X
		 * after rounding has P > X >= -4: then %f's, with P - 1 - X
		 * digits after the point. */
		if (!prec)
			prec = 1;
		g0 = first_digit(&b);
		round_at(&b, g0 + prec);
		e10 = (long)(9 * b.r - 1) - (long)first_digit(&b);
		if (e10 < -4 || e10 >= (long)prec) {
			/* glibc: where rounding carried a value of %f's style
			 * (with no digits after its point) into %e's, %e gets
			 * none either; only # shows it. */
			lc = 'e';
			prec = e10 == (long)prec && g0 != first_digit(&b) ? 0 : prec - 1;
		} else {
			lc = 'f';
			prec -= e10 + 1;
		}
		if (!(flags & ALT)) {
			/* Without #, no trailing zeros after the point. */
			size_t last;

			for (i = b.z; i > b.a && !b.d[i - 1]; i--)
				;
			last = 9 * i - 1;       /* the last nonzero digit */
			if (i > b.a)
				for (uint32_t v = b.d[i - 1]; !(v % 10); v /= 10)
					last--;
			g0 = lc == 'f' ? 9 * b.r - 1 : first_digit(&b);
			if (i <= b.a || last <= g0)
				prec = 0;
			else if (last - g0 < prec)
				prec = last - g0;
		}
	} else {
		round_at(&b, lc == 'f' ? 9 * b.r + prec : first_digit(&b) + prec + 1);
	}
	nf = prec;
	g0 = first_digit(&b);
	if (lc == 'f') {
		gint = b.a < b.r ? g0 : 9 * b.r - 1;
		nint = 9 * b.r - gint;
		g0 = 9 * b.r - 1;       /* the fraction starts after it */
	} else {
		gint = g0;
		elen = exponent(expbuf, conv, (long)(9 * b.r - 1) - (long)g0, 2);
	}

print:
	/* [spaces] prefix [zeros] int [. fraction [zeros]] [exponent] [spaces] */
	blen = nint + (nf || (flags & ALT) ? nf + 1 + nz : 0) + elen;
	fill = width > plen + blen ? width - plen - blen : 0;
	if (!(flags & (LEFT | ZERO)))
		__sink_put(s, 0, ' ', fill);
	__sink_put(s, prefix, 0, plen);
	if ((flags & (LEFT | ZERO)) == ZERO)
		__sink_put(s, 0, '0', fill);
	if (text) {
		char t[3];

		for (i = 0; i < 3; i++)
			t[i] = text[i] | lower;
		__sink_put(s, t, 0, 3);
	} else if (lc == 'a') {
		__sink_put(s, nib, 0, 1);
	} else {
		put_digits(s, &b, gint, nint);
	}
	if (nf || (flags & ALT))
		__sink_put(s, ".", 0, 1);
	if (lc == 'a')
		__sink_put(s, nib + 1, 0, nf);
	else if (!text)
		put_digits(s, &b, g0 + 1, nf);
	__sink_put(s, 0, '0', nz);
	__sink_put(s, expbuf, 0, elen);
	if (flags & LEFT)
		__sink_put(s, 0, ' ', fill);
}
