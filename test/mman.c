/* <sys/mman.h>: mprotect (a write to a read-only page is a SIGSEGV,
 * caught in a child), madvise and posix_madvise, msync, mincore,
 * mlock/munlock/mlockall (EPERM or ENOMEM without the privilege, as glibc
 * answers), mremap; bad input with glibc's errno. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"


/* qemu-user ignores madvise's advice and has no mlock2 */
static int under_qemu(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu");
}

/* A write to a read-only page: the child's handler catches it. */
static void on_segv(int sig)
{
	_exit(sig == SIGSEGV ? 42 : 1);
}

int main(void)
{
	long page = sysconf(_SC_PAGESIZE);
	unsigned char vec[4];
	struct sigaction sa = { .sa_handler = on_segv };
	char *p = mmap(0, 4 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK(p != MAP_FAILED);
	memset(p, 1, 2 * page);

	/* mincore: the two touched pages are resident */
	CHECK_INT(mincore(p, 4 * page, vec), 0);
	CHECK(vec[0] & 1);
	CHECK(vec[1] & 1);
	CHECK_INT(mincore(p + 1, page, vec), -1);             CHECK_INT(errno, EINVAL);
	CHECK_INT(mincore(p, page, (unsigned char *)8), -1);   CHECK_INT(errno, EFAULT);

	/* madvise: DONTNEED on a private anonymous page gives zeros back */
	CHECK_INT(madvise(p, page, MADV_DONTNEED), 0);
	CHECK_INT(p[0], 0);
	CHECK_INT(p[page], 1);
	CHECK_INT(madvise(p, page, MADV_WILLNEED), 0);
	CHECK_INT(madvise(p + 1, page, MADV_NORMAL), -1);     CHECK_INT(errno, EINVAL);
	if (!under_qemu()) {
		CHECK_INT(madvise(p, page, 12345), -1);       CHECK_INT(errno, EINVAL);
	} else
		check_puts("not checked under qemu-user: madvise of an unknown advice (qemu says 0)\n");
	CHECK_INT(posix_madvise(p, page, POSIX_MADV_SEQUENTIAL), 0);
	CHECK_INT(posix_madvise(p + page, page, POSIX_MADV_DONTNEED), 0);
	CHECK_INT(p[page], 1);                                 /* POSIX's DONTNEED keeps data */
	CHECK_INT(posix_madvise(p + 1, page, POSIX_MADV_NORMAL), EINVAL);

	/* msync */
	CHECK_INT(msync(p, page, MS_SYNC), 0);
	CHECK_INT(msync(p, page, MS_ASYNC | MS_INVALIDATE), 0);
	CHECK_INT(msync(p + 1, page, MS_SYNC), -1);           CHECK_INT(errno, EINVAL);
	CHECK_INT(msync(p, page, MS_SYNC | MS_ASYNC), -1);    CHECK_INT(errno, EINVAL);

	/* mprotect: read-only, then a write faults.  The page is written
	 * first: since MADV_DONTNEED, reading it mapped the kernel's shared
	 * zero page, and Debian's 5kc-malta kernel (6.1, mips64el) loses
	 * track of a zero page whose entry mprotect rewrites: "BUG: Bad page
	 * map", and the zero page is freed while still in use, so that later
	 * processes get memory that is not zero (docs/toy-kernel.md). */
	p[0] = 0;
	CHECK_INT(mprotect(p, page, PROT_READ), 0);
	pid_t pid = fork();
	if (pid == 0) {
		if (sigaction(SIGSEGV, &sa, 0))
			_exit(2);
		p[0] = 2;
		_exit(0);
	}
	CHECK_INT(check_exit_status(pid), 42);
	CHECK_INT(p[0], 0);
	CHECK_INT(mprotect(p, page, PROT_READ | PROT_WRITE), 0);
	p[0] = 3;
	CHECK_INT(p[0], 3);
	CHECK_INT(mprotect(p + 1, page, PROT_READ), -1);      CHECK_INT(errno, EINVAL);

	/* mlock: allowed, or refused for want of privilege or limit */
	int r = mlock(p, page);
	CHECK(r == 0 || errno == EPERM || errno == ENOMEM);
	if (r == 0)
		CHECK_INT(munlock(p, page), 0);
	r = mlock2(p, page, MLOCK_ONFAULT);
	CHECK(r == 0 || errno == EPERM || errno == ENOMEM || (errno == ENOSYS && under_qemu()));
	if (r == 0)
		CHECK_INT(munlock(p, page), 0);
	if (r < 0 && errno == ENOSYS && under_qemu())
		check_puts("not checked under qemu-user: mlock2 (ENOSYS)\n");
	else {
		CHECK_INT(mlock2(p, page, 0x100), -1);        CHECK_INT(errno, EINVAL);
	}
	r = mlockall(MCL_CURRENT);
	CHECK(r == 0 || errno == EPERM || errno == ENOMEM);
	CHECK_INT(munlockall(), 0);
	CHECK_INT(mlockall(0), -1);                           CHECK_INT(errno, EINVAL);

	/* mremap: grow in place or move, the data follows */
	CHECK_INT(munmap(p, 4 * page), 0);
	p = mmap(0, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p[page] = 1;
	char *q = mremap(p, 2 * page, 8 * page, MREMAP_MAYMOVE);
	CHECK(q != MAP_FAILED);
	if (q == MAP_FAILED) { CHECK_INT(errno, 0); return check_done(); }
	CHECK_INT(q[page], 1);
	CHECK_INT(q[7 * page], 0);
	CHECK_INT(munmap(q, 8 * page), 0);
	CHECK_INT(munmap(q + 1, page), -1);                   CHECK_INT(errno, EINVAL);
	return check_done();
}
