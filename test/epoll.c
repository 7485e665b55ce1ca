/* <sys/epoll.h>: a pipe in an epoll set, level and edge triggered,
 * EPOLLONESHOT, epoll_pwait with a mask, timeouts; bad input with
 * glibc's errno; no fd leaked. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/epoll.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds(), ep, p[2];
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 0x1122334455667788ULL }, out[4];
	sigset_t mask;
	char c;

	CHECK_INT(epoll_create(0), -1);                       CHECK_INT(errno, EINVAL);
	CHECK_INT(epoll_create1(12345), -1);                  CHECK_INT(errno, EINVAL);
	CHECK_INT(epoll_ctl(-1, EPOLL_CTL_ADD, 0, &ev), -1);  CHECK_INT(errno, EBADF);
	CHECK_INT(epoll_wait(-1, out, 4, 0), -1);             CHECK_INT(errno, EBADF);
	ep = epoll_create(1);
	CHECK(ep >= 0);
	close(ep);
	ep = epoll_create1(EPOLL_CLOEXEC);
	CHECK_INT(fcntl(ep, F_GETFD), FD_CLOEXEC);
	CHECK_INT(pipe(p), 0);
	CHECK_INT(epoll_wait(ep, out, 0, 0), -1);             CHECK_INT(errno, EINVAL);
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(epoll_ctl(ep, 99, p[0], &ev), -1);          CHECK_INT(errno, EINVAL);
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), 0);
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), -1); CHECK_INT(errno, EEXIST);

	/* level triggered: reported while there is data */
	CHECK_INT(epoll_wait(ep, out, 4, 0), 0);
	long long t0 = now_ns(CLOCK_MONOTONIC);
	CHECK_INT(epoll_wait(ep, out, 4, 30), 0);
	CHECK(now_ns(CLOCK_MONOTONIC) - t0 >= 25000000);
	CHECK_INT(write(p[1], "ab", 2), 2);
	CHECK_INT(epoll_wait(ep, out, 4, -1), 1);
	CHECK_INT(out[0].events, EPOLLIN);
	CHECK(out[0].data.u64 == 0x1122334455667788ULL);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 1);
	sigemptyset(&mask);
	sigaddset(&mask, SIGUSR1);
	CHECK_INT(epoll_pwait(ep, out, 4, 0, &mask), 1);
	CHECK_INT(epoll_pwait(ep, out, 4, 0, NULL), 1);

	/* edge triggered: once per new arrival */
	ev.events = EPOLLIN | EPOLLET;
	ev.data.fd = p[0];
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), 0);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 1);
	CHECK_INT(out[0].data.fd, p[0]);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 0);
	CHECK_INT(read(p[0], &c, 1), 1);
	CHECK_INT(write(p[1], "c", 1), 1);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 1);

	/* one shot: disabled after one report until re-armed */
	ev.events = EPOLLIN | EPOLLONESHOT;
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev), 0);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 1);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 0);

	/* the write end: EPOLLOUT; closing the reader gives EPOLLERR */
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev), 0);
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), 0);
	CHECK_INT(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 1);
	CHECK_INT(out[0].events, EPOLLOUT);
	close(p[0]);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 1);
	CHECK(out[0].events & EPOLLERR);
	close(p[1]);
	CHECK_INT(epoll_wait(ep, out, 4, 0), 0);              /* closed fds leave the set */
	close(ep);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
