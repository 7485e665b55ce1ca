/* <fcntl.h> and the file functions of <unistd.h> and <stdio.h>: openat,
 * creat, record locks, posix_fadvise, fallocate, truncate, pread/pwrite
 * past 4 GiB, links, renames, owners, sync, faccessat, fchdir, chroot,
 * getpagesize, gethostname; each with its bad input, nothing left open. */
#define _GNU_SOURCE   /* statx, fallocate, FALLOC_FL_*: for the glibc build (make check-libc) */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "check.h"

#define BIG (5LL << 30)   /* past what 32 bits can say */

int main(void)
{
	char dir[40], path[64], other[64], buf[PATH_MAX], cwd[PATH_MAX];
	int fds = check_count_fds(), fd, fd2, dfd;
	struct stat st;
	struct flock fl;

	snprintf(dir, sizeof dir, "/tmp/taskrt-fileops-%d", (int)getpid());
	snprintf(path, sizeof path, "%s/a", dir);
	snprintf(other, sizeof other, "%s/b", dir);
	CHECK_INT(mkdir(dir, 0700), 0);
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	CHECK(dfd >= 0);

	/* openat, creat */
	CHECK_INT(openat(dfd, "missing", O_RDONLY), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(openat(-1, "x", O_RDONLY), -1);      CHECK_INT(errno, EBADF);
	fd = creat(path, 0600);
	CHECK(fd >= 0);
	CHECK_INT(read(fd, buf, 1), -1);               CHECK_INT(errno, EBADF);  /* write-only */
	CHECK_INT(close(fd), 0);
	fd = openat(dfd, "a", O_RDWR);
	CHECK(fd >= 0);

	/* pread/pwrite, truncate, ftruncate past 4 GiB */
	CHECK_INT(pwrite(fd, "xyz", 3, BIG), 3);
	CHECK_INT(lseek(fd, 0, SEEK_CUR), 0);          /* pwrite leaves the offset alone */
	CHECK_INT(fstat(fd, &st), 0);                  CHECK_INT(st.st_size, BIG + 3);
	CHECK_INT(pread(fd, buf, 8, BIG + 1), 2);
	CHECK(memcmp(buf, "yz", 2) == 0);
	CHECK_INT(pread(fd, buf, 1, 7), 1);            CHECK_INT(buf[0], 0);
	CHECK_INT(pread(fd, buf, 1, -1), -1);          CHECK_INT(errno, EINVAL);
	CHECK_INT(pwrite(-1, "x", 1, 0), -1);          CHECK_INT(errno, EBADF);
	CHECK_INT(ftruncate(fd, BIG + 1), 0);
	CHECK_INT(fstat(fd, &st), 0);                  CHECK_INT(st.st_size, BIG + 1);
	CHECK_INT(pread(fd, buf, 8, BIG), 1);          CHECK_INT(buf[0], 'x');
	CHECK_INT(truncate(path, 3 + (1LL << 32)), 0);
	CHECK_INT(stat(path, &st), 0);                 CHECK_INT(st.st_size, 3 + (1LL << 32));
	CHECK_INT(ftruncate(fd, -1), -1);              CHECK_INT(errno, EINVAL);
	CHECK_INT(ftruncate(-1, 0), -1);               CHECK_INT(errno, EBADF);
	CHECK_INT(truncate("/nonexistent", 0), -1);    CHECK_INT(errno, ENOENT);
	CHECK_INT(truncate(dir, 0), -1);               CHECK_INT(errno, EISDIR);
	CHECK_INT(ftruncate(fd, 10), 0);
	{
		int p[2];
		CHECK_INT(pipe(p), 0);
		CHECK_INT(pread(p[0], buf, 1, 0), -1);     CHECK_INT(errno, ESPIPE);
		CHECK_INT(close(p[0]), 0);
		CHECK_INT(close(p[1]), 0);
	}

	/* fallocate, posix_fallocate, posix_fadvise: error numbers returned */
	CHECK_INT(posix_fadvise(fd, 0, BIG, POSIX_FADV_SEQUENTIAL), 0);
	CHECK_INT(posix_fadvise(fd, BIG, 0, POSIX_FADV_DONTNEED), 0);
	CHECK_INT(posix_fadvise(fd, 0, 0, 12345), EINVAL);
	CHECK_INT(posix_fadvise(-1, 0, 0, POSIX_FADV_NORMAL), EBADF);
	errno = 0;
	CHECK_INT(posix_fallocate(-1, 0, 1), EBADF);
	CHECK_INT(errno, 0);
	CHECK_INT(fallocate(-1, 0, 0, 1), -1);         CHECK_INT(errno, EBADF);
	CHECK_INT(fallocate(fd, 0, 0, -1), -1);        CHECK_INT(errno, EINVAL);
	{
		int r = posix_fallocate(fd, 1LL << 32, 100);
		CHECK(r == 0 || r == EOPNOTSUPP);
		if (r == 0) {
			CHECK_INT(fstat(fd, &st), 0);
			CHECK_INT(st.st_size, (1LL << 32) + 100);
			CHECK_INT(fallocate(fd, FALLOC_FL_KEEP_SIZE, 1LL << 33, 100), 0);
			CHECK_INT(fstat(fd, &st), 0);
			CHECK_INT(st.st_size, (1LL << 32) + 100);
		}
	}

	/* record locks with 64-bit ranges: a process lock seen from an
	 * open-file-description lock on a second open of the file */
	fd2 = open(path, O_RDWR);
	CHECK(fd2 >= 0);
	fl = (struct flock){ .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = BIG, .l_len = 10 };
	CHECK_INT(fcntl(fd, F_SETLK, &fl), 0);
	fl = (struct flock){ .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = BIG + 5, .l_len = 1 };
	CHECK_INT(fcntl(fd2, F_OFD_GETLK, &fl), 0);
	CHECK_INT(fl.l_type, F_WRLCK);
	CHECK_INT(fl.l_start, BIG);
	CHECK_INT(fl.l_len, 10);
	CHECK_INT(fl.l_pid, getpid());
	fl = (struct flock){ .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	CHECK_INT(fcntl(fd2, F_OFD_GETLK, &fl), 0);
	CHECK_INT(fl.l_type, F_UNLCK);
	fl = (struct flock){ .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = BIG + 9, .l_len = 0 };
	CHECK_INT(fcntl(fd2, F_OFD_SETLK, &fl), -1);
	CHECK(errno == EAGAIN || errno == EACCES);
	fl = (struct flock){ .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
	CHECK_INT(fcntl(fd, F_GETLK, &fl), 0);         /* one's own locks never conflict */
	CHECK_INT(fl.l_type, F_UNLCK);
	fl = (struct flock){ .l_type = F_UNLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
	CHECK_INT(fcntl(fd, F_SETLKW, &fl), 0);
	fl = (struct flock){ .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = BIG + 9, .l_len = 0 };
	CHECK_INT(fcntl(fd2, F_OFD_SETLK, &fl), 0);
	fl = (struct flock){ .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
	CHECK_INT(fcntl(fd, F_GETLK, &fl), 0);
	CHECK_INT(fl.l_type, F_WRLCK);
	CHECK_INT(fl.l_start, BIG + 9);
	CHECK_INT(fl.l_len, 0);
	CHECK_INT(fl.l_pid, -1);
	fl = (struct flock){ .l_type = 99, .l_whence = SEEK_SET };
	CHECK_INT(fcntl(fd, F_SETLK, &fl), -1);        CHECK_INT(errno, EINVAL);
	CHECK_INT(close(fd2), 0);

	/* sync */
	CHECK_INT(fsync(fd), 0);
	CHECK_INT(fdatasync(fd), 0);
	CHECK_INT(fsync(-1), -1);                      CHECK_INT(errno, EBADF);
	CHECK_INT(fdatasync(-1), -1);                  CHECK_INT(errno, EBADF);
	sync();

	/* links */
	CHECK_INT(link(path, other), 0);
	CHECK_INT(stat(path, &st), 0);                 CHECK_INT(st.st_nlink, 2);
	CHECK_INT(link(path, other), -1);              CHECK_INT(errno, EEXIST);
	CHECK_INT(link("/nonexistent", other), -1);    CHECK_INT(errno, ENOENT);
	CHECK_INT(linkat(dfd, "a", dfd, "c", 0), 0);
	CHECK_INT(unlinkat(dfd, "c", 0), 0);
	CHECK_INT(unlinkat(dfd, "c", 0), -1);          CHECK_INT(errno, ENOENT);
	CHECK_INT(unlinkat(dfd, "a", 0x12345), -1);    CHECK_INT(errno, EINVAL);
	CHECK_INT(unlink(other), 0);
	CHECK_INT(symlink("a", other), 0);
	CHECK_INT(symlink("a", other), -1);            CHECK_INT(errno, EEXIST);
	memset(buf, '#', sizeof buf);
	CHECK_INT(readlink(other, buf, sizeof buf), 1);
	CHECK_INT(buf[0], 'a');
	CHECK_INT(buf[1], '#');                        /* not terminated */
	CHECK_INT(readlinkat(dfd, "b", buf, sizeof buf), 1);
	CHECK_INT(readlink(path, buf, sizeof buf), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(readlink("/nonexistent", buf, sizeof buf), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(symlinkat("zz", dfd, "d"), 0);
	CHECK_INT(readlinkat(dfd, "d", buf, 1), 1);    CHECK_INT(buf[0], 'z');  /* cut short */
	CHECK_INT(lchown(other, getuid(), getgid()), 0);
	CHECK_INT(unlinkat(dfd, "d", 0), 0);
	CHECK_INT(unlink(other), 0);

	/* renames, remove */
	CHECK_INT(rename(path, other), 0);
	CHECK_INT(access(path, F_OK), -1);             CHECK_INT(errno, ENOENT);
	CHECK_INT(rename(path, other), -1);            CHECK_INT(errno, ENOENT);
	CHECK_INT(renameat(dfd, "b", dfd, "a"), 0);
	CHECK_INT(renameat(dfd, "b", dfd, "a"), -1);   CHECK_INT(errno, ENOENT);
	CHECK_INT(mkdirat(dfd, "sub", 0700), 0);
	CHECK_INT(rename(path, dir), -1);              CHECK(errno == EISDIR || errno == ENOTEMPTY || errno == EEXIST);
	snprintf(other, sizeof other, "%s/sub", dir);
	CHECK_INT(remove(other), 0);                   /* a directory */
	CHECK_INT(remove(other), -1);                  CHECK_INT(errno, ENOENT);
	CHECK_INT(remove(dir), -1);                    CHECK_INT(errno, ENOTEMPTY);

	/* owners: to ourselves always works; as root, to another and back */
	CHECK_INT(chown(path, getuid(), getgid()), 0);
	CHECK_INT(fchown(fd, -1, -1), 0);
	CHECK_INT(fchownat(dfd, "a", getuid(), -1, 0), 0);
	CHECK_INT(fchownat(dfd, "a", getuid(), -1, 0x12345), -1); CHECK_INT(errno, EINVAL);
	CHECK_INT(chown("/nonexistent", 0, 0), -1);    CHECK_INT(errno, ENOENT);
	CHECK_INT(fchown(-1, 0, 0), -1);               CHECK_INT(errno, EBADF);
	if (getuid() == 0) {
		CHECK_INT(fchown(fd, 70000, 70001), 0);    /* past 16 bits */
		CHECK_INT(stat(path, &st), 0);
		CHECK_INT(st.st_uid, 70000);
		CHECK_INT(st.st_gid, 70001);
		CHECK_INT(chown(path, 0, 0), 0);
	} else {
		CHECK_INT(chown(path, getuid() + 1, -1), -1); CHECK_INT(errno, EPERM);
	}

	/* faccessat, fchdir, chroot */
	CHECK_INT(faccessat(dfd, "a", R_OK | W_OK, 0), 0);
	CHECK_INT(faccessat(dfd, "a", X_OK, 0), -1);   CHECK_INT(errno, EACCES);
	CHECK_INT(faccessat(dfd, "a", R_OK, AT_EACCESS), 0);
	CHECK_INT(faccessat(dfd, "missing", F_OK, AT_EACCESS), -1); CHECK_INT(errno, ENOENT);
	CHECK_INT(faccessat(dfd, "a", F_OK, 0x40000000), -1); CHECK(errno == EINVAL || errno == ENOSYS);
	CHECK_INT(faccessat(-1, "a", F_OK, 0), -1);    CHECK_INT(errno, EBADF);
	CHECK(getcwd(cwd, sizeof cwd) != NULL);
	CHECK_INT(fchdir(dfd), 0);
	CHECK_STR(getcwd(buf, sizeof buf), dir);
	CHECK_INT(access("a", F_OK), 0);
	CHECK_INT(chdir(cwd), 0);
	CHECK_INT(fchdir(fd), -1);                     CHECK_INT(errno, ENOTDIR);
	CHECK_INT(fchdir(-1), -1);                     CHECK_INT(errno, EBADF);
	CHECK_INT(chroot("/nonexistent"), -1);         CHECK_INT(errno, ENOENT);
	CHECK_INT(chroot(path), -1);                   CHECK_INT(errno, ENOTDIR);
	CHECK_INT(chroot("/"), getuid() == 0 ? 0 : -1);

	/* isatty, getpagesize, gethostname */
	CHECK_INT(isatty(fd), 0);                      CHECK_INT(errno, ENOTTY);
	CHECK_INT(getpagesize(), sysconf(_SC_PAGESIZE));
	CHECK(getpagesize() >= 4096 && (getpagesize() & (getpagesize() - 1)) == 0);
	{
		struct utsname u;
		char name[HOST_NAME_MAX + 1], small[2];
		CHECK_INT(uname(&u), 0);
		CHECK_INT(gethostname(name, sizeof name), 0);
		CHECK_STR(name, u.nodename);
		if (strlen(u.nodename) >= 2) {
			CHECK_INT(gethostname(small, sizeof small), -1);
			CHECK_INT(errno, ENAMETOOLONG);
			CHECK(memcmp(small, u.nodename, 2) == 0);
		}
	}

	CHECK_INT(close(fd), 0);
	CHECK_INT(unlinkat(dfd, "a", 0), 0);
	CHECK_INT(close(dfd), 0);
	CHECK_INT(rmdir(dir), 0);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
