#include <string.h>
#include <strings.h>
#include "internal/defs.h"

/* The BSD name for memset(s, 0, n). */
weak void bzero(void *s, size_t n)
{
	memset(s, 0, n);
}
