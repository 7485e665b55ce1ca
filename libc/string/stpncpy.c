#include <string.h>
#include "internal/defs.h"

/* Copy at most n bytes of s into d, and fill the rest of the n with zeros.
 * If s is n bytes or longer, d is NOT terminated.  Returns the end of the
 * copied string: d + strnlen(s, n). */
char *__stpncpy(char *restrict d, const char *restrict s, size_t n)
{
	size_t len = __strnlen(s, n);

	memcpy(d, s, len);
	memset(d + len, 0, n - len);
	return d + len;
}
weak_alias(__stpncpy, stpncpy);
