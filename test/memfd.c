/* memfd_create: a file in memory, written, mapped and sealed; bad
 * flags and names with glibc's errno; no fd leaked. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds(), fd;
	char name[300], buf[8];

	memset(name, 'x', sizeof name - 1);
	name[sizeof name - 1] = 0;
	CHECK_INT(memfd_create(name, 0), -1);                 CHECK_INT(errno, EINVAL);
	CHECK_INT(memfd_create("t", 0x1000), -1);             CHECK_INT(errno, EINVAL);
	CHECK_INT(memfd_create((char *)8, 0), -1);            CHECK_INT(errno, EFAULT);

	fd = memfd_create("taskrt", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	if (fd < 0 && errno == ENOSYS)
		check_skip("memfd_create: ENOSYS");
	CHECK(fd >= 0);
	CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_INT(write(fd, "memory", 6), 6);
	CHECK_INT(ftruncate(fd, 4096), 0);
	char *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(p != MAP_FAILED);
	CHECK(!memcmp(p, "memory", 6));
	p[0] = 'M';
	CHECK_INT(pread(fd, buf, 6, 0), 6);
	CHECK(!memcmp(buf, "Memory", 6));
	CHECK_INT(munmap(p, 4096), 0);
	/* sealed against growing: ftruncate past the size is EPERM */
	int r = fcntl(fd, F_ADD_SEALS, F_SEAL_GROW);
	if (r == 0) {
		CHECK_INT(fcntl(fd, F_GET_SEALS) & F_SEAL_GROW, F_SEAL_GROW);
		CHECK_INT(ftruncate(fd, 8192), -1);               CHECK_INT(errno, EPERM);
	} else
		check_puts("F_ADD_SEALS refused here: not checked\n");
	close(fd);
	fd = memfd_create("noseal", 0);
	CHECK(fd >= 0);
	CHECK_INT(fcntl(fd, F_GETFD), 0);
	CHECK_INT(fcntl(fd, F_ADD_SEALS, F_SEAL_GROW), -1);   CHECK_INT(errno, EPERM);
	close(fd);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
