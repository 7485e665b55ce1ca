#include <errno.h>
#include <string.h>
#include "internal/messages.h"
#include "internal/defs.h"

/* The POSIX (XSI) strerror_r: copy the message for errnum into buf.
 * Returns 0, ERANGE when buf was too small (it still holds as much of the
 * message as fits, terminated), or EINVAL when errnum has no message (buf
 * then holds "Unknown error N").
 *
 * Its symbol is glibc's name for it, __xpg_strerror_r: the public
 * strerror_r is the GNU one (libc/string/strerror_r.c), and <string.h>
 * binds a program's strerror_r calls to this one by an asm label when
 * _GNU_SOURCE is not defined.  A __ name is the implementation's, so it is
 * strong. */
int __xpg_strerror_r(int errnum, char *buf, size_t size)
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
