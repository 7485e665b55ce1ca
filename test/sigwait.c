/* sigwait, sigwaitinfo, sigtimedwait, sigqueue, siginterrupt, alarm,
 * pause, psignal, sigpending, the SI_* codes and siginfo_t's fields. */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static volatile sig_atomic_t got;
static void on_signal(int sig) { got = sig; }

static sigset_t only(int sig)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	return s;
}

int main(void)
{
	sigset_t usr1 = only(SIGUSR1), usr2 = only(SIGUSR2), pending;
	siginfo_t si;
	int sig = 0;

	/* The kernel's codes, and real-time signals as glibc numbers them
	 * when none is reserved. */
	CHECK_INT(SI_USER, 0);
	CHECK_INT(SI_QUEUE, -1);
	CHECK_INT(SI_TKILL, -6);
	CHECK_INT(SEGV_MAPERR, 1);
	CHECK_INT(BUS_ADRERR, 2);
	CHECK_INT(CLD_EXITED, 1);
	CHECK_INT(FPE_INTDIV, 1);
	CHECK_INT(ILL_ILLOPC, 1);
	CHECK_INT(SIGEV_THREAD_ID, 4);
	CHECK(SIGRTMIN < SIGRTMAX && SIGRTMAX == NSIG - 1);   /* 64; 127 on MIPS */
	CHECK_INT(sizeof(siginfo_t), 128);

	sigprocmask(SIG_BLOCK, &usr1, 0);
	sigprocmask(SIG_BLOCK, &usr2, 0);

	/* sigpending sees a blocked signal; sigwait takes it. */
	raise(SIGUSR1);
	CHECK_INT(sigpending(&pending), 0);
	CHECK(sigismember(&pending, SIGUSR1));
	CHECK_INT(sigwait(&usr1, &sig), 0);
	CHECK_INT(sig, SIGUSR1);
	CHECK_INT(sigpending(&pending), 0);
	CHECK(!sigismember(&pending, SIGUSR1));

	/* sigqueue carries a value and SI_QUEUE; sigwaitinfo shows both. */
	CHECK_INT(sigqueue(getpid(), SIGUSR2, (union sigval){ .sival_int = 1234 }), 0);
	CHECK_INT(sigwaitinfo(&usr2, &si), SIGUSR2);
	CHECK_INT(si.si_signo, SIGUSR2);
	CHECK_INT(si.si_code, SI_QUEUE);
	CHECK_INT(si.si_pid, getpid());
	CHECK_INT(si.si_uid, getuid());
	CHECK_INT(si.si_value.sival_int, 1234);
	CHECK_INT(si.si_int, 1234);

	/* A real-time signal queues: two sent, two taken, in order. */
	sigset_t rt = only(SIGRTMIN + 1);
	sigprocmask(SIG_BLOCK, &rt, 0);
	sigqueue(getpid(), SIGRTMIN + 1, (union sigval){ .sival_int = 1 });
	sigqueue(getpid(), SIGRTMIN + 1, (union sigval){ .sival_int = 2 });
	struct timespec zero = { 0, 0 };
	CHECK_INT(sigtimedwait(&rt, &si, &zero), SIGRTMIN + 1);
	CHECK_INT(si.si_int, 1);
	CHECK_INT(sigtimedwait(&rt, &si, &zero), SIGRTMIN + 1);
	CHECK_INT(si.si_int, 2);

	/* sigtimedwait: a zero timeout with nothing pending is EAGAIN; a
	 * short one waits and is EAGAIN too; a bad one is EINVAL. */
	errno = 0;
	CHECK_INT(sigtimedwait(&usr1, &si, &zero), -1);
	CHECK_INT(errno, EAGAIN);
	struct timespec t0, t1, short_wait = { 0, 20 * 1000 * 1000 };
	clock_gettime(CLOCK_MONOTONIC, &t0);
	errno = 0;
	CHECK_INT(sigtimedwait(&usr1, 0, &short_wait), -1);
	CHECK_INT(errno, EAGAIN);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK((t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec) >= 15 * 1000 * 1000);
	struct timespec bad = { 0, 1000000000 };
	errno = 0;
	CHECK_INT(sigtimedwait(&usr1, &si, &bad), -1);
	CHECK_INT(errno, EINVAL);
	bad.tv_nsec = -1;
	errno = 0;
	CHECK_INT(sigtimedwait(&usr1, &si, &bad), -1);
	CHECK_INT(errno, EINVAL);

	/* sigqueue: no such process is ESRCH, a bad signal EINVAL. */
	errno = 0;
	CHECK_INT(sigqueue(INT_MAX, SIGUSR1, (union sigval){ 0 }), -1);
	CHECK_INT(errno, ESRCH);
	errno = 0;
	CHECK_INT(sigqueue(getpid(), 1000, (union sigval){ 0 }), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;

	/* siginterrupt toggles SA_RESTART, and nothing else. */
	struct sigaction sa = { 0 }, now;
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESTART | SA_NODEFER;
	sigaction(SIGALRM, &sa, 0);
	CHECK_INT(siginterrupt(SIGALRM, 1), 0);
	sigaction(SIGALRM, 0, &now);
	CHECK(!(now.sa_flags & SA_RESTART) && (now.sa_flags & SA_NODEFER));
	CHECK_INT(siginterrupt(SIGALRM, 0), 0);
	sigaction(SIGALRM, 0, &now);
	CHECK(now.sa_flags & SA_RESTART);
	errno = 0;
	CHECK_INT(siginterrupt(0, 1), -1);
	CHECK_INT(errno, EINVAL);

	/* alarm: the previous alarm's seconds, rounded; then pause wakes at
	 * the SIGALRM with EINTR. */
	CHECK_INT(alarm(100), 0);
	CHECK_INT(alarm(5), 100);
	CHECK_INT(alarm(0), 5);
	got = 0;
	alarm(1);
	errno = 0;
	CHECK_INT(pause(), -1);
	CHECK_INT(errno, EINTR);
	CHECK_INT(got, SIGALRM);

	/* psignal writes "prefix: description\n" to stderr. */
	int fds[2];
	char buf[128] = { 0 };
	pipe(fds);
	int saved = dup(2);
	dup2(fds[1], 2);
	psignal(SIGSEGV, "here");
	psignal(SIGUSR1, 0);
	si.si_signo = SIGINT;
	psiginfo(&si, "info");
	dup2(saved, 2);
	close(fds[1]);
	CHECK(read(fds[0], buf, sizeof buf - 1) > 0);
	/* glibc's psiginfo adds the sender's details; taskrt's says what
	 * psignal says. */
	TASKRT_ONLY(CHECK_STR(buf, "here: Segmentation fault\nUser defined signal 1\ninfo: Interrupt\n"));
	/* the library's own signals (32, 33) are never waited for: with 33
	 * pending and the set holding it, sigtimedwait still times out; a raw
	 * rt_sigtimedwait then takes it away (glibc's sigprocmask does not
	 * block 33 at all: its handler takes it at once) */
	{
		sigset_t all, old;
		struct timespec none = { 0, 0 };
		memset(&all, 0xff, sizeof all);     /* every bit, 32 and 33 too */
		CHECK_INT(sigprocmask(SIG_BLOCK, &all, &old), 0);
		CHECK_INT(kill(getpid(), 33), 0);
		errno = 0;
		CHECK_INT(sigtimedwait(&all, 0, &none), -1);
		CHECK_INT(errno, EAGAIN);
		TASKRT_ONLY(CHECK_INT(syscall(SYS_rt_sigtimedwait, &all, 0, &none, NSIG / 8), 33));   /* the kernel set: 8 bytes, 16 on MIPS */
		CHECK_INT(sigprocmask(SIG_SETMASK, &old, 0), 0);
	}
	return check_done();
}
