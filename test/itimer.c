/* Interval timers: setitimer and getitimer for ITIMER_REAL, ITIMER_VIRTUAL
 * and ITIMER_PROF, the old value, the signal each sends, and bad input. */
#include <errno.h>
#include <signal.h>
#include <sys/time.h>
#include "check.h"

static sigset_t only(int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	return s;
}

static volatile unsigned long sink;

/* Burn CPU in user mode until sig is pending, or about 5 s of trying. */
static int spin_until(int sig)
{
	sigset_t pending;

	for (long i = 0; i < 5000; i++) {
		for (int j = 0; j < 1000000; j++)
			sink += j;
		sigpending(&pending);
		if (sigismember(&pending, sig))
			return 1;
	}
	return 0;
}

int main(void)
{
	struct itimerval it, old;
	struct timespec second = { 2, 0 };
	sigset_t alrm = only(SIGALRM), vt = only(SIGVTALRM), prof = only(SIGPROF);
	siginfo_t si;
	long long t0;

	CHECK_INT(ITIMER_REAL, 0);
	CHECK_INT(ITIMER_VIRTUAL, 1);
	CHECK_INT(ITIMER_PROF, 2);
	sigprocmask(SIG_BLOCK, &alrm, 0);
	sigprocmask(SIG_BLOCK, &vt, 0);
	sigprocmask(SIG_BLOCK, &prof, 0);

	/* disarmed at start */
	CHECK_INT(getitimer(ITIMER_REAL, &it), 0);
	CHECK(!timerisset(&it.it_value) && !timerisset(&it.it_interval));

	/* ITIMER_REAL: SIGALRM after the time, and the old value back */
	it = (struct itimerval){ { 0, 0 }, { 5, 0 } };
	CHECK_INT(setitimer(ITIMER_REAL, &it, &old), 0);
	CHECK(!timerisset(&old.it_value));
	CHECK_INT(getitimer(ITIMER_REAL, &it), 0);
	CHECK(it.it_value.tv_sec <= 5 && (it.it_value.tv_sec >= 4 || it.it_value.tv_usec > 0));
	t0 = now_ns(CLOCK_MONOTONIC);
	it = (struct itimerval){ { 0, 20000 }, { 0, 20000 } };   /* 20 ms, periodic */
	CHECK_INT(setitimer(ITIMER_REAL, &it, &old), 0);
	CHECK(old.it_value.tv_sec == 4 || (old.it_value.tv_sec == 5 && old.it_value.tv_usec == 0));
	CHECK_INT(sigtimedwait(&alrm, &si, &second), SIGALRM);
	CHECK(now_ns(CLOCK_MONOTONIC) - t0 >= 19000000);
	CHECK_INT(si.si_code, SI_KERNEL);
	CHECK_INT(sigtimedwait(&alrm, &si, &second), SIGALRM);   /* and again */
	CHECK_INT(getitimer(ITIMER_REAL, &it), 0);
	CHECK_INT(it.it_interval.tv_sec, 0);
	CHECK_INT(it.it_interval.tv_usec, 20000);
	it = (struct itimerval){ { 0, 0 }, { 0, 0 } };
	CHECK_INT(setitimer(ITIMER_REAL, &it, &old), 0);
	CHECK_INT(old.it_interval.tv_usec, 20000);
	CHECK_INT(getitimer(ITIMER_REAL, &it), 0);
	CHECK(!timerisset(&it.it_value));

	/* ITIMER_VIRTUAL and ITIMER_PROF count CPU time */
	it = (struct itimerval){ { 0, 0 }, { 0, 10000 } };
	CHECK_INT(setitimer(ITIMER_VIRTUAL, &it, 0), 0);
	CHECK(spin_until(SIGVTALRM));
	CHECK_INT(sigtimedwait(&vt, &si, &second), SIGVTALRM);
	it = (struct itimerval){ { 0, 0 }, { 0, 10000 } };
	CHECK_INT(setitimer(ITIMER_PROF, &it, 0), 0);
	CHECK(spin_until(SIGPROF));
	CHECK_INT(sigtimedwait(&prof, &si, &second), SIGPROF);
	CHECK_INT(getitimer(ITIMER_PROF, &it), 0);
	CHECK(!timerisset(&it.it_value));

	/* bad input */
	CHECK_INT(getitimer(7, &it), -1);
	CHECK_INT(errno, EINVAL);
	it = (struct itimerval){ { 0, 0 }, { 1, 0 } };
	CHECK_INT(setitimer(-1, &it, 0), -1);
	CHECK_INT(errno, EINVAL);
	it = (struct itimerval){ { 0, 0 }, { 0, 1000000 } };     /* usec out of range */
	CHECK_INT(setitimer(ITIMER_REAL, &it, 0), -1);
	CHECK_INT(errno, EINVAL);
	it = (struct itimerval){ { 0, -1 }, { 1, 0 } };
	CHECK_INT(setitimer(ITIMER_REAL, &it, 0), -1);
	CHECK_INT(errno, EINVAL);
	return check_done();
}
