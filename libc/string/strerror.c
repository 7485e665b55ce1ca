#include <string.h>
#include "internal/messages.h"

/* The message for errnum ("No such file or directory"), or "Unknown error
 * N" for a number without one.  That text is built in a static buffer,
 * which the next such call overwrites: threads that can meet unknown
 * numbers use strerror_r (POSIX lets strerror be thread-unsafe). */
char *strerror(int errnum)
{
	static char unknown[UNKNOWN_SIZE];
	const char *text = __errno_text(errnum);

	return text ? (char *)text : __unknown_number(unknown, "Unknown error ", errnum);
}
