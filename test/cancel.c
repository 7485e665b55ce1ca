/* test skip qemu-i386: qemu-i386 keeps one GDT for all threads: %gs changes under a signal handler, and the cancel handler finds the newest thread's TCB */
/* Cancellation: deferred at each cancellation point taskrt implements,
 * disabled, asynchronous; cleanup handlers (reverse order, on cancel and on
 * pthread_exit) before key destructors; pthread_cancel of an exited thread;
 * a cancelled cond wait owns its mutex when the handlers run; pthread_once
 * undone by a cancel; and the reserved signal (SIGCANCEL, 32) that neither
 * sigaction nor sigprocmask lets a program touch. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <semaphore.h>
#include <spawn.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static int pipe_fds[2];
static volatile int started;

static void wait_started(void)
{
	while (!__atomic_load_n(&started, __ATOMIC_ACQUIRE))
		sleep_ms(1);
	started = 0;
	sleep_ms(20);               /* let it reach the blocking call */
}

static void say_started(void)
{
	__atomic_store_n(&started, 1, __ATOMIC_RELEASE);
}

/* One blocking cancellation point per entry: the thread says it started,
 * then blocks for ever (or for long) in that call. */
static pthread_mutex_t cond_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static sem_t sem;
static pthread_t sleeper;
static pid_t child;

static void b_read(void) { char c; read(pipe_fds[0], &c, 1); }
static void b_pause(void) { pause(); }
static void b_poll(void) { struct pollfd p = { pipe_fds[0], POLLIN, 0 }; poll(&p, 1, -1); }
static void b_poll_timeout(void) { struct pollfd p = { pipe_fds[0], POLLIN, 0 }; poll(&p, 1, 10000); }
static void b_select(void)
{
	fd_set r;
	FD_ZERO(&r);
	FD_SET(pipe_fds[0], &r);
	select(pipe_fds[0] + 1, &r, 0, 0, 0);
}
static void b_nanosleep(void) { struct timespec t = { 10, 0 }; nanosleep(&t, 0); }
static void b_clock_nanosleep(void)
{
	struct timespec t = { 10, 0 };
	clock_nanosleep(CLOCK_MONOTONIC, 0, &t, 0);
}
static void b_sleep(void) { sleep(10); }
static void b_sigsuspend(void) { sigset_t s; sigemptyset(&s); sigsuspend(&s); }
static void b_sigwaitinfo(void)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &s, 0);
	sigwaitinfo(&s, 0);
}
static void b_sem_wait(void) { sem_wait(&sem); }
static void b_join(void) { pthread_join(sleeper, 0); }
static void b_waitpid(void) { waitpid(child, 0, 0); }
static volatile int unlock_result = -1;
static void unlock(void *m) { unlock_result = pthread_mutex_unlock(m); }
static void b_cond_wait(void)
{
	pthread_mutex_lock(&cond_mutex);
	pthread_cleanup_push(unlock, &cond_mutex);
	for (;;)
		pthread_cond_wait(&cond, &cond_mutex);
	pthread_cleanup_pop(0);
}

static const struct { const char *name; void (*block)(void); } points[] = {
	{ "read", b_read }, { "pause", b_pause }, { "poll", b_poll },
	{ "poll with a timeout", b_poll_timeout }, { "select", b_select },
	{ "nanosleep", b_nanosleep }, { "clock_nanosleep", b_clock_nanosleep },
	{ "sleep", b_sleep }, { "sigsuspend", b_sigsuspend },
	{ "sigwaitinfo", b_sigwaitinfo }, { "sem_wait", b_sem_wait },
	{ "pthread_join", b_join }, { "waitpid", b_waitpid },
	{ "pthread_cond_wait", b_cond_wait },
};

static void *blocker(void *arg)
{
	say_started();
	points[(uintptr_t)arg].block();
	return (void *)1;            /* not cancelled: wrong */
}

static void *sleep_long(void *arg) { (void)arg; sleep(30); return 0; }

static void deferred_points(void)
{
	unsigned i;
	pthread_t t;
	void *r;

	pthread_mutexattr_t a;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&cond_mutex, &a);
	sem_init(&sem, 0, 0);
	pthread_create(&sleeper, 0, sleep_long, 0);
	if ((child = fork()) == 0) {
		sleep(30);
		_exit(0);
	}
	for (i = 0; i < sizeof points / sizeof *points; i++) {
		r = 0;
		CHECK_INT(pthread_create(&t, 0, blocker, (void *)(uintptr_t)i), 0);
		wait_started();
		CHECK_INT(pthread_cancel(t), 0);
		CHECK_INT(pthread_join(t, &r), 0);
		if (r != PTHREAD_CANCELED) {
			check_puts("not cancelled in ");
			check_puts(points[i].name);
			check_puts("\n");
		}
		CHECK(r == PTHREAD_CANCELED);
	}
	/* The cond waiter's handler found the mutex its own (an errorcheck
	 * mutex says EPERM otherwise) and gave it back. */
	CHECK_INT(unlock_result, 0);
	CHECK_INT(pthread_mutex_trylock(&cond_mutex), 0);
	pthread_mutex_unlock(&cond_mutex);
	pthread_cancel(sleeper);
	CHECK_INT(pthread_join(sleeper, &r), 0);
	CHECK(r == PTHREAD_CANCELED);
	kill(child, SIGKILL);
	waitpid(child, 0, 0);
}

/* Disabled: the cancel waits through a cancellation point (the sleep ends
 * normally), and acts at the first point after enabling. */
static volatile int phase;
static void *disabled(void *arg)
{
	int old = -1;
	struct timespec t = { 0, 50 * 1000000 };

	(void)arg;
	CHECK_INT(pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old), 0);
	CHECK_INT(old, PTHREAD_CANCEL_ENABLE);
	say_started();
	CHECK_INT(nanosleep(&t, 0), 0);        /* cancelled meanwhile */
	pthread_testcancel();
	phase = 1;                             /* still alive */
	CHECK_INT(pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old), 0);
	CHECK_INT(old, PTHREAD_CANCEL_DISABLE);
	phase = 2;                             /* deferred: not yet */
	pthread_testcancel();
	phase = 3;
	return 0;
}

/* Asynchronous: acts in a loop with no cancellation point in it. */
static volatile unsigned long spins;
static void *spinner(void *arg)
{
	int old = -1;

	(void)arg;
	CHECK_INT(pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old), 0);
	CHECK_INT(old, PTHREAD_CANCEL_DEFERRED);
	say_started();
	for (;;)
		spins++;
	return 0;
}

/* Cleanup handlers, innermost first, then the key destructors. */
static char order[16];
static volatile int order_len;
static void note(void *c) { order[order_len++] = *(char *)c; }
static pthread_key_t key;
static void destructor(void *v) { note(v); }

static void *cleanups(void *arg)
{
	static char a = 'a', b = 'b', c = 'c', d = 'd', k = 'k';

	pthread_setspecific(key, &k);
	pthread_cleanup_push(note, &a);
	pthread_cleanup_push(note, &b);
	pthread_cleanup_push(note, &d);
	pthread_cleanup_pop(1);                /* runs d now */
	pthread_cleanup_push(note, &c);
	pthread_cleanup_push(note, &d);
	pthread_cleanup_pop(0);                /* never runs this d */
	if (arg)
		pthread_exit((void *)2);       /* exit runs them too */
	say_started();
	b_read();
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	return 0;
}

static void *quick(void *arg) { say_started(); return arg; }

/* pthread_once: a cancelled init function counts as never called. */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static volatile int once_runs;
static void init_blocks(void)
{
	if (once_runs++ == 0) {
		say_started();
		b_read();
	}
}
static void *call_once(void *arg) { pthread_once(&once, init_blocks); return arg; }

/* posix_spawn with a cancel pending: not a cancellation point here, and
 * its child (which runs on this thread's TCB until it execs) must exec
 * rather than act on the cancel. */
static pid_t spawned = -1;
static volatile int spawn_result = -1;
static void *spawn_cancelled(void *arg)
{
	char *argv[] = { "true", 0 }, *envp[] = { 0 };

	pthread_cancel(pthread_self());
	spawn_result = posix_spawn((pid_t *)&spawned, "/bin/true", 0, 0, argv, envp);
	pthread_testcancel();
	return arg;
}

/* Cancelling oneself, deferred: the next cancellation point acts. */
static void *self_cancel(void *arg)
{
	CHECK_INT(pthread_cancel(pthread_self()), 0);
	phase = 1;
	pthread_testcancel();
	phase = 2;
	return arg;
}

int main(void)
{
	pthread_t t;
	void *r;
	int old;
	struct sigaction sa;
	sigset_t set, got;

	CHECK_INT(pipe(pipe_fds), 0);
	deferred_points();

	phase = 0;
	pthread_create(&t, 0, disabled, 0);
	wait_started();
	CHECK_INT(pthread_cancel(t), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == PTHREAD_CANCELED);
	CHECK_INT(phase, 2);

	pthread_create(&t, 0, spinner, 0);
	wait_started();
	CHECK_INT(pthread_cancel(t), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == PTHREAD_CANCELED);
	CHECK(spins > 0);

	pthread_key_create(&key, destructor);
	order_len = 0;
	pthread_create(&t, 0, cleanups, 0);
	wait_started();
	pthread_cancel(t);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == PTHREAD_CANCELED);
	order[order_len] = 0;
	CHECK_STR(order, "dcbak");
	order_len = 0;
	pthread_create(&t, 0, cleanups, (void *)1);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == (void *)2);
	order[order_len] = 0;
	CHECK_STR(order, "dcbak");

	/* An exited thread, not joined yet: 0, and its own result stays. */
	pthread_create(&t, 0, quick, (void *)7);
	wait_started();
	sleep_ms(30);
	CHECK_INT(pthread_cancel(t), 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == (void *)7);

	phase = 0;
	pthread_create(&t, 0, self_cancel, 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == PTHREAD_CANCELED);
	CHECK_INT(phase, 1);

	pthread_create(&t, 0, spawn_cancelled, 0);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == PTHREAD_CANCELED);
	CHECK_INT(spawn_result, 0);
	CHECK(spawned > 0);
	if (spawned > 0) {
		int status = -1;
		CHECK_INT(waitpid(spawned, &status, 0), spawned);
		CHECK_INT(status, 0);                  /* true ran, and exited 0 */
	}

	pthread_create(&t, 0, call_once, (void *)3);
	wait_started();
	pthread_cancel(t);
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK(r == PTHREAD_CANCELED);
	pthread_create(&t, 0, call_once, (void *)4);
	CHECK_INT(pthread_join(t, &r), 0);      /* runs init again, returns */
	CHECK(r == (void *)4);
	CHECK_INT(once_runs, 2);

	/* Bad values. */
	CHECK_INT(pthread_setcancelstate(5, &old), EINVAL);
	CHECK_INT(pthread_setcanceltype(5, &old), EINVAL);

	/* The reserved signal: below SIGRTMIN, not to be caught or blocked. */
	CHECK(SIGRTMIN > 32);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	errno = 0;
	CHECK_INT(sigaction(32, &sa, 0), -1);
	CHECK_INT(errno, EINVAL);
	sigfillset(&set);
	CHECK_INT(sigismember(&set, 32), 0);
	sigemptyset(&set);
	*(unsigned long *)&set |= 1UL << 31;   /* signal 32, past sigaddset */
	CHECK_INT(sigprocmask(SIG_BLOCK, &set, 0), 0);
	CHECK_INT(sigprocmask(SIG_BLOCK, 0, &got), 0);
	CHECK_INT(sigismember(&got, 32), 0);
	return check_done();
}
