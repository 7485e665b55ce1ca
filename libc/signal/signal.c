#include <signal.h>
#include "internal/defs.h"

/* signal() with BSD semantics, as glibc has it: the handler stays installed
 * and interrupted system calls restart. */
sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction sa = { .sa_handler = handler, .sa_flags = SA_RESTART }, old;

	if (__sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}
