/* Event descriptors: signalfd, timerfd, eventfd and the pidfd calls,
 * their flags and records, and bad input (EINVAL for unknown flags). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/pidfd.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

/* qemu-user 7.2 hands pidfd_open's flags to the host as they are */
static int under_qemu(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu");
}

static int cloexec(int fd)
{
	return (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0;
}

static int nonblock(int fd)
{
	return (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0;
}

static void test_signalfd(void)
{
	struct signalfd_siginfo ssi;
	sigset_t set;
	int fd;

	CHECK_INT(sizeof ssi, 128);
	CHECK_INT(SFD_CLOEXEC, O_CLOEXEC);
	CHECK_INT(SFD_NONBLOCK, O_NONBLOCK);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, 0);
	fd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
	CHECK(fd >= 0);
	CHECK(cloexec(fd) && nonblock(fd));
	CHECK_INT(read(fd, &ssi, sizeof ssi), -1);          /* nothing pending */
	CHECK_INT(errno, EAGAIN);
	sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_int = 31337 });
	CHECK_INT(read(fd, &ssi, sizeof ssi), sizeof ssi);
	CHECK_INT(ssi.ssi_signo, SIGUSR1);
	CHECK_INT(ssi.ssi_code, SI_QUEUE);
	CHECK_INT(ssi.ssi_pid, getpid());
	if (!check_qemu_swapped())
		CHECK_INT(ssi.ssi_int, 31337);
	else
		check_puts("eventfds: ssi_int not checked (qemu-user, other byte order: "
		           "sigqueue's value reaches the host kernel as the union's other half)\n");
	/* the mask of an existing one changes */
	sigaddset(&set, SIGUSR2);
	sigprocmask(SIG_BLOCK, &set, 0);
	CHECK_INT(signalfd(fd, &set, 0), fd);
	kill(getpid(), SIGUSR2);
	CHECK_INT(read(fd, &ssi, sizeof ssi), sizeof ssi);
	CHECK_INT(ssi.ssi_signo, SIGUSR2);
	CHECK_INT(ssi.ssi_code, SI_USER);
	/* a buffer too small for one record */
	CHECK_INT(read(fd, &ssi, 16), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(signalfd(-1, &set, 0x40), -1);             /* unknown flag */
	CHECK_INT(errno, EINVAL);
	CHECK_INT(signalfd(0, &set, 0), -1);                /* not a signalfd */
	CHECK_INT(errno, EINVAL);
	close(fd);
}

static void test_timerfd(void)
{
	struct itimerspec its = { { 0, 0 }, { 0, 10000000 } }, old;
	uint64_t n;
	int fd;

	CHECK_INT(TFD_CLOEXEC, O_CLOEXEC);
	CHECK_INT(TFD_NONBLOCK, O_NONBLOCK);
	CHECK_INT(TFD_TIMER_ABSTIME, 1);
	fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK(cloexec(fd) && !nonblock(fd));
	CHECK_INT(timerfd_settime(fd, 0, &its, &old), 0);
	CHECK_INT(old.it_value.tv_sec | old.it_value.tv_nsec, 0);
	CHECK_INT(read(fd, &n, sizeof n), 8);                /* blocks until it fires */
	CHECK_INT(n, 1);
	/* periodic: the expiries add up between reads */
	its = (struct itimerspec){ { 0, 1000000 }, { 0, 1000000 } };
	CHECK_INT(timerfd_settime(fd, 0, &its, 0), 0);
	sleep_ms(30);
	CHECK_INT(read(fd, &n, sizeof n), 8);
	CHECK(n >= 5);
	CHECK_INT(timerfd_gettime(fd, &its), 0);
	CHECK_INT(its.it_interval.tv_nsec, 1000000);
	/* absolute, and 64-bit seconds on every arch */
	its = (struct itimerspec){ { 0, 0 }, in_ms(CLOCK_MONOTONIC, 5) };
	CHECK_INT(timerfd_settime(fd, TFD_TIMER_ABSTIME, &its, 0), 0);
	CHECK_INT(read(fd, &n, sizeof n), 8);
	CHECK_INT(n, 1);
	its = (struct itimerspec){ { 0, 0 }, { 3000000000LL, 0 } };
	CHECK_INT(timerfd_settime(fd, 0, &its, 0), 0);
	CHECK_INT(timerfd_gettime(fd, &its), 0);
	CHECK(its.it_value.tv_sec > 2999999990LL && its.it_value.tv_sec <= 3000000000LL);
	close(fd);
	fd = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK);
	CHECK(fd >= 0 && nonblock(fd));
	CHECK_INT(read(fd, &n, sizeof n), -1);               /* disarmed */
	CHECK_INT(errno, EAGAIN);
	/* bad input */
	its = (struct itimerspec){ { 0, 0 }, { 0, 1000000000 } };
	CHECK_INT(timerfd_settime(fd, 0, &its, 0), -1);
	CHECK_INT(errno, EINVAL);
	its = (struct itimerspec){ { 0, 0 }, { 1, 0 } };
	CHECK_INT(timerfd_settime(fd, 0x80, &its, 0), -1);   /* unknown flag */
	CHECK_INT(errno, EINVAL);
	close(fd);
	CHECK_INT(timerfd_create(CLOCK_MONOTONIC, O_CREAT), -1);  /* no timerfd flag */
	CHECK_INT(errno, EINVAL);
	CHECK_INT(timerfd_create(12345, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(timerfd_gettime(0, &its), -1);             /* not a timerfd */
	CHECK_INT(errno, EINVAL);
}

static void test_eventfd(void)
{
	eventfd_t v;
	int fd;

	CHECK_INT(EFD_CLOEXEC, O_CLOEXEC);
	CHECK_INT(EFD_NONBLOCK, O_NONBLOCK);
	CHECK_INT(EFD_SEMAPHORE, 1);
	fd = eventfd(3, EFD_CLOEXEC | EFD_NONBLOCK);
	CHECK(fd >= 0 && cloexec(fd) && nonblock(fd));
	CHECK_INT(eventfd_write(fd, 4), 0);
	CHECK_INT(eventfd_read(fd, &v), 0);
	CHECK_INT(v, 7);                                     /* the sum, then 0 */
	CHECK_INT(eventfd_read(fd, &v), -1);
	CHECK_INT(errno, EAGAIN);
	CHECK_INT(eventfd_write(fd, UINT64_MAX), -1);        /* 2^64-1 is not a value */
	CHECK_INT(errno, EINVAL);
	close(fd);
	/* EFD_SEMAPHORE: each read takes 1 */
	fd = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
	CHECK(fd >= 0);
	CHECK_INT(eventfd_read(fd, &v), 0);
	CHECK_INT(v, 1);
	CHECK_INT(eventfd_read(fd, &v), 0);
	CHECK_INT(v, 1);
	CHECK_INT(eventfd_read(fd, &v), -1);
	CHECK_INT(errno, EAGAIN);
	close(fd);
	CHECK_INT(eventfd(0, 0x40), -1);                     /* unknown flag */
	CHECK_INT(errno, EINVAL);
	CHECK_INT(eventfd_read(-1, &v), -1);
	CHECK_INT(errno, EBADF);
}

static void test_pidfd(void)
{
	struct pollfd p;
	int pfd, pipefd[2], fd, pid, status;
	char c = 0;

	CHECK_INT(PIDFD_NONBLOCK, O_NONBLOCK);
	CHECK_INT(pipe(pipefd), 0);
	pid = fork();
	if (pid == 0) {
		close(pipefd[1]);
		read(pipefd[0], &c, 1);          /* wait for the parent, then be killed */
		pause();
		_exit(0);
	}
	CHECK(pid > 0);
	pfd = pidfd_open(pid, 0);
	CHECK(pfd >= 0);
	CHECK(cloexec(pfd));                     /* always close-on-exec */
	/* a copy of the child's descriptor */
	fd = pidfd_getfd(pfd, pipefd[0], 0);
	CHECK(fd >= 0 && fd != pipefd[0]);
	CHECK(cloexec(fd));
	CHECK_INT(pidfd_getfd(pfd, 999, 0), -1);           /* no such fd there */
	CHECK_INT(errno, EBADF);
	CHECK_INT(pidfd_getfd(pfd, pipefd[0], 1), -1);     /* flags must be 0 */
	CHECK_INT(errno, EINVAL);
	close(fd);
	write(pipefd[1], &c, 1);
	/* signal 0 probes; then SIGTERM through the descriptor */
	CHECK_INT(pidfd_send_signal(pfd, 0, 0, 0), 0);
	CHECK_INT(pidfd_send_signal(pfd, SIGTERM, 0, 0x80), -1);  /* unknown flag */
	CHECK_INT(errno, EINVAL);
	CHECK_INT(pidfd_send_signal(pfd, SIGTERM, 0, 0), 0);
	p = (struct pollfd){ .fd = pfd, .events = POLLIN };
	CHECK_INT(poll(&p, 1, 5000), 1);                   /* readable once it exits */
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
	CHECK_INT(pidfd_send_signal(pfd, SIGTERM, 0, 0), -1);  /* reaped */
	CHECK_INT(errno, ESRCH);
	close(pfd);
	close(pipefd[0]);
	close(pipefd[1]);
	/* bad input */
	pfd = pidfd_open(getpid(), PIDFD_NONBLOCK);
	if (under_qemu() && !(pfd >= 0 && nonblock(pfd)))
		check_puts("not checked under qemu-user: PIDFD_NONBLOCK, which qemu "
		           "passes on untranslated where O_NONBLOCK is not the host's\n");
	else
		CHECK(pfd >= 0 && nonblock(pfd));
	close(pfd);
	CHECK_INT(pidfd_open(getpid(), 1), -1);             /* unknown flag */
	CHECK_INT(errno, EINVAL);
	CHECK_INT(pidfd_open(-1, 0), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(pidfd_open(0x3fffffff, 0), -1);           /* no such process */
	CHECK_INT(errno, ESRCH);
	CHECK_INT(pidfd_send_signal(0, SIGTERM, 0, 0), -1); /* not a pidfd */
	CHECK_INT(errno, EBADF);
}

int main(void)
{
	test_signalfd();
	test_timerfd();
	test_eventfd();
	test_pidfd();
	return check_done();
}
