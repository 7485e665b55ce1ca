#include <errno.h>
#include "internal/strtox.h"

/* The value of c as a digit: 0-9, then a-z or A-Z for 10-35; 36 for
 * anything else, which is too big for every base. */
static unsigned digit(unsigned char c)
{
	if ((unsigned)(c - '0') < 10)
		return c - '0';
	c |= 0x20;                      /* ASCII lower case */
	if ((unsigned)(c - 'a') < 26)
		return c - 'a' + 10;
	return 36;
}

/* The steps, as glibc and POSIX have them:
 *  1. an invalid base (not 0 or 2..36): EINVAL, return 0 (and, as glibc
 *     does, leave *end alone);
 *  2. skip white space, then take one optional sign;
 *  3. base 16 (and base 0) skip a "0x" or "0X", but only when a hex digit
 *     follows: "0x" alone is the number 0 followed by "x"; base 0 is then
 *     16 after "0x", 8 after a leading "0", 10 otherwise;
 *  4. take every digit below the base; past the type's range, keep
 *     reading the digits but remember the overflow;
 *  5. *end points after the last digit, or to s itself when there was none
 *     (even if white space or a sign were skipped);
 *  6. overflow gives ERANGE and the limit in the direction of the sign;
 *     otherwise the value, negated if there was a '-'. */
unsigned long long __strtox(const char *s, char **end, int base,
                            unsigned long long max, int is_signed)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long long value = 0, limit, cutoff;
	unsigned d, cutdigit;
	int neg = 0, overflow = 0, any = 0;

	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		return 0;
	}
	while (*p == ' ' || (unsigned)(*p - '\t') < 5)    /* \t \n \v \f \r */
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 0x20) == 'x'
	    && digit(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = p[0] == '0' ? 8 : 10;
	}

	/* The largest magnitude the result may have: one more than max for a
	 * negative signed number (LONG_MIN is -(LONG_MAX + 1)).  value*base+d
	 * stays within it while value < cutoff, or value == cutoff and
	 * d <= cutdigit; checking that first means value never wraps. */
	limit = max + (is_signed && neg);
	cutoff = limit / base;
	cutdigit = limit % base;
	for (; (d = digit(*p)) < (unsigned)base; p++) {
		any = 1;
		if (value > cutoff || (value == cutoff && d > cutdigit))
			overflow = 1;
		else
			value = value * base + d;
	}
	if (end)
		*end = (char *)(any ? (const char *)p : s);
	if (overflow) {
		errno = ERANGE;
		/* LONG_MIN or LONG_MAX; ULONG_MAX whatever the sign */
		return is_signed && neg ? -limit : limit;
	}
	return neg ? -value : value;
}
