/* pthread_cond_t: a 10,000-round ping-pong between two threads (a lost
 * wake-up hangs it), broadcast to several sleeping waiters, timed waits on
 * both clocks, waits that time out among signals, the attributes, and the
 * errors. */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "check.h"

#define ROUNDS  10000
#define WAITERS 6

/* Ping-pong: whose turn it is, under the mutex; each side waits for its
 * turn, hands it over and signals.  A single lost wake-up stops both. */
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn_changed = PTHREAD_COND_INITIALIZER;
static int turn, rounds[2];

static void *player(void *arg)
{
	int me = (int)(long)arg;

	for (int i = 0; i < ROUNDS; i++) {
		pthread_mutex_lock(&m);
		while (turn != me)
			pthread_cond_wait(&turn_changed, &m);
		rounds[me]++;
		turn = !me;
		pthread_cond_signal(&turn_changed);
		pthread_mutex_unlock(&m);
	}
	return 0;
}

static void test_ping_pong(void)
{
	pthread_t t;

	CHECK_INT(pthread_create(&t, 0, player, (void *)1L), 0);
	player((void *)0L);
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK_INT(rounds[0], ROUNDS);
	CHECK_INT(rounds[1], ROUNDS);
	TASKRT_ONLY(CHECK_INT(turn_changed.__waiters, 0));
}

/* Broadcast: every waiter is asleep (they all said so, and had 50 ms to
 * get into the kernel) when the one broadcast comes. */
static pthread_cond_t go_cond = PTHREAD_COND_INITIALIZER;
static int ready, go, woken;

static void *waiter(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&m);
	ready++;
	while (!go)
		pthread_cond_wait(&go_cond, &m);
	woken++;
	pthread_mutex_unlock(&m);
	return 0;
}

static void test_broadcast(void)
{
	pthread_t t[WAITERS];
	int n;

	for (int i = 0; i < WAITERS; i++)
		CHECK_INT(pthread_create(&t[i], 0, waiter, 0), 0);
	do {
		sleep_ms(5);
		pthread_mutex_lock(&m);
		n = ready;
		pthread_mutex_unlock(&m);
	} while (n < WAITERS);
	sleep_ms(50);
	TASKRT_ONLY(CHECK_INT(go_cond.__waiters, WAITERS));
	pthread_mutex_lock(&m);
	go = 1;
	CHECK_INT(pthread_cond_broadcast(&go_cond), 0);
	pthread_mutex_unlock(&m);
	/* Destroy at once: POSIX allows it, the woken ones may still be
	 * leaving (pthread_cond_destroy waits for them). */
	CHECK_INT(pthread_cond_destroy(&go_cond), 0);
	for (int i = 0; i < WAITERS; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	CHECK_INT(woken, WAITERS);
}

/* Nobody signals: ETIMEDOUT no earlier than the deadline, and the mutex
 * is ours again (an errorcheck mutex says so by unlocking without EPERM). */
static void timed_out(clockid_t clock)
{
	pthread_condattr_t a;
	pthread_mutexattr_t ma;
	pthread_cond_t c;
	pthread_mutex_t em;
	struct timespec at;

	CHECK_INT(pthread_condattr_init(&a), 0);
	CHECK_INT(pthread_condattr_setclock(&a, clock), 0);
	CHECK_INT(pthread_cond_init(&c, &a), 0);
	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&em, &ma);

	/* A signal with nobody waiting is not remembered. */
	CHECK_INT(pthread_cond_signal(&c), 0);
	CHECK_INT(pthread_cond_broadcast(&c), 0);
	CHECK_INT(pthread_mutex_lock(&em), 0);
	at = in_ms(clock, 50);
	CHECK_INT(pthread_cond_timedwait(&c, &em, &at), ETIMEDOUT);
	CHECK(now_ns(clock) >= ts_ns(at));
	CHECK_INT(pthread_cond_timedwait(&c, &em, &(struct timespec){ 0, 0 }), ETIMEDOUT);
	CHECK_INT(pthread_cond_timedwait(&c, &em, &(struct timespec){ -1, 0 }), ETIMEDOUT);
	CHECK_INT(pthread_cond_timedwait(&c, &em, &(struct timespec){ 0, 1000000000L }), EINVAL);
	CHECK_INT(pthread_mutex_unlock(&em), 0);
	/* Not holding the mutex: an errorcheck mutex reports it. */
	CHECK_INT(pthread_cond_wait(&c, &em), EPERM);
	TASKRT_ONLY(CHECK_INT(c.__waiters, 0));
	CHECK_INT(pthread_cond_destroy(&c), 0);
	CHECK_INT(pthread_condattr_destroy(&a), 0);
}

/* Churn: waiters that time out, waiters that are woken, signals and
 * broadcasts all at once.  Every waiter's wait ends (an untimed one only
 * by a wake, so a lost one hangs the test), and once all have left
 * taskrt's count of sleepers is back at 0: a waiter counted off twice, or
 * never, would leave it off for good (and one too low skips a wake). */
#define CHURNERS 4
#define CHURNS   1000
static pthread_cond_t churn = PTHREAD_COND_INITIALIZER;
static int churned;

static void *churner(void *arg)
{
	unsigned seed = (unsigned)(long)arg;

	pthread_mutex_lock(&m);
	for (int i = 0; i < CHURNS; i++) {
		seed = seed * 1103515245 + 12345;
		if (seed >> 31) {
			pthread_cond_wait(&churn, &m);
		} else {
			struct timespec at = in_ns(CLOCK_MONOTONIC,
			                           (seed >> 16 & 0x3fff) * 16LL); /* 0-262 us */

			pthread_cond_clockwait(&churn, &m, CLOCK_MONOTONIC, &at);
		}
	}
	churned++;
	pthread_mutex_unlock(&m);
	return 0;
}

static void test_churn(void)
{
	pthread_t t[CHURNERS];
	int done = 0;

	for (int i = 0; i < CHURNERS; i++)
		CHECK_INT(pthread_create(&t[i], 0, churner, (void *)(long)(i + 1)), 0);
	for (unsigned k = 0; done < CHURNERS; k++) {
		pthread_mutex_lock(&m);
		if (k % 8 == 0)
			pthread_cond_broadcast(&churn);
		else
			pthread_cond_signal(&churn);
		done = churned;
		pthread_mutex_unlock(&m);
	}
	for (int i = 0; i < CHURNERS; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	TASKRT_ONLY(CHECK_INT(churn.__waiters, 0));
	TASKRT_ONLY(CHECK_INT(churn.__sleepers, 0));
	CHECK_INT(pthread_cond_destroy(&churn), 0);
}

/* A timed wait that is signalled in time returns 0. */
static pthread_cond_t late = PTHREAD_COND_INITIALIZER;
static int flag;

static void *signal_after_20ms(void *arg)
{
	(void)arg;
	sleep_ms(20);
	pthread_mutex_lock(&m);
	flag = 1;
	pthread_cond_signal(&late);
	pthread_mutex_unlock(&m);
	return 0;
}

static void test_signalled_in_time(void)
{
	struct timespec at = in_ms(CLOCK_REALTIME, 10000);
	pthread_t t;
	int r = 0;

	CHECK_INT(pthread_create(&t, 0, signal_after_20ms, 0), 0);
	pthread_mutex_lock(&m);
	while (!flag && r == 0)
		r = pthread_cond_timedwait(&late, &m, &at);
	pthread_mutex_unlock(&m);
	CHECK_INT(r, 0);
	CHECK_INT(flag, 1);
	CHECK(now_ns(CLOCK_REALTIME) < ts_ns(at));
	CHECK_INT(pthread_join(t, 0), 0);
}

static void test_attr(void)
{
	pthread_condattr_t a;
	clockid_t clock = -1;
	int v = -1;

	CHECK_INT(pthread_condattr_init(&a), 0);
	CHECK_INT(pthread_condattr_getclock(&a, &clock), 0);
	CHECK_INT(clock, CLOCK_REALTIME);
	CHECK_INT(pthread_condattr_setclock(&a, CLOCK_PROCESS_CPUTIME_ID), EINVAL);
	CHECK_INT(pthread_condattr_setclock(&a, 12345), EINVAL);
	CHECK_INT(pthread_condattr_setclock(&a, CLOCK_MONOTONIC), 0);
	CHECK_INT(pthread_condattr_getclock(&a, &clock), 0);
	CHECK_INT(clock, CLOCK_MONOTONIC);
	CHECK_INT(pthread_condattr_getpshared(&a, &v), 0);
	CHECK_INT(v, PTHREAD_PROCESS_PRIVATE);
	CHECK_INT(pthread_condattr_setpshared(&a, 7), EINVAL);
	CHECK_INT(pthread_condattr_setpshared(&a, PTHREAD_PROCESS_SHARED), 0);
	CHECK_INT(pthread_condattr_getpshared(&a, &v), 0);
	CHECK_INT(v, PTHREAD_PROCESS_SHARED);
	CHECK_INT(pthread_condattr_destroy(&a), 0);
}

int main(void)
{
	(void)check_skip;
	test_attr();
	timed_out(CLOCK_REALTIME);
	timed_out(CLOCK_MONOTONIC);
	test_signalled_in_time();
	test_ping_pong();
	test_broadcast();
	test_churn();
	return check_done();
}
