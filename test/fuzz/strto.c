/* strtol, strtoul, strtoll, strtoull, strtoimax, strtoumax of random text
 * (spaces, signs, 0x and 0 prefixes, digits of every base, numbers at and
 * past the limits, junk after) in every base 0..36 and some invalid ones;
 * strtod, strtof, strtold of decimal, hex, inf and nan text.  Recorded:
 * the value, where the parse ended, errno. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "values.h"

static const char *const int_pieces[] = {
	" ", "\t", "\n\v\f\r", "-", "+", "0", "0", "0x", "0X", "0b", "1", "7", "8",
	"9", "a", "f", "g", "z", "Z", "Q", "10", "2147483647", "2147483648",
	"4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
	"18446744073709551615", "18446744073709551616", "7fffffffffffffff",
	"8000000000000000", "ffffffffffffffff", "10000000000000000", "000000000",
	"1111111111111111111111111111111111111111111111111111111111111111",
	"zzzzzzzzzzzzz", "3w5e11264sgsf", "-", ".", "x", "\xff", "_",
};

/* The sentinel end pointer: glibc does not store one for an invalid base. */
static char untouched;
static int nan_result;

static void rec_end(const char *s, char **end)
{
	rec_sep();
	if (nan_result) {
		/* glibc's strtod reads "nan(99999999999999999999)" with
		 * strtoull and leaves its ERANGE in errno: not recorded for
		 * a NaN (docs/fuzz.md) */
		errno = 0;
		nan_result = 0;
	}
	if (*end == &untouched)
		rec_mem("untouched", 9);
	else
		rec_ptr(*end, s);
	*end = &untouched;
	rec_mem(" e", 2);
	rec_int(errno);
}

void fuzz_strtol(void)
{
	char s[200], *end = &untouched;
	int base;

	gen_text(s, sizeof s, int_pieces, sizeof int_pieces / sizeof *int_pieces, 6);
	switch (below(10)) {
	case 0: case 1: case 2: base = 0; break;
	case 3: base = 10; break;
	case 4: base = 16; break;
	case 5: base = (int)below(37); break;
	case 6: base = (int)below(37); break;
	case 7: base = 8; break;
	case 8: base = 2 + (int)below(35); break;
	default: base = chance(50) ? -1 - (int)below(3) : 37 + (int)below(3); break;
	}
	rec_str(s);
	rec_mem(" base ", 6);
	rec_int(base);
	errno = 0;
	rec_mem(" l ", 3);
	rec_int(strtol(s, &end, base));
	rec_end(s, &end);
	errno = 0;
	rec_mem(" ul ", 4);
	rec_uint(strtoul(s, &end, base));
	rec_end(s, &end);
	errno = 0;
	rec_mem(" ll ", 4);
	rec_int(strtoll(s, &end, base));
	rec_end(s, &end);
	errno = 0;
	rec_mem(" ull ", 5);
	rec_uint(strtoull(s, &end, base));
	rec_end(s, &end);
	errno = 0;
	rec_mem(" j ", 3);
	rec_int(strtoimax(s, &end, base));
	rec_end(s, &end);
	errno = 0;
	rec_mem(" uj ", 4);
	rec_uint(strtoumax(s, &end, base));
	rec_end(s, &end);
	if (base == 10 || base == 0) {
		rec_mem(" atoi ", 6);
		rec_int(atol(s));
	}
}

static const char *const float_pieces[] = {
	" ", "\t", "-", "+", "0", "0", "1", "5", "9", "123456789", ".", ".", "e",
	"E", "e+", "e-", "308", "309", "324", "400", "99999", "0x", "0X", "p", "P",
	"p-", "1074", "1p", "a", "f", "F", "inf", "INF", "infinity", "infinit",
	"nan", "NAN", "nan(", "nan()", "nan(123)", "nan(0x7f_a)", "nan(-)", ")",
	"000000000000000000000", "00000000000000000000000000000000000000001",
	"2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
	"1.7976931348623158e308", "3.4028235677973366e38", "1.1754942e-38",
	"7.0064923216240854e-46", "0.5", "9007199254740993", "x", "z",
};

void fuzz_strtod(void)
{
	char s[400], *end = &untouched;
	double d;
	float f;
	long double l;

	gen_text(s, sizeof s, float_pieces, sizeof float_pieces / sizeof *float_pieces, 8);
	rec_str(s);
	errno = 0;
	d = strtod(s, &end);
	nan_result = d != d;
	rec_mem(" d ", 3);
	rec_double(d);
	rec_end(s, &end);
	errno = 0;
	f = strtof(s, &end);
	nan_result = f != f;
	rec_mem(" f ", 3);
	rec_float(f);
	rec_end(s, &end);
	errno = 0;
	l = strtold(s, &end);
	nan_result = l != l;
	rec_mem(" ld ", 4);
	rec_ldouble(l);
	rec_end(s, &end);
	rec_mem(" atof ", 6);
	rec_double(atof(s));
}
