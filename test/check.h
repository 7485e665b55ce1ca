/* A small assertion helper for taskrt's tests.
 *
 *   CHECK(cond)                  fails the test, naming the line, if !cond
 *   CHECK_INT(got, want)         integers, printed on failure
 *   CHECK_STR(got, want)         C strings (NULL allowed), printed on failure
 *   return check_done();         prints a verdict, exit status 0 or 1
 *   TASKRT_ONLY(CHECK...)        a check only the taskrt build makes
 *   check_skip("reason")         exits 77: the runner shows a visible skip
 *                                (for a runtime probe only: where a test runs
 *                                at all is a tag in its source, test/run.sh)
 *
 * It prints with write() alone, so it works while stdio is under test.
 */
#ifndef TASKRT_TEST_CHECK_H
#define TASKRT_TEST_CHECK_H

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* TASKRT_ONLY(CHECK...): a check of taskrt's own choices (lock word values,
 * struct layouts, limits, functions only taskrt has), compiled in the
 * taskrt build alone (the Makefile defines TASKRT there): `make check-libc`
 * builds the same tests against glibc and musl, where the rest must hold. */
#ifdef TASKRT
#define TASKRT_ONLY(...) __VA_ARGS__
#else
#define TASKRT_ONLY(...)
#endif

static int check_failures __attribute__((unused)), check_count __attribute__((unused));

static __attribute__((unused)) void check_puts(const char *s)
{
	write(2, s, strlen(s));
}

static __attribute__((unused)) void check_putll(long long v)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;

	*--p = 0;
	do *--p = '0' + u % 10; while (u /= 10);
	if (v < 0) *--p = '-';
	check_puts(p);
}

static __attribute__((unused)) void check_fail(const char *file, int line, const char *what)
{
	check_failures++;
	check_puts(file); check_puts(":"); check_putll(line);
	check_puts(": CHECK failed: "); check_puts(what); check_puts("\n");
}

#define CHECK(cond) do { check_count++; \
	if (!(cond)) check_fail(__FILE__, __LINE__, #cond); } while (0)

#define CHECK_INT(got, want) do { long long g_ = (long long)(got), w_ = (long long)(want); \
	check_count++; if (g_ != w_) { check_fail(__FILE__, __LINE__, #got " == " #want); \
	check_puts("    got "); check_putll(g_); check_puts(", want "); check_putll(w_); check_puts("\n"); } } while (0)

#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); check_count++; \
	if (!g_ || !w_ ? g_ != w_ : strcmp(g_, w_) != 0) { \
	check_fail(__FILE__, __LINE__, #got " == " #want); \
	check_puts("    got \""); check_puts(g_ ? g_ : "(null)"); check_puts("\", want \""); \
	check_puts(w_ ? w_ : "(null)"); check_puts("\"\n"); } } while (0)

static __attribute__((unused)) int check_done(void)
{
	check_putll(check_count - check_failures); check_puts("/"); check_putll(check_count);
	check_puts(check_failures ? " checks passed: FAILED\n" : " checks passed\n");
	return check_failures != 0;
}

static __attribute__((unused)) void check_skip(const char *reason)
{
	check_puts("SKIP: "); check_puts(reason); check_puts("\n");
	_exit(77);
}

/* Time, for the tests of timed waits:
 *   now_ns(clock)          the clock's reading in nanoseconds
 *   ts_ns(ts)              a timespec in nanoseconds
 *   in_ms(clock, ms)       an absolute deadline ms milliseconds from now
 *   in_ns(clock, ns)       the same, ns nanoseconds from now
 *   sleep_ms(ms)           nanosleep, ms < 1000 */
static __attribute__((unused)) long long ts_ns(struct timespec t)
{
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static __attribute__((unused)) long long now_ns(clockid_t clock)
{
	struct timespec t;

	clock_gettime(clock, &t);
	return ts_ns(t);
}

static __attribute__((unused)) struct timespec in_ns(clockid_t clock, long long ns)
{
	long long t = now_ns(clock) + ns;

	return (struct timespec){ t / 1000000000, t % 1000000000 };
}

static __attribute__((unused)) struct timespec in_ms(clockid_t clock, int ms)
{
	return in_ns(clock, ms * 1000000LL);
}

static __attribute__((unused)) void sleep_ms(int ms)
{
	struct timespec ts = { 0, ms * 1000000L };

	nanosleep(&ts, 0);
}

/* How many mappings the process has: lines of /proc/self/maps (under
 * qemu-user, the guest's mappings).  For leak checks around loops. */
static __attribute__((unused)) int check_count_mappings(void)
{
	char buf[4096];
	int fd = open("/proc/self/maps", O_RDONLY), lines = 0;
	ssize_t n;

	while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
		for (ssize_t i = 0; i < n; i++)
			lines += buf[i] == '\n';
	close(fd);
	return lines;
}

/* Reap child pid: its exit status, 1000 + the wait status if a signal
 * ended it, -1 if it could not be waited for. */
static __attribute__((unused)) int check_exit_status(pid_t pid)
{
	int status = -1;

	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1000 + status;
}

/* How many descriptors the process has open: entries of /proc/self/fd
 * (less ".", ".." and the one reading it), read with the raw getdents64
 * so that the directory functions under test are not needed.  For leak
 * checks: the same before and after. */
static __attribute__((unused)) int check_count_fds(void)
{
	char buf[4096];
	int fd = open("/proc/self/fd", O_RDONLY | O_DIRECTORY), n = 0;
	long got;

	if (fd < 0)
		return -1;
	while ((got = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
		for (long off = 0; off < got; ) {
			unsigned short reclen;
			memcpy(&reclen, buf + off + 16, sizeof reclen);  /* d_reclen */
			n += buf[off + 19] != '.';                     /* d_name[0] */
			off += reclen;
		}
	close(fd);
	return n - 1;
}

/* Under qemu-user with a guest of the other byte order than the host (a
 * big-endian guest on this little-endian build machine), most of what
 * crosses into the host kernel is translated, but not all: a PI futex
 * word's tid reaches the host kernel byte-swapped, a sigqueue value as
 * the other half of its union, and qemu's own copies of some SysV IPC
 * structs give fields the wrong width (qemu 7.2 writes s390x's 32-bit
 * ipc_perm.mode and msg_lspid as 16 and 64 bits).  A test leaves out
 * exactly those checks there, and says so in its output. */
static __attribute__((unused)) int check_qemu_swapped(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu") && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__;
}

#endif
