#include <string.h>
#include <strings.h>

/* The BSD name for memset(s, 0, n). */
void bzero(void *s, size_t n)
{
	memset(s, 0, n);
}
