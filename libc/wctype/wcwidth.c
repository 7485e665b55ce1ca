/* wcwidth: the columns a character takes on a terminal, as glibc
 * counts them: 0 for the null character and for combining and other
 * zero-width characters, 2 for East Asian wide and full-width ones, 1
 * for the other printable ones, -1 for what is not printable.  In the C
 * locale only ASCII is printable. */
#include <wchar.h>
#include <wctype.h>
#include "internal/locale.h"
#include "internal/unicode.h"
#include <unicode/width0.h>
#include <unicode/width2.h>

weak int wcwidth(wchar_t wc)
{
	unsigned c = wc;

	if (!c)
		return 0;
	if (c < 0x80 || !__locale_utf8())
		return iswprint(c) ? 1 : -1;
	/* glibc's table of zero widths comes before its printable test */
	if (IN_TABLE(width0_ranges, c))
		return 0;
	if (!iswprint(c))
		return -1;
	return IN_TABLE(width2_ranges, c) ? 2 : 1;
}

weak int wcswidth(const wchar_t *s, size_t n)
{
	int total = 0;

	for (; n && *s; n--, s++) {
		int w = wcwidth(*s);
		if (w < 0)
			return -1;
		total += w;
	}
	return total;
}
