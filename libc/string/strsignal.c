#include <signal.h>
#include <string.h>
#include "internal/messages.h"
#include "internal/signal.h"
#include "internal/defs.h"

/* glibc's description of each signal, indexed by the SIG* names from
 * <bits/signal.h> (the numbers differ between some architectures).
 * Aliases (SIGIOT, SIGPOLL, SIGUNUSED) share their twin's entry. */
static const char *const descriptions[] = {
	[SIGHUP] = "Hangup",
	[SIGINT] = "Interrupt",
	[SIGQUIT] = "Quit",
	[SIGILL] = "Illegal instruction",
	[SIGTRAP] = "Trace/breakpoint trap",
	[SIGABRT] = "Aborted",
	[SIGBUS] = "Bus error",
	[SIGFPE] = "Floating point exception",
	[SIGKILL] = "Killed",
	[SIGUSR1] = "User defined signal 1",
	[SIGSEGV] = "Segmentation fault",
	[SIGUSR2] = "User defined signal 2",
	[SIGPIPE] = "Broken pipe",
	[SIGALRM] = "Alarm clock",
	[SIGTERM] = "Terminated",
#ifdef SIGSTKFLT
	[SIGSTKFLT] = "Stack fault",
#endif
	[SIGCHLD] = "Child exited",
	[SIGCONT] = "Continued",
	[SIGSTOP] = "Stopped (signal)",
	[SIGTSTP] = "Stopped",
	[SIGTTIN] = "Stopped (tty input)",
	[SIGTTOU] = "Stopped (tty output)",
	[SIGURG] = "Urgent I/O condition",
	[SIGXCPU] = "CPU time limit exceeded",
	[SIGXFSZ] = "File size limit exceeded",
	[SIGVTALRM] = "Virtual timer expired",
	[SIGPROF] = "Profiling timer expired",
	[SIGWINCH] = "Window changed",
	[SIGIO] = "I/O possible",
	[SIGPWR] = "Power failure",
	[SIGSYS] = "Bad system call",
#ifdef SIGEMT
	[SIGEMT] = "EMT trap",
#endif
};

/* The description of sig ("Segmentation fault"); "Real-time signal N" for
 * SIGRTMIN + N; "Unknown signal N" otherwise, also for the two signals
 * taskrt keeps (32 and 33), as glibc says.  Numbered texts are built in a
 * static buffer that the next such call overwrites. */
char *__strsignal(int sig)
{
	static char buf[UNKNOWN_SIZE];

	if (sig > 0 && (unsigned)sig < sizeof descriptions / sizeof *descriptions
	    && descriptions[sig])
		return (char *)descriptions[sig];
	if (sig >= FIRST_FREE_SIGRT && sig <= __SIGRTMAX)
		return __unknown_number(buf, "Real-time signal ", sig - FIRST_FREE_SIGRT);
	return __unknown_number(buf, "Unknown signal ", sig);
}
weak_alias(__strsignal, strsignal);
