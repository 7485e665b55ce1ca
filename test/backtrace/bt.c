/* The program test/backtrace.sh runs under gdb: every function the
 * debugger stops in, or unwinds through, is here or in taskrt's assembly.
 *
 *   stop_here(n)  the breakpoint; the backtraces start here
 *   thread_fn     a thread's start function, run by clone(): taskrt's
 *                 __clone calls it, and it calls stop_here
 *   pthread_fn    a thread's start function, run by pthread_create:
 *                 taskrt's C start() calls it, and __clone calls that
 *   interrupted   (x86 only) sends itself a signal with its own system
 *                 call instruction, so the interrupted pc lies in this
 *                 function; the handlers call stop_here, and return
 *                 through taskrt's __restore_rt (or i386's __restore)
 *
 * Built with -g -O0, so gdb has line tables and CFI for all of this code.
 */
#define _GNU_SOURCE   /* clone */
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <bits/futex.h>      /* FUTEX_WAIT: taskrt's copy of the kernel's numbers */
#include <arch/test_probe.h>

volatile int sink;

__attribute__((noinline)) void stop_here(int n)
{
	sink = n;
}

__attribute__((noinline)) int thread_fn(void *arg)
{
	stop_here((int)(long)arg);
	return 0;
}

__attribute__((noinline)) void *pthread_fn(void *arg)
{
	stop_here(2);
	return arg;
}

static char stack[64 * 1024] __attribute__((aligned(16)));
static volatile pid_t tid = 1;

/* A bare thread: __clone starts thread_fn directly.  The kernel clears
 * tid and wakes it when the thread exits. */
static void clone_thread(void)
{
	int flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD |
	    CLONE_SYSVSEM | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
	pid_t t;

	if (clone(thread_fn, stack + sizeof stack, flags, (void *)1, &tid, 0, &tid) < 0) {
		printf("clone failed\n");
		_exit(1);
	}
	while ((t = tid) != 0)
		syscall(SYS_futex, &tid, FUTEX_WAIT, t, 0);
}

#ifdef TEST_SIGNAL_FRAMES
static void rt_handler(int sig, siginfo_t *info, void *uc)
{
	(void)info; (void)uc;
	stop_here(sig);
}

static void plain_handler(int sig)
{
	stop_here(sig);
}

/* kill(getpid(), sig) with the trap inline (the arch's test probe): the
 * signal arrives as the system call returns, so the interrupted pc is here. */
__attribute__((noinline)) void interrupted(long pid, long sig)
{
	long r;

	TEST_KILL_INLINE(r, pid, sig);
	sink = (int)r;
}

static void signals(void)
{
	struct sigaction sa = { 0 };

	sa.sa_sigaction = rt_handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, 0);
	sa.sa_handler = plain_handler;
	sa.sa_flags = 0;
	sigaction(SIGUSR2, &sa, 0);
	interrupted(getpid(), SIGUSR1);
	interrupted(getpid(), SIGUSR2);
}
#else
static void signals(void)
{
}
#endif

int main(void)
{
	pthread_t t;

	clone_thread();
	if (pthread_create(&t, 0, pthread_fn, 0) != 0 || pthread_join(t, 0) != 0) {
		printf("pthread_create failed\n");
		return 1;
	}
	signals();
	printf("backtrace: done\n");
	return 0;
}
