/* Case mapping: ASCII's below 128, Unicode's simple (one-to-one)
 * mappings above it in C.UTF-8, none in C. */
#include <ctype.h>
#include <wctype.h>
#include "internal/locale.h"
#include "internal/unicode.h"
#include <unicode/toupper.h>
#include <unicode/tolower.h>

wint_t towupper(wint_t c)
{
	if (c < 0x80)
		return toupper((int)c);
	return __locale_utf8() ? MAP_TABLE(toupper_runs, c) : c;
}

wint_t towlower(wint_t c)
{
	if (c < 0x80)
		return tolower((int)c);
	return __locale_utf8() ? MAP_TABLE(tolower_runs, c) : c;
}
