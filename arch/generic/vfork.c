/* The generic vfork: a plain fork, which POSIX allows.
 *
 * A real vfork cannot be written in C: the child would return from this
 * function into the parent's stack and overwrite the frame the suspended
 * parent returns through.  An arch/<arch>/vfork.S replaces this file with
 * one that keeps its return address in a register.  Like vfork.S, this
 * does none of fork()'s bookkeeping for the child (its tid, the thread
 * count, atfork handlers): a vfork child only calls exec or _exit. */
#include <signal.h>
#include <unistd.h>
#include "internal/defs.h"
#include "internal/syscall.h"

weak pid_t vfork(void)
{
#ifdef SYS_fork
	return __syscall_ret(__syscall(SYS_fork));
#else
	/* the arches without SYS_fork all take clone's flags first */
	return __syscall_ret(__syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0));
#endif
}
