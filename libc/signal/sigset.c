/* Signal sets: one bit per signal, signal n at bit n - 1.  Valid signals
 * are 1..NSIG - 1 (the kernel's _NSIG, 64; 127 on MIPS); anything else
 * is EINVAL, as in glibc.  The two signals taskrt keeps (SIGCANCEL,
 * SIGTIMER: docs/timers.md) cannot be added or removed by the program
 * either, as glibc refuses its own two: EINVAL. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include "internal/signal.h"
#include "internal/defs.h"

#define BITS (8 * sizeof(unsigned long))

static int bad(int sig)
{
	if (sig >= 1 && sig < NSIG)
		return 0;
	errno = EINVAL;
	return 1;
}

static int reserved(int sig)
{
	if (sig != SIGCANCEL && sig != SIGTIMER)
		return bad(sig);
	errno = EINVAL;
	return 1;
}

int __sigemptyset(sigset_t *set)
{
	memset(set, 0, sizeof *set);
	return 0;
}
weak_alias(__sigemptyset, sigemptyset);

/* Every signal but SIGCANCEL, taskrt's own (internal/signal.h), as
 * glibc's sigfillset leaves out its reserved ones. */
int __sigfillset(sigset_t *set)
{
	memset(set, 0, sizeof *set);
	memset(set, 0xff, KERNEL_SIGSET_SIZE);
	set->__bits[(SIGCANCEL - 1) / BITS] &= ~(1UL << (SIGCANCEL - 1) % BITS);
	return 0;
}
weak_alias(__sigfillset, sigfillset);

int __sigaddset(sigset_t *set, int sig)
{
	if (reserved(sig))
		return -1;
	set->__bits[(sig - 1) / BITS] |= 1UL << (sig - 1) % BITS;
	return 0;
}
weak_alias(__sigaddset, sigaddset);

weak int sigdelset(sigset_t *set, int sig)
{
	if (reserved(sig))
		return -1;
	set->__bits[(sig - 1) / BITS] &= ~(1UL << (sig - 1) % BITS);
	return 0;
}

int __sigismember(const sigset_t *set, int sig)
{
	if (bad(sig))
		return -1;
	return (set->__bits[(sig - 1) / BITS] >> (sig - 1) % BITS) & 1;
}
weak_alias(__sigismember, sigismember);
