/* sem_t: a bounded buffer (two semaphores and a mutex) moving 10,000
 * items from two producers to two consumers with the exact sum; the
 * errors (-1 with errno); timed waits on both clocks; a wait interrupted
 * by a signal handler (EINTR, as glibc); and a semaphore shared with a
 * child process. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <limits.h>   /* SEM_VALUE_MAX */
#include "check.h"

/* sem_clockwait is POSIX 2024's (glibc has it, musl 1.2.3 not yet): where
 * it is missing its checks are left out, and the rest use sem_timedwait. */
#if defined(TASKRT) || defined(__GLIBC__)
#define HAVE_SEM_CLOCKWAIT 1
#else
#define HAVE_SEM_CLOCKWAIT 0
#endif

#define SLOTS     16
#define ITEMS     10000              /* in all, split between the producers */
#define PRODUCERS 2
#define CONSUMERS 2

/* The bounded buffer: empty counts free slots, full counts items. */
static sem_t empty, full;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int buffer[SLOTS], head, tail;
static long long consumed_sum;
static int consumed;

static void *producer(void *arg)
{
	long first = (long)arg;

	for (int i = 0; i < ITEMS / PRODUCERS; i++) {
		sem_wait(&empty);
		pthread_mutex_lock(&lock);
		buffer[head] = (int)first + i;       /* items 1..ITEMS, once each */
		head = (head + 1) % SLOTS;
		pthread_mutex_unlock(&lock);
		sem_post(&full);
	}
	return 0;
}

static void *consumer(void *arg)
{
	long long sum = 0;
	int n = 0;

	(void)arg;
	for (int i = 0; i < ITEMS / CONSUMERS; i++) {
		sem_wait(&full);
		pthread_mutex_lock(&lock);
		sum += buffer[tail];
		tail = (tail + 1) % SLOTS;
		pthread_mutex_unlock(&lock);
		sem_post(&empty);
		n++;
	}
	pthread_mutex_lock(&lock);
	consumed_sum += sum;
	consumed += n;
	pthread_mutex_unlock(&lock);
	return 0;
}

static void test_bounded_buffer(void)
{
	pthread_t p[PRODUCERS], c[CONSUMERS];
	int v = -1;

	CHECK_INT(sem_init(&empty, 0, SLOTS), 0);
	CHECK_INT(sem_init(&full, 0, 0), 0);
	for (int i = 0; i < CONSUMERS; i++)
		CHECK_INT(pthread_create(&c[i], 0, consumer, 0), 0);
	for (long i = 0; i < PRODUCERS; i++)
		CHECK_INT(pthread_create(&p[i], 0, producer, (void *)(1 + i * (ITEMS / PRODUCERS))), 0);
	for (int i = 0; i < PRODUCERS; i++)
		CHECK_INT(pthread_join(p[i], 0), 0);
	for (int i = 0; i < CONSUMERS; i++)
		CHECK_INT(pthread_join(c[i], 0), 0);
	CHECK_INT(consumed, ITEMS);
	CHECK_INT(consumed_sum, (long long)ITEMS * (ITEMS + 1) / 2);
	CHECK_INT(sem_getvalue(&empty, &v), 0);
	CHECK_INT(v, SLOTS);
	CHECK_INT(sem_getvalue(&full, &v), 0);
	CHECK_INT(v, 0);
	CHECK_INT(sem_destroy(&empty), 0);
	CHECK_INT(sem_destroy(&full), 0);
}

#define CHECK_ERR(call, e) do { errno = 0; CHECK_INT(call, -1); CHECK_INT(errno, e); } while (0)

static void test_errors(void)
{
	sem_t s;
	int v = -1;

	CHECK_ERR(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1), EINVAL);
	CHECK_INT(sem_init(&s, 0, 0), 0);
	CHECK_ERR(sem_trywait(&s), EAGAIN);
	CHECK_INT(sem_post(&s), 0);
	CHECK_INT(sem_getvalue(&s, &v), 0);
	CHECK_INT(v, 1);
	CHECK_INT(sem_trywait(&s), 0);
	CHECK_ERR(sem_trywait(&s), EAGAIN);

	/* Full up: one more post overflows and changes nothing. */
	CHECK_INT(sem_init(&s, 0, SEM_VALUE_MAX), 0);
	CHECK_ERR(sem_post(&s), EOVERFLOW);
	CHECK_INT(sem_getvalue(&s, &v), 0);
	CHECK_INT(v, SEM_VALUE_MAX);
	CHECK_INT(sem_trywait(&s), 0);
	CHECK_INT(sem_post(&s), 0);

	/* A bad deadline matters only when the caller would have to wait. */
	TASKRT_ONLY(CHECK_INT(sem_timedwait(&s, &(struct timespec){ 0, 1000000000L }), 0));
	CHECK_INT(sem_init(&s, 0, 0), 0);
	CHECK_ERR(sem_timedwait(&s, &(struct timespec){ 0, 1000000000L }), EINVAL);
	CHECK_ERR(sem_timedwait(&s, &(struct timespec){ 0, -1 }), EINVAL);
	CHECK_ERR(sem_timedwait(&s, &(struct timespec){ 0, 0 }), ETIMEDOUT);
	CHECK_ERR(sem_timedwait(&s, &(struct timespec){ -1, 0 }), ETIMEDOUT);
#if HAVE_SEM_CLOCKWAIT
	CHECK_ERR(sem_clockwait(&s, CLOCK_PROCESS_CPUTIME_ID, &(struct timespec){ 0, 0 }), EINVAL);
#endif
	TASKRT_ONLY(CHECK_INT(s.__waiters, 0));
	CHECK_INT(sem_destroy(&s), 0);
}

/* Nobody posts: ETIMEDOUT no earlier than the deadline. */
static void timed_out(clockid_t clock)
{
	struct timespec at = in_ms(clock, 50);
	sem_t s;

	if (!HAVE_SEM_CLOCKWAIT && clock != CLOCK_REALTIME)
		return;
	sem_init(&s, 0, 0);
	if (clock == CLOCK_REALTIME)
		CHECK_ERR(sem_timedwait(&s, &at), ETIMEDOUT);
#if HAVE_SEM_CLOCKWAIT
	else
		CHECK_ERR(sem_clockwait(&s, clock, &at), ETIMEDOUT);
#endif
	CHECK(now_ns(clock) >= ts_ns(at));
	TASKRT_ONLY(CHECK_INT(s.__waiters, 0));
}

/* A post 20 ms into a timed wait ends it with the token. */
static sem_t later;

static void *post_after_20ms(void *arg)
{
	(void)arg;
	sleep_ms(20);
	sem_post(&later);
	return 0;
}

static void test_posted_in_time(void)
{
	struct timespec at = in_ms(HAVE_SEM_CLOCKWAIT ? CLOCK_MONOTONIC : CLOCK_REALTIME, 10000);
	pthread_t t;
	int v = -1;

	sem_init(&later, 0, 0);
	CHECK_INT(pthread_create(&t, 0, post_after_20ms, 0), 0);
#if HAVE_SEM_CLOCKWAIT
	CHECK_INT(sem_clockwait(&later, CLOCK_MONOTONIC, &at), 0);
#else
	CHECK_INT(sem_timedwait(&later, &at), 0);
#endif
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK_INT(sem_getvalue(&later, &v), 0);
	CHECK_INT(v, 0);
}

/* A signal handler (installed without SA_RESTART) interrupts sem_wait:
 * -1 with EINTR, as glibc does.  The waiter is the newest thread and the
 * main thread sends the signal: qemu-i386 keeps one GDT for all threads,
 * so a thread returning from a handler reloads %gs with the TLS of the
 * thread created last (a real kernel keeps the TLS entries per thread). */
static volatile int handled, waiter_tid, waited, wait_errno;
static sem_t never;

static void on_signal(int sig)
{
	(void)sig;
	handled = 1;
}

static void *wait_for_never(void *arg)
{
	(void)arg;
	__atomic_store_n(&waiter_tid, gettid(), __ATOMIC_RELEASE);
	waited = sem_wait(&never);
	wait_errno = errno;
	return 0;
}

static void test_eintr(void)
{
	struct sigaction sa = { 0 }, old;
	pthread_t t;

	sa.sa_handler = on_signal;
	CHECK_INT(sigaction(SIGUSR1, &sa, &old), 0);
	sem_init(&never, 0, 0);
	CHECK_INT(pthread_create(&t, 0, wait_for_never, 0), 0);
	while (!__atomic_load_n(&waiter_tid, __ATOMIC_ACQUIRE))
		sleep_ms(1);
	/* Asleep in the kernel after 50 ms, surely; but if a loaded machine
	 * let the signal come first, the next one interrupts the wait. */
	for (int i = 0, r = ETIMEDOUT; r == ETIMEDOUT && i < 50; i++) {
		struct timespec at = in_ms(CLOCK_REALTIME, 200);

		sleep_ms(50);
		CHECK_INT(syscall(SYS_tgkill, getpid(), waiter_tid, SIGUSR1), 0);
		r = pthread_timedjoin_np(t, 0, &at);
		if (r != ETIMEDOUT)
			CHECK_INT(r, 0);
	}
	CHECK_INT(waited, -1);
	CHECK_INT(wait_errno, EINTR);
	CHECK_INT(handled, 1);
	TASKRT_ONLY(CHECK_INT(never.__waiters, 0));
	sigaction(SIGUSR1, &old, 0);
}

/* pshared: a child process waits on a semaphore in a MAP_SHARED page
 * until the parent posts, then posts back. */
static void test_pshared(void)
{
	sem_t *s = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	int status = -1;
	pid_t pid;

	CHECK(s != MAP_FAILED);
	if (s == MAP_FAILED)
		return;
	CHECK_INT(sem_init(&s[0], 1, 0), 0);      /* parent -> child */
	CHECK_INT(sem_init(&s[1], 1, 0), 0);      /* child -> parent */
	pid = fork();
	if (pid == 0) {
		int ok = sem_wait(&s[0]) == 0;
		_exit(ok && sem_post(&s[1]) == 0 ? 0 : 1);
	}
	CHECK(pid > 0);
	sleep_ms(30);                           /* let it go to sleep first */
	CHECK_INT(sem_post(&s[0]), 0);
	CHECK_INT(sem_wait(&s[1]), 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(status, 0);
	munmap(s, 4096);
}

int main(void)
{
	(void)check_skip;
	test_errors();
	timed_out(CLOCK_REALTIME);
	timed_out(CLOCK_MONOTONIC);
	test_posted_in_time();
	test_eintr();
	test_pshared();
	test_bounded_buffer();
	return check_done();
}
