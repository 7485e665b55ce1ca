/* A small assertion helper for taskrt's tests.
 *
 *   CHECK(cond)                  fails the test, naming the line, if !cond
 *   CHECK_INT(got, want)         integers, printed on failure
 *   CHECK_STR(got, want)         C strings (NULL allowed), printed on failure
 *   return check_done();         prints a verdict, exit status 0 or 1
 *   check_skip("reason")         exits 77: the runner shows a visible skip
 *
 * It prints with write() alone, so it works while stdio is under test.
 */
#ifndef TASKRT_TEST_CHECK_H
#define TASKRT_TEST_CHECK_H

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

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

/* The 10,000-round stress loops cost minutes under qemu-user, where every
 * thread or process creation is expensive: they run natively where the arch
 * runs natively (both compilers), and otherwise once per arch under qemu,
 * in the gcc build.  The runs left out say so on a SKIP line. */
static __attribute__((unused)) void check_stress_once_per_arch(void)
{
	const char *mode = getenv("TASKRT_TEST_MODE"), *cc = getenv("TASKRT_TEST_COMPILER");
	const char *native = getenv("TASKRT_TEST_NATIVE_RUNS");

	if (!mode || strcmp(mode, "qemu") != 0)
		return;
	if (native && strcmp(native, "yes") == 0)
		check_skip("qemu-user: the 10,000-round stress ran natively for this arch");
	if (cc && strcmp(cc, "gcc") != 0)
		check_skip("qemu-user: the 10,000-round stress runs once per arch, in the gcc build");
}

#endif
