/* SIGRTMIN and SIGRTMAX: functions, as in glibc, so that a binary never
 * bakes in how many real-time signals the library keeps for itself.
 * taskrt keeps two, 32 and 33 (internal/signal.h), so a program's range
 * is 34 .. __SIGRTMAX (the kernel's _NSIG, at most 127), as glibc's is. */
#include <signal.h>
#include "internal/signal.h"

int __libc_current_sigrtmin(void)
{
	return FIRST_FREE_SIGRT;
}

int __libc_current_sigrtmax(void)
{
	return __SIGRTMAX;
}
