/* The wide-character classes.  Below 128 each is its <ctype.h> class;
 * above, Unicode's (glibc's tables) in C.UTF-8, none in C.  Digits and
 * hex digits are ASCII's alone in every locale, as in glibc. */
#include <ctype.h>
#include <wctype.h>
#include "internal/locale.h"
#include "internal/unicode.h"
#include <unicode/alpha.h>
#include <unicode/upper.h>
#include <unicode/lower.h>
#include <unicode/punct.h>
#include <unicode/print.h>
#include <unicode/graph.h>
#include <unicode/space.h>
#include <unicode/blank.h>
#include <unicode/cntrl.h>

/* ASCII's answer, or the table's where the locale is UTF-8. */
#define CLASS(name, is_ascii, table) \
	int name(wint_t c) \
	{ \
		if (c < 0x80) \
			return is_ascii((int)c) != 0; \
		return __locale_utf8() && IN_TABLE(table, c); \
	}

CLASS(iswalpha, isalpha, alpha_ranges)
CLASS(iswupper, isupper, upper_ranges)
CLASS(iswlower, islower, lower_ranges)
CLASS(iswpunct, ispunct, punct_ranges)
CLASS(iswprint, isprint, print_ranges)
CLASS(iswgraph, isgraph, graph_ranges)
CLASS(iswspace, isspace, space_ranges)
CLASS(iswblank, isblank, blank_ranges)
CLASS(iswcntrl, iscntrl, cntrl_ranges)

int iswdigit(wint_t c)
{
	return c - '0' < 10;
}

int iswxdigit(wint_t c)
{
	return c < 0x80 && isxdigit((int)c);
}

int iswalnum(wint_t c)
{
	return iswdigit(c) || iswalpha(c);
}
