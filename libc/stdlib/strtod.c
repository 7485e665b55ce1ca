/* String to floating point: strtod, strtof, strtold, atof, correctly
 * rounded (to nearest, ties to even) for every input, with integer
 * arithmetic only (see docs/float.md for the why and the how).
 *
 * One parser serves all formats; a format is the numbers of
 * internal/float.h.  The text becomes a small integer q of P+2 bits and a
 * "sticky" flag that says whether anything nonzero was left off, with
 *
 *     value = (q + s) * 2^x,   0 <= s < 1, s > 0 exactly when sticky
 *
 * and pack() rounds that to P bits.  Getting q is where the work is:
 *   hex       the digits are bits already;
 *   decimal   the first C significant digits make an integer N (C is the
 *             number of digits the longest value halfway between two
 *             neighbours of the format has, so the digits after C only
 *             matter by being zero or not: they go into sticky), and
 *             value = N * 10^d.  d >= 0: N * 5^d is an integer and q is
 *             its top P+2 bits.  d < 0: q is the quotient of N * 2^t by
 *             5^-d, one bit per step of a long division.
 * The big integers are arrays of 32-bit words, least significant first;
 * the long division only compares, subtracts and shifts, and the
 * products are 32 x 32 -> 64 bits: no division helper from libgcc. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <arch/arch.h>
#include "internal/float.h"
#include "internal/strtox.h"

typedef uint32_t word;

/* The digits that matter (C above) for a format: P + 0.7 (-emin) covers
 * the halfway values' P - 0.699 emin, with room to spare. */
#define DIGITS(p, emin) ((p) + (-(emin)) * 7 / 10 + 20)
/* 78/256 > log10(2) bounds the decimal exponent of anything that is not
 * plainly zero or infinite, and 107/1024 > log2(10)/32 and 75/1024 >
 * log2(5)/32 the words of N and of 5^k.  WORDS is one buffer's size. */
#define MAXK(p, emin)  (DIGITS(p, emin) + ((p) - (emin)) * 78 / 256 + 3)
#define WORDS_N(p, emin) (DIGITS(p, emin) * 107 / 1024 + 3)
#define WORDS_5(p, emin) (MAXK(p, emin) * 75 / 1024 + 3)
#define WORDS(T) ((WORDS_N(T##_MANT_DIG, T##_MIN_EXP - 1) > WORDS_5(T##_MANT_DIG, T##_MIN_EXP - 1) \
		   ? WORDS_N(T##_MANT_DIG, T##_MIN_EXP - 1) : WORDS_5(T##_MANT_DIG, T##_MIN_EXP - 1)) + 4)

/* w = w * m + add, n words long; returns the new length. */
static size_t mul_add(word *w, size_t n, word m, word add)
{
	for (size_t i = 0; i < n; i++) {
		uint64_t t = (uint64_t)w[i] * m + add;
		w[i] = (word)t;
		add = t >> 32;
	}
	if (add)
		w[n++] = add;
	return n;
}

static size_t bitlen(const word *w, size_t n)
{
	while (n && !w[n - 1])
		n--;
	return n ? n * 32 - __builtin_clz(w[n - 1]) : 0;
}

/* w <<= bits; returns the new length (the top word may be zero). */
static size_t shl(word *w, size_t n, size_t bits)
{
	size_t k = bits / 32, i;
	unsigned b = bits % 32;

	w[n + k] = 0;
	for (i = n; i--; ) {
		if (b)
			w[i + k + 1] |= w[i] >> (32 - b);
		w[i + k] = w[i] << b;
	}
	for (i = 0; i < k; i++)
		w[i] = 0;
	return n + k + 1;
}

/* w >>= bits, n words; returns 1 if a nonzero bit fell off. */
static int shr(word *w, size_t n, size_t bits)
{
	size_t k = bits / 32, i;
	unsigned b = bits % 32;
	int lost = 0;

	for (i = 0; i < n; i++) {
		if (i < k || (i == k && (w[i] & ((1u << b) - 1))))
			lost |= w[i] != 0;
		word lo = i + k < n ? w[i + k] : 0, hi = i + k + 1 < n ? w[i + k + 1] : 0;
		w[i] = b ? lo >> b | hi << (32 - b) : lo;
	}
	return lost;
}

/* Bit i of w (n words). */
static int bit(const word *w, size_t n, size_t i)
{
	return i / 32 < n && (w[i / 32] >> (i % 32) & 1);
}

/* OR the low bits of v into w at bit position pos. */
static void put(word *w, unsigned pos, word v)
{
	w[pos / 32] |= v << (pos % 32);
	if (pos % 32 && v >> (32 - pos % 32))
		w[pos / 32 + 1] |= v >> (32 - pos % 32);
}

/* Round (q + s) * 2^x, s as above, to the format f and store it, sign
 * neg, in out (4 words).  Returns ERANGE on overflow, and on underflow:
 * glibc's rule, a result that is tiny and inexact, where tiny means below
 * 2^emin before rounding or, on arches whose hardware decides after
 * rounding (ARCH_TININESS_AFTER_ROUNDING), still below it after rounding
 * to P bits with an unbounded exponent. */
static int pack(word *out, word *q, int sticky, long long x, const struct fp_format *f, int neg)
{
	int p = f->mant, bits = FP_EXPBITS(f), err = 0, round;
	long long b = bitlen(q, 4), e = x + b - 1, keep = p, drop;

	memset(out, 0, 4 * sizeof *out);
	if (b) {
		if (e < f->emin) {
			err = 1;        /* tiny; inexactness decided below */
#ifdef ARCH_TININESS_AFTER_ROUNDING
			/* Just below 2^emin: does rounding to P bits carry to
			 * it?  Only if all P bits are ones and the next is 1. */
			if (e == f->emin - 1 && b > p) {
				word t[4];
				memcpy(t, q, sizeof t);
				round = bit(t, 4, b - p - 1);
				shr(t, 4, b - p);
				for (int i = 0; i < 4 && !++t[i]; i++)
					;
				err = !(round && bitlen(t, 4) > (size_t)p);
			}
#endif
			keep = p - (f->emin - e);
			if (keep < -1)
				keep = -1;
		}
		drop = b - keep;
		if (drop > 0) {
			round = bit(q, 4, drop - 1);
			sticky |= shr(q, 4, drop - 1);
			shr(q, 4, 1);
		} else {
			round = 0;
			shl(q, 4, -drop);     /* keep <= P bits: stays in 4 words */
		}
		x += drop;
		if (err && !(round | sticky))
			err = 0;        /* tiny but exact: no underflow */
		if (round && (sticky || (q[0] & 1))) {
			for (int i = 0; i < 4 && !++q[i]; i++)
				;
			if (bitlen(q, 4) > (size_t)p) {
				shr(q, 4, 1);
				x++;
			}
		}
		e = x + p - 1;
		if (e > f->emax) {
			/* Overflow: infinity, as rounding to nearest gives. */
			put(out, p - !f->explicit, (1u << bits) - 1);
			if (f->explicit)
				out[1] = 0x80000000;
			err = 2;
		} else {
			memcpy(out, q, 4 * sizeof *out);
			if (bitlen(q, 4) == (size_t)p) {        /* normal */
				if (!f->explicit)
					out[(p - 1) / 32] &= ~(1u << ((p - 1) % 32));
				put(out, p - !f->explicit, (word)(e + f->emax));
			}
		}
	}
	put(out, p - !f->explicit + bits, neg);
	return err ? ERANGE : 0;
}

static int is_space(int c)
{
	return c == ' ' || (unsigned)(c - '\t') < 5;
}

/* c as a hex digit, or -1. */
static int hex(int c)
{
	if ((unsigned)(c - '0') < 10)
		return c - '0';
	c |= 0x20;
	return (unsigned)(c - 'a') < 6 ? c - 'a' + 10 : -1;
}

/* s begins with word, in any case?  (word in lower case.) */
static int starts(const char *s, const char *w)
{
	for (; *w; s++, w++)
		if ((*s | 0x20) != *w)
			return 0;
	return 1;
}

/* An exponent after 'e' or 'p': [+-]digits, only if a digit is there.
 * Moves *p past it and returns it, clamped far beyond any format's
 * range; 0 and *p unmoved if there is none. */
static long long exponent(const char **p)
{
	const char *s = *p + 1;
	long long v = 0;
	int neg = *s == '-';

	if (*s == '-' || *s == '+')
		s++;
	if ((unsigned)(*s - '0') >= 10)
		return 0;
	for (; (unsigned)(*s - '0') < 10; s++)
		if (v < 100000000)
			v = v * 10 + (*s - '0');
	*p = s;
	return neg ? -v : v;
}

/* The NaN for "nan(chars)" or "nan" (chars NULL): quiet, with glibc's
 * payload, chars read as by strtoull(chars, 0, 0) if that takes them all. */
static void nan_bits(word *out, const char *chars, const struct fp_format *f)
{
	int p = f->mant - !f->explicit;        /* the exponent's first bit */
	unsigned long long payload = 0;
	char *end;
	int e = errno;

	memset(out, 0, 4 * sizeof *out);
	if (chars) {
		payload = __strtox(chars, &end, 0, -1ull, 0);
		if (*end != ')')
			payload = 0;
		errno = e;
	}
	/* Keep it below the quiet bit (and the x87 integer bit). */
	if (p - 1 - f->explicit < 64)
		payload &= (1ull << (p - 1 - f->explicit)) - 1;
	out[0] = (word)payload;
	out[1] = (word)(payload >> 32);
	put(out, p, (1u << FP_EXPBITS(f)) - 1);
#ifdef ARCH_NAN_LEGACY
	/* MIPS' legacy NaNs are quiet with the top fraction bit clear; with
	 * no payload, every other fraction bit set, as the compiler's NAN. */
	if (!payload)
		for (int i = 0; i < p - 1; i++)
			put(out, (unsigned)i, 1);
#else
	put(out, p - 1 - f->explicit, f->explicit ? 3 : 1);    /* quiet (x87: and integer) bit */
#endif
}

/* The parser: the value of s in format f into out; *end (if end) after
 * the text used.  work holds 2 * words words.  Returns errno's new value,
 * or 0 to leave it. */
static int parse(const char *s, char **end, const struct fp_format *f,
		 word *work, size_t words, word *out)
{
	const char *p = s, *digits;
	int neg, sticky = 0, dot = 0, d, any = 0, err = 0;
	long long x = 0, dexp = 0, taken = 0, m;
	word q[8] = { 0 }, chunk = 0, *n = work, *dv = work + words;
	size_t nn = 0, nd, cl = 0, t, i;
	static const word pow10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000,
				      10000000, 100000000, 1000000000 };
	static const word pow5[] = { 1, 5, 25, 125, 625, 3125, 15625, 78125, 390625,
				     1953125, 9765625, 48828125, 244140625, 1220703125 };
	long long cap = DIGITS(f->mant, f->emin);

	while (is_space(*p))
		p++;
	neg = *p == '-';
	if (*p == '-' || *p == '+')
		p++;

	if (starts(p, "inf")) {
		p += starts(p, "infinity") ? 8 : 3;
		memset(out, 0, 4 * sizeof *out);
		put(out, f->mant - !f->explicit, (1u << FP_EXPBITS(f)) - 1);
		if (f->explicit)
			out[1] = 0x80000000;
		goto sign;
	}
	if (starts(p, "nan")) {
		p += 3;
		digits = 0;
		if (*p == '(') {
			for (t = 1; p[t] == '_' || hex(p[t]) >= 0 ||
				    (unsigned)((p[t] | 0x20) - 'a') < 26; t++)
				;
			if (p[t] == ')') {
				digits = p + 1;
				p += t + 1;
			}
		}
		nan_bits(out, digits, f);
		goto sign;
	}

	if (*p == '0' && (p[1] | 0x20) == 'x' &&
	    (hex(p[2]) >= 0 || (p[2] == '.' && hex(p[3]) >= 0))) {
		/* Hex: up to 30 significant digits go into q (the first
		 * may hold a single bit: 117 bits or more, P + 2 at most
		 * 115), the rest into sticky. */
		for (p += 2; ; p++) {
			if (*p == '.' && !dot) {
				dot = 1;
				continue;
			}
			if ((d = hex(*p)) < 0)
				break;
			if (!taken && !d) {
				x -= 4 * dot;
			} else if (taken < 30) {
				taken++;
				shl(q, 4, 4);
				q[0] |= d;
				x -= 4 * dot;
			} else {
				sticky |= d != 0;
				x += 4 * !dot;
			}
		}
		if ((*p | 0x20) == 'p')
			x += exponent(&p);
		if (!taken)
			goto zero;
		err = pack(out, q, sticky, x, f, neg);
		goto done;
	}

	/* Decimal: N from the first cap significant digits, 9 at a time. */
	for (; ; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if ((unsigned)(d = *p - '0') >= 10)
			break;
		any = 1;
		if (!taken && !d) {
			dexp -= dot;
		} else if (taken < cap) {
			taken++;
			dexp -= dot;
			chunk = chunk * 10 + d;
			if (++cl == 9) {
				nn = mul_add(n, nn, 1000000000, chunk);
				chunk = cl = 0;
			}
		} else {
			sticky |= d != 0;
			dexp += !dot;
		}
	}
	if (!any) {
		p = s;          /* no number at all: nothing used, +0 */
		neg = 0;
		goto zero;
	}
	nn = mul_add(n, nn, pow10[cl], chunk);
	if ((*p | 0x20) == 'e')
		dexp += exponent(&p);
	if (!taken)
		goto zero;

	/* 10^(m-1) <= value < 10^m: plainly too big, or below half the
	 * smallest subnormal? */
	m = dexp + taken;
	if ((m - 1) * 256 >= (long long)(f->emax + 1) * 78) {
		q[0] = 1;
		err = pack(out, q, 0, f->emax + 1, f, neg);
		goto done;
	}
	if (m * 256 <= (long long)(f->emin - f->mant) * 78) {
		q[0] = 1;
		err = pack(out, q, 0, f->emin - f->mant - 2, f, neg);
		goto done;
	}

	if (dexp >= 0) {
		/* N * 5^d, then its top P + 2 bits. */
		for (; dexp >= 13; dexp -= 13, x += 13)
			nn = mul_add(n, nn, pow5[13], 0);
		nn = mul_add(n, nn, pow5[dexp], 0);
		x += dexp;
		t = bitlen(n, nn);
		if (t > (size_t)f->mant + 2) {
			sticky |= shr(n, nn, t - f->mant - 2);
			x += t - f->mant - 2;
		}
		for (i = 0; i < nn && i < 4; i++)
			q[i] = n[i];
	} else {
		/* D = 5^-d; shift N or D until D <= N < 2D, then divide. */
		long long k = -dexp;

		dv[0] = 1;
		nd = 1;
		for (; k >= 13; k -= 13)
			nd = mul_add(dv, nd, pow5[13], 0);
		nd = mul_add(dv, nd, pow5[k], 0);
		x = dexp;       /* the 2^-k of 10^-k */
		t = bitlen(n, nn);
		m = (long long)bitlen(dv, nd) - (long long)t;
		if (m > 0)
			nn = shl(n, nn, m);
		else if (m < 0)
			nd = shl(dv, nd, -m);
		x -= m;
		/* Both as long as the longer plus one word, zeros on top. */
		t = (nn > nd ? nn : nd) + 1;
		for (; nn < t; nn++)
			n[nn] = 0;
		for (; nd < t; nd++)
			dv[nd] = 0;
		for (i = nn; i--; )
			if (n[i] != dv[i])
				break;
		if (i != (size_t)-1 && n[i] < dv[i]) {
			shl(n, nn - 1, 1);
			x--;
		}
		/* One quotient bit per step: N >= D? subtract; N <<= 1. */
		for (t = 0; t < (size_t)f->mant + 2; t++) {
			for (i = nn; i--; )
				if (n[i] != dv[i])
					break;
			shl(q, 4, 1);
			if (i == (size_t)-1 || n[i] > dv[i]) {
				word borrow = 0;
				for (i = 0; i < nn; i++) {
					uint64_t v = (uint64_t)n[i] - dv[i] - borrow;
					n[i] = (word)v;
					borrow = (v >> 32) & 1;
				}
				q[0] |= 1;
			}
			shl(n, nn - 1, 1);
		}
		for (i = 0; i < nn; i++)
			sticky |= n[i] != 0;
		x -= f->mant + 1;
	}
	err = pack(out, q, sticky, x, f, neg);
	goto done;

zero:
	memset(out, 0, 4 * sizeof *out);
sign:
	put(out, f->mant - !f->explicit + FP_EXPBITS(f), neg);
done:
	if (end)
		*end = (char *)p;
	return err;
}

/* Each function: its format, a work area for it, and the value's bytes
 * out of the words. */
#define DEFINE(name, T)                                                  \
	T##_TYPE name(const char *restrict s, char **restrict end)        \
	{                                                                 \
		static const struct fp_format f = FP_FORMAT(T);           \
		word work[2 * WORDS(T)], out[4];                          \
		T##_TYPE v;                                               \
		int err = parse(s, end, &f, work, WORDS(T), out);          \
		if (err)                                                  \
			errno = err;                                      \
		fp_store(&v, out, sizeof v);                              \
		return v;                                                 \
	}

DEFINE(strtof, FLT)
DEFINE(strtod, DBL)
DEFINE(strtold, LDBL)

double atof(const char *s)
{
	return strtod(s, NULL);
}
