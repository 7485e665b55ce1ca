/* printf's floating conversions, and the other glibc features of the
 * engine (positional arguments, %m, %lc/%ls, the ' flag), with hand-picked
 * cases whose text glibc 2.36 prints (test/float_vs_glibc.sh compares a
 * million more with glibc itself): exact digits, ties to even, every flag,
 * inf and nan, the %a layouts of each long double format, and bad input. */
#include <errno.h>
#include <float.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static int (*volatile sn)(char *, size_t, const char *, ...) = snprintf;
static char buf[6000];

/* T(want, format, args...): the text, and a return value that counts it. */
#define T(want, ...) do { int r_ = sn(buf, sizeof buf, __VA_ARGS__); \
	CHECK_STR(buf, want); CHECK_INT(r_, (int)strlen(want)); } while (0)

static double from_bits(unsigned long long b)
{
	double d;

	memcpy(&d, &b, sizeof d);
	return d;
}

int main(void)
{
	double inf = from_bits(0x7ff0000000000000ull), nan = from_bits(0x7ff8000000000000ull);

	(void)check_skip;

	/* Defaults and the exact value, not a rounded double. */
	T("3.140000 3.140000e+00 3.14 0x1.91eb851eb851fp+1", "%f %e %g %a", 3.14, 3.14, 3.14, 3.14);
	T("0.1000000000000000055511151231257827021181583404541015625",
	  "%.55f", 0.1);
	T("1e+300 1.0000000000000000525e+300", "%g %.19e", 1e300, 1e300);
	T("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0",
	  "%.1f", 1e300);
	T("4.9406564584124654417656879286822137236505980e-324", "%.43e", from_bits(1));
	T("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
	  "%.0f", DBL_MAX);

	/* Ties go to even, at every kind of place; above a tie goes up. */
	T("0 2 2 4 0.2 0.1 0.12", "%.0f %.0f %.0f %.0f %.1f %.1f %.2f", 0.5, 1.5, 2.5, 3.5, 0.25, 0.125, 0.125);
	T("1 1e+01 2e+01", "%.0f %.0e %.0e", 0.50000000000000011, 9.5, 15.0);
	/* 0.95 and 0.15 are a little below and above their ties */
	T("0.9 0.1 0.3", "%.1f %.1f %.1f", 0.95, 0.15, 0.25000000000000006);
	T("1000000 1e+06 1.000e+06", "%.0f %g %.3e", 999999.5, 999999.5, 999999.5);

	/* %g: style by the exponent after rounding, no trailing zeros
	 * without #, and glibc's %#g when rounding carries into %e. */
	T("100000 1e+06 0.0001 1e-05 123457 1.23457e+06", "%g %g %g %g %g %g",
	  100000.0, 1e6, 0.0001, 0.00001, 123456.7, 1234567.0);
	T("0 -0 0.00000 1. 1.e+02 99. 1.0e+02", "%g %g %#g %#.0g %#.2g %#.2g %#.2g", 0.0, -0.0, 0.0, 1.0, 99.5, 99.0, 100.0);
	T("0.0001000 1.000e-05 10.00", "%#.4g %#.4g %#.4g", 0.0001, 0.00001, 9.99995);

	/* Flags, width, precision from the list. */
	T("+1.50|-1.50| 1.50|1.50  |001.50|-01.50", "%+.2f|%+.2f|% .2f|%-6.2f|%06.2f|%06.2f", 1.5, -1.5, 1.5, 1.5, 1.5, -1.5);
	T("  +1.0e+00|1.e+00|2.|+000000001", "%+*.*e|%#.0e|%#.0f|%+010.0f", 10, 1, 1.0, 1.0, 2.0, 1.0);
	T("   3.142|3.141590", "%*.*f|%.*f", 8, 3, 3.14159, -1, 3.14159);
	T("1.0E+10 1E+10 1.5E-07 INF", "%.1E %G %G %E", 1e10, 1e10, 1.5e-7, inf);

	/* inf and nan: the sign, the case, no 0 padding, no point. */
	T("inf -inf +inf  inf INF nan -NAN", "%f %e %+g % a %F %g %E", inf, -inf, inf, inf, inf, nan, -nan);
	T("       inf|-inf      |   nan", "%010f|%-10f|%#6g", inf, -inf, nan);

	/* %a: the exact bits, trailing zeros gone without a precision,
	 * ties to even with one, and subnormals with their 0 digit. */
	T("0x1p+0 0x1.8p+1 -0x1.999999999999ap-4 0x0p+0 -0x0p+0", "%a %a %a %a %a", 1.0, 3.0, -0.1, 0.0, -0.0);
	T("0x2p+0 0x1p+1 0x2.0p+0 0x1.000p+0 0X1.8P+1", "%.0a %.0a %.1a %.3a %A", 1.5, 2.5, 1.97, 1.0, 3.0);
	T("0x0.0000000000001p-1022 0x1p-1022 0x1.fffffffffffffp+1023", "%a %a %a",
	  from_bits(1), DBL_MIN, DBL_MAX);
	T("  0x1.8p+0|0x0001.8p+0|+0x1.8p+0", "%10a|%#011a|%+a", 1.5, 1.5, 1.5);

	/* long double: decimal is the same everywhere; %a shows its format. */
	T("0.100000 1.000000e-01 0.1", "%Lf %Le %Lg", 0.1L, 0.1L, 0.1L);
	T("3.3333333333333331482961625624739099293947219848632812500000000000e-01",
	  "%.64Le", (long double)(1.0 / 3));
	if (LDBL_MANT_DIG == 64) {
		/* x87: the explicit integer bit is the top of the first digit */
		T("0x8p-3 0xcp-2 0x1p+1 0xf.ep+0", "%La %La %.0La %.1La", 1.0L, 3.0L, 1.97L, 15.9L);
		T("1.189731e+4932 3.645200e-4951", "%Le %Le", LDBL_MAX, LDBL_TRUE_MIN);
	} else if (LDBL_MANT_DIG == 113) {
		T("0x1p+0 0x1.8p+1 0x2p+0 0x2.0p+3", "%La %La %.0La %.1La", 1.0L, 3.0L, 1.97L, 15.9L);
		T("1.189731e+4932 6.475175e-4966", "%Le %Le", LDBL_MAX, LDBL_TRUE_MIN);
	} else {
		T("0x1p+0 0x1.8p+1 0x2p+0", "%La %La %.0La", 1.0L, 3.0L, 1.5L);
	}

	/* A precision far past the digits: zeros, exactly as many. */
	sn(buf, sizeof buf, "%.5000f", 1.0);
	CHECK_INT(strlen(buf), 5002);
	CHECK_INT(strspn(buf + 2, "0"), 5000);
	CHECK_INT(sn(0, 0, "%.100000f", 0.5), 100002);
	/* Too wide for an int: EOVERFLOW, as glibc. */
	errno = 0;
	CHECK_INT(sn(buf, sizeof buf, "%2147483648f", 1.0), -1);
	CHECK_INT(errno, EOVERFLOW);

	/* Positional arguments, width and precision among them too. */
	T("b a 42", "%2$s %1$s %3$d", "a", "b", 42);
	T("   3.14|0x2a|42|2.5", "%3$*1$.*2$f|%4$#x|%4$d|%5$Lg", 7, 2, 3.14159, 42, 2.5L);
	T("[    7][7    ]", "[%1$*2$d][%1$-*2$d]", 7, 5);
	TASKRT_ONLY(errno = 0);
	TASKRT_ONLY(CHECK_INT(sn(buf, sizeof buf, "%65$d", 1), -1));
	TASKRT_ONLY(CHECK_INT(errno, EINVAL));  /* taskrt keeps 64 numbers */

	/* %m: errno's text (strerror links the texts into this program). */
	CHECK(strerror(ENOENT) != 0);
	errno = ENOENT;
	T("[No such file or directory] [No su] [ No such file or directory]", "[%m] [%.5m] [%26m]");
	errno = 9999;
	T("Unknown error 9999", "%m");

	/* %lc and %ls (%C, %S): ASCII is the same in every locale; taskrt's
	 * C locale is UTF-8 (glibc's C.UTF-8), glibc's plain C is not. */
	T("[x] [abc] [ab] [  abc] [abc  ] [(null)]", "[%lc] [%ls] [%.2ls] [%5ls] [%-5S] [%ls]",
	  (unsigned)L'x', L"abc", L"abc", L"abc", L"abc", (wchar_t *)0);
	TASKRT_ONLY(T("[\xc3\xa9] [h\xe2\x82\xac!] [h] [\xf0\x9f\x98\x80]", "[%lc] [%ls] [%.3ls] [%C]",
		      (unsigned)0xe9, L"h\x20ac!", L"h\x20ac!", (unsigned)0x1f600));
	TASKRT_ONLY(errno = 0);
	TASKRT_ONLY(CHECK_INT(sn(buf, sizeof buf, "%lc", (unsigned)0xd800), -1));
	TASKRT_ONLY(CHECK_INT(errno, EILSEQ));
	TASKRT_ONLY(CHECK_INT(sn(buf, sizeof buf, "%ls", L"a\x110000"), -1));

	/* The ' flag groups nothing in the C locale; unknown conversions
	 * print as written. */
	T("1234567 1234.50 -12", "%'d %'.2f %'i", 1234567, 1234.5, -12);
	T("%y %5y %-3! %", "%y %5y %-3! %");
	return check_done();
}
