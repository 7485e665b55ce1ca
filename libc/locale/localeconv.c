/* localeconv: the C locale's numeric and monetary conventions (both of
 * taskrt's locales share them): "." and no grouping, every char field
 * CHAR_MAX ("not available"). */
#include <limits.h>
#include <locale.h>

struct lconv *localeconv(void)
{
	/* struct lconv's strings are char *, but the program must not write
	 * them: arrays, so that no string literal loses its const */
	static char dot[] = ".", none[] = "";
	static struct lconv c = {
		dot, none, none, none, none, none, none, none, none, none,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
	};
	return &c;
}
