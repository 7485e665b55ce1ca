/* wcstol and friends: the ASCII prefix that a number can be made of is
 * narrowed into a buffer and parsed by the one integer parser
 * (internal/strtox.h); *end is mapped back by the count consumed.  A
 * number longer than the buffer's 511 characters (leading zeros only)
 * is parsed from its first 511. */
#include <limits.h>
#include <wchar.h>
#include <wctype.h>
#include "internal/strtox.h"

static unsigned long long parse(const wchar_t *s, wchar_t **end, int base,
                                unsigned long long max, int is_signed)
{
	char buf[512], *stop;
	size_t n = 0, skip = 0;
	unsigned long long v;

	while (iswspace(s[skip]))
		skip++;
	while (n < sizeof buf - 1 && s[skip + n] > 0 && s[skip + n] < 0x80
	       && !iswspace(s[skip + n])) {
		buf[n] = (char)s[skip + n];
		n++;
	}
	buf[n] = 0;
	v = __strtox(buf, &stop, base, max, is_signed);
	if (end)
		*end = (wchar_t *)(stop == buf ? s : s + skip + (stop - buf));
	return v;
}

long wcstol(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return (long)parse(s, end, base, LONG_MAX, 1);
}

unsigned long wcstoul(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return (unsigned long)parse(s, end, base, ULONG_MAX, 0);
}

long long wcstoll(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return (long long)parse(s, end, base, LLONG_MAX, 1);
}

unsigned long long wcstoull(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return parse(s, end, base, ULLONG_MAX, 0);
}
