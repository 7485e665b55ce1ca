/* EINTR and a signal storm: a timer fires SIGALRM every 10 µs at the
 * process (a handler without SA_RESTART), and under the launcher every
 * 3rd futex wait, read, write and wait4 answers EINTR besides
 * (not the sleeps: see inject()), while threads are created and joined, wait on mutexes, condition
 * variables and semaphores, write and read through stdio, and allocate.
 *
 * What must hold: no lost wake-up (every item of the pipeline arrives,
 * the checksum is right), no short write reported as success (the bytes
 * fwrite and fflush report are exactly the bytes read at the other end),
 * no deadlock (a watchdog ends the program when 20 s pass with no item,
 * record, block, join or sleep done: slow machines, TCG under
 * qemu-system, may take longer than that for a phase, but a lost
 * wake-up stops every one of them), and
 * the calls POSIX forbids EINTR to (pthread_mutex_lock, pthread_cond_wait,
 * pthread_join) never return it.  sem_wait may (POSIX allows it after a
 * handler ran) and is retried.
 *
 *   launcher -- eintr                                       the storm
 *   launcher -n futex -n read -n write -n wait4 -- eintr --inject   and EINTR
 */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <linux/futex.h>
#include "../check.h"
#include "fault.h"

static volatile unsigned long signals;
static volatile int phase_done;
static unsigned long progress;   /* units of work done, for the watchdog */
static const char *phase = "start";

static void on_alarm(int sig)
{
	int e = errno;
	(void)sig;
	__atomic_fetch_add(&signals, 1, __ATOMIC_RELAXED);
	errno = e;
}

static void moved(void)
{
	__atomic_fetch_add(&progress, 1, __ATOMIC_RELAXED);
}

static unsigned long moves(void)
{
	return __atomic_load_n(&progress, __ATOMIC_RELAXED);
}

/* Deadlock: 20 s with nothing done has lost a wake-up somewhere. */
static void *watchdog(void *arg)
{
	(void)arg;
	for (;;) {
		int seen = phase_done;
		unsigned long done = moves();
		long long until = now_ns(CLOCK_MONOTONIC) + 20000000000LL;
		while (now_ns(CLOCK_MONOTONIC) < until && phase_done == seen && moves() == done)
			sleep_ms(50);
		if (phase_done == seen && moves() == done) {
			char line[96];
			if (fault_present())
				fault_off();   /* so that this line is written */
			snprintf(line, sizeof line, "deadlock: phase '%s': nothing done for 20 s\n", phase);
			write(2, line, strlen(line));
			_exit(3);
		}
	}
	return 0;
}

static int injecting;

static void inject(void)
{
	const unsigned waits = 1u << FUTEX_WAIT | 1u << FUTEX_WAIT_BITSET | 1u << FUTEX_LOCK_PI;
	if (!injecting || !fault_present())
		return;
	fault_every_cmd(SYS_futex, 3, EINTR, waits);
#ifdef SYS_futex_time64
	fault_every_cmd(SYS_futex_time64, 3, EINTR, waits);
#endif
	fault_every(SYS_read, 3, EINTR);
	fault_every(SYS_write, 3, EINTR);
	/* not the sleeps: a seccomp EINTR skips the call, so the kernel never
	 * writes the time left, which a real EINTR always does; the storm's
	 * signals interrupt them for real */
	fault_every(SYS_wait4, 3, EINTR);
}

static long faults;

static void phase_end(void)
{
	if (injecting && fault_present())
		faults += fault_off();
	phase_done++;
}

/* 1: create and join */
static void *nothing(void *arg) { return arg; }

static void create_join(void)
{
	phase = "create/join";
	inject();
	for (int i = 0; i < 300; i++) {
		static int arg[4];
		pthread_t t[4];
		void *r;
		for (int j = 0; j < 4; j++)
			CHECK_INT(pthread_create(&t[j], 0, nothing, &arg[j]), 0);
		for (int j = 0; j < 4; j++) {
			CHECK_INT(pthread_join(t[j], &r), 0);
			CHECK(r == &arg[j]);
		}
		moved();
	}
	phase_end();
}

/* 2: a pipeline through a bounded queue (mutex + two conds) and a
 * semaphore per item */
#define ITEMS 40000
#define QSIZE 16
static pthread_mutex_t qm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER, not_full = PTHREAD_COND_INITIALIZER;
static unsigned long queue[QSIZE], head, tail, sum_out, taken;
static sem_t tokens;

static void *producer(void *arg)
{
	unsigned long base = (unsigned long)arg;
	for (unsigned long i = 0; i < ITEMS / 4; i++) {
		CHECK_INT(pthread_mutex_lock(&qm), 0);
		while (tail - head == QSIZE)
			CHECK_INT(pthread_cond_wait(&not_full, &qm), 0);
		queue[tail++ % QSIZE] = base + i;
		CHECK_INT(pthread_cond_signal(&not_empty), 0);
		CHECK_INT(pthread_mutex_unlock(&qm), 0);
		CHECK_INT(sem_post(&tokens), 0);
		moved();
	}
	return 0;
}

static void *consumer(void *arg)
{
	(void)arg;
	for (;;) {
		while (sem_wait(&tokens) != 0)
			CHECK_INT(errno, EINTR);
		CHECK_INT(pthread_mutex_lock(&qm), 0);
		while (head == tail)
			CHECK_INT(pthread_cond_wait(&not_empty, &qm), 0);
		unsigned long v = queue[head++ % QSIZE];
		pthread_cond_signal(&not_full);
		if (v == ~0ul) {
			pthread_mutex_unlock(&qm);
			return 0;
		}
		sum_out += v;
		taken++;
		moved();
		CHECK_INT(pthread_mutex_unlock(&qm), 0);
	}
}

static void pipeline(void)
{
	pthread_t p[4], c[4];
	unsigned long want = 0;

	phase = "mutex/cond/sem pipeline";
	sem_init(&tokens, 0, 0);
	inject();
	for (unsigned long i = 0; i < 4; i++) {
		CHECK_INT(pthread_create(&c[i], 0, consumer, 0), 0);
		CHECK_INT(pthread_create(&p[i], 0, producer, (void *)(i * 1000000)), 0);
		for (unsigned long j = 0; j < ITEMS / 4; j++)
			want += i * 1000000 + j;
	}
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_join(p[i], 0), 0);
	for (int i = 0; i < 4; i++) {   /* one end mark per consumer */
		pthread_mutex_lock(&qm);
		while (tail - head == QSIZE)
			pthread_cond_wait(&not_full, &qm);
		queue[tail++ % QSIZE] = ~0ul;
		pthread_cond_signal(&not_empty);
		pthread_mutex_unlock(&qm);
		sem_post(&tokens);
	}
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_join(c[i], 0), 0);
	CHECK_INT(taken, ITEMS);
	CHECK_INT(sum_out, want);
	phase_end();
}

/* 3: stdio through a pipe.  The writer counts only what stdio says it
 * took, and retries the rest after clearerr; the reader must get exactly
 * that stream, neither less nor more. */
#define RECORDS 20000
static int pipe_fd[2];
static unsigned long got_bytes, got_sum;

static void *reader(void *arg)
{
	char buf[4096];
	(void)arg;
	for (;;) {
		ssize_t n = read(pipe_fd[0], buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		for (ssize_t i = 0; i < n; i++)
			got_sum = got_sum * 31 + (unsigned char)buf[i];
		got_bytes += n;
		moved();
	}
}

static void stdio_pipe(void)
{
	pthread_t r;
	unsigned long sent = 0, sum = 0;
	FILE *f;

	phase = "stdio";
	CHECK_INT(pipe(pipe_fd), 0);
	f = fdopen(pipe_fd[1], "w");
	CHECK(f != 0);
	CHECK_INT(pthread_create(&r, 0, reader, 0), 0);
	inject();
	for (int i = 0; i < RECORDS; i++) {
		char rec[64];
		int len = snprintf(rec, sizeof rec, "record %d of %d: %x\n", i, RECORDS, i * 2654435761u);
		size_t done = 0;
		while (done < (size_t)len) {
			size_t w = fwrite(rec + done, 1, len - done, f);
			done += w;
			if (done < (size_t)len) {
				CHECK(ferror(f));
				clearerr(f);
			}
		}
		for (int k = 0; k < len; k++)
			sum = sum * 31 + (unsigned char)rec[k];
		sent += len;
		moved();
	}
	while (fflush(f) != 0) {
		CHECK_INT(errno, EINTR);
		clearerr(f);
	}
	phase_end();      /* fclose's final write below need not be retried */
	CHECK_INT(fclose(f), 0);
	CHECK_INT(pthread_join(r, 0), 0);
	close(pipe_fd[0]);
	CHECK_INT(got_bytes, sent);
	CHECK(got_sum == sum);
}

/* 4: malloc from four threads; each block keeps its pattern */
static void *allocate(void *arg)
{
	unsigned seed = (unsigned)(unsigned long)arg;
	static __thread void *blocks[64];
	for (int i = 0; i < 20000; i++) {
		int k = (seed = seed * 1103515245 + 12345) >> 16 & 63;
		size_t n = (seed >> 4 & 1023) + 1;
		if (blocks[k]) {
			unsigned char *b = blocks[k];
			CHECK(b[0] == (unsigned char)k);
			free(b);
		}
		blocks[k] = malloc(n);
		CHECK(blocks[k] != 0);
		memset(blocks[k], k, n);
		moved();
	}
	for (int k = 0; k < 64; k++)
		free(blocks[k]);
	return 0;
}

static void mallocs(void)
{
	pthread_t t[4];
	phase = "malloc";
	inject();
	for (unsigned long i = 0; i < 4; i++)
		CHECK_INT(pthread_create(&t[i], 0, allocate, (void *)i), 0);
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	phase_end();
}

/* 5: sleeps keep their length, and waitpid its child */
static timer_t timer;

static void sleeps(void)
{
	long long t0;
	pid_t pid;

	phase = "sleep/wait";
	inject();
	/* Absolute deadlines: at 10 µs a relative sleep may find a signal
	 * pending each time it starts, and never progress (so would glibc's);
	 * an interrupted relative one says how much is left, never more. */
	t0 = now_ns(CLOCK_MONOTONIC);
	for (int i = 0; i < 20; i++) {
		struct timespec ts = { 0, 2000000 }, rem = { 9, 0 }, at = in_ms(CLOCK_MONOTONIC, 2);
		int r;
		if (nanosleep(&ts, &rem) != 0) {
			CHECK_INT(errno, EINTR);
			/* the kernel counts from its timer's expiry, slack included */
			CHECK(rem.tv_sec == 0 && rem.tv_nsec <= ts.tv_nsec + 1000000);
		}
		while ((r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, 0)) != 0)
			CHECK_INT(r, EINTR);
		CHECK(now_ns(CLOCK_MONOTONIC) >= ts_ns(at));
		moved();
	}
	CHECK(now_ns(CLOCK_MONOTONIC) - t0 >= 40000000);
	pid = fork();
	if (pid == 0)
		_exit(4);
	CHECK(pid > 0);
	int status = 0;
	pid_t r;
	while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
		;
	CHECK_INT(r, pid);
	CHECK_INT(WEXITSTATUS(status), 4);
	phase_end();
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = on_alarm };
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGALRM };
	struct itimerspec every = { { 0, 10000 }, { 0, 10000 } }, off = { { 0, 0 }, { 0, 0 } };
	pthread_t dog;

	/* Two runs (test/fault/run.sh).  "eintr": the storm alone, a handler
	 * without SA_RESTART, so blocking calls see the kernel's own EINTR.
	 * "eintr --inject": the injected EINTRs too, and SA_RESTART: a
	 * signal that comes while a routed call (a futex wake, a write) waits
	 * for the supervisor would otherwise make it EINTR before it ran, an
	 * answer the real call never gives. */
	injecting = argc > 1 && !strcmp(argv[1], "--inject");
	if (injecting)
		sa.sa_flags = SA_RESTART;
	CHECK_INT(sigaction(SIGALRM, &sa, 0), 0);
	CHECK_INT(pthread_create(&dog, 0, watchdog, 0), 0);
	CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &timer), 0);
	CHECK_INT(timer_settime(timer, 0, &every, 0), 0);
	create_join();
	pipeline();
	stdio_pipe();
	mallocs();
	sleeps();
	CHECK_INT(timer_settime(timer, 0, &off, 0), 0);
	timer_delete(timer);
	printf("%lu signals delivered, %ld EINTR injected\n", signals, faults);
	printf("FAULTS scenarios=5 injected=%ld survived=%ld\n", faults + (long)signals,
	       check_failures ? 0 : faults + (long)signals);
	return check_done();
}
