#include <string.h>
#include "internal/defs.h"

/* Split a string into tokens separated by runs of bytes from sep.
 *
 * The first call passes the string, later calls pass NULL and continue
 * where *save says.  Each token is terminated in place (the separator
 * after it is overwritten with a zero); NULL means no tokens are left. */
char *__strtok_r(char *restrict s, const char *restrict sep, char **restrict save)
{
	char *end;

	if (!s && !(s = *save))
		return NULL;
	s += strspn(s, sep);            /* skip leading separators */
	if (!*s) {
		*save = s;
		return NULL;
	}
	end = s + strcspn(s, sep);      /* the token is s .. end */
	if (*end)
		*end++ = 0;
	*save = end;
	return s;
}
weak_alias(__strtok_r, strtok_r);
