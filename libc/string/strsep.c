#include <string.h>
#include "internal/defs.h"

/* Cut the first field off *sp: the field ends at the first byte from sep,
 * which is overwritten with a zero, and *sp moves past it (to NULL after
 * the last field).  Unlike strtok, empty fields are returned. */
weak char *strsep(char **sp, const char *sep)
{
	char *s = *sp, *end;

	if (!s)
		return NULL;
	end = s + strcspn(s, sep);
	if (*end) {
		*end = 0;
		*sp = end + 1;
	} else {
		*sp = NULL;
	}
	return s;
}
