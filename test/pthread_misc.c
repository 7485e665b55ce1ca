/* pthread_kill, pthread_sigmask and thread names.
 *
 *   - pthread_kill: signal 0 probes; the handler runs in the target thread
 *     (a __thread flag says where); bad signals are EINVAL; a thread that
 *     has exited but is not joined yet is ESRCH; the main thread works
 *     before the first pthread_create (when taskrt does not know its tid).
 *   - pthread_sigmask: returns the error number; the mask is per thread
 *     and inherited by new threads; a blocked signal waits as pending.
 *   - pthread_setname_np/getname_np: self through prctl, another thread
 *     through /proc/self/task/<tid>/comm; 16 bytes at most.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static __thread volatile int got_here;     /* set by the handler, per thread */
static volatile int handled;

static void on_usr1(int sig)
{
	got_here = sig;
	handled++;
}

/* Waits until a signal has reached this very thread; returns what the
 * handler saw, and whether SIGUSR2 was in the inherited mask. */
static void *wait_for_signal(void *arg)
{
	sigset_t mask;

	(void)arg;
	pthread_sigmask(SIG_BLOCK, 0, &mask);
	while (!got_here)
		sched_yield();
	return (void *)(long)(got_here * 2 + sigismember(&mask, SIGUSR2));
}

static volatile int stop;
static void *idle(void *arg)
{
	while (!stop)
		sched_yield();
	return arg;
}

static void *quick(void *arg) { return arg; }

/* Wait (at most 10 s) until t has exited: its tid is 0, so ESRCH. */
static void wait_exited(pthread_t t)
{
	struct timespec ms = { 0, 1000000 };

	for (int i = 0; i < 10000 && pthread_kill(t, 0) == 0; i++)
		nanosleep(&ms, 0);
}

int main(void)
{
	struct sigaction sa = { .sa_handler = on_usr1 };
	sigset_t set, old;
	pthread_t t;
	void *r;
	char name[32];

	CHECK_INT(sigaction(SIGUSR1, &sa, 0), 0);
	CHECK_INT(sigaction(SIGUSR2, &sa, 0), 0);

	/* the main thread, before any pthread_create */
	CHECK_INT(pthread_kill(pthread_self(), 0), 0);
	CHECK_INT(pthread_kill(pthread_self(), SIGUSR1), 0);
	CHECK_INT(got_here, SIGUSR1);
	got_here = 0;
	CHECK_INT(pthread_kill(pthread_self(), -1), EINVAL);
	CHECK_INT(pthread_kill(pthread_self(), NSIG), EINVAL);
	CHECK_INT(pthread_kill(pthread_self(), 1000), EINVAL);

	/* pthread_sigmask: error numbers, not -1 and errno */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	errno = 0;
	CHECK_INT(pthread_sigmask(12345, &set, 0), EINVAL);
	CHECK_INT(errno, 0);
	CHECK_INT(pthread_sigmask(SIG_BLOCK, &set, &old), 0);
	CHECK_INT(sigismember(&old, SIGUSR2), 0);
	CHECK_INT(pthread_sigmask(SIG_BLOCK, 0, &old), 0);
	CHECK_INT(sigismember(&old, SIGUSR2), 1);
	handled = 0;
	CHECK_INT(pthread_kill(pthread_self(), SIGUSR2), 0);
	CHECK_INT(handled, 0);                   /* blocked: pending */
	CHECK_INT(pthread_sigmask(SIG_UNBLOCK, &set, 0), 0);
	CHECK_INT(handled, 1);                   /* delivered on unblock */
	CHECK_INT(got_here, SIGUSR2);
	got_here = 0;

	/* a live thread: the handler runs there, not here; the thread
	 * inherited the mask with SIGUSR2 blocked */
	CHECK_INT(pthread_sigmask(SIG_BLOCK, &set, 0), 0);
	CHECK_INT(pthread_create(&t, 0, wait_for_signal, 0), 0);
	CHECK_INT(pthread_sigmask(SIG_UNBLOCK, &set, 0), 0);
	CHECK_INT(pthread_kill(t, 0), 0);
	CHECK_INT(pthread_kill(t, SIGUSR1), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK_INT((long)r, SIGUSR1 * 2 + 1);
	CHECK_INT(got_here, 0);

	/* exited, joined later: ESRCH until then, and the join still works */
	CHECK_INT(pthread_create(&t, 0, quick, (void *)5), 0);
	wait_exited(t);
	TASKRT_ONLY(CHECK_INT(pthread_kill(t, 0), ESRCH));
	TASKRT_ONLY(CHECK_INT(pthread_kill(t, SIGUSR1), ESRCH));
	TASKRT_ONLY(CHECK_INT(pthread_setname_np(t, "gone"), ESRCH));
	TASKRT_ONLY(CHECK_INT(pthread_getname_np(t, name, sizeof name), ESRCH));
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == (void *)5);

	/* names: this thread, through prctl */
	CHECK_INT(pthread_setname_np(pthread_self(), "taskrt-main"), 0);
	CHECK_INT(pthread_getname_np(pthread_self(), name, sizeof name), 0);
	CHECK_STR(name, "taskrt-main");
	CHECK_INT(pthread_setname_np(pthread_self(), "fifteen-chars-x"), 0);
	CHECK_INT(pthread_getname_np(pthread_self(), name, 16), 0);
	CHECK_STR(name, "fifteen-chars-x");
	CHECK_INT(pthread_setname_np(pthread_self(), "sixteen-chars-xx"), ERANGE);
	CHECK_INT(pthread_getname_np(pthread_self(), name, 15), ERANGE);

	/* another thread, through /proc/self/task/<tid>/comm */
	stop = 0;
	CHECK_INT(pthread_create(&t, 0, idle, 0), 0);
	CHECK_INT(pthread_setname_np(t, "worker-1"), 0);
	memset(name, 'x', sizeof name);
	CHECK_INT(pthread_getname_np(t, name, sizeof name), 0);
	CHECK_STR(name, "worker-1");
	CHECK_INT(pthread_setname_np(t, "sixteen-chars-xx"), ERANGE);
	CHECK_INT(pthread_getname_np(t, name, 15), ERANGE);
	CHECK_INT(pthread_getname_np(pthread_self(), name, sizeof name), 0);
	CHECK_STR(name, "fifteen-chars-x");     /* ours did not change */
	stop = 1;
	CHECK_INT(pthread_join(t, 0), 0);
	return check_done();
}
