#include <errno.h>
#include <string.h>
#include "internal/messages.h"
#include "internal/defs.h"

/* The POSIX (XSI) strerror_r: copy the message for errnum into buf.
 * Returns 0, ERANGE when buf was too small (it still holds as much of the
 * message as fits, terminated), or EINVAL when errnum has no message (buf
 * then holds "Unknown error N"). */
weak int strerror_r(int errnum, char *buf, size_t size)
{
	char unknown[UNKNOWN_SIZE];
	const char *text = __errno_text(errnum);
	int result = 0;

	if (!text) {
		text = __unknown_number(unknown, "Unknown error ", errnum);
		result = EINVAL;
	}
	if (__strlcpy(buf, text, size) >= size && !result)
		result = ERANGE;
	return result;
}
