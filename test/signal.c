/* Signals: handlers (plain and SA_SIGINFO), masks and pending signals,
 * signal(), sigset operations, kill and raise, errors, and abort(). */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

static volatile sig_atomic_t got, got_signo, got_code;
static volatile int got_pid;

static void handler(int sig) { got = sig; }

static void info_handler(int sig, siginfo_t *info, void *context)
{
	(void)context;
	got = sig;
	got_signo = info->si_signo;
	got_code = info->si_code;
	got_pid = info->si_pid;
}

static int wait_status(int pid)
{
	int status = -1;
	syscall(SYS_wait4, pid, &status, 0, 0);
	return status;
}

int main(void)
{
	struct sigaction sa = { 0 }, old;
	sigset_t set, pending, saved;
	stack_t ss, old_ss;
	static char altstack[16384];
	int pid, status;

	/* sigset operations */
	CHECK_INT(sigemptyset(&set), 0);
	CHECK_INT(sigismember(&set, SIGINT), 0);
	CHECK_INT(sigaddset(&set, SIGINT), 0);
	CHECK_INT(sigaddset(&set, NSIG - 1), 0);   /* 64; 127 on MIPS */
	CHECK_INT(sigismember(&set, SIGINT), 1);
	CHECK_INT(sigismember(&set, NSIG - 1), 1);
	CHECK_INT(sigismember(&set, SIGTERM), 0);
	CHECK_INT(sigdelset(&set, SIGINT), 0);
	CHECK_INT(sigismember(&set, SIGINT), 0);
	CHECK_INT(sigaddset(&set, 0), -1);    CHECK_INT(errno, EINVAL);
	CHECK_INT(sigaddset(&set, NSIG), -1); CHECK_INT(errno, EINVAL);
	/* the two signals the library keeps (32, 33, in glibc as in taskrt) */
	CHECK_INT(sigaddset(&set, 32), -1);   CHECK_INT(errno, EINVAL);
	CHECK_INT(sigaddset(&set, 33), -1);   CHECK_INT(errno, EINVAL);
	CHECK_INT(sigdelset(&set, 32), -1);   CHECK_INT(errno, EINVAL);
	CHECK_INT(sigdelset(&set, 33), -1);   CHECK_INT(errno, EINVAL);
	CHECK_INT(sigismember(&set, 33), 0);
	CHECK_INT(sigismember(&set, -1), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(sigfillset(&set), 0);
	CHECK_INT(sigismember(&set, SIGKILL), 1);
	CHECK_INT(sigismember(&set, NSIG - 1), 1);

	/* a plain handler, through raise and kill */
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	CHECK_INT(sigaction(SIGUSR1, &sa, 0), 0);
	CHECK_INT(raise(SIGUSR1), 0);
	CHECK_INT(got, SIGUSR1);
	got = 0;
	CHECK_INT(kill(getpid(), SIGUSR1), 0);
	CHECK_INT(got, SIGUSR1);
	CHECK_INT(sigaction(SIGUSR1, 0, &old), 0);
	CHECK(old.sa_handler == handler);

	/* SA_SIGINFO: the kernel's siginfo reaches the handler */
	sa.sa_sigaction = info_handler;
	sa.sa_flags = SA_SIGINFO;
	CHECK_INT(sigaction(SIGUSR2, &sa, 0), 0);
	got = 0;
	CHECK_INT(kill(getpid(), SIGUSR2), 0);
	CHECK_INT(got, SIGUSR2);
	CHECK_INT(got_signo, SIGUSR2);
	CHECK_INT(got_code, 0);               /* SI_USER */
	CHECK_INT(got_pid, getpid());

	/* blocked signals wait as pending until unblocked */
	got = 0;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	CHECK_INT(sigprocmask(SIG_BLOCK, &set, &saved), 0);
	CHECK_INT(raise(SIGUSR1), 0);
	CHECK_INT(got, 0);
	CHECK_INT(sigpending(&pending), 0);
	CHECK_INT(sigismember(&pending, SIGUSR1), 1);
	CHECK_INT(sigprocmask(SIG_SETMASK, &saved, 0), 0);
	CHECK_INT(got, SIGUSR1);
	CHECK_INT(sigprocmask(99, &set, 0), -1);   CHECK_INT(errno, EINVAL);

	/* signal(): returns the previous handler; SIG_IGN ignores */
	CHECK(signal(SIGUSR1, SIG_IGN) == handler);
	got = 0;
	raise(SIGUSR1);
	CHECK_INT(got, 0);
	CHECK(signal(SIGUSR1, SIG_DFL) == SIG_IGN);
	CHECK(signal(SIGKILL, handler) == SIG_ERR);  CHECK_INT(errno, EINVAL);
	CHECK_INT(sigaction(0, &sa, 0), -1);          CHECK_INT(errno, EINVAL);
	CHECK_INT(sigaction(NSIG, &sa, 0), -1);       CHECK_INT(errno, EINVAL);
	CHECK_INT(kill(getpid(), 999), -1);           CHECK_INT(errno, EINVAL);

	/* an alternate signal stack */
	ss.ss_sp = altstack;
	ss.ss_size = sizeof altstack;
	ss.ss_flags = 0;
	CHECK_INT(sigaltstack(&ss, 0), 0);
	CHECK_INT(sigaltstack(0, &old_ss), 0);
	CHECK(old_ss.ss_sp == altstack);

	/* abort() ends a child with SIGABRT, even when SIGABRT is handled
	 * (the handler returns) or blocked */
	pid = fork();
	if (pid == 0) {
		signal(SIGABRT, handler);
		sigprocmask(SIG_BLOCK, &set, 0);
		abort();
	}
	status = wait_status(pid);
	CHECK_INT(status & 0x7f, SIGABRT);      /* WTERMSIG */
	return check_done();
}
