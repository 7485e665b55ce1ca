/* POSIX timers: every notify kind (SIGEV_SIGNAL, SIGEV_NONE,
 * SIGEV_THREAD_ID, SIGEV_THREAD), the sigval each delivers, overruns,
 * absolute times, 64-bit times on 32-bit arches, delete (also from inside
 * a SIGEV_THREAD function), and bad input (glibc's errno for each). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

/* glibc before 2.35 names the field only through its union */
#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif

/* qemu-user hands out timer ids of its own: the kernel's id, which a
 * null sigevent's signal carries, is not the program's. */
static int under_qemu(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu");
}

static sigset_t only(int sig)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	return s;
}

static struct itimerspec after_ms(int ms, int period_ms)
{
	return (struct itimerspec){ { period_ms / 1000, period_ms % 1000 * 1000000L },
	                            { ms / 1000, ms % 1000 * 1000000L } };
}

/* SIGEV_THREAD_ID: a thread that waits for the timer's signal. */
static volatile int target_tid, target_got, target_code, target_value;

static void *target(void *arg)
{
	sigset_t s = only(SIGRTMIN + 1);
	siginfo_t si;

	target_tid = syscall(SYS_gettid);
	if (sigwaitinfo(&s, &si) == SIGRTMIN + 1) {
		target_code = si.si_code;
		target_value = si.si_value.sival_int;
		target_got = syscall(SYS_gettid);
	}
	return arg;
}

/* SIGEV_THREAD: what the notify function saw. */
static volatile int calls, bad_value, on_main;
static pthread_t main_thread;
static timer_t self_deleting;
static volatile int self_delete_result = -2;

static void notify(union sigval v)
{
	if (v.sival_ptr != &calls)
		bad_value = 1;
	if (pthread_equal(pthread_self(), main_thread))
		on_main = 1;
	__atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
}

static void notify_delete(union sigval v)
{
	(void)v;
	self_delete_result = timer_delete(self_deleting);
}

/* The process's threads: entries of /proc/self/task (under qemu-user,
 * qemu's own threads too: compare counts, never absolute numbers). */
static int thread_count(void)
{
	char buf[4096];
	int fd = open("/proc/self/status", O_RDONLY), n;
	char *p;

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	p = strstr(buf, "Threads:");
	return p ? atoi(p + 8) : -1;
}

static int wait_threads(int want)
{
	for (int i = 0; i < 500 && thread_count() != want; i++)
		sleep_ms(2);
	return thread_count();
}

int main(void)
{
	struct sigevent ev = { 0 };
	struct itimerspec its, old;
	struct timespec zero = { 0, 0 }, second = { 1, 0 };
	sigset_t rt, rt1, rtalrm;
	siginfo_t si;
	timer_t t, t2;
	pthread_t th;
	pthread_attr_t attr;
	int threads, n;

	main_thread = pthread_self();
	threads = thread_count();
	CHECK(sizeof(timer_t) == sizeof(void *));
	rt = only(SIGRTMIN);
	rt1 = only(SIGRTMIN + 1);
	rtalrm = only(SIGALRM);
	sigprocmask(SIG_BLOCK, &rt, 0);
	sigprocmask(SIG_BLOCK, &rt1, 0);
	sigprocmask(SIG_BLOCK, &rtalrm, 0);

	/* SIGEV_SIGNAL: the signal, SI_TIMER, the sigval, the timer id */
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGRTMIN;
	ev.sigev_value.sival_int = 4242;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), 0);
	its = after_ms(10, 0);
	CHECK_INT(timer_settime(t, 0, &its, &old), 0);
	CHECK_INT(old.it_value.tv_sec | old.it_value.tv_nsec, 0);
	CHECK_INT(sigtimedwait(&rt, &si, &second), SIGRTMIN);
	/* qemu-user 7.2 passes the host's si_code on untranslated: where
	 * the guest's SI_TIMER differs (MIPS: -3, not -2), neither this test
	 * nor SIGEV_THREAD, which looks for SI_TIMER, can work (-2:
	 * asm-generic's and x86's, a qemu host's) */
	if (SI_TIMER != -2 && si.si_code == -2 && under_qemu())
		check_skip("qemu-user passes the host's SI_TIMER, not this arch's");
	CHECK_INT(si.si_code, SI_TIMER);
	CHECK_INT(si.si_value.sival_int, 4242);
	CHECK_INT(si.si_overrun, 0);
	CHECK_INT(timer_gettime(t, &its), 0);
	CHECK_INT(its.it_value.tv_sec | its.it_value.tv_nsec, 0);   /* one-shot: disarmed */

	/* a period, and the expiries missed while the signal was pending */
	its = after_ms(1, 1);
	CHECK_INT(timer_settime(t, 0, &its, 0), 0);
	sleep_ms(60);
	CHECK_INT(sigtimedwait(&rt, &si, &second), SIGRTMIN);
	CHECK(si.si_overrun > 5);
	CHECK_INT(timer_getoverrun(t), si.si_overrun);
	CHECK_INT(timer_gettime(t, &its), 0);
	CHECK_INT(its.it_interval.tv_sec, 0);
	CHECK_INT(its.it_interval.tv_nsec, 1000000);
	its = after_ms(0, 0);                        /* disarm */
	CHECK_INT(timer_settime(t, 0, &its, &old), 0);
	CHECK_INT(old.it_interval.tv_nsec, 1000000);
	sigtimedwait(&rt, &si, &zero);               /* one may be queued */
	CHECK_INT(sigtimedwait(&rt, &si, &zero), -1);
	CHECK_INT(errno, EAGAIN);

	/* TIMER_ABSTIME, and an absolute time already past fires at once */
	its = (struct itimerspec){ { 0, 0 }, in_ms(CLOCK_MONOTONIC, 20) };
	CHECK_INT(timer_settime(t, TIMER_ABSTIME, &its, 0), 0);
	CHECK_INT(sigtimedwait(&rt, &si, &second), SIGRTMIN);
	its = (struct itimerspec){ { 0, 0 }, { 1, 0 } };
	CHECK_INT(timer_settime(t, TIMER_ABSTIME, &its, 0), 0);
	CHECK_INT(sigtimedwait(&rt, &si, &second), SIGRTMIN);

	/* times past 2038: 64-bit seconds on every arch */
	its = (struct itimerspec){ { 0, 0 }, { 3000000000LL, 0 } };
	CHECK_INT(timer_settime(t, 0, &its, 0), 0);
	CHECK_INT(timer_gettime(t, &its), 0);
	CHECK(its.it_value.tv_sec > 2999999990LL && its.it_value.tv_sec <= 3000000000LL);
	CHECK_INT(timer_delete(t), 0);

	/* deleted, it is gone */
	CHECK_INT(timer_delete(t), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(timer_gettime(t, &its), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(timer_getoverrun(t), -1);
	CHECK_INT(errno, EINVAL);

	/* no sigevent: SIGALRM, with the timer id as the value */
	CHECK_INT(timer_create(CLOCK_REALTIME, 0, &t), 0);
	its = after_ms(5, 0);
	CHECK_INT(timer_settime(t, 0, &its, 0), 0);
	CHECK_INT(sigtimedwait(&rtalrm, &si, &second), SIGALRM);
	CHECK_INT(si.si_code, SI_TIMER);
	/* (POSIX's default value; glibc sends 0) */
	if (under_qemu())
		check_puts("note: qemu-user: a null sigevent's value is qemu's host timer id, not checked\n");
	else {
		TASKRT_ONLY(CHECK_INT(si.si_value.sival_int, (int)(intptr_t)t));
	}
	CHECK_INT(timer_delete(t), 0);

	/* SIGEV_NONE: nothing is sent, the time still runs */
	ev = (struct sigevent){ .sigev_notify = SIGEV_NONE };
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), 0);
	its = after_ms(900, 0);
	CHECK_INT(timer_settime(t, 0, &its, 0), 0);
	sleep_ms(20);
	CHECK_INT(timer_gettime(t, &its), 0);
	CHECK(its.it_value.tv_sec == 0 && its.it_value.tv_nsec > 0 && its.it_value.tv_nsec < 890000000);
	CHECK_INT(timer_delete(t), 0);

	/* SIGEV_THREAD_ID: to one thread only */
	CHECK_INT(pthread_create(&th, 0, target, 0), 0);
	while (!target_tid)
		sleep_ms(1);
	ev = (struct sigevent){ .sigev_notify = SIGEV_THREAD_ID, .sigev_signo = SIGRTMIN + 1 };
	ev.sigev_value.sival_int = 77;
	ev.sigev_notify_thread_id = target_tid;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), 0);
	its = after_ms(5, 0);
	CHECK_INT(timer_settime(t, 0, &its, 0), 0);
	CHECK_INT(pthread_join(th, 0), 0);
	CHECK_INT(target_got, target_tid);
	CHECK_INT(target_code, SI_TIMER);
	CHECK_INT(target_value, 77);
	CHECK_INT(timer_delete(t), 0);
	/* a tid that is not of this process: EINVAL */
	ev.sigev_notify_thread_id = 1;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), -1);
	CHECK_INT(errno, EINVAL);

	/* SIGEV_THREAD: the function runs in another thread, with the
	 * sigval, once per expiry; the program's attributes are used */
	CHECK_INT(wait_threads(threads), threads);   /* the joined one is gone */
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 256 * 1024);
	ev = (struct sigevent){ .sigev_notify = SIGEV_THREAD };
	ev.sigev_notify_function = notify;
	ev.sigev_notify_attributes = &attr;
	ev.sigev_value.sival_ptr = (void *)&calls;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), 0);
	CHECK_INT(thread_count(), threads + 1);
	its = after_ms(2, 2);
	CHECK_INT(timer_settime(t, 0, &its, 0), 0);
	for (int i = 0; i < 1000 && calls < 5; i++)
		sleep_ms(2);
	CHECK(calls >= 5);
	CHECK_INT(bad_value, 0);
	CHECK_INT(on_main, 0);
	CHECK_INT(timer_gettime(t, &its), 0);
	CHECK_INT(its.it_interval.tv_nsec, 2000000);
	CHECK(timer_getoverrun(t) >= 0);
	/* delete: no more calls, and the helper thread goes away */
	CHECK_INT(timer_delete(t), 0);
	sleep_ms(10);
	n = calls;
	sleep_ms(30);
	CHECK_INT(calls, n);
	/* (glibc 2.36 keeps a thread after the delete) */
	TASKRT_ONLY(CHECK_INT(wait_threads(threads), threads));
	pthread_attr_destroy(&attr);

	/* a SIGEV_THREAD timer deleted by its own notify function */
	ev = (struct sigevent){ .sigev_notify = SIGEV_THREAD };
	ev.sigev_notify_function = notify_delete;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &self_deleting), 0);
	its = after_ms(5, 0);
	CHECK_INT(timer_settime(self_deleting, 0, &its, 0), 0);
	for (int i = 0; i < 500 && self_delete_result == -2; i++)
		sleep_ms(2);
	CHECK_INT(self_delete_result, 0);
	TASKRT_ONLY(CHECK_INT(wait_threads(threads), threads));
	/* and a SIGEV_THREAD timer with a bad clock leaves no thread behind */
	ev.sigev_notify_function = notify;
	CHECK_INT(timer_create(12345, &ev, &t2), -1);
	CHECK_INT(errno, EINVAL);
	TASKRT_ONLY(CHECK_INT(wait_threads(threads), threads));

	/* bad input */
	ev = (struct sigevent){ .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN };
	CHECK_INT(timer_create(12345, &ev, &t), -1);          /* no such clock */
	CHECK_INT(errno, EINVAL);
	ev.sigev_notify = 99;                                 /* no such notify kind */
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), -1);
	CHECK_INT(errno, EINVAL);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = 0;                                   /* no such signal */
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), -1);
	CHECK_INT(errno, EINVAL);
	ev.sigev_signo = 1000;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), -1);
	CHECK_INT(errno, EINVAL);
	ev.sigev_signo = SIGRTMIN;
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), 0);
	its = (struct itimerspec){ { 0, 0 }, { 0, 1000000000 } }; /* nsec out of range */
	CHECK_INT(timer_settime(t, 0, &its, 0), -1);
	CHECK_INT(errno, EINVAL);
	its = (struct itimerspec){ { 0, -1 }, { 1, 0 } };
	CHECK_INT(timer_settime(t, 0, &its, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(timer_delete(t), 0);
	return check_done();
}
