/* strtod, strtof, strtold and atof: hand-picked strings, with the value
 * (compared bit for bit, so -0 is not 0), where *end must point and the
 * errno glibc sets.  The values are written as the compiler's own hex or
 * decimal constants, which it converts exactly; the rows were checked
 * against glibc 2.36 on x86_64 (test/float_vs_glibc.sh compares a million
 * more on every arch). */
#include <errno.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

static const struct row {
	const char *s;
	double want;
	int end;        /* offset of *end from s */
	int err;        /* errno afterwards (0: untouched) */
} table[] = {
	{ "0", 0.0, 1, 0 },
	{ "-0", -0.0, 2, 0 },
	{ "1", 1.0, 1, 0 },
	{ "  \t\n+1.5x", 1.5, 8, 0 },
	{ "-12.5e3x", -12500.0, 7, 0 },
	{ ".5e-2", 0.005, 5, 0 },
	{ "0.1", 0.1, 3, 0 },
	{ "3.14159", 3.14159, 7, 0 },
	{ "1e23", 1e23, 4, 0 },
	{ "8.5e-15", 8.5e-15, 7, 0 },
	{ "123456789012345678901234567890", 123456789012345678901234567890.0, 30, 0 },
	{ "0.000000000000000000000000000001e30", 1.0, 35, 0 },
	/* The corners of "no more digits": the number ends before them. */
	{ "1e", 1.0, 1, 0 },
	{ "1e+", 1.0, 1, 0 },
	{ "1e-x", 1.0, 1, 0 },
	{ "1.", 1.0, 2, 0 },
	{ "0x", 0.0, 1, 0 },
	{ "0x.p1", 0.0, 1, 0 },
	{ "0x1p", 1.0, 3, 0 },
	{ "0xg", 0.0, 1, 0 },
	/* No number at all: 0, *end = s. */
	{ "", 0.0, 0, 0 },
	{ ".", 0.0, 0, 0 },
	{ ".e1", 0.0, 0, 0 },
	{ "-", 0.0, 0, 0 },
	{ " +.", 0.0, 0, 0 },
	{ "e5", 0.0, 0, 0 },
	{ "in", 0.0, 0, 0 },
	/* Hex. */
	{ "0x1.8p3", 12.0, 7, 0 },
	{ "0X1P-2", 0.25, 6, 0 },
	{ "0x.8", 0.5, 4, 0 },
	{ "0x1.fffffffffffff7ffp1023", 0x1.fffffffffffffp1023, 25, 0 },
	{ "0x1.00000000000008p0", 1.0, 20, 0 },        /* tie: to even */
	{ "0x1.00000000000018p0", 0x1.0000000000002p0, 20, 0 },
	{ "0x1.000000000000080000000000000000001p0", 0x1.0000000000001p0, 39, 0 },
	/* Infinity and NaN in any case. */
	{ "inf", __builtin_inf(), 3, 0 },
	{ "-inFin", -__builtin_inf(), 4, 0 },
	{ "infinityx", __builtin_inf(), 8, 0 },
	{ "INFINITY", __builtin_inf(), 8, 0 },
	/* The limits: the largest double, and the halfway point above it. */
	{ "1.7976931348623157e308", DBL_MAX, 22, 0 },
	{ "1.7976931348623158e308", DBL_MAX, 22, 0 },
	{ "1.7976931348623159e308", __builtin_inf(), 22, ERANGE },
	{ "1e309", __builtin_inf(), 5, ERANGE },
	{ "-1e99999999999", -__builtin_inf(), 14, ERANGE },
	/* Subnormals: ERANGE when inexact (glibc), not when exact. */
	{ "1e-310", 1e-310, 6, ERANGE },
	{ "0x1p-1074", 0x1p-1074, 9, 0 },
	{ "4.9406564584124654e-324", 0x1p-1074, 23, ERANGE },
	{ "2.4703282292062327e-324", 0.0, 23, ERANGE },        /* below half */
	{ "2.4703282292062328e-324", 0x1p-1074, 23, ERANGE },  /* above half */
	{ "0x1p-1075", 0.0, 9, ERANGE },                       /* half: even */
	{ "0x1.0000000000001p-1075", 0x1p-1074, 23, ERANGE },
	{ "2.2250738585072011e-308", 0x0.fffffffffffffp-1022, 23, ERANGE },
	{ "2.2250738585072014e-308", DBL_MIN, 23, 0 },
	{ "1e-400", 0.0, 6, ERANGE },
	{ "-1e-99999999999", -0.0, 15, ERANGE },
	/* Halfway between 1 and the next double, and a hair either side. */
	{ "1.00000000000000011102230246251565404236316680908203125", 1.0, 55, 0 },
	{ "1.00000000000000011102230246251565404236316680908203126", 0x1.0000000000001p0, 55, 0 },
	{ "1.00000000000000011102230246251565404236316680908203124", 1.0, 55, 0 },
	{ "1.000000000000000333066907387546962127089500427246093750", 0x1.0000000000002p0, 56, 0 },
};

static int same(double a, double b)
{
	return memcmp(&a, &b, sizeof a) == 0;
}

static void check_row(const struct row *r)
{
	char *end;

	errno = 0;
	double d = strtod(r->s, &end);
	if (!same(d, r->want) || end != r->s + r->end || errno != r->err) {
		check_puts("strtod(\"");
		check_puts(r->s);
		check_puts("\"): end ");
		check_putll(end - r->s);
		check_puts(" errno ");
		check_putll(errno);
		check_puts("\n");
	}
	CHECK(same(d, r->want));
	CHECK_INT(end - r->s, r->end);
	CHECK_INT(errno, r->err);
	CHECK(same(atof(r->s), r->want));
}

/* A digit string of n digits after "0.", all '9' but the given tail. */
static char *long_number(size_t n, const char *tail)
{
	size_t t = strlen(tail);
	char *s = malloc(n + t + 3);

	memcpy(s, "0.", 2);
	memset(s + 2, '9', n);
	memcpy(s + 2 + n, tail, t + 1);
	return s;
}

int main(void)
{
	char *end, *s;
	float f;
	long double l;
	double d;

	for (size_t i = 0; i < sizeof table / sizeof *table; i++)
		check_row(&table[i]);

	/* NaN: quiet, the sign of the text, glibc's payload. */
	d = strtod("nan", &end);
	CHECK(__builtin_isnan(d) && !__builtin_signbit(d));
	CHECK_STR(end, "");
	d = strtod("-NaN(0x123)z", &end);
	CHECK(__builtin_isnan(d) && __builtin_signbit(d));
	CHECK_STR(end, "z");
	{
		/* glibc's quiet NaN: 0x7ff8000000000000, or where NaNs are
		 * MIPS' legacy ones (the compiler's has the quiet bit clear)
		 * 0x7ff7ffffffffffff; a payload keeps only the quiet bit */
		unsigned long long bits, quiet, qbit;
		d = __builtin_nan("");
		memcpy(&bits, &d, sizeof bits);
		qbit = bits & 0x0008000000000000ull;
		quiet = qbit ? 0x7ff8000000000000ull : 0x7ff7ffffffffffffull;
		d = strtod("nan(0x123)", 0);
		memcpy(&bits, &d, sizeof bits);
		CHECK_INT(bits, 0x7ff0000000000123ull | qbit);
		d = strtod("nan(abc)", 0);
		memcpy(&bits, &d, sizeof bits);
		CHECK_INT(bits, quiet);
	}
	strtod("nan(", &end);
	CHECK_STR(end, "(");
	strtod("nan(a b)", &end);
	CHECK_STR(end, "(a b)");
	strtod("NAN(_1a)x", &end);
	CHECK_STR(end, "x");

	/* float: its own rounding and limits, not double's rounded again. */
	errno = 0;
	f = strtof("1.00000005960464477539062500000001", &end);
	CHECK(f == 0x1.000002p0f);
	f = strtof("1.000000059604644775390625", &end);  /* tie: even */
	CHECK(f == 1.0f);
	CHECK(strtof("3.4028235e38", 0) == FLT_MAX);
	CHECK_INT(errno, 0);
	CHECK(strtof("3.4028236e38", 0) == __builtin_inf());
	CHECK_INT(errno, ERANGE);
	errno = 0;
	CHECK(strtof("1.1754943508222876e-38", 0) == FLT_MIN);
	CHECK_INT(errno, 0);
	CHECK(strtof("1.40129846e-45", 0) == 0x1p-149f);
	CHECK_INT(errno, ERANGE);
	CHECK(strtof("0x1.8p3", &end) == 12.0f);
	CHECK_STR(end, "");

	/* long double: the compiler's own constants, in its format. */
	errno = 0;
	l = strtold("0.1", &end);
	CHECK(l == 0.1L);
	CHECK_STR(end, "");
#if LDBL_MAX_EXP > 1024         /* not where long double is double (arm) */
	CHECK(strtold("1e-4000", 0) == 1e-4000L);
	CHECK(strtold("1e4932", 0) == 1e4932L);
#endif
	CHECK(strtold("-0x1.8p-1", 0) == -0.75L);
	CHECK(strtold("123456789012345678901234567890123456789", 0) ==
	      123456789012345678901234567890123456789.0L);
	CHECK_INT(errno, 0);
	CHECK(strtold("1e99999", 0) == __builtin_inf());
	CHECK_INT(errno, ERANGE);

	/* 10,000 digits, exactly: 0.999...9 rounds to 1; with a tail of
	 * zeros and a 1 after the halfway digits it still must round. */
	s = long_number(10000, "");
	errno = 0;
	d = strtod(s, &end);
	CHECK(d == 1.0);
	CHECK_INT(end - s, 10002);
	CHECK_INT(errno, 0);
	free(s);
	s = malloc(20000);
	strcpy(s, "1.00000000000000011102230246251565404236316680908203125");
	memset(s + strlen(s), '0', 10000);
	strcpy(s + 55 + 10000, "1e0");
	d = strtod(s, &end);
	CHECK(d == 0x1.0000000000001p0);
	CHECK_INT(end - s, 55 + 10000 + 3);
	s[55 + 10000] = 0;
	CHECK(strtod(s, 0) == 1.0);
	free(s);
	return check_done();
}
