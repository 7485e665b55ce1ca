/* freeaddrinfo: getaddrinfo's results are one allocation each. */
#include <netdb.h>
#include <stdlib.h>
#include "internal/defs.h"

void __freeaddrinfo(struct addrinfo *ai)
{
	while (ai) {
		struct addrinfo *next = ai->ai_next;
		free(ai);
		ai = next;
	}
}
weak_alias(__freeaddrinfo, freeaddrinfo);
