/* A newer system call answers ENOSYS (a container's seccomp policy, an
 * old kernel): the entry points built on it take their documented
 * fallback or fail with ENOSYS, never crash, and everything else still
 * works.  Run by test/fault/run.sh as
 *
 *   launcher -e NAME=ENOSYS -- enosys NAME
 *
 * for each NAME below; "enosys" alone lists the names.  The common
 * workload (threads, fork, mutexes, stdio, malloc) runs under every one,
 * and under the calls taskrt does not make at all (rseq, membarrier,
 * futex_waitv, close_range): it must not have started to.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/pidfd.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <taskrt/clone3.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

#define FALLBACK 1   /* the call still works */
#define FAILS    2   /* the call is -1 with ENOSYS */

static void *add_one(void *arg)
{
	static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
	pthread_mutex_lock(&m);
	++*(int *)arg;
	pthread_mutex_unlock(&m);
	return arg;
}

/* What must hold under any of the filters. */
static void workload(void)
{
	pthread_t t[4];
	int n = 0;
	pid_t pid;
	char *p;
	FILE *f;
	char line[64];
	struct timespec ts;
	sem_t s;

	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_create(&t[i], 0, add_one, &n), 0);
	for (int i = 0; i < 4; i++)
		CHECK_INT(pthread_join(t[i], 0), 0);
	CHECK_INT(n, 4);
	pid = fork();
	if (pid == 0)
		_exit(3);
	CHECK_INT(check_exit_status(pid), 3);
	p = malloc(1 << 20);
	CHECK(p != 0);
	free(p);
	f = fopen("/proc/self/status", "r");
	CHECK(f && fgets(line, sizeof line, f));
	if (f)
		fclose(f);
	CHECK_INT(clock_gettime(CLOCK_REALTIME, &ts), 0);
	CHECK_INT(sem_init(&s, 0, 0), 0);
	ts.tv_nsec += 1000000;
	if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
	CHECK_INT(sem_timedwait(&s, &ts), -1);
	CHECK_INT(errno, ETIMEDOUT);
}

/* Each check returns 0 (success) or -1 with errno set. */
static int do_stat(void) { struct stat st; return stat("/", &st); }
static int do_fstat(void) { struct stat st; return fstat(0, &st); }
static int do_statx(void) { struct statx x; return statx(AT_FDCWD, "/", 0, STATX_BASIC_STATS, &x); }
static int do_getrandom(void) { char b[8]; return getrandom(b, 8, 0) == 8 ? 0 : -1; }
static int do_getentropy(void) { char b[8]; return getentropy(b, 8); }
static int do_mkstemp(void)
{
	char name[] = "/tmp/taskrt-enosys-XXXXXX";
	int fd = mkstemp(name);
	if (fd < 0)
		return -1;
	unlink(name);
	return close(fd);
}
static int do_tmpnam(void) { char b[L_tmpnam]; return tmpnam(b) ? 0 : -1; }
static int do_robust(void)
{
	pthread_mutexattr_t a;
	pthread_mutex_t m;
	int r;

	pthread_mutexattr_init(&a);
	/* no robust list for the kernel to walk: ENOTSUP, as glibc says */
	if ((r = pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST)))
		return errno = r, -1;
	pthread_mutex_init(&m, &a);
	r = pthread_mutex_lock(&m);
	if (r == 0)
		pthread_mutex_unlock(&m);
	pthread_mutex_destroy(&m);
	errno = r;
	return r ? -1 : 0;
}
static int do_pidfd_open(void)
{
	int fd = pidfd_open(getpid(), 0);
	return fd < 0 ? -1 : close(fd);
}
static int child_fn(void *arg) { (void)arg; return 5; }
static int do_clone3_fn(void)
{
	static char stack[64 * 1024] __attribute__((aligned(16)));
	struct clone_args args = { .exit_signal = SIGCHLD, .stack = (unsigned long)stack,
	                           .stack_size = sizeof stack };
	pid_t pid = clone3_fn(&args, sizeof args, child_fn, 0);
	if (pid < 0)
		return -1;
	if (check_exit_status(pid) != 5)
		return errno = EPROTO, -1;
	return 0;
}
static int do_clone3_path(void) { return clone3_path() == CLONE3_PATH_CLONE ? 0 : (errno = EPROTO, -1); }
static int do_faccessat(void) { return faccessat(AT_FDCWD, "/", R_OK, AT_EACCESS); }
static int do_fexecve(void)
{
	int fd = open("/bin/true", O_RDONLY | O_CLOEXEC);
	pid_t pid;
	if (fd < 0)
		return 0;   /* nothing to run: not what is tested */
	pid = fork();
	if (pid == 0) {
		char *argv[] = { "true", 0 };
		fexecve(fd, argv, environ);
		_exit(errno == ENOSYS ? 40 : 41);
	}
	close(fd);
	switch (check_exit_status(pid)) {
	case 0: return 0;
	case 40: return errno = ENOSYS, -1;
	default: return errno = EPROTO, -1;
	}
}
static int do_timedwait(void)
{
	sem_t s;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 2000000;
	if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
	sem_init(&s, 0, 0);
	if (sem_timedwait(&s, &ts) == 0 || errno != ETIMEDOUT)
		return errno = EPROTO, -1;
	return 0;
}
static int do_nanosleep(void) { struct timespec ts = { 0, 1000 }; return nanosleep(&ts, 0); }
static int do_memfd(void) { int fd = memfd_create("x", 0); return fd < 0 ? -1 : close(fd); }

static const struct check {
	const char *syscall, *what;
	int (*run)(void);
	int expect;   /* FALLBACK, FAILS, or either */
	int err;      /* the error it FAILS with, if not ENOSYS */
} checks[] = {
	{ "statx", "stat", do_stat, FAILS, 0 },
	{ "statx", "fstat", do_fstat, FAILS, 0 },
	{ "statx", "statx", do_statx, FAILS, 0 },
	{ "getrandom", "getrandom", do_getrandom, FAILS, 0 },
	{ "getrandom", "getentropy", do_getentropy, FAILS, 0 },
	{ "getrandom", "mkstemp", do_mkstemp, FALLBACK, 0 },
	{ "getrandom", "tmpnam", do_tmpnam, FALLBACK, 0 },
	{ "set_robust_list", "robust mutex", do_robust, FAILS, ENOTSUP },
	{ "pidfd_open", "pidfd_open", do_pidfd_open, FAILS, 0 },
	{ "clone3", "clone3_fn", do_clone3_fn, FALLBACK, 0 },
	{ "clone3", "clone3_path after it", do_clone3_path, FALLBACK, 0 },
	{ "faccessat2", "faccessat AT_EACCESS", do_faccessat, FALLBACK, 0 },
	{ "execveat", "fexecve", do_fexecve, FALLBACK, 0 },
	{ "futex_time64", "sem_timedwait", do_timedwait, FALLBACK, 0 },
	{ "clock_nanosleep_time64", "nanosleep", do_nanosleep, FAILS, 0 },
	{ "memfd_create", "memfd_create", do_memfd, FAILS, 0 },
	{ "rseq", 0, 0, 0, 0 },
	{ "membarrier", 0, 0, 0, 0 },
	{ "futex_waitv", 0, 0, 0, 0 },
	{ "close_range", 0, 0, 0, 0 },
};

int main(int argc, char **argv)
{
	const char *name = argc > 1 ? argv[1] : "";
	int known = 0;

	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		const struct check *c = &checks[i];
		int r, e;

		if (argc < 2) {
			if (!i || strcmp(c->syscall, checks[i - 1].syscall))
				printf("%s\n", c->syscall);
			continue;
		}
		if (strcmp(c->syscall, name))
			continue;
		known = 1;
		if (!c->run)
			continue;
		errno = 0;
		r = c->run();
		e = errno;
		printf("%s with %s ENOSYS: %s%s\n", c->what, name,
		       r == 0 ? "works (fallback)" : "fails: ", r == 0 ? "" : strerror(e));
		if (r == 0)
			CHECK(c->expect & FALLBACK);
		else
			CHECK((c->expect & FAILS) && e == (c->err ? c->err : ENOSYS));
	}
	if (argc < 2)
		return 0;
	if (!known)
		printf("%s: no entry point of taskrt's depends on it; the workload only\n", name);
	workload();
	return check_done();
}
