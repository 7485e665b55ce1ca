/* printf's floating-point conversions take their argument off the list.
 *
 * taskrt does not format floating point yet, but every f F e E g G a A must
 * still consume its double (a long double with L), or each later
 * conversion reads the wrong argument: on riscv64 "%g %s" then took the
 * double's bits for the string's pointer and crashed; on x86_64 a long
 * double, always passed in memory, put every later integer argument past
 * the sixth one slot off.  So each case puts a float conversion before
 * integer and string conversions, and checks only those: each float
 * conversion is written in brackets, and the text outside them is
 * compared.  The float text itself is not checked, so the file passes
 * against glibc, too:
 *
 *   gcc -O2 -Wall -Wextra -Werror test/printf_float_args.c -o /tmp/pfa && /tmp/pfa
 *
 * Calls go through a volatile pointer, so the compiler computes none of
 * them at compile time.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

static int (*volatile sn)(char *, size_t, const char *, ...) = snprintf;
static int (*volatile vsn)(char *, size_t, const char *, va_list) = vsnprintf;
static char buf[1024];

/* buf without its bracketed parts and the space after each: "[2.5] x
 * [1.5] y" gives "x y".  Each float conversion is written in brackets,
 * and no float text has one. */
static const char *unbracketed(void)
{
	static char out[sizeof buf];
	char *o = out;
	int inside = 0;

	for (const char *p = buf; *p; p++) {
		if (*p == '[') {
			inside = 1;
		} else if (*p == ']') {
			inside = 0;
			if (p[1] == ' ')
				p++;
		} else if (!inside) {
			*o++ = *p;
		}
	}
	*o = 0;
	return out;
}

/* T(want, format, args...): the text outside the brackets, and a return
 * value that counts what was stored. */
#define T(want, ...) do { int r_ = sn(buf, sizeof buf, __VA_ARGS__); \
	CHECK_INT(r_, (int)strlen(buf)); CHECK_STR(unbracketed(), want); } while (0)

static int call_vsnprintf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsn(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return r;
}

int main(void)
{
	(void)check_skip;       /* check.h's, unused here */

	/* The cases. */
	T("42", "[%.2f] %d", 3.14, 42);
	T("after a double", "[%g] %s", 2.5, "after a double");
	T("1 2 3 4 5 6 seven", "[%Lf] %d %d %d %d %d %d %s", 1.5L, 1, 2, 3, 4, 5, 6, "seven");

	/* Every conversion letter, upper and lower case, each before an int. */
	T("1 2 3 4 5 6 7 8 end", "[%f] %d [%F] %d [%e] %d [%E] %d [%g] %d [%G] %d [%a] %d [%A] %d %s",
	  1.0, 1, 2.0, 2, 3.0, 3, 4.0, 4, 5.0, 5, 6.0, 6, 7.0, 7, 8.0, 8, "end");
	T("1 2 3 4 5 6 7 8 end", "[%Lf] %d [%LF] %d [%Le] %d [%LE] %d [%Lg] %d [%LG] %d [%La] %d [%LA] %d %s",
	  1.0L, 1, 2.0L, 2, 3.0L, 3, 4.0L, 4, 5.0L, 5, 6.0L, 6, 7.0L, 7, 8.0L, 8, "end");

	/* More doubles than any arch has floating-point argument registers
	 * (8 on x86_64, aarch64, arm VFP pairs, riscv64), so some come from
	 * memory, then integers and a string after them. */
	T("1 2 3 4 5 6 7 8 9 ten", "[%f][%f][%f][%f][%f][%f][%f][%f][%f][%f][%f][%f] %d %d %d %d %d %d %d %d %d %s",
	  0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5,
	  1, 2, 3, 4, 5, 6, 7, 8, 9, "ten");

	/* Long doubles and doubles mixed with wide and narrow integers: the
	 * alignment of each (16 bytes for a long double on x86_64, aarch64 and
	 * riscv64, 8 for a long long on arm) must be kept. */
	T("7 -1 9223372036854775807 x 65535 y", "[%Lg] %d [%g] %lld [%Le] %lld [%a] %c [%LA] %hu [%f] %s",
	  -2.25L, 7, 0.1, -1LL, 1e300L, 9223372036854775807LL, 0.75, 'x', 3.0L, 65535, 1e-300, "y");
	T("3 4 tail", "[%Lf] %d [%Lf] %d [%Lf] %s", 1.0L, 3, 2.0L, 4, 5.0L, "tail");

	/* Width and precision from the list come before the double. */
	T("7 8", "[%*.*f] %d [%-*Lg] %d", 10, 3, 1.0, 7, 12, 2.0L, 8);
	/* l with f is still a double (C99). */
	T("5 six", "[%lf] %d [%lg] %s", 1.0, 5, 2.0, "six");
	/* Flags are read, the argument still taken. */
	T("11 12", "[%+#0 -12.4e] %d [%#G] %u", -1.0, 11, 2.0, 12u);

	/* The same through vsnprintf: the engine's va_list comes from a
	 * caller's va_start. */
	CHECK_INT(call_vsnprintf("[%G] %d [%Le] %s", 1.0, 21, 2.0L, "v"), (int)strlen(buf));
	CHECK_STR(unbracketed(), "21 v");

	/* And to a file descriptor: printf's own path, the original crash. */
	int p[2];
	CHECK_INT(pipe(p), 0);
	CHECK_INT(dprintf(p[1], "[%g] %s [%Lf] %d", 2.5, "fd", 1.5L, 99) > 0, 1);
	close(p[1]);
	ssize_t n = read(p[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	close(p[0]);
	CHECK_STR(unbracketed(), "fd 99");
	return check_done();
}
