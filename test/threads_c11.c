/* C11 <threads.h>: create/join with exit codes (returned and thrd_exit),
 * detach, current/equal, sleep; mutexes (plain, recursive, trylock busy,
 * timedlock timing out); a mutex and condition variable ping-pong; timed
 * waits; tss values and destructors; call_once; thread_local. */
#include <threads.h>
#include <time.h>
#include "check.h"

static int returns_arg(void *arg) { return (int)(long)arg; }

static _Noreturn void leave(int code) { thrd_exit(code); }
static int exits_early(void *arg) { (void)arg; leave(7); }

static thrd_t seen_self;
static int record_self(void *arg) { (void)arg; seen_self = thrd_current(); return 0; }

/* Ping-pong: two threads take turns, each waiting for the other's. */
#define ROUNDS 1000
static mtx_t m;
static cnd_t c;
static int turn, moves;

static int player(void *arg)
{
	int me = (int)(long)arg;

	for (int i = 0; i < ROUNDS; i++) {
		mtx_lock(&m);
		while (turn != me)
			cnd_wait(&c, &m);
		moves++;
		turn = !me;
		cnd_broadcast(&c);
		mtx_unlock(&m);
	}
	return 0;
}

/* Tries the mutex main holds. */
static int contender(void *arg)
{
	struct timespec soon = in_ms(CLOCK_REALTIME, 50);

	(void)arg;
	if (mtx_trylock(&m) != thrd_busy)
		return 1;
	if (mtx_timedlock(&m, &soon) != thrd_timedout)
		return 2;
	return 0;
}

static tss_t key;
static volatile int destroyed;
static thread_local int local = 5;
static void count_destroy(void *v) { destroyed += (int)(long)v; }

static int uses_tss(void *arg)
{
	if (tss_get(key) != 0 || local != 5)
		return 1;
	local = 6;
	tss_set(key, arg);
	if (tss_get(key) != arg)
		return 2;
	if (arg == (void *)2)
		thrd_exit(0);            /* destructors run on thrd_exit too */
	return 0;
}

static once_flag once = ONCE_FLAG_INIT;
static volatile int once_calls;
static void init_once(void) { once_calls++; }
static int calls_once(void *arg) { (void)arg; call_once(&once, init_once); return once_calls; }

int main(void)
{
	struct timespec ten_ms = { 0, 10000000 }, before, after, left, deadline;
	thrd_t t, u, many[8];
	int r, i;

	/* the codes glibc and musl use */
	CHECK_INT(thrd_success, 0); CHECK_INT(thrd_busy, 1); CHECK_INT(thrd_error, 2);
	CHECK_INT(thrd_nomem, 3); CHECK_INT(thrd_timedout, 4);
	CHECK_INT(mtx_plain, 0); CHECK_INT(mtx_recursive, 1); CHECK_INT(mtx_timed, 2);

	/* threads: the start function's int, thrd_exit's, current, detach */
	CHECK_INT(thrd_create(&t, returns_arg, (void *)42), thrd_success);
	CHECK_INT(thrd_join(t, &r), thrd_success);
	CHECK_INT(r, 42);
	CHECK_INT(thrd_create(&t, returns_arg, (void *)-3), thrd_success);
	CHECK_INT(thrd_join(t, &r), thrd_success);
	CHECK_INT(r, -3);
	CHECK_INT(thrd_create(&t, exits_early, 0), thrd_success);
	CHECK_INT(thrd_join(t, &r), thrd_success);
	CHECK_INT(r, 7);
	CHECK_INT(thrd_create(&t, record_self, 0), thrd_success);
	CHECK_INT(thrd_join(t, 0), thrd_success);
	CHECK(thrd_equal(seen_self, t));
	CHECK(!thrd_equal(thrd_current(), t));
	CHECK(thrd_equal(thrd_current(), thrd_current()));
	CHECK_INT(thrd_create(&t, returns_arg, 0), thrd_success);
	CHECK_INT(thrd_detach(t), thrd_success);
	thrd_yield();

	/* sleeping */
	clock_gettime(CLOCK_MONOTONIC, &before);
	CHECK_INT(thrd_sleep(&ten_ms, &left), 0);
	clock_gettime(CLOCK_MONOTONIC, &after);
	CHECK((after.tv_sec - before.tv_sec) * 1000000000LL + after.tv_nsec - before.tv_nsec
	      >= 10000000);
	ten_ms.tv_nsec = -1;
	CHECK(thrd_sleep(&ten_ms, 0) < -1);      /* EINVAL: neither 0 nor -1 */

	/* mutexes */
	TASKRT_ONLY(CHECK_INT(mtx_init(&m, 8), thrd_error));   /* C11: undefined */
	CHECK_INT(mtx_init(&m, mtx_plain | mtx_recursive), thrd_success);
	CHECK_INT(mtx_lock(&m), thrd_success);
	CHECK_INT(mtx_lock(&m), thrd_success);
	CHECK_INT(mtx_trylock(&m), thrd_success);
	for (i = 0; i < 3; i++)
		CHECK_INT(mtx_unlock(&m), thrd_success);
	mtx_destroy(&m);
	CHECK_INT(mtx_init(&m, mtx_timed), thrd_success);
	CHECK_INT(mtx_lock(&m), thrd_success);
	CHECK_INT(thrd_create(&t, contender, 0), thrd_success);
	CHECK_INT(thrd_join(t, &r), thrd_success);
	CHECK_INT(r, 0);
	CHECK_INT(mtx_unlock(&m), thrd_success);
	deadline = in_ms(CLOCK_REALTIME, 50);
	CHECK_INT(mtx_timedlock(&m, &deadline), thrd_success);
	CHECK_INT(mtx_unlock(&m), thrd_success);
	CHECK_INT(mtx_trylock(&m), thrd_success);
	CHECK_INT(mtx_unlock(&m), thrd_success);
	mtx_destroy(&m);

	/* ping-pong, and a timed wait nobody signals */
	CHECK_INT(mtx_init(&m, mtx_plain), thrd_success);
	CHECK_INT(cnd_init(&c), thrd_success);
	CHECK_INT(thrd_create(&t, player, (void *)0), thrd_success);
	CHECK_INT(thrd_create(&u, player, (void *)1), thrd_success);
	CHECK_INT(thrd_join(t, 0), thrd_success);
	CHECK_INT(thrd_join(u, 0), thrd_success);
	CHECK_INT(moves, 2 * ROUNDS);
	CHECK_INT(mtx_lock(&m), thrd_success);
	deadline = in_ms(CLOCK_REALTIME, 20);
	CHECK_INT(cnd_timedwait(&c, &m, &deadline), thrd_timedout);
	CHECK_INT(cnd_signal(&c), thrd_success);
	CHECK_INT(mtx_unlock(&m), thrd_success);
	cnd_destroy(&c);
	mtx_destroy(&m);

	/* tss: per-thread values, destructors on return and on thrd_exit;
	 * thread_local: each thread starts from the initial value */
	CHECK_INT(tss_create(&key, count_destroy), thrd_success);
	CHECK(tss_get(key) == 0);
	CHECK_INT(tss_set(key, (void *)100), thrd_success);
	for (i = 1; i <= 2; i++) {
		CHECK_INT(thrd_create(&t, uses_tss, (void *)(long)i), thrd_success);
		CHECK_INT(thrd_join(t, &r), thrd_success);
		CHECK_INT(r, 0);
	}
	CHECK_INT(destroyed, 3);
	CHECK(tss_get(key) == (void *)100);
	CHECK_INT(local, 5);
	CHECK_INT(tss_set(key, 0), thrd_success);
	tss_delete(key);
	CHECK_INT(TSS_DTOR_ITERATIONS, 4);

	/* call_once from many threads: once */
	for (i = 0; i < 8; i++)
		CHECK_INT(thrd_create(&many[i], calls_once, 0), thrd_success);
	for (i = 0; i < 8; i++) {
		CHECK_INT(thrd_join(many[i], &r), thrd_success);
		CHECK_INT(r, 1);
	}
	call_once(&once, init_once);
	CHECK_INT(once_calls, 1);
	return check_done();
}
