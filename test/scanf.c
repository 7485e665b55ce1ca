/* The scanf family: every conversion, the counts and EOF as glibc gives
 * them, widths, suppression, %n, %m, positional arguments, and a FILE
 * reader that gives back exactly one byte. */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

/* %q, %m, positional arguments and empty formats on purpose */
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-zero-length"

/* (no <math.h> in taskrt) */
#define IS_NAN(d) ((d) != (d))
#define IS_INF(d) ((d) == (d) && (d) - (d) != 0)

static int call_vsscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

static int call_vscanf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vscanf(fmt, ap);
	va_end(ap);
	return r;
}

static void integers(void)
{
	int x = -1, y = -1, n = -1;
	unsigned u;
	long l;
	long long ll;
	unsigned long long ull;
	signed char hh;
	short h;
	size_t z;
	ptrdiff_t t;
	intmax_t j;
	void *p;

	CHECK_INT(sscanf("42", "%d", &x), 1); CHECK_INT(x, 42);
	CHECK_INT(sscanf("  -17 ", "%d", &x), 1); CHECK_INT(x, -17);
	CHECK_INT(sscanf("+5", "%d", &x), 1); CHECK_INT(x, 5);
	CHECK_INT(sscanf("0x1F", "%i", &x), 1); CHECK_INT(x, 31);
	CHECK_INT(sscanf("0777", "%i", &x), 1); CHECK_INT(x, 511);
	CHECK_INT(sscanf("08", "%i%n", &x, &n), 1); CHECK_INT(x, 0); CHECK_INT(n, 1);
	CHECK_INT(sscanf("-0x10", "%i", &x), 1); CHECK_INT(x, -16);
	CHECK_INT(sscanf("777", "%o", &x), 1); CHECK_INT(x, 511);
	CHECK_INT(sscanf("ff", "%x", &x), 1); CHECK_INT(x, 255);
	CHECK_INT(sscanf("0XAb", "%X", &x), 1); CHECK_INT(x, 0xab);
	CHECK_INT(sscanf("0xg", "%x%n", &x, &n), 1); CHECK_INT(x, 0); CHECK_INT(n, 2);
	CHECK_INT(sscanf("+0x", "%i%n", &x, &n), 1); CHECK_INT(x, 0); CHECK_INT(n, 3);
	CHECK_INT(sscanf("-1", "%u", &u), 1); CHECK_INT(u, UINT_MAX);
	CHECK_INT(sscanf("4294967297", "%d", &x), 1);
	if (sizeof(long) == 8)
		CHECK_INT(x, 1);        /* strtol's long, cut to an int */
	CHECK_INT(sscanf("99999999999999999999", "%lld", &ll), 1); CHECK_INT(ll, LLONG_MAX);
	CHECK_INT(sscanf("-99999999999999999999", "%lld", &ll), 1); CHECK_INT(ll, LLONG_MIN);
	CHECK_INT(sscanf("18446744073709551615", "%llu", &ull), 1); CHECK(ull == ULLONG_MAX);
	CHECK_INT(sscanf("000000000000000000000000000000000000000000000000000000000000000000000000"
			 "000000000000000000000000000000000000000000000000000000000000000000000000"
			 "000000000000000000000000000000000000000000000000000000000000000000000012",
			 "%d", &x), 1);
	CHECK_INT(x, 12);
	CHECK_INT(sscanf("-2147483648", "%ld", &l), 1); CHECK_INT(l, -2147483647L - 1);
	CHECK_INT(sscanf("300", "%hhd", &hh), 1); CHECK_INT(hh, 44);
	CHECK_INT(sscanf("65537", "%hd", &h), 1); CHECK_INT(h, 1);
	CHECK_INT(sscanf("123", "%zu", &z), 1); CHECK_INT(z, 123);
	CHECK_INT(sscanf("-123", "%td", &t), 1); CHECK_INT(t, -123);
	CHECK_INT(sscanf("1234567890123", "%jd", &j), 1); CHECK_INT(j, 1234567890123LL);
	CHECK_INT(sscanf("77", "%qd", &ll), 1); CHECK_INT(ll, 77);
	CHECK_INT(sscanf("12345", "%3d%d", &x, &y), 2); CHECK_INT(x, 123); CHECK_INT(y, 45);
	CHECK_INT(sscanf("0x1234", "%p", &p), 1); CHECK(p == (void *)0x1234);
	CHECK_INT(sscanf("(nil)", "%p", &p), 1); CHECK(p == NULL);
	/* matching failures: the count so far */
	x = 7;
	CHECK_INT(sscanf("x", "%d", &x), 0); CHECK_INT(x, 7);
	CHECK_INT(sscanf("-", "%d", &x), 0);
	CHECK_INT(sscanf("- 1", "%d", &x), 0);
	CHECK_INT(sscanf("-5", "%1d", &x), 0);
	CHECK_INT(sscanf("5 x", "%d %d", &x, &y), 1);
	/* input failures before any assignment: EOF */
	CHECK_INT(sscanf("", "%d", &x), EOF);
	CHECK_INT(sscanf("   ", "%d", &x), EOF);
	CHECK_INT(sscanf("1", "%*d%d", &x), EOF);      /* only assignments count */
	CHECK_INT(sscanf("abc", "abc%n%d", &n, &x), EOF); CHECK_INT(n, 3);
	CHECK_INT(sscanf("1", "%d%d", &x, &y), 1);
}

static void texts(void)
{
	char s[16], c[8], *m = 0;
	int n = -1, x;

	CHECK_INT(sscanf("  hello world", "%s", s), 1); CHECK_STR(s, "hello");
	CHECK_INT(sscanf("abcdefgh", "%3s%s", c, s), 2); CHECK_STR(c, "abc"); CHECK_STR(s, "defgh");
	memset(c, 'z', sizeof c);
	CHECK_INT(sscanf(" ab", "%c", c), 1); CHECK_INT(c[0], ' ');   /* no skipping */
	CHECK_INT(sscanf("abc", "%2c", c), 1); CHECK(memcmp(c, "abz", 3) == 0);   /* no NUL */
	CHECK_INT(sscanf("ab", "%5c", c), 1);      /* short at the end: still a match */
	CHECK_INT(sscanf("", "%c", c), EOF);
	CHECK_INT(sscanf("abc123", "%[a-z]%d", s, &x), 2); CHECK_STR(s, "abc"); CHECK_INT(x, 123);
	CHECK_INT(sscanf("hello, world", "%[^,], %s", c, s), 2); CHECK_STR(c, "hello"); CHECK_STR(s, "world");
	CHECK_INT(sscanf("]x", "%[]]", s), 1); CHECK_STR(s, "]");
	CHECK_INT(sscanf("a-b", "%[a-]", s), 1); CHECK_STR(s, "a-");
	/* a '-' first in the set, or first after '^', is itself (found by
	 * test/fuzz: it was a range from the '[' or the '^') */
	CHECK_INT(sscanf("-a]x", "%[-a]", s), 1); CHECK_STR(s, "-a");
	CHECK_INT(sscanf("]", "%[-a]", s), 0);
	CHECK_INT(sscanf("c-a", "%[^-a]", s), 1); CHECK_STR(s, "c");
	CHECK_INT(sscanf("-", "%[^-a]", s), 0);
	CHECK_INT(sscanf("a", "%[b]", s), 0);
	CHECK_INT(sscanf("", "%[b]", s), EOF);
	CHECK_INT(sscanf("xyz", "%2[xyz]", s), 1); CHECK_STR(s, "xy");
	CHECK_INT(sscanf("%", "%%"), 0);
	CHECK_INT(sscanf("  %5", "%%%d", &x), 1); CHECK_INT(x, 5);
	CHECK_INT(sscanf("", "x"), EOF);
	CHECK_INT(sscanf("", ""), 0);
	CHECK_INT(sscanf("", "%n", &n), 0); CHECK_INT(n, 0);
	CHECK_INT(sscanf("a", " a"), 0);
	CHECK_INT(sscanf("ab", "ac"), 0);
	CHECK_INT(sscanf("a  b", "a b%n", &n), 0); CHECK_INT(n, 4);
	CHECK_INT(sscanf("x=1", "x=%*d%n", &n), 0); CHECK_INT(n, 3);
	/* %m: allocated for the program */
	CHECK_INT(sscanf("a-very-long-word-of-more-than-sixty-four-bytes-abcdefghijklmnopqrstuvwxyz end",
			 "%ms", &m), 1);
	CHECK_STR(m, "a-very-long-word-of-more-than-sixty-four-bytes-abcdefghijklmnopqrstuvwxyz");
	free(m);
	m = 0;
	CHECK_INT(sscanf("abc", "%m[a-b]", &m), 1); CHECK_STR(m, "ab");
	free(m);
	m = 0;
	CHECK_INT(sscanf("xyz", "%3mc", &m), 1); CHECK(m && memcmp(m, "xyz", 3) == 0);
	free(m);
	/* positional arguments */
	{
		int a = 0, b = 0;
		CHECK_INT(sscanf("1 2", "%2$d %1$d", &a, &b), 2); CHECK_INT(a, 2); CHECK_INT(b, 1);
	}
	CHECK_INT(call_vsscanf("7 eight", "%d %s", &x, s), 2); CHECK_INT(x, 7); CHECK_STR(s, "eight");
}

static void floats(void)
{
	float f = 5;
	double d;
	long double ld;
	int n = -1;
	char u[20];

	CHECK_INT(sscanf("1.5", "%f", &f), 1); CHECK(f == 1.5f);
	CHECK_INT(sscanf("-2.5e3", "%lf", &d), 1); CHECK(d == -2500.0);
	CHECK_INT(sscanf("0.1", "%Lf", &ld), 1); CHECK(ld == 0.1L);
	CHECK_INT(sscanf("0.1", "%le", &d), 1); CHECK(d == 0.1);
	CHECK_INT(sscanf("1e-2", "%lg", &d), 1); CHECK(d == 0.01);
	CHECK_INT(sscanf("0x1.8p1", "%la", &d), 1); CHECK(d == 3.0);
	CHECK_INT(sscanf("0x.8p1", "%lA%n", &d, &n), 1); CHECK(d == 1.0); CHECK_INT(n, 6);
	CHECK_INT(sscanf("INF", "%lE", &d), 1); CHECK(IS_INF(d) && d > 0);
	CHECK_INT(sscanf("-infinity", "%lG%n", &d, &n), 1); CHECK(IS_INF(d) && d < 0); CHECK_INT(n, 9);
	CHECK_INT(sscanf("nan(abc)", "%lf%n", &d, &n), 1); CHECK(IS_NAN(d)); CHECK_INT(n, 3);
	CHECK_INT(sscanf("100ergs", "%f%19s", &f, u), 2); CHECK(f == 100); CHECK_STR(u, "rgs");
	CHECK_INT(sscanf("1e+x", "%f%n", &f, &n), 1); CHECK(f == 1); CHECK_INT(n, 3);
	CHECK_INT(sscanf("1.5e3x", "%3f%n", &f, &n), 1); CHECK(f == 1.5f); CHECK_INT(n, 3);
	CHECK_INT(sscanf("12.", "%lf", &d), 1); CHECK(d == 12);
	CHECK_INT(sscanf(".5", "%lf", &d), 1); CHECK(d == 0.5);
	f = 5;
	CHECK_INT(sscanf(".e1", "%f", &f), 0);
	CHECK_INT(sscanf("0x", "%f", &f), 0);
	CHECK_INT(sscanf("0xp1", "%f", &f), 0);
	CHECK_INT(sscanf("-", "%f", &f), 0);
	CHECK_INT(sscanf("in", "%f", &f), 0);
	CHECK_INT(sscanf("infinx", "%f", &f), 0);
	CHECK(f == 5);
	CHECK_INT(sscanf("", "%f", &f), EOF);
	CHECK_INT(sscanf("3.25 7", "%*f %d", &n), 1); CHECK_INT(n, 7);
	/* correctly rounded: halfway cases and long inputs */
	CHECK_INT(sscanf("9007199254740993", "%lf", &d), 1); CHECK(d == 9007199254740992.0);
	CHECK_INT(sscanf("1e400", "%lf", &d), 1); CHECK(IS_INF(d));
}

/* A FILE: the one byte that stops a conversion stays for the next read. */
static void from_file(void)
{
	char name[] = "/tmp/scanf_XXXXXX", w[16];
	int fd = mkstemp(name), x = 0, y = 0;
	FILE *f;

	CHECK(fd >= 0);
	CHECK_INT(write(fd, "12abc 34\n56", 11), 11);
	close(fd);
	f = fopen(name, "r");
	CHECK(f != NULL);
	CHECK_INT(fscanf(f, "%d", &x), 1); CHECK_INT(x, 12);
	CHECK_INT(fgetc(f), 'a');
	CHECK_INT(fscanf(f, "%s %d", w, &y), 2); CHECK_STR(w, "bc"); CHECK_INT(y, 34);
	CHECK_INT(fgetc(f), '\n');
	CHECK_INT(fscanf(f, "%d", &x), 1); CHECK_INT(x, 56);
	CHECK_INT(fscanf(f, "%d", &x), EOF);
	CHECK(feof(f));
	fclose(f);
	/* a stream opened only to write: an input failure, EBADF */
	f = fopen(name, "w");
	errno = 0;
	CHECK_INT(fscanf(f, "%d", &x), EOF);
	CHECK_INT(errno, EBADF);
	fclose(f);
	/* scanf and vscanf read stdin */
	f = fopen(name, "w");
	fputs("5 six 7", f);
	fclose(f);
	CHECK(freopen(name, "r", stdin) == stdin);
	CHECK_INT(scanf("%d", &x), 1); CHECK_INT(x, 5);
	CHECK_INT(call_vscanf("%s %d", w, &y), 2); CHECK_STR(w, "six"); CHECK_INT(y, 7);
	CHECK_INT(scanf("%d", &x), EOF);
	unlink(name);
}

int main(void)
{
	integers();
	texts();
	floats();
	from_file();
	return check_done();
}
