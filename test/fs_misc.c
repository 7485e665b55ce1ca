/* statvfs/statfs, flock, utime, and the in-kernel copies: sendfile,
 * copy_file_range, splice, tee, vmsplice; each with its bad input and no
 * descriptor left open. */
#define _GNU_SOURCE   /* splice, tee, vmsplice, copy_file_range: for the glibc build */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/uio.h>
#include <linux/magic.h>
#include <utime.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds(), fd, fd2, p[2], q[2];
	char path[64], path2[64], buf[64];
	struct statvfs v;
	struct statfs f;
	struct stat st;
	struct utimbuf times = { 1000000000, 1234567890 };
	struct iovec iov = { "vm", 2 };
	off_t off;

	snprintf(path, sizeof path, "/tmp/taskrt-fsmisc-%d", (int)getpid());
	snprintf(path2, sizeof path2, "/tmp/taskrt-fsmisc-%d.2", (int)getpid());

	/* file system statistics */
	CHECK_INT(statvfs("/", &v), 0);
	CHECK(v.f_bsize > 0 && v.f_frsize > 0 && v.f_blocks > 0);
	CHECK(v.f_bfree >= v.f_bavail);
	CHECK_INT(statfs("/proc", &f), 0);
	CHECK_INT(f.f_type, PROC_SUPER_MAGIC);
	CHECK_INT(statvfs("/proc", &v), 0);
	CHECK(v.f_namemax > 0);
	CHECK_INT(statvfs("/nonexistent", &v), -1);  CHECK_INT(errno, ENOENT);
	CHECK_INT(fstatvfs(-1, &v), -1);             CHECK_INT(errno, EBADF);
	CHECK_INT(fstatfs(-1, &f), -1);              CHECK_INT(errno, EBADF);

	/* flock: exclusive against a second open file description */
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	fd2 = open(path, O_RDWR | O_CLOEXEC);
	CHECK(fd >= 0 && fd2 >= 0);
	CHECK_INT(fstatvfs(fd, &v), 0);
	CHECK_INT(flock(fd, LOCK_EX | LOCK_NB), 0);
	CHECK_INT(flock(fd2, LOCK_SH | LOCK_NB), -1); CHECK_INT(errno, EWOULDBLOCK);
	CHECK_INT(flock(fd, LOCK_UN), 0);
	CHECK_INT(flock(fd2, LOCK_SH | LOCK_NB), 0);
	CHECK_INT(flock(-1, LOCK_SH), -1);            CHECK_INT(errno, EBADF);
	CHECK_INT(flock(fd, 0), -1);                  CHECK_INT(errno, EINVAL);

	/* utime */
	CHECK_INT(utime(path, &times), 0);
	CHECK_INT(stat(path, &st), 0);
	CHECK_INT(st.st_atime, 1000000000);
	CHECK_INT(st.st_mtime, 1234567890);
	CHECK_INT(utime(path, 0), 0);
	CHECK_INT(stat(path, &st), 0);
	CHECK(st.st_mtime > 1234567890);
	CHECK_INT(utime("/nonexistent/x", 0), -1);    CHECK_INT(errno, ENOENT);

	/* sendfile: from an offset that advances, to a pipe */
	CHECK_INT(write(fd, "0123456789", 10), 10);
	CHECK_INT(pipe(p), 0);
	off = 2;
	CHECK_INT(sendfile(p[1], fd, &off, 5), 5);
	CHECK_INT(off, 7);
	CHECK_INT(read(p[0], buf, sizeof buf), 5);
	CHECK(memcmp(buf, "23456", 5) == 0);
	CHECK_INT(sendfile(p[1], -1, 0, 5), -1);       CHECK_INT(errno, EBADF);

	/* copy_file_range: file to file */
	close(fd2);
	fd2 = open(path2, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	off = 0;
	ssize_t n = copy_file_range(fd, &off, fd2, 0, 10, 0);
	if (n < 0 && (errno == ENOSYS || errno == EXDEV))
		check_puts("copy_file_range: not here, its check skipped\n");
	else {
		CHECK_INT(n, 10);
		CHECK_INT(pread(fd2, buf, 10, 0), 10);
		CHECK(memcmp(buf, "0123456789", 10) == 0);
	}
	CHECK_INT(copy_file_range(fd, 0, fd2, 0, 1, 1), -1);  CHECK_INT(errno, EINVAL);

	/* splice a file into a pipe, tee it to another, vmsplice into one */
	off = 0;
	CHECK_INT(splice(fd, &off, p[1], 0, 4, 0), 4);
	CHECK_INT(pipe(q), 0);
	CHECK_INT(tee(p[0], q[1], 4, 0), 4);
	CHECK_INT(read(p[0], buf, sizeof buf), 4);
	CHECK(memcmp(buf, "0123", 4) == 0);
	CHECK_INT(read(q[0], buf, sizeof buf), 4);
	CHECK(memcmp(buf, "0123", 4) == 0);
	CHECK_INT(vmsplice(p[1], &iov, 1, 0), 2);
	CHECK_INT(read(p[0], buf, sizeof buf), 2);
	CHECK(memcmp(buf, "vm", 2) == 0);
	CHECK_INT(splice(fd, 0, fd2, 0, 4, 0), -1);     CHECK_INT(errno, EINVAL);  /* no pipe */
	CHECK_INT(tee(fd, q[1], 4, 0), -1);              CHECK_INT(errno, EINVAL);

	close(p[0]); close(p[1]); close(q[0]); close(q[1]);
	close(fd); close(fd2);
	unlink(path);
	unlink(path2);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
