/* <stdio.h>'s printf macros (docs/stdio.md): a call reaches an engine
 * with only the parts it can need, and must print exactly what the full
 * engine prints.  Each case formats twice, once through the macro and
 * once through (snprintf), the function itself, and both must give
 * glibc's text; the other members (printf, fprintf, sprintf, dprintf)
 * are checked through a pipe or a file.  Passes against glibc, which has
 * no such macros: there both calls are the same. */
#ifndef _GNU_SOURCE   /* check-libc defines it on the command line */
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include "check.h"

static char got[512], full[512];

/* S(want, format, arguments...): the macro's call, then the function's. */
#define S(want, ...) do { \
	int r_ = snprintf(got, sizeof got, __VA_ARGS__); \
	int f_ = (snprintf)(full, sizeof full, __VA_ARGS__); \
	CHECK_STR(got, want); CHECK_STR(full, want); \
	CHECK_INT(r_, (int)strlen(want)); CHECK_INT(f_, (int)strlen(want)); \
} while (0)

/* A format the compiler cannot see: the conservative choice. */
static const char *volatile hidden_fmt = "%s: %m";
static char *volatile null_string;

/* Read what the writes to the pipe's end brought. */
static void drain(int fd, char *to, size_t n)
{
	ssize_t k = read(fd, to, n - 1);

	to[k > 0 ? k : 0] = 0;
}

int main(void)
{
	int n = -1, p[2];
	short h = -1;
	long long ll = -1;
	wchar_t ws[] = L"wide";   /* ASCII: glibc's C locale */
	char s17[512];
	FILE *f;

	/* Integers, flags, widths, precisions, lengths. */
	S("42 -7 7 ff FF 17 0xff 017", "%d %i %u %x %X %o %#x %#o", 42, -7, 7u, 255u, 255u, 15u, 255u, 15u);
	S("+5  5 00042 42   |  007", "%+d % d %05d %-5d|%5.3d", 5, 5, 42, 42, 7);
	S("44 -1 -1 18446744073709551615", "%hhd %hd %lld %llu", (signed char)44, (short)-1, -1LL, (unsigned long long)-1);
	S("12 -3 4", "%zu %jd %td", (size_t)12, (intmax_t)-3, (ptrdiff_t)4);
	S("1234567", "%'d", 1234567);
	S("(nil) 0x1234", "%p %p", (void *)0, (void *)0x1234);
	/* Text. */
	S("ab|        ab|ab        |a|x|    y", "%s|%10s|%-10s|%.1s|%c|%5c", "ab", "ab", "ab", "ab", 'x', 'y');
	S("(null)", "%s", null_string);
	S("wide|x|  wid", "%ls|%lc|%5.3ls", ws, (wint_t)'x', ws);
	S("x|wide|wi", "%C|%S|%.2ls", (wint_t)'x', ws, ws);
	/* Widths and precisions from the arguments. */
	S("   42|42   |abc", "%*d|%-*d|%.*s", 5, 42, -5, 42, 3, "abcdef");
	/* Positional arguments (the '$' asks for them). */
	S("b a 7", "%2$s %1$s %3$d", "a", "b", 7);
	S("   x|x", "%1$*2$s|%1$s", "x", 4);
	/* %%, and %n with the count so far. */
	S("100%", "%d%%", 100);
	S("abc", "abc%n", &n);
	CHECK_INT(n, 3);
	S("ab", "a%hnb", &h);
	CHECK_INT(h, 1);
	S("xy", "xy%lln", &ll);
	CHECK_INT(ll, 2);
	/* %m: strerror(errno)'s text, errno as the call found it. */
	errno = ENOENT;
	S("No such file or directory", "%m");
	errno = EINVAL;
	S("f: Invalid argument|Invalid", "%s: %m|%.7m", "f");
	errno = 9999;
	S("[Unknown error 9999]", "[%m]");
	errno = -5;
	S("[Unknown error -5|Unknown]", "[%m|%.7m]");
	errno = EBADF;
	CHECK_INT(snprintf(got, sizeof got, hidden_fmt, "x"), 22);
	CHECK_STR(got, "x: Bad file descriptor");
	/* Floats beside the rest, and a float past the 16th argument. */
	S("1.50 2 x", "%.2f %d %s", 1.5, 2, "x");
	snprintf(s17, sizeof s17, "%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d %.1f",
		 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 2.5);
	CHECK_STR(s17, "1234567890123456 2.5");
#ifdef TASKRT
	/* A %f without a floating argument is undefined: taskrt's engine
	 * without floats prints it as written (what %d then takes depends
	 * on where the arch passes a double). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	snprintf(got, sizeof got, "[%f] %d", 1, 2);
#pragma GCC diagnostic pop
	CHECK_INT(strncmp(got, "[%f] ", 5), 0);
	/* A set without the wide part or %m's texts (only a call that
	 * <stdio.h> saw had no %lc, %ls or %m gets one) prints them as
	 * written too. */
	CHECK_INT(__snprintf_sel(&__printf_ops0, got, sizeof got, "[%ls|%lc]", ws, (wint_t)'x'), 9);
	CHECK_STR(got, "[%ls|%lc]");
	CHECK_INT(__snprintf_sel(&__printf_ops0, got, sizeof got, "[%m]"), 4);
	CHECK_STR(got, "[%m]");
#endif

	/* sprintf, dprintf, printf and fprintf. */
	CHECK_INT(sprintf(got, "%s-%03d", "id", 7), 6);
	CHECK_STR(got, "id-007");
	CHECK_INT(pipe(p), 0);
	errno = EPERM;
	CHECK_INT(dprintf(p[1], "%d %m", 3), 25);
	drain(p[0], got, sizeof got);
	CHECK_STR(got, "3 Operation not permitted");
	f = fdopen(p[1], "w");
	CHECK(f != 0);
	CHECK_INT(fprintf(f, "%2$s%1$s", "b", "a"), 2);
	CHECK_INT(fflush(f), 0);
	drain(p[0], got, sizeof got);
	CHECK_STR(got, "ab");
	fflush(stdout);
	int out = dup(1);
	CHECK_INT(dup2(p[1], 1), 1);
	CHECK_INT(printf("%s %u\n", "out", 5u), 6);
	fflush(stdout);
	dup2(out, 1);
	close(out);
	drain(p[0], got, sizeof got);
	CHECK_STR(got, "out 5\n");
	fclose(f);
	close(p[0]);

	/* The function itself, by address and with the macro gone. */
	int (*pf)(char *, size_t, const char *, ...) = snprintf;
	CHECK_INT(pf(got, sizeof got, "%.1f", 0.25), 3);
	CHECK_STR(got, "0.2");
#undef snprintf
	CHECK_INT(snprintf(got, sizeof got, "%e", 1.0), 12);
	CHECK_STR(got, "1.000000e+00");
	return check_done();
}
