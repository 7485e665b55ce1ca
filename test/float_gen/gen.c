/* The generator of test/float_vs_glibc.sh: one line of text per value,
 * from a fixed pseudo-random sequence, so that the same program built
 * with taskrt-cc and with glibc must print the same bytes.
 *
 *   gen THOUSANDS      about THOUSANDS * 1000 lines
 *
 * Its sections (the first word of each line says which):
 *   d   printf of a double: random bits, powers of ten, dyadic values
 *       (exact ties for %.Nf), subnormals, integers, values near 1 and
 *       the limits; each with a random conversion of e E f F g G a A,
 *       precision 0-20 or none, flags and a width
 *   l   the same for long double (its own format: x87, quad or double)
 *   s   strtod of "%.17g" of a random double, with errno
 *   e   strtod, strtof, strtold of "%.Pe" of a random double
 *   h   strtod, strtof, strtold of a halfway value between two doubles
 *       (exact, computed here), and one a little below and above it
 *   f   strtof of halfway values between two floats, below and above
 *   n   strtod, strtof, strtold of long random digit strings (to 1200
 *       digits) with random exponents
 *   x   strtod, strtof, strtold of hex strings, and %a round trips
 * Results are printed as the value's bits in hex and errno. */
#include <errno.h>
#include <float.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9e3779b97f4a7c15ull;

/* xorshift64*: a fixed sequence on every arch. */
static uint64_t rnd(void)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 2685821657736338717ull;
}

static unsigned below(unsigned n)
{
	return (unsigned)(rnd() >> 32) % n;
}

/* Output through one big buffer: a write per line would be slow. */
static char out[1 << 16];
static size_t used;
static unsigned long lines;

static void emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void emit(const char *fmt, ...)
{
	va_list ap;
	int n;

	if (used > sizeof out - 4096) {
		fwrite(out, 1, used, stdout);
		used = 0;
	}
	va_start(ap, fmt);
	n = vsnprintf(out + used, sizeof out - used, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof out - used) {
		/* too long for the buffer: its length and a hash */
		unsigned long h = 5381;
		char *big = malloc(n > 0 ? (size_t)n + 1 : 1);
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		for (int i = 0; i < n; i++)
			h = h * 33 + (unsigned char)big[i];
		free(big);
		n = snprintf(out + used, sizeof out - used, "[%d bytes, hash %lx]", n, h);
	}
	used += n;
	out[used++] = '\n';
	lines++;
}

static double from_bits(uint64_t b)
{
	double d;

	memcpy(&d, &b, sizeof d);
	return d;
}

static uint64_t bits_of(double d)
{
	uint64_t b;

	memcpy(&b, &d, sizeof b);
	return b;
}

/* 2^k as a double, k in -1074..1023. */
static double pow2(int k)
{
	return k < -1022 ? from_bits(1ull << (k + 1074)) : from_bits((uint64_t)(k + 1023) << 52);
}

static const double specials[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.5, 0.1, 0.2, 0.3, 0.05, 0.25, 0.125,
	9.5, 99.5, 999.9995, 0.00001234, 1e21, 1e22, 1e23, 123456789.0, 5e-324,
	2.2250738585072014e-308, 2.2250738585072009e-308, 1.7976931348623157e308,
	4503599627370496.5, 9007199254740993.0, 0.1171875, 1e-5, 1e-4, 1e15, 1e16,
	1e17, 123456.0, 999999.5, 9999995.0, 0.000099995, 1.0 / 3, 2.0 / 3,
};

/* A double of category c (see the head comment). */
static double gen_double(unsigned c)
{
	char buf[16];
	uint64_t m;
	int k;

	switch (c % 8) {
	case 0: case 1:
		return from_bits(rnd());
	case 2:
		snprintf(buf, sizeof buf, "1e%d", (int)below(632) - 323);
		return strtod(buf, 0);
	case 3:
		/* (one call of rnd() per statement: the order in which a
		 * compiler evaluates operands is its own) */
		m = rnd() >> 43;
		k = below(30);
		return (double)m * pow2(-k) * (below(2) ? 1 : -1);
	case 4:
		return from_bits(rnd() & 0x800fffffffffffffull);
	case 5:
		return (double)(rnd() >> below(64));
	case 6:
		m = rnd() & 0x800fffffffffffffull;
		return from_bits(m | (uint64_t)(1023 - 70 + below(140)) << 52);
	default:
		return specials[below(sizeof specials / sizeof *specials)];
	}
}

/* A long double of category c, built from bits in its own format. */
static long double gen_ldouble(unsigned c)
{
	long double v = 0;
	unsigned char b[16] = { 0 };
	uint64_t m = rnd();
	unsigned e, sign = below(2);

	switch (c % 8) {
	case 0: case 1: e = 1 + below(32766); break;           /* anywhere */
	case 2: e = 0; break;                                   /* subnormal */
	case 3: e = 16383 - 1100 + below(2200); break;          /* double-ish */
	case 4: e = 16383 - 70 + below(140); break;             /* near 1 */
	case 5: e = 32767; break;                               /* inf, nan */
	case 6: return (long double)gen_double(c) / 3;  /* arithmetic values */
	default: return (long double)(rnd() >> below(64));
	}
	if (LDBL_MANT_DIG == 53)
		return gen_double(c);
	if (LDBL_MANT_DIG == 64) {
		/* x87: integer bit set exactly for normal values */
		m = e == 0 ? m >> 1 : m | 1ull << 63;
		if (e == 32767 && below(2))
			m = 1ull << 63;                         /* inf */
		memcpy(b, &m, 8);
		b[8] = (unsigned char)e;
		b[9] = (unsigned char)(e >> 8 | sign << 7);
	} else {
		uint64_t hi = (rnd() & 0xffffffffffffull) | (uint64_t)e << 48 | (uint64_t)sign << 63;
		if (e == 32767 && below(2))
			hi &= ~0xffffffffffffull, m = 0;        /* inf */
		memcpy(b, &m, 8);
		memcpy(b + 8, &hi, 8);
	}
	memcpy(&v, b, sizeof v < 16 ? sizeof v : 16);
	return v;
}

/* A random printf directive for conversion letters in convs. */
static void directive(char *f, const char *len)
{
	static const char convs[] = "eEfFgGaA";
	char *p = f;

	*p++ = '%';
	if (!below(4)) {
		for (const char *fl = "-+ #0"; *fl; fl++)
			if (below(2))
				*p++ = *fl;
	}
	if (!below(4))
		p += sprintf(p, "%u", below(30));
	if (below(22) != 21)
		p += sprintf(p, ".%u", below(21));
	p += sprintf(p, "%s%c", len, convs[below(8)]);
	*p = 0;
}

/* The bytes of a long double that carry its value, in hex. */
static void ld_hex(char *buf, long double v)
{
	unsigned char b[16] = { 0 };
	int n = LDBL_MANT_DIG == 64 ? 10 : (int)sizeof v < 16 ? (int)sizeof v : 16;

	memcpy(b, &v, sizeof v < 16 ? sizeof v : 16);
	while (n--)
		buf += sprintf(buf, "%02x", b[n]);
}

/* strtod, strtof and strtold of s, each as bits and errno. */
static void parse3(char tag, const char *s)
{
	char lh[40], *end;
	double d;
	float f;
	long double l;
	int ed, ef, el;
	unsigned fb;

	errno = 0;
	d = strtod(s, &end);
	ed = errno;
	errno = 0;
	f = strtof(s, 0);
	ef = errno;
	errno = 0;
	l = strtold(s, 0);
	el = errno;
	memcpy(&fb, &f, 4);
	ld_hex(lh, l);
	emit("%c %016llx %d %08x %d %s %d %d", tag, (unsigned long long)bits_of(d), ed, fb, ef,
	     lh, el, (int)(end - s));
}

/* The exact decimal of the halfway value (2m + 1) * 2^(e - 1), that is
 * (2m + 1) * 5 * 2^e / 10, into buf as "D.DDDe+X"; k = 2m + 1 < 2^54. */
static void halfway(char *buf, uint64_t k, int e)
{
	char digits[1300], *p;
	int exp10, n, i;
	uint64_t carry = 0, mult = k * 5;

	/* 2^e exactly: %.1100e has every digit of any double */
	snprintf(digits, sizeof digits, "%.1100e", pow2(e));
	p = strchr(digits, 'e');
	exp10 = atoi(p + 1);
	digits[1] = digits[0];          /* drop the point: digits + 1 */
	n = (int)(p - digits) - 1;
	p = digits + 1;
	/* times mult, from the last digit up (n digits, then the carry's) */
	char prod[1400];
	int len = 0;
	for (i = n; i--; ) {
		uint64_t t = (uint64_t)(p[i] - '0') * mult + carry;
		prod[sizeof prod - 1 - len++] = '0' + (char)(t % 10);
		carry = t / 10;
	}
	while (carry) {
		prod[sizeof prod - 1 - len++] = '0' + (char)(carry % 10);
		carry /= 10;
		exp10++;
	}
	p = prod + sizeof prod - len;
	while (len > 1 && p[len - 1] == '0')
		len--;
	/* / 10 */
	sprintf(buf, "%c.%.*se%d", p[0], len - 1, p + 1, exp10 - 1);
}

/* s with its last digit before the 'e' one lower and nines after (just
 * below), or zeros and a one after (just above). */
static void nudge(char *out, const char *s, int up)
{
	const char *e = strchr(s, 'e');
	int n = (int)(e - s);

	if (up) {
		sprintf(out, "%.*s0000001%s", n, s, e);
	} else {
		memcpy(out, s, n);
		out[n - 1]--;                   /* a halfway value ends in 5 */
		sprintf(out + n, "99999999%s", e);
	}
}

int main(int argc, char **argv)
{
	unsigned long total = (argc > 1 ? strtoul(argv[1], 0, 10) : 1000) * 1000, i;
	static char s[4096], t[4096];
	char f[32], line[80];

	for (i = 0; i < total / 2; i++) {
		directive(f, "");
		snprintf(line, sizeof line, "d %s [%s]", f + 1, f);
		emit(line, gen_double((unsigned)i));
	}
	for (i = 0; i < total / 8; i++) {
		directive(f, "L");
		snprintf(line, sizeof line, "l %s [%s]", f + 1, f);
		emit(line, gen_ldouble((unsigned)i));
	}
	for (i = 0; i < total / 16; i++) {
		double d = gen_double((unsigned)i);

		snprintf(s, sizeof s, "%.17g", d);
		errno = 0;
		d = strtod(s, 0);
		emit("s %016llx %d", (unsigned long long)bits_of(d), errno);
	}
	for (i = 0; i < total / 48; i++) {
		int p = (int)below(26);
		snprintf(s, sizeof s, "%.*e", p, gen_double((unsigned)i));
		parse3('e', s);
	}
	for (i = 0; i < total / 80; i++) {
		/* a positive finite double m * 2^e, and its halfway point */
		uint64_t b = rnd() & 0x7fffffffffffffffull;
		unsigned ex = (unsigned)(b >> 52);
		if (ex == 0x7ff)
			b &= ~(1ull << 62);
		ex = (unsigned)(b >> 52);
		uint64_t m = (b & 0xfffffffffffffull) | (ex ? 1ull << 52 : 0);
		int e = (ex ? (int)ex : 1) - 1075;
		halfway(s, 2 * m + 1, e);
		parse3('h', s);
		nudge(t, s, 0);
		parse3('h', t);
		nudge(t, s, 1);
		parse3('h', t);
	}
	for (i = 0; i < total / 80; i++) {
		/* a float's halfway points: m * 2^e with 24 bits, e >= -149 */
		unsigned ex = 1 + below(253), m = (unsigned)(rnd() >> 41);
		if (!below(8))
			ex = 0;
		m = ex ? m | 1u << 23 : m & 0x7fffff;
		halfway(s, 2 * (uint64_t)m + 1, (ex ? (int)ex : 1) - 150);
		for (int k = 0; k < 3; k++) {
			float fl;
			unsigned fb;
			if (k)
				nudge(t, s, k == 2);
			errno = 0;
			fl = strtof(k ? t : s, 0);
			memcpy(&fb, &fl, 4);
			emit("f %08x %d", fb, errno);
		}
	}
	for (i = 0; i < total / 48; i++) {
		/* n digits, a point somewhere, an exponent */
		unsigned n = below(8) ? 1 + below(60) : 1 + below(1200), k, pt = below(n + 1);
		char *p = s;
		if (below(2))
			*p++ = '-';
		if (!below(4))
			p += sprintf(p, "0.%0*d", (int)below(20), 0);
		for (k = 0; k < n; k++) {
			if (k == pt)
				*p++ = '.';
			*p++ = '0' + (char)below(10);
		}
		if (below(4)) {
			int range = below(4) ? 700 : 10000;
			sprintf(p, "e%d", (int)below(2 * range) - range);
		} else {
			*p = 0;
		}
		parse3('n', s);
	}
	for (i = 0; i < total / 48; i++) {
		/* %a round trips, and long hex strings */
		double d = gen_double((unsigned)i);
		char *p = s;
		snprintf(s, sizeof s, "%a", d);
		parse3('x', s);
		p += sprintf(p, "%s0x", below(2) ? "-" : "");
		for (unsigned k = below(40); k; k--)
			*p++ = "0123456789abcdefABCDEF."[below(23)];
		sprintf(p, "p%d", (int)below(40000) - 20000);
		parse3('x', s);
	}
	fwrite(out, 1, used, stdout);
	fprintf(stderr, "%lu\n", lines);
	return 0;
}
