/* Thread-specific data: values per thread and per key, destructors at
 * thread exit (order, repeated rounds, the round limit), delete and reuse
 * without stale values, all PTHREAD_KEYS_MAX keys, many threads at once,
 * and the main thread's destructors (pthread_exit: yes, exit: no). */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>
#include <limits.h>   /* PTHREAD_KEYS_MAX, PTHREAD_DESTRUCTOR_ITERATIONS */
#include "check.h"

static pthread_key_t a, b, forever;
static char order[64];
static int order_len, forever_calls;

static void note(char c) { order[order_len++] = c; order[order_len] = 0; }

/* a's destructor notes "a"; b's notes "b" and gives a a value again the
 * first time, which must earn a second round. */
static void destroy_a(void *v) { (void)v; note('a'); }
static void destroy_b(void *v)
{
	note('b');
	if (v == (void *)1)
		pthread_setspecific(a, (void *)2);
}
/* Stores a value again every time: stopped after the round limit. */
static void destroy_forever(void *v)
{
	forever_calls++;
	pthread_setspecific(forever, v);
}

static void *set_a_b(void *arg)
{
	(void)arg;
	pthread_setspecific(a, (void *)1);
	pthread_setspecific(b, (void *)1);
	return 0;
}

static void *set_null(void *arg)
{
	(void)arg;
	pthread_setspecific(a, (void *)1);
	pthread_setspecific(a, 0);               /* NULL again: no destructor */
	pthread_setspecific(b, 0);
	return 0;
}

static void *set_forever(void *arg)
{
	pthread_setspecific(forever, arg);
	return 0;
}

/* Many threads: each stores its own number under every key and reads it
 * back after the others have had time to store theirs. */
#define THREADS 16
#define KEYS 8
static pthread_key_t many[KEYS];
static volatile int destroyed, started;

static void count_destroy(void *v) { (void)v; __atomic_fetch_add(&destroyed, 1, __ATOMIC_RELAXED); }

static void *own_values(void *arg)
{
	uintptr_t me = (uintptr_t)arg, bad = 0;

	for (int k = 0; k < KEYS; k++)
		if (pthread_getspecific(many[k]) != 0 || pthread_setspecific(many[k], (void *)(me * 100 + k)))
			bad++;
	__atomic_fetch_add(&started, 1, __ATOMIC_RELAXED);
	while (__atomic_load_n(&started, __ATOMIC_RELAXED) < THREADS)
		sched_yield();
	for (int k = 0; k < KEYS; k++)
		if (pthread_getspecific(many[k]) != (void *)(me * 100 + k))
			bad++;
	return (void *)bad;
}

/* A thread that keeps a value under a key while main deletes the key and
 * creates a new one in the same slot. */
static volatile int stage;
static void *holder(void *arg)
{
	pthread_key_t *k = arg;
	void *seen;

	pthread_setspecific(*k, (void *)7);
	stage = 1;
	while (stage != 2)
		sched_yield();
	seen = pthread_getspecific(*k);          /* the new key, same number */
	return seen;
}

static void main_destructor(void *v) { write(1, v, 1); }

/* In a child: a key whose destructor writes one byte to the pipe, then
 * leave main by pthread_exit (destructors run) or exit (they do not). */
static int child_main_thread(int by_pthread_exit)
{
	int fds[2], pid, status;
	char c = 0;
	pthread_key_t k;

	pipe(fds);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], 1);
		pthread_key_create(&k, main_destructor);
		pthread_setspecific(k, "x");
		if (by_pthread_exit)
			pthread_exit(0);
		exit(0);
	}
	close(fds[1]);
	if (read(fds[0], &c, 1) != 1)
		c = 0;
	close(fds[0]);
	waitpid(pid, &status, 0);
	CHECK_INT(status, 0);
	return c;
}

int main(void)
{
	pthread_key_t k, k2, keys[PTHREAD_KEYS_MAX + 1];
	pthread_t t[THREADS];
	void *r;
	int n;

	/* the basics, in the main thread */
	CHECK_INT(pthread_key_create(&a, destroy_a), 0);
	CHECK_INT(pthread_key_create(&b, destroy_b), 0);
	CHECK(a != b);
	CHECK(pthread_getspecific(a) == 0);
	CHECK_INT(pthread_setspecific(a, &n), 0);
	CHECK(pthread_getspecific(a) == &n);
	CHECK(pthread_getspecific(b) == 0);
	CHECK_INT(pthread_setspecific(a, 0), 0);
	CHECK(pthread_getspecific(a) == 0);
	CHECK_INT(pthread_setspecific(PTHREAD_KEYS_MAX, &n), EINVAL);
	CHECK(pthread_getspecific(PTHREAD_KEYS_MAX) == 0);

	/* destructors: key order, then a second round for the value b's
	 * destructor stored under a */
	CHECK_INT(pthread_create(&t[0], 0, set_a_b, 0), 0);
	CHECK_INT(pthread_join(t[0], 0), 0);
	CHECK_STR(order, "aba");
	order_len = 0; order[0] = 0;
	CHECK_INT(pthread_create(&t[0], 0, set_null, 0), 0);
	CHECK_INT(pthread_join(t[0], 0), 0);
	CHECK_STR(order, "");

	/* a destructor that always stores again: PTHREAD_DESTRUCTOR_ITERATIONS rounds */
	CHECK_INT(pthread_key_create(&forever, destroy_forever), 0);
	CHECK_INT(pthread_create(&t[0], 0, set_forever, &n), 0);
	CHECK_INT(pthread_join(t[0], 0), 0);
	CHECK_INT(forever_calls, PTHREAD_DESTRUCTOR_ITERATIONS);

	/* delete: its destructor no longer runs; twice is EINVAL; reuse of
	 * the number starts from NULL, here and in a thread that held a value */
	CHECK_INT(pthread_key_delete(forever), 0);
	CHECK_INT(pthread_key_delete(forever), EINVAL);
	CHECK_INT(pthread_setspecific(forever, &n), EINVAL);
	forever_calls = 0;
	CHECK_INT(pthread_key_create(&k, 0), 0);
	CHECK_INT(pthread_setspecific(k, &n), 0);
	CHECK_INT(pthread_key_delete(k), 0);
	CHECK(pthread_getspecific(k) == 0);
	CHECK_INT(pthread_key_create(&k2, 0), 0);
	CHECK_INT(k2, k);                        /* the lowest free number */
	CHECK(pthread_getspecific(k2) == 0);
	CHECK_INT(pthread_create(&t[0], 0, holder, &k2), 0);
	while (stage != 1)
		sched_yield();
	CHECK_INT(pthread_key_delete(k2), 0);
	CHECK_INT(pthread_key_create(&k, destroy_forever), 0);
	CHECK_INT(k, k2);
	stage = 2;
	CHECK_INT(pthread_join(t[0], &r), 0);
	CHECK(r == 0);
	CHECK_INT(forever_calls, 0);             /* the old value was not destroyed */
	CHECK_INT(pthread_key_delete(k), 0);

	/* all PTHREAD_KEYS_MAX keys, then EAGAIN */
	for (n = 0; n <= PTHREAD_KEYS_MAX; n++)
		if (pthread_key_create(&keys[n], 0) != 0)
			break;
	CHECK_INT(n, PTHREAD_KEYS_MAX - 2);      /* a and b are still in use */
	CHECK_INT(pthread_key_create(&k, 0), EAGAIN);
	CHECK_INT(pthread_setspecific(keys[n - 1], &n), 0);
	CHECK(pthread_getspecific(keys[n - 1]) == &n);
	while (n--)
		CHECK_INT(pthread_key_delete(keys[n]), 0);

	/* many threads, each with its own values */
	for (n = 0; n < KEYS; n++)
		CHECK_INT(pthread_key_create(&many[n], count_destroy), 0);
	for (n = 0; n < THREADS; n++)
		CHECK_INT(pthread_create(&t[n], 0, own_values, (void *)(uintptr_t)(n + 1)), 0);
	for (n = 0; n < THREADS; n++) {
		CHECK_INT(pthread_join(t[n], &r), 0);
		CHECK(r == 0);
	}
	CHECK_INT(destroyed, THREADS * KEYS);

	/* the main thread: pthread_exit runs its destructors, exit does not */
	CHECK_INT(child_main_thread(1), 'x');
	CHECK_INT(child_main_thread(0), 0);
	return check_done();
}
