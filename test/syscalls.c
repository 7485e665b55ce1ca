/* The file-descriptor and process wrappers: results, and -1 with the
 * errno the kernel gave on failure, as glibc does. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char path[] = "/tmp/taskrt-syscalls-XXXXXX", buf[64], cwd[PATH_MAX];
	int fds[2], fd, fd2;
	struct iovec iov[2] = { { "hello ", 6 }, { "world", 5 } };

	/* errors */
	errno = 0;
	CHECK_INT(close(-1), -1);             CHECK_INT(errno, EBADF);
	CHECK_INT(write(-1, "x", 1), -1);     CHECK_INT(errno, EBADF);
	CHECK_INT(open("/nonexistent/file", O_RDONLY), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(dup(-1), -1);               CHECK_INT(errno, EBADF);
	CHECK_INT(dup2(-1, 5), -1);           CHECK_INT(errno, EBADF);
	CHECK_INT(dup2(1000000, 1000000), -1); CHECK_INT(errno, EBADF);
	CHECK_INT(lseek(0, 0, 99), -1);       CHECK(errno == EINVAL || errno == ESPIPE);
	CHECK_INT(syscall(SYS_close, -1), -1); CHECK_INT(errno, EBADF);
	CHECK_INT(chdir("/nonexistent"), -1); CHECK_INT(errno, ENOENT);
	CHECK(getcwd(buf, 0) == NULL);        CHECK_INT(errno, EINVAL);
	CHECK(getcwd(buf, 1) == NULL);        CHECK_INT(errno, ERANGE);
	CHECK_INT(access("/nonexistent", F_OK), -1); CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK_INT(isatty(-1), 0);             CHECK_INT(errno, EBADF);

	/* pipes, dup, writev */
	CHECK_INT(pipe(fds), 0);
	CHECK_INT(isatty(fds[0]), 0);         CHECK_INT(errno, ENOTTY);
	CHECK_INT(writev(fds[1], iov, 2), 11);
	CHECK_INT(read(fds[0], buf, sizeof buf), 11);
	CHECK(memcmp(buf, "hello world", 11) == 0);
	fd = dup(fds[1]);
	CHECK(fd > 2);
	CHECK_INT(dup2(fd, fd), fd);
	CHECK_INT(write(fd, "dup", 3), 3);
	CHECK_INT(read(fds[0], buf, sizeof buf), 3);
	CHECK_INT(fcntl(fd, F_GETFD), 0);
	CHECK_INT(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
	CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	CHECK_INT(close(fd), 0);
	CHECK_INT(lseek(fds[0], 0, SEEK_SET), -1);  CHECK_INT(errno, ESPIPE);
	close(fds[0]);
	close(fds[1]);

	/* a real file: create, write, seek (beyond 4 GiB too), read back */
	for (char *p = path + strlen(path) - 6; *p; p++)
		*p = 'a' + (getpid() + (p - path)) % 26;
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);
	CHECK_INT(write(fd, "0123456789", 10), 10);
	CHECK_INT(lseek(fd, 3, SEEK_SET), 3);
	CHECK_INT(read(fd, buf, 4), 4);
	CHECK(memcmp(buf, "3456", 4) == 0);
	CHECK_INT(lseek(fd, 0, SEEK_END), 10);
	CHECK_INT(lseek(fd, 5LL << 30, SEEK_SET), 5LL << 30);
	CHECK_INT(lseek(fd, 0, SEEK_CUR), 5LL << 30);
	fd2 = openat(AT_FDCWD, path, O_RDONLY);
	CHECK(fd2 >= 0);
	CHECK_INT(read(fd2, buf, 2), 2);
	CHECK(memcmp(buf, "01", 2) == 0);
	close(fd2);
	close(fd);
	CHECK_INT(access(path, R_OK | W_OK), 0);
	CHECK_INT(unlink(path), 0);
	CHECK_INT(unlink(path), -1);          CHECK_INT(errno, ENOENT);

	/* the working directory */
	CHECK(getcwd(cwd, sizeof cwd) == cwd);
	CHECK_INT(chdir("/"), 0);
	CHECK_STR(getcwd(buf, sizeof buf), "/");
	char *dyn = getcwd(NULL, 0);
	CHECK_STR(dyn, "/");
	free(dyn);
	CHECK_INT(chdir(cwd), 0);

	/* identity */
	CHECK(getpid() > 0);
	CHECK(getppid() > 0);
	CHECK_INT(gettid(), getpid());        /* the main thread */
	CHECK_INT(getuid(), syscall(SYS_getuid));
	return check_done();
}
