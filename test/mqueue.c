/* <mqueue.h>: a queue created with attributes, messages by priority,
 * O_NONBLOCK through mq_setattr, a timed receive that times out,
 * mq_notify with SIGEV_SIGNAL; bad names and descriptors with glibc's
 * errno; no fd leaked.  Skipped where the kernel (or qemu) lacks
 * message queues. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <mqueue.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

static volatile sig_atomic_t notified;

/* qemu-user 7.2 has no mq_notify */
static int under_qemu(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu");
}

static void on_usr1(int sig)
{
	(void)sig;
	notified = 1;
}

int main(void)
{
	int fds = check_count_fds();
	char name[64], buf[64];
	struct mq_attr a = { .mq_maxmsg = 4, .mq_msgsize = 32 }, got;
	unsigned prio;
	mqd_t q;

	snprintf(name, sizeof name, "/taskrt-mq-%d", (int)getpid());
	q = mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &a);
	if (q < 0 && errno == ENOSYS)
		check_skip("no POSIX message queues (mq_open: ENOSYS)");
	CHECK(q >= 0);
	CHECK_INT(mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &a), -1); CHECK_INT(errno, EEXIST);
	CHECK_INT(mq_getattr(q, &got), 0);
	CHECK_INT(got.mq_maxmsg, 4);
	CHECK_INT(got.mq_msgsize, 32);
	CHECK_INT(got.mq_curmsgs, 0);
	CHECK_INT(got.mq_flags, 0);

	CHECK_INT(mq_send(q, "low", 3, 1), 0);
	CHECK_INT(mq_send(q, "high", 4, 9), 0);
	CHECK_INT(mq_timedsend(q, "mid", 3, 5, &(struct timespec){ 0, 0 }), 0);
	CHECK_INT(mq_getattr(q, &got), 0);
	CHECK_INT(got.mq_curmsgs, 3);
	CHECK_INT(mq_receive(q, buf, sizeof buf, &prio), 4);
	CHECK(!memcmp(buf, "high", 4)); CHECK_INT(prio, 9);
	CHECK_INT(mq_receive(q, buf, sizeof buf, &prio), 3);
	CHECK(!memcmp(buf, "mid", 3));  CHECK_INT(prio, 5);
	CHECK_INT(mq_receive(q, buf, sizeof buf, 0), 3);
	CHECK(!memcmp(buf, "low", 3));

	/* empty: a timed receive times out, a non-blocking one is EAGAIN */
	/* (t0 first: a thread preempted between the two reads must not
	 * see the deadline come early) */
	long long t0 = now_ns(CLOCK_MONOTONIC);
	struct timespec dl = in_ms(CLOCK_REALTIME, 30);
	CHECK_INT(mq_timedreceive(q, buf, sizeof buf, 0, &dl), -1); CHECK_INT(errno, ETIMEDOUT);
	CHECK(now_ns(CLOCK_MONOTONIC) - t0 >= 25000000);
	CHECK_INT(mq_timedreceive(q, buf, sizeof buf, 0, &(struct timespec){ 0, -1 }), -1); CHECK_INT(errno, EINVAL);
	struct mq_attr nb = { .mq_flags = O_NONBLOCK };
	int sr = mq_setattr(q, &nb, &got);
	if (sr < 0 && errno == EINVAL && under_qemu()) {
		/* qemu-user 7.2 copies mq_flags to the host untranslated */
		check_puts("not checked under qemu-user: mq_setattr's O_NONBLOCK where it is not the host's\n");
	} else {
		CHECK_INT(sr, 0);
		CHECK_INT(got.mq_flags, 0);
		CHECK_INT(mq_receive(q, buf, sizeof buf, 0), -1);  CHECK_INT(errno, EAGAIN);
		CHECK_INT(mq_getattr(q, &got), 0);
		CHECK_INT(got.mq_flags, O_NONBLOCK);
		CHECK_INT(mq_receive(q, buf, 8, 0), -1);           CHECK_INT(errno, EMSGSIZE);   /* < mq_msgsize */
		CHECK_INT(mq_send(q, buf, 33, 0), -1);             CHECK_INT(errno, EMSGSIZE);
		CHECK_INT(mq_send(q, buf, 1, MQ_PRIO_MAX), -1);    CHECK_INT(errno, EINVAL);
		for (int i = 0; i < 4; i++)
			CHECK_INT(mq_send(q, "x", 1, 0), 0);
		CHECK_INT(mq_send(q, "x", 1, 0), -1);              CHECK_INT(errno, EAGAIN);   /* full */
		for (int i = 0; i < 4; i++)
			CHECK_INT(mq_receive(q, buf, sizeof buf, 0), 1);
	}

	/* notification by signal when a message reaches an empty queue */
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	signal(SIGUSR1, on_usr1);
	int nr = mq_notify(q, &ev);
	if (nr < 0 && errno == ENOSYS && under_qemu()) {
		check_puts("not checked under qemu-user: mq_notify (ENOSYS)\n");
	} else if (nr == 0) {
		CHECK_INT(mq_notify(q, &ev), -1);              CHECK_INT(errno, EBUSY);
		CHECK_INT(mq_send(q, "n", 1, 0), 0);
		for (int i = 0; i < 100 && !notified; i++)
			sleep_ms(5);
		CHECK_INT(notified, 1);
		CHECK_INT(mq_notify(q, 0), 0);
		ev.sigev_notify = SIGEV_NONE;
		CHECK_INT(mq_notify(q, &ev), 0);
		CHECK_INT(mq_notify(q, 0), 0);
	} else
		CHECK_INT(nr, 0);
	CHECK_INT(mq_close(q), 0);
	CHECK_INT(mq_unlink(name), 0);

	/* bad input */
	CHECK_INT(mq_unlink(name), -1);                    CHECK_INT(errno, ENOENT);
	CHECK_INT(mq_open(name, O_RDWR), -1);              CHECK_INT(errno, ENOENT);
	CHECK_INT(mq_open("noslash", O_RDWR | O_CREAT, 0600, 0), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(mq_unlink("noslash"), -1);               CHECK_INT(errno, EINVAL);
	CHECK_INT(mq_open("/a/b", O_RDWR | O_CREAT, 0600, 0), -1); CHECK_INT(errno, EACCES);
	a.mq_maxmsg = 0;
	CHECK_INT(mq_open(name, O_RDWR | O_CREAT, 0600, &a), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(mq_send(-1, "x", 1, 0), -1);             CHECK_INT(errno, EBADF);
	CHECK_INT(mq_getattr(-1, &got), -1);               CHECK_INT(errno, EBADF);
	CHECK_INT(mq_close(-1), -1);                       CHECK_INT(errno, EBADF);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
