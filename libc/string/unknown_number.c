#include <string.h>
#include "internal/messages.h"
#include "internal/defs.h"

/* "Unknown error 9999": the fall-back text of strerror and strsignal. */
char *__unknown_number(char *buf, const char *prefix, int n)
{
	char digits[12], *p = digits + sizeof digits;
	unsigned u = n < 0 ? -(unsigned)n : (unsigned)n;   /* INT_MIN too */

	*--p = 0;
	do
		*--p = '0' + u % 10;
	while (u /= 10);
	if (n < 0)
		*--p = '-';
	__stpcpy(__stpcpy(buf, prefix), p);
	return buf;
}
