/* Random values of the kinds the sections need: integers near the
 * limits and powers of two, doubles and long doubles of every category
 * (zero, subnormal, normal, near 1, integers, ties, inf, nan), text. */
#include <float.h>
#include <string.h>
#include "values.h"

uint64_t gen_int(void)
{
	uint64_t v;
	unsigned k;

	switch (below(8)) {
	case 0: return rnd();
	case 1: return rnd() >> below(64);
	case 2: return (uint64_t)(int64_t)(int)below(41) - 20;         /* small */
	case 3:                                                         /* 2^k +- 2 */
		k = below(64);
		return (1ull << k) + below(5) - 2;
	case 4:                                                         /* -2^k +- 2 */
		k = below(64);
		return -(1ull << k) + below(5) - 2;
	case 5: v = 1; for (k = below(20); k; k--) v *= 10; return v - below(2);
	case 6: return (uint64_t)(int64_t)(int32_t)(uint32_t)rnd();
	default: return (uint64_t)below(256);
	}
}

static double from_bits(uint64_t b)
{
	double d;

	memcpy(&d, &b, sizeof d);
	return d;
}

static const double specials[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.05, 0.25, 0.125, 9.5,
	99.5, 999.9995, 0.00001234, 1e21, 1e22, 1e23, 123456789.0, 5e-324,
	2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
	1e15, 1e16, 1e17, 999999.5, 9999995.0, 0.000099995, 1.0 / 3, 100.0,
	0.95, 0.995, 9.9999, 1e-5, 1e-4, 65536.0, 4294967296.0,
};

double gen_double(void)
{
	uint64_t m;
	unsigned k;

	switch (below(9)) {
	case 0: case 1: return from_bits(rnd());
	case 2: return from_bits(rnd() & 0x800fffffffffffffull);       /* subnormal */
	case 3:                                                         /* dyadic */
		m = rnd() >> 43;
		k = below(30);
		return (double)m / (double)(1ull << k) * (below(2) ? 1 : -1);
	case 4: return (double)(rnd() >> below(64));
	case 5:                                                         /* near 1 */
		m = rnd() & 0x800fffffffffffffull;
		return from_bits(m | (uint64_t)(1023 - 70 + below(140)) << 52);
	case 6:                                                         /* inf, nan */
		m = below(2) ? 0 : rnd() & 0xfffffffffffffull;
		return from_bits(m | 0x7ffull << 52 | (uint64_t)below(2) << 63);
	default:        /* (one draw per statement: see fuzz.h) */
		k = below(sizeof specials / sizeof *specials);
		return specials[k] * (below(4) ? 1 : -1);
	}
}

long double gen_ldouble(void)
{
	long double v = 0;
	unsigned char b[16] = { 0 };
	uint64_t m = rnd(), hi;
	unsigned e, sign = below(2);

	switch (below(8)) {
	case 0: case 1: e = 1 + below(32766); break;
	case 2: e = 0; break;
	case 3: e = 16383 - 1100 + below(2200); break;
	case 4: e = 16383 - 70 + below(140); break;
	case 5: e = 32767; break;
	case 6: return (long double)gen_double() / 3;
	default: return (long double)gen_double();
	}
	if (LDBL_MANT_DIG == 53)
		return gen_double();
	if (LDBL_MANT_DIG == 64) {
		/* x87: the integer bit set exactly for the normal values */
		m = e == 0 ? m >> 1 : m | 1ull << 63;
		if (e == 32767 && below(2))
			m = 1ull << 63;
		memcpy(b, &m, 8);
		b[8] = (unsigned char)e;
		b[9] = (unsigned char)(e >> 8 | sign << 7);
	} else {
		hi = (rnd() & 0xffffffffffffull) | (uint64_t)e << 48 | (uint64_t)sign << 63;
		if (e == 32767 && below(2))
			hi &= ~0xffffffffffffull, m = 0;
		memcpy(b, &m, 8);
		memcpy(b + 8, &hi, 8);
	}
	memcpy(&v, b, sizeof v < 16 ? sizeof v : 16);
	return v;
}

void rec_double(double d)
{
	uint64_t b;

	memcpy(&b, &d, sizeof b);
	rec_hex(b);
}

void rec_ldouble(long double v)
{
	unsigned char b[16] = { 0 };
	uint64_t lo = 0, hi = 0;

	memcpy(b, &v, sizeof v < 16 ? sizeof v : 16);
	if (LDBL_MANT_DIG == 64)
		memset(b + 10, 0, 6);   /* x87's padding bytes are garbage */
	memcpy(&lo, b, 8);
	memcpy(&hi, b + 8, 8);
	rec_hex(hi);
	rec_sep();
	rec_hex(lo);
}

size_t gen_text(char *buf, size_t size, const char *const *pieces, unsigned npieces, unsigned max)
{
	size_t n = 0;
	unsigned count = below(max + 1);

	while (count--) {
		const char *p = pieces[below(npieces)];
		size_t len = strlen(p);

		if (n + len >= size)
			break;
		memcpy(buf + n, p, len);
		n += len;
	}
	buf[n] = 0;
	return n;
}

char *utoa(char *p, unsigned v)
{
	char buf[12];
	int n = 0;

	do
		buf[n++] = (char)('0' + v % 10);
	while ((v /= 10));
	while (n)
		*p++ = buf[--n];
	*p = 0;
	return p;
}

void rec_float(float f)
{
	uint32_t b;

	memcpy(&b, &f, sizeof b);
	rec_hex(b);
}
