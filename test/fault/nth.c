/* Fail the N-th call: for each entry point and each of mmap, mprotect,
 * clone, openat, pipe2 and eventfd2, the N-th call of that system call
 * inside the entry point answers ENOMEM, EAGAIN or EMFILE, for N = 1,
 * 2, 3, ... until the entry point completes without reaching it.
 *
 * Each time: the entry point fails with one of the errors its man page
 * lists (or recovers and succeeds), and once it and its cleanup are done
 * /proc/self/maps and /proc/self/fd are what they were before (the
 * baseline is taken after two unfaulted warm-up runs, which fill the
 * caches an entry point keeps: malloc's arenas, the stack cache, stdio's
 * buffers).  The last, unfaulted run must succeed: pthread_create works
 * again once memory is back.
 *
 *   nth [NAME]     run one entry point (all by default)
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <pthread.h>
#include <pwd.h>
#include <semaphore.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"
#include "fault.h"

#ifdef SYS_mmap2
#define SYS_MMAP SYS_mmap2   /* 32-bit arches map through mmap2 */
#else
#define SYS_MMAP SYS_mmap
#endif

static const struct { long nr; int err; const char *name; } calls[] = {
	{ SYS_MMAP, ENOMEM, "mmap" }, { SYS_mprotect, ENOMEM, "mprotect" },
	{ SYS_clone, EAGAIN, "clone" }, { SYS_openat, EMFILE, "openat" },
	{ SYS_pipe2, EMFILE, "pipe2" }, { SYS_eventfd2, EMFILE, "eventfd2" },
#ifdef SYS_fork
	{ SYS_fork, EAGAIN, "fork" },   /* where fork has a call of its own */
#endif
};

static char **self_argv;

/* Each entry point: 0 on success (everything it made released again), or
 * the errno it failed with. */
static int err_or(int fail) { return fail ? (errno ? errno : -1) : 0; }

static int op_malloc_big(void)
{
	char *p = malloc(1 << 20);
	if (!p)
		return err_or(1);
	memset(p, 1, 1 << 20);
	free(p);
	return 0;
}

static int op_malloc_many(void)
{
	static void *p[400];
	int i, r = 0;
	for (i = 0; i < 400; i++)
		if (!(p[i] = malloc(100 + 37 * i))) {
			r = err_or(1);
			break;
		}
	while (i--)
		free(p[i]);
	return r;
}

static int op_realloc(void)
{
	char *p = malloc(16), *q;
	if (!p)
		return err_or(1);
	memset(p, 7, 16);
	for (size_t n = 32; n <= (1u << 21); n *= 4) {
		if (!(q = realloc(p, n))) {
			int e = err_or(1);
			/* the old block is still whole and still ours */
			if (p[0] != 7 || p[15] != 7)
				e = -2;
			free(p);
			return e;
		}
		p = q;
	}
	free(p);
	return 0;
}

static int op_asprintf(void)
{
	char *s;
	if (asprintf(&s, "%0*d", 300000, 42) < 0)
		return err_or(1);
	free(s);
	return 0;
}

static void *thread_fn(void *arg) { return arg; }

static int op_thread(void)
{
	pthread_t t;
	void *ret;
	int r = pthread_create(&t, 0, thread_fn, self_argv);
	if (r)
		return r;
	if (pthread_join(t, &ret) || ret != self_argv)
		return -3;
	return 0;
}

/* More threads at once than the stack cache holds: some stacks are new
 * mappings. */
static int op_threads_many(void)
{
	pthread_t t[12];
	int i, r = 0;
	for (i = 0; i < 12; i++)
		if ((r = pthread_create(&t[i], 0, thread_fn, self_argv)))
			break;
	while (i--)
		if (pthread_join(t[i], 0))
			r = -3;
	return r;
}

static int op_thread_attr(void)
{
	pthread_attr_t a;
	pthread_t t;
	void *ret;
	int r;

	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 1 << 20);
	pthread_attr_setguardsize(&a, 3 * 4096);
	r = pthread_create(&t, &a, thread_fn, self_argv);
	pthread_attr_destroy(&a);
	if (r)
		return r;
	if (pthread_join(t, &ret) || ret != self_argv)
		return -3;
	return 0;
}

static int op_fopen(void)
{
	char line[256];
	FILE *f = fopen("/proc/self/status", "r");
	if (!f)
		return err_or(1);
	if (!fgets(line, sizeof line, f)) {
		int e = err_or(1);
		fclose(f);
		return e;
	}
	return fclose(f) ? err_or(1) : 0;
}

static int op_tmpfile(void)
{
	FILE *f = tmpfile();
	if (!f)
		return err_or(1);
	if (fputs("hello\n", f) < 0 || fflush(f)) {
		int e = err_or(1);
		fclose(f);
		return e;
	}
	return fclose(f) ? err_or(1) : 0;
}

static int op_mkstemp(void)
{
	char name[] = "/tmp/taskrt-fault-XXXXXX";
	int fd = mkstemp(name);
	if (fd < 0)
		return err_or(1);
	unlink(name);
	close(fd);
	return 0;
}

static int op_opendir(void)
{
	DIR *d = opendir("/");
	int n = 0;
	if (!d)
		return err_or(1);
	while (readdir(d))
		n++;
	closedir(d);
	return n >= 2 ? 0 : -4;
}

static int op_pipe2(void)
{
	int fd[2];
	if (pipe2(fd, O_CLOEXEC))
		return err_or(1);
	close(fd[0]);
	close(fd[1]);
	return 0;
}

static int op_eventfd(void)
{
	int fd = eventfd(0, EFD_CLOEXEC);
	if (fd < 0)
		return err_or(1);
	close(fd);
	return 0;
}

static int op_fork(void)
{
	pid_t pid = fork();
	if (pid < 0)
		return err_or(1);
	if (pid == 0)
		_exit(0);
	return check_exit_status(pid) == 0 ? 0 : -5;
}

static int op_spawn(void)
{
	char *argv[] = { self_argv[0], "--exit", 0 };
	pid_t pid;
	int r = posix_spawn(&pid, self_argv[0], 0, 0, argv, 0);
	if (r)
		return r;
	check_exit_status(pid);   /* the child's own calls may be the faulted ones */
	return 0;
}

static int op_popen(void)
{
	char buf[16];
	FILE *f = popen("echo hi", "r");
	if (!f)
		return err_or(1);
	while (fread(buf, 1, sizeof buf, f) > 0)
		;
	pclose(f);       /* the shell may be where the fault fell */
	return 0;
}

static void timer_fn(union sigval v) { (void)v; }

static int op_timer_thread(void)
{
	struct sigevent ev = { .sigev_notify = SIGEV_THREAD, .sigev_notify_function = timer_fn };
	timer_t t;
	if (timer_create(CLOCK_MONOTONIC, &ev, &t))
		return err_or(1);
	return timer_delete(t) ? err_or(1) : 0;
}

static int op_sem_open(void)
{
	sem_t *s = sem_open("/taskrt-fault", O_CREAT, 0600, 1);
	if (s == SEM_FAILED)
		return err_or(1);
	sem_unlink("/taskrt-fault");
	return sem_close(s) ? err_or(1) : 0;
}

static int op_getpwnam(void)
{
	errno = 0;
	if (!getpwnam("root"))
		return err_or(1);   /* errno 0: not found, which /etc/passwd denies */
	return 0;
}

static int op_getaddrinfo(void)
{
	struct addrinfo *ai, hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM };
	int r = getaddrinfo("localhost", "80", &hints, &ai);
	if (r == EAI_MEMORY)
		return ENOMEM;
	if (r == EAI_SYSTEM)
		return err_or(1);
	if (r) {
		printf("getaddrinfo: %d (%s)\n", r, gai_strerror(r));
		return -6;
	}
	freeaddrinfo(ai);
	return 0;
}

#define E(...) { __VA_ARGS__, 0 }
static const struct op {
	const char *name;
	int (*run)(void);
	int allowed[6];   /* the man page's errors, 0-terminated */
} ops[] = {
	{ "malloc", op_malloc_big, E(ENOMEM) },
	{ "malloc_many", op_malloc_many, E(ENOMEM) },
	{ "realloc", op_realloc, E(ENOMEM) },
	{ "asprintf", op_asprintf, E(ENOMEM) },
	{ "pthread_create", op_thread, E(EAGAIN) },
	{ "pthread_create_attr", op_thread_attr, E(EAGAIN) },
	{ "pthread_create_12", op_threads_many, E(EAGAIN) },
	{ "fopen", op_fopen, E(EMFILE, ENOMEM) },
	{ "tmpfile", op_tmpfile, E(EMFILE, ENOMEM) },
	{ "mkstemp", op_mkstemp, E(EMFILE) },
	{ "opendir", op_opendir, E(EMFILE, ENOMEM) },
	{ "pipe2", op_pipe2, E(EMFILE) },
	{ "eventfd", op_eventfd, E(EMFILE) },
	{ "fork", op_fork, E(EAGAIN, ENOMEM) },
	{ "posix_spawn", op_spawn, E(EAGAIN, ENOMEM, EMFILE) },
	{ "popen", op_popen, E(EAGAIN, ENOMEM, EMFILE) },
	{ "timer_create_thread", op_timer_thread, E(EAGAIN, ENOMEM) },
	{ "sem_open", op_sem_open, E(EMFILE, ENOMEM) },
	{ "getpwnam", op_getpwnam, E(EMFILE, ENOMEM) },
	{ "getaddrinfo", op_getaddrinfo, E(EMFILE, ENOMEM) },
};

#define MAX_N 200

/* Wait (5 s at most) until this process has one thread again.  A
 * SIGEV_THREAD timer's helper is detached: timer_delete only tells it to
 * end, and it unmaps its own stack on the way out, so a snapshot taken
 * at once can still hold that stack and the next one not, a shrink that
 * is no leak (seen on TCG under qemu-system, where the helper is slow to
 * run).  Called only while no rule is armed. */
static void settle(void)
{
	for (int tries = 0; tries < 5000; tries++) {
		char buf[4096], *p;
		int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
		ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);

		if (fd >= 0)
			close(fd);
		if (n <= 0)
			return;
		buf[n] = 0;
		p = strstr(buf, "\nThreads:");
		if (!p || strtol(p + 9, 0, 10) <= 1)
			return;
		usleep(1000);
	}
}

static struct snap before, after;
static long scenarios, faults, survived;

static void run_op(const struct op *op)
{
	char what[96];

	for (size_t c = 0; c < sizeof calls / sizeof calls[0]; c++) {
		long fired;
		int n, r, ok = 1, good;

		op->run();
		op->run();
		settle();
		snap_take(&before);
		for (n = 1; n <= MAX_N; n++) {
			snprintf(what, sizeof what, "%s, %s #%d %s", op->name, calls[c].name, n,
			         strerror(calls[c].err));
			errno = 0;
			fault_nth(calls[c].nr, n, calls[c].err);
			r = op->run();
			fired = fault_off();
			settle();
			snap_take(&after);
			if (!fired) {
				/* ran through: it must have succeeded */
				if (r) {
					printf("%s: no fault fell, yet it failed: %d (%s)\n", what, r, strerror(r));
					ok = 0;
				}
				break;
			}
			faults++;
			good = 1;
			if (r) {
				int allowed = 0;
				for (const int *e = op->allowed; *e; e++)
					allowed |= *e == r;
				if (!allowed) {
					printf("%s: failed with %d (%s), not one of its man page's errors\n",
					       what, r, r > 0 ? strerror(r) : "no errno / wrong result");
					good = 0;
				}
			}
			if (!snap_same(&before, &after, what)) {
				good = 0;
				snap_take(&before);   /* one report per leak (settled) */
			}
			survived += good;
			ok &= good;
		}
		if (n > 1)
			scenarios++;
		if (n > MAX_N) {
			printf("%s, %s: still faulting after %d calls\n", op->name, calls[c].name, MAX_N);
			ok = 0;
		}
		if (n > 1)
			printf("%-20s %-9s %3d faults: %s\n", op->name, calls[c].name, n - 1, ok ? "held" : "FAILED");
		CHECK(ok);
	}
}

int main(int argc, char **argv)
{
	self_argv = argv;
	if (argc > 1 && !strcmp(argv[1], "--exit"))
		return 0;
	if (!fault_present())
		check_skip("not under test/fault/launcher (make check-faults)");
	setvbuf(stdout, 0, _IOLBF, 0);
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (argc < 2 || !strcmp(argv[1], ops[i].name))
			run_op(&ops[i]);
	printf("FAULTS scenarios=%ld injected=%ld survived=%ld\n", scenarios, faults, survived);
	return check_done();
}
