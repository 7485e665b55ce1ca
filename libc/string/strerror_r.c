#include <string.h>
#include "internal/messages.h"
#include "internal/defs.h"

/* The GNU strerror_r (glibc's under _GNU_SOURCE, and so the public
 * symbol): the message for a known errnum is returned as it is, a static
 * string, and buf is not touched; for any other number "Unknown error N"
 * is written into buf, cut to size - 1 bytes and terminated (nothing at
 * all when size is 0), and buf is returned.  So the result is always
 * a string to print, which is the point of this form. */
weak char *strerror_r(int errnum, char *buf, size_t size)
{
	char unknown[UNKNOWN_SIZE];
	const char *text = __errno_text(errnum);

	if (text)
		return (char *)text;
	__strlcpy(buf, __unknown_number(unknown, "Unknown error ", errnum), size);
	return buf;
}
