/* localeconv: the C locale's numeric and monetary conventions (both of
 * taskrt's locales share them): "." and no grouping, every char field
 * CHAR_MAX ("not available"). */
#include <limits.h>
#include <locale.h>

struct lconv *localeconv(void)
{
	static struct lconv c = {
		".", "", "", "", "", "", "", "", "", "",
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
	};
	return &c;
}
