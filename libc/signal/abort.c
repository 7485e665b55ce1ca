#include <signal.h>
#include <stdlib.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* Raise SIGABRT; if a handler returns or the signal is blocked, take the
 * default action by force: unblock it, reset it, raise again.  If even that
 * returns, end the process with exit status 127 as glibc does. */
_Noreturn void abort(void)
{
	struct sigaction dfl = { .sa_handler = SIG_DFL };
	sigset_t set;

	raise(SIGABRT);
	__sigemptyset(&set);
	__sigaddset(&set, SIGABRT);
	__sigaction(SIGABRT, &dfl, 0);
	__sigprocmask(SIG_UNBLOCK, &set, 0);
	raise(SIGABRT);
	for (;;)
		__syscall(SYS_exit_group, 127);
}
