/* shm_open/shm_unlink: an object shared by name, sized, mapped, seen by a
 * second open; O_EXCL, names glibc refuses (EINVAL; ENOENT for shm_unlink), unlink of a missing
 * object (ENOENT); close-on-exec always; no fd leaked. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds(), fd, fd2;
	char name[64], big[300];
	struct stat st;

	if (access("/dev/shm", W_OK))
		check_skip("no writable /dev/shm");
	snprintf(name, sizeof name, "/taskrt-shm-%d", (int)getpid());
	shm_unlink(name);
	fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
	CHECK(fd >= 0);
	CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_INT(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), -1); CHECK_INT(errno, EEXIST);
	CHECK_INT(ftruncate(fd, 4096), 0);
	char *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(p != MAP_FAILED);
	strcpy(p, "shared");
	fd2 = shm_open(name + 1, O_RDONLY, 0);             /* the leading '/' is optional */
	CHECK(fd2 >= 0);
	CHECK_INT(fstat(fd2, &st), 0);
	CHECK_INT(st.st_size, 4096);
	CHECK_INT(st.st_mode & 0777, 0600);
	char *q = mmap(0, 4096, PROT_READ, MAP_SHARED, fd2, 0);
	CHECK(q != MAP_FAILED && !strcmp(q, "shared"));
	munmap(q, 4096);
	munmap(p, 4096);
	close(fd2);
	close(fd);
	CHECK_INT(shm_unlink(name), 0);
	CHECK_INT(shm_unlink(name), -1);                   CHECK_INT(errno, ENOENT);
	CHECK_INT(shm_open(name, O_RDWR, 0), -1);          CHECK_INT(errno, ENOENT);

	/* names glibc refuses */
	CHECK_INT(shm_open("/a/b", O_RDWR | O_CREAT, 0600), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(shm_open("", O_RDWR | O_CREAT, 0600), -1);     CHECK_INT(errno, EINVAL);
	/* "/" alone: EINVAL in taskrt; glibc 2.36 opens "/dev/shm/" itself */
	CHECK_INT(shm_open("/", O_RDWR | O_CREAT, 0600), -1);
	CHECK(errno == EINVAL || errno == ENOENT || errno == EISDIR);
	CHECK_INT(shm_open("/.", O_RDWR | O_CREAT, 0600), -1);   CHECK_INT(errno, EINVAL);
	CHECK_INT(shm_unlink("/a/b"), -1);                       CHECK_INT(errno, ENOENT);
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	CHECK_INT(shm_open(big, O_RDWR | O_CREAT, 0600), -1);    CHECK_INT(errno, EINVAL);
	CHECK_INT(shm_unlink(big), -1);                          CHECK_INT(errno, ENOENT);
	big[256] = 0;                                            /* fits glibc's buffer, not NAME_MAX */
	CHECK_INT(shm_open(big, O_RDWR | O_CREAT, 0600), -1);    CHECK_INT(errno, ENAMETOOLONG);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
