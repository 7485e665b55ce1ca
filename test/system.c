/* The system surface: uname, resource limits and usage, priorities,
 * gettimeofday and the timeval macros, utimes, <sys/param.h>, poll/ppoll
 * and select/pselect (over ppoll and pselect6, time64 on 32-bit arches);
 * each with its bad input, nothing left open. */
#define _GNU_SOURCE   /* prlimit, ppoll: for the glibc build (make check-libc) */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/param.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static volatile int got_usr1;
static void on_usr1(int sig) { (void)sig; got_usr1++; }

static long long ms_since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000LL + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

int main(void)
{
	int fds = check_count_fds(), p[2];
	struct utsname u;
	struct rlimit rl, old;
	struct rusage ru;

	/* uname */
	CHECK_INT(uname(&u), 0);
	CHECK_STR(u.sysname, "Linux");
	CHECK(u.release[0] >= '2' && u.release[0] <= '9');
	CHECK(u.machine[0] != 0);
	CHECK(strlen(u.nodename) < sizeof u.nodename);

	/* limits: 64-bit rlim_t, RLIM_INFINITY all ones everywhere */
	CHECK(sizeof(rlim_t) == 8);
	CHECK(RLIM_INFINITY == ~0ULL);
	CHECK_INT(getrlimit(RLIMIT_NOFILE, &old), 0);
	CHECK(old.rlim_cur > 3 && old.rlim_cur <= old.rlim_max);
	CHECK_INT(sysconf(_SC_OPEN_MAX), old.rlim_cur);
	rl = (struct rlimit){ 64, old.rlim_max };
	CHECK_INT(setrlimit(RLIMIT_NOFILE, &rl), 0);
	CHECK_INT(getrlimit(RLIMIT_NOFILE, &rl), 0);
	CHECK_INT(rl.rlim_cur, 64);
	CHECK_INT(prlimit(0, RLIMIT_NOFILE, &old, &rl), 0);
	CHECK_INT(rl.rlim_cur, 64);
	CHECK_INT(prlimit(getpid(), RLIMIT_NOFILE, NULL, &rl), 0);
	CHECK(rl.rlim_cur == old.rlim_cur && rl.rlim_max == old.rlim_max);
	rl = (struct rlimit){ RLIM_INFINITY, RLIM_INFINITY };
	CHECK_INT(getrlimit(RLIMIT_CORE, &rl), 0);
	rl.rlim_cur = 0;
	CHECK_INT(setrlimit(RLIMIT_CORE, &rl), 0);
	CHECK_INT(getrlimit(RLIMIT_CORE, &old), 0);
	CHECK_INT(old.rlim_cur, 0);
	CHECK(old.rlim_max == rl.rlim_max);
	rl = (struct rlimit){ 10, 5 };
	CHECK_INT(setrlimit(RLIMIT_CORE, &rl), -1);    CHECK_INT(errno, EINVAL);
	CHECK_INT(getrlimit(RLIM_NLIMITS + 5, &rl), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(prlimit(-1, RLIMIT_CORE, NULL, &rl), -1); CHECK_INT(errno, ESRCH);

	/* usage: times as 64-bit timevals, a reaped child's through wait4 */
	{
		struct timespec t0;
		volatile unsigned long spin = 0;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		while (ms_since(&t0) < 30)
			spin++;
	}
	CHECK_INT(getrusage(RUSAGE_SELF, &ru), 0);
	CHECK(ru.ru_utime.tv_sec > 0 || ru.ru_utime.tv_usec > 0 || ru.ru_stime.tv_usec > 0);
	CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
	CHECK(ru.ru_stime.tv_usec >= 0 && ru.ru_stime.tv_usec < 1000000);
	/* >= 0, not > 0: since Linux 6.2 the RSS counters are per-CPU and
	 * read approximately, and a process this small may read as 0 */
	CHECK(ru.ru_maxrss >= 0);
	CHECK(ru.ru_minflt > 0);
	CHECK_INT(getrusage(12345, &ru), -1);          CHECK_INT(errno, EINVAL);
	{
		pid_t pid = fork(), got;
		int status;
		if (pid == 0) {
			struct timespec t0;
			volatile unsigned long spin = 0;
			clock_gettime(CLOCK_MONOTONIC, &t0);
			while (ms_since(&t0) < 20)
				spin++;
			_exit(3);
		}
		CHECK(pid > 0);
		memset(&ru, 0x55, sizeof ru);
		got = wait4(pid, &status, 0, &ru);
		CHECK_INT(got, pid);
		CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3);
		CHECK(ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000);
		CHECK(ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_sec < 100);
		/* written over the 0x55s (a tiny child's maxrss may be 0: its
		 * rss counters were never synced) */
		CHECK(ru.ru_maxrss >= 0 && ru.ru_maxrss < 1L << 24);
		CHECK(ru.ru_nivcsw >= 0 && ru.ru_nivcsw < 1L << 24);
		CHECK_INT(getrusage(RUSAGE_CHILDREN, &ru), 0);
		CHECK(ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_usec < 1000000);
	}

	/* priorities: the nice value itself, -1 no error */
	errno = 0;
	{
		int nice0 = getpriority(PRIO_PROCESS, 0);
		CHECK_INT(errno, 0);
		CHECK(nice0 >= -20 && nice0 <= 19);
		CHECK_INT(setpriority(PRIO_PROCESS, 0, nice0 < 5 ? 5 : 19), 0);
		CHECK_INT(getpriority(PRIO_PROCESS, getpid()), nice0 < 5 ? 5 : 19);
		CHECK_INT(getpriority(PRIO_PROCESS + 99, 0), -1); CHECK_INT(errno, EINVAL);
		CHECK_INT(setpriority(PRIO_PROCESS + 99, 0, 0), -1); CHECK_INT(errno, EINVAL);
		CHECK_INT(getpriority(PRIO_PROCESS, 0x7ffffff0), -1); CHECK_INT(errno, ESRCH);
	}

	/* gettimeofday and the macros */
	{
		struct timeval tv, a = { 1, 700000 }, b = { 2, 600000 }, r;
		struct timezone tz = { 99, 99 };
		struct timespec ts;
		CHECK_INT(gettimeofday(&tv, &tz), 0);
		CHECK_INT(tz.tz_minuteswest, 0);
		CHECK_INT(tz.tz_dsttime, 0);
		clock_gettime(CLOCK_REALTIME, &ts);
		CHECK(tv.tv_sec > 1600000000 && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
		CHECK(ts.tv_sec - tv.tv_sec >= 0 && ts.tv_sec - tv.tv_sec <= 1);
		CHECK_INT(gettimeofday(NULL, NULL), 0);
		timeradd(&a, &b, &r);
		CHECK(r.tv_sec == 4 && r.tv_usec == 300000);
		timersub(&a, &b, &r);
		CHECK(r.tv_sec == -1 && r.tv_usec == 100000);
		CHECK(timercmp(&a, &b, <) && !timercmp(&a, &b, >=) && timercmp(&a, &a, ==));
		CHECK(timerisset(&a));
		timerclear(&a);
		CHECK(!timerisset(&a));
	}

	/* utimes */
	{
		char path[40];
		struct timeval t[2] = { { 1000000000, 250000 }, { 4102444800LL, 999999 } };
		struct stat st;
		int fd;
		snprintf(path, sizeof path, "/tmp/taskrt-system-%d", (int)getpid());
		fd = open(path, O_CREAT | O_WRONLY, 0600);
		CHECK(fd >= 0);
		CHECK_INT(close(fd), 0);
		CHECK_INT(utimes(path, t), 0);
		CHECK_INT(stat(path, &st), 0);
		CHECK_INT(st.st_atim.tv_sec, 1000000000);
		CHECK_INT(st.st_atim.tv_nsec, 250000000);
		CHECK_INT(st.st_mtim.tv_sec, 4102444800LL);
		CHECK_INT(st.st_mtim.tv_nsec, 999999000);
		CHECK_INT(utimes(path, NULL), 0);
		CHECK_INT(stat(path, &st), 0);
		CHECK(st.st_mtime > 1600000000 && st.st_mtime < 4102444800LL);
		t[0].tv_usec = 1000000;
		CHECK_INT(utimes(path, t), -1);            CHECK_INT(errno, EINVAL);
		CHECK_INT(utimes("/nonexistent", NULL), -1); CHECK_INT(errno, ENOENT);
		CHECK_INT(unlink(path), 0);
	}

	/* <sys/param.h> */
	CHECK_INT(MIN(3, -2), -2);
	CHECK_INT(MAX(3, -2), 3);
	CHECK_INT(howmany(10, 4), 3);
	CHECK_INT(howmany(12, 4), 3);
	CHECK_INT(roundup(10, 4), 12);
	CHECK_INT(roundup(12, 4), 12);
	CHECK_INT(MAXPATHLEN, PATH_MAX);
	CHECK(powerof2(64) && !powerof2(65));

	/* poll, ppoll */
	CHECK_INT(pipe(p), 0);
	{
		struct pollfd pf[3] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT, 0 }, { -1, POLLIN, 7 } };
		struct timespec ts = { 0, 20000000 }, t0;
		CHECK_INT(poll(pf, 1, 0), 0);
		CHECK_INT(pf[0].revents, 0);
		CHECK_INT(poll(pf, 3, 0), 1);              /* the write end */
		CHECK_INT(pf[1].revents, POLLOUT);
		CHECK_INT(pf[2].revents, 0);               /* negative fd: ignored */
		CHECK_INT(write(p[1], "x", 1), 1);
		CHECK_INT(poll(pf, 2, -1), 2);
		CHECK_INT(pf[0].revents, POLLIN);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		CHECK_INT(poll(NULL, 0, 30), 0);
		CHECK(ms_since(&t0) >= 29);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		CHECK_INT(ppoll(pf + 2, 1, &ts, NULL), 0);
		CHECK(ms_since(&t0) >= 19);
		CHECK(ts.tv_sec == 0 && ts.tv_nsec == 20000000);   /* left alone */
		pf[0].fd = 1000;
		CHECK_INT(poll(pf, 1, 0), 1);
		CHECK_INT(pf[0].revents, POLLNVAL);
		ts.tv_nsec = 1000000000;
		CHECK_INT(ppoll(pf, 1, &ts, NULL), -1);    CHECK_INT(errno, EINVAL);
		CHECK_INT(poll(pf, (nfds_t)1 << 30, 0), -1); CHECK_INT(errno, EINVAL);
		CHECK_INT(poll((struct pollfd *)8, 1, 0), -1); CHECK_INT(errno, EFAULT);
	}

	/* select, pselect */
	{
		fd_set r, w;
		struct timeval tv = { 0, 0 };
		struct timespec ts = { 0, 0 };
		char c;
		FD_ZERO(&r);
		CHECK(!FD_ISSET(p[0], &r));
		FD_SET(p[0], &r);
		FD_SET(1000, &r);
		CHECK(FD_ISSET(p[0], &r) && FD_ISSET(1000, &r));
		FD_CLR(1000, &r);
		CHECK(!FD_ISSET(1000, &r));
		CHECK_INT(select(p[0] + 1, &r, NULL, NULL, &tv), 1);   /* "x" still unread */
		CHECK(FD_ISSET(p[0], &r));
		CHECK_INT(read(p[0], &c, 1), 1);
		FD_ZERO(&r);
		FD_SET(p[0], &r);
		CHECK_INT(select(p[0] + 1, &r, NULL, NULL, &tv), 0);
		CHECK(!FD_ISSET(p[0], &r));
		FD_ZERO(&r);
		FD_SET(p[0], &r);
		tv = (struct timeval){ 0, 20000 };
		CHECK_INT(select(p[0] + 1, &r, NULL, NULL, &tv), 0);
		CHECK(tv.tv_sec == 0 && tv.tv_usec == 0);  /* the time left, as Linux does */
		FD_ZERO(&w);
		FD_SET(p[1], &w);
		tv = (struct timeval){ 0, 1500000 };       /* carried into the seconds */
		CHECK_INT(select(p[1] + 1, NULL, &w, NULL, &tv), 1);
		CHECK(tv.tv_sec >= 1 && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
		tv = (struct timeval){ -1, 0 };
		CHECK_INT(select(1, NULL, NULL, NULL, &tv), -1); CHECK_INT(errno, EINVAL);
		CHECK_INT(select(-1, NULL, NULL, NULL, NULL), -1); CHECK_INT(errno, EINVAL);
		/* A closed fd inside the fd table (select ignores any past its
		 * end, and a 32-bit kernel's table starts with 32 slots): dup2
		 * grows the table to hold 30, then it is closed again. */
		CHECK_INT(dup2(p[0], 30), 30);
		CHECK_INT(close(30), 0);
		FD_ZERO(&r);
		FD_SET(30, &r);
		tv = (struct timeval){ 0, 0 };
		CHECK_INT(select(31, &r, NULL, NULL, &tv), -1); CHECK_INT(errno, EBADF);
		FD_ZERO(&r);
		FD_SET(p[0], &r);
		CHECK_INT(pselect(p[0] + 1, &r, NULL, NULL, &ts, NULL), 0);
		ts.tv_nsec = -1;
		CHECK_INT(pselect(1, NULL, NULL, NULL, &ts, NULL), -1); CHECK_INT(errno, EINVAL);

		/* pselect's mask: SIGUSR1 pending while blocked, let in by it */
		{
			struct sigaction sa = { .sa_handler = on_usr1 };
			sigset_t block, none;
			sigemptyset(&block);
			sigaddset(&block, SIGUSR1);
			sigemptyset(&none);
			CHECK_INT(sigaction(SIGUSR1, &sa, NULL), 0);
			CHECK_INT(sigprocmask(SIG_BLOCK, &block, NULL), 0);
			CHECK_INT(kill(getpid(), SIGUSR1), 0);
			CHECK_INT(got_usr1, 0);
			ts = (struct timespec){ 5, 0 };
			FD_ZERO(&r);
			FD_SET(p[0], &r);
			CHECK_INT(pselect(p[0] + 1, &r, NULL, NULL, &ts, &none), -1);
			CHECK_INT(errno, EINTR);
			CHECK_INT(got_usr1, 1);
			CHECK_INT(kill(getpid(), SIGUSR1), 0);
			struct pollfd pf = { p[0], POLLIN, 0 };
			CHECK_INT(ppoll(&pf, 1, &ts, &none), -1);
			CHECK_INT(errno, EINTR);
			CHECK_INT(got_usr1, 2);
			CHECK(ts.tv_sec == 5 && ts.tv_nsec == 0);
			CHECK_INT(sigprocmask(SIG_UNBLOCK, &block, NULL), 0);
		}
	}
	CHECK_INT(close(p[0]), 0);
	CHECK_INT(close(p[1]), 0);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
