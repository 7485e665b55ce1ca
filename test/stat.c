/* <sys/stat.h>: stat, lstat, fstat, fstatat, statx, mkdir(at), chmod
 * family, umask, mknod, mkfifo, utimensat, futimens and the S_IS* macros;
 * each with its bad input, and no descriptor left open. */
#define _GNU_SOURCE   /* statx, fallocate, FALLOC_FL_*: for the glibc build (make check-libc) */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char dir[40], path[64], sub[64], fifo[64], lnk[64];
	struct stat st, st2;
	struct statx stx;
	int fds = check_count_fds(), fd, dfd;
	mode_t old;

	CHECK(sizeof(struct statx) == 256);
	snprintf(dir, sizeof dir, "/tmp/taskrt-stat-%d", (int)getpid());
	CHECK_INT(mkdir(dir, 0700), 0);
	snprintf(path, sizeof path, "%s/file", dir);
	snprintf(sub, sizeof sub, "%s/sub", dir);
	snprintf(fifo, sizeof fifo, "%s/fifo", dir);
	snprintf(lnk, sizeof lnk, "%s/link", dir);

	/* bad input */
	CHECK_INT(stat("/nonexistent/x", &st), -1);   CHECK_INT(errno, ENOENT);
	CHECK_INT(lstat("", &st), -1);                CHECK_INT(errno, ENOENT);
	CHECK_INT(fstat(-1, &st), -1);                CHECK_INT(errno, EBADF);
	CHECK_INT(fstat(AT_FDCWD, &st), -1);          CHECK_INT(errno, EBADF);
	CHECK_INT(fstatat(AT_FDCWD, "/", &st, 0x40000000), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(stat("/etc/passwd/x", &st), -1);    CHECK_INT(errno, ENOTDIR);
	CHECK_INT(mkdir(dir, 0700), -1);              CHECK_INT(errno, EEXIST);
	CHECK_INT(mkdir("/nonexistent/x", 0700), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(chmod("/nonexistent", 0600), -1);   CHECK_INT(errno, ENOENT);
	CHECK_INT(fchmod(-1, 0600), -1);              CHECK_INT(errno, EBADF);
	CHECK_INT(fchmodat(AT_FDCWD, dir, 0700, 0x1), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(mknod(path, S_IFIFO | 0600, makedev(1, 3) | 1ull << 40), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(mkfifo("/nonexistent/f", 0600), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(utimensat(AT_FDCWD, "/nonexistent", NULL, 0), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(utimensat(AT_FDCWD, NULL, NULL, 0), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(futimens(-1, NULL), -1);            CHECK_INT(errno, EBADF);
	CHECK_INT(statx(AT_FDCWD, "/nonexistent", 0, STATX_BASIC_STATS, &stx), -1); CHECK_INT(errno, ENOENT);

	/* a file: its mode, size, owner and times */
	old = umask(022);
	fd = open(path, O_CREAT | O_RDWR | O_EXCL, 0666);
	CHECK(fd >= 0);
	CHECK_INT(umask(old), 022);
	CHECK_INT(write(fd, "hello", 5), 5);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK(S_ISREG(st.st_mode));
	CHECK(!S_ISDIR(st.st_mode) && !S_ISLNK(st.st_mode) && !S_ISFIFO(st.st_mode));
	CHECK_INT(st.st_mode & 07777, 0644);
	CHECK_INT(st.st_size, 5);
	CHECK_INT(st.st_nlink, 1);
	CHECK_INT(st.st_uid, getuid());
	CHECK_INT(st.st_gid, getgid());
	CHECK(st.st_blksize > 0);
	CHECK(st.st_mtime > 1600000000);
	CHECK(st.st_mtim.tv_nsec >= 0 && st.st_mtim.tv_nsec < 1000000000);
	CHECK_INT(stat(path, &st2), 0);
	CHECK(st.st_ino == st2.st_ino && st.st_dev == st2.st_dev);
	CHECK_INT(statx(AT_FDCWD, path, 0, STATX_BASIC_STATS, &stx), 0);
	CHECK(stx.stx_mask & STATX_SIZE);
	CHECK_INT(stx.stx_size, 5);
	CHECK(stx.stx_ino == st.st_ino);
	CHECK(makedev(stx.stx_dev_major, stx.stx_dev_minor) == st.st_dev);
	CHECK_INT(major(st.st_dev), stx.stx_dev_major);
	CHECK_INT(minor(st.st_dev), stx.stx_dev_minor);

	CHECK_INT(fchmod(fd, 0600), 0);
	CHECK_INT(stat(path, &st), 0);                CHECK_INT(st.st_mode & 07777, 0600);
	CHECK_INT(chmod(path, 0640), 0);
	CHECK_INT(stat(path, &st), 0);                CHECK_INT(st.st_mode & 07777, 0640);
	CHECK_INT(fchmodat(AT_FDCWD, path, 0604, 0), 0);
	CHECK_INT(stat(path, &st), 0);                CHECK_INT(st.st_mode & 07777, 0604);
	CHECK_INT(fchmodat(AT_FDCWD, path, 0600, AT_SYMLINK_NOFOLLOW), 0);
	CHECK_INT(stat(path, &st), 0);                CHECK_INT(st.st_mode & 07777, 0600);

	/* times: 64-bit seconds, nanoseconds, UTIME_OMIT */
	{
		struct timespec t[2] = { { 1000000000, 123456789 }, { 4102444800LL, 987654321 } };
		CHECK_INT(utimensat(AT_FDCWD, path, t, 0), 0);
		CHECK_INT(stat(path, &st), 0);
		CHECK_INT(st.st_atim.tv_sec, 1000000000);
		CHECK_INT(st.st_atim.tv_nsec, 123456789);
		CHECK_INT(st.st_mtime, 4102444800LL);      /* 2100: past 2038 */
		CHECK_INT(st.st_mtim.tv_nsec, 987654321);
		t[0].tv_nsec = UTIME_OMIT;
		t[1] = (struct timespec){ 5, 0 };
		CHECK_INT(futimens(fd, t), 0);
		CHECK_INT(fstat(fd, &st), 0);
		CHECK_INT(st.st_atime, 1000000000);
		CHECK_INT(st.st_mtime, 5);
		CHECK_INT(futimens(fd, NULL), 0);
		CHECK_INT(fstat(fd, &st), 0);
		CHECK(st.st_mtime > 1600000000);
	}
	CHECK_INT(close(fd), 0);

	/* directories, fstatat relative to one, symlinks */
	CHECK_INT(mkdir(sub, 0755), 0);
	CHECK_INT(stat(sub, &st), 0);                 CHECK(S_ISDIR(st.st_mode));
	CHECK_INT(mkdir(path, 0755), -1);             CHECK_INT(errno, EEXIST);
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);
	CHECK_INT(mkdirat(dfd, "sub2", 0700), 0);
	CHECK_INT(fstatat(dfd, "sub2", &st, 0), 0);   CHECK(S_ISDIR(st.st_mode));
	CHECK_INT(st.st_mode & 07777, 0700);
	CHECK_INT(mkdirat(dfd, "sub2", 0700), -1);    CHECK_INT(errno, EEXIST);
	CHECK_INT(fstatat(dfd, "file", &st, 0), 0);   CHECK_INT(st.st_size, 5);
	CHECK_INT(fstatat(dfd, "", &st, AT_EMPTY_PATH), 0); CHECK(S_ISDIR(st.st_mode));
	CHECK_INT(fstatat(dfd, "missing", &st, 0), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(symlink("file", lnk), 0);
	CHECK_INT(lstat(lnk, &st), 0);                CHECK(S_ISLNK(st.st_mode));
	CHECK_INT(st.st_size, 4);
	CHECK_INT(stat(lnk, &st), 0);                 CHECK(S_ISREG(st.st_mode));
	CHECK_INT(fstatat(dfd, "link", &st, AT_SYMLINK_NOFOLLOW), 0); CHECK(S_ISLNK(st.st_mode));
	CHECK_INT(fchmodat(dfd, "link", 0644, AT_SYMLINK_NOFOLLOW), -1); CHECK_INT(errno, EOPNOTSUPP);
	CHECK_INT(fchmodat(dfd, "missing", 0644, AT_SYMLINK_NOFOLLOW), -1); CHECK_INT(errno, ENOENT);

	/* nodes */
	CHECK_INT(mkfifo(fifo, 0600), 0);
	CHECK_INT(stat(fifo, &st), 0);                CHECK(S_ISFIFO(st.st_mode));
	CHECK_INT(mkfifo(fifo, 0600), -1);            CHECK_INT(errno, EEXIST);
	CHECK_INT(mkfifoat(dfd, "fifo2", 0600), 0);
	CHECK_INT(fstatat(dfd, "fifo2", &st, 0), 0);  CHECK(S_ISFIFO(st.st_mode));
	CHECK_INT(mknodat(dfd, "fifo3", S_IFIFO | 0600, 0), 0);
	CHECK_INT(fstatat(dfd, "fifo3", &st, 0), 0);  CHECK(S_ISFIFO(st.st_mode));
	CHECK_INT(mknod(path, S_IFREG | 0600, 0), -1); CHECK_INT(errno, EEXIST);
	CHECK_INT(stat("/dev/null", &st), 0);
	CHECK(S_ISCHR(st.st_mode));
	CHECK_INT(major(st.st_rdev), 1);
	CHECK_INT(minor(st.st_rdev), 3);
	CHECK(S_ISBLK(S_IFBLK) && S_ISSOCK(S_IFSOCK) && !S_ISSOCK(S_IFREG));

	/* clean up */
	CHECK_INT(unlinkat(dfd, "fifo3", 0), 0);
	CHECK_INT(unlinkat(dfd, "fifo2", 0), 0);
	CHECK_INT(unlinkat(dfd, "sub2", AT_REMOVEDIR), 0);
	CHECK_INT(close(dfd), 0);
	CHECK_INT(unlink(fifo), 0);
	CHECK_INT(unlink(lnk), 0);
	CHECK_INT(unlink(path), 0);
	CHECK_INT(rmdir(sub), 0);
	CHECK_INT(rmdir(dir), 0);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
