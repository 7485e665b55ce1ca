/* test cflags: -Wno-deprecated-declarations */
/* <dirent.h>, mkstemp/mkostemp/mkdtemp and realpath: entries, types,
 * streams longer than one getdents64 buffer, bad input, no descriptor
 * left open. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

/* closedir(NULL): through a volatile, since glibc declares it nonnull. */
static DIR *volatile no_dir;

#define MANY 300

static int no_dots(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

int main(void)
{
	char dir[] = "/tmp/taskrt-dirent-XXXXXX", path[PATH_MAX], buf[PATH_MAX], cwd[PATH_MAX];
	int fds = check_count_fds(), fd, n, seen_file = 0, seen_sub = 0, seen_dot = 0;
	struct dirent *e, entry, *result, **list;
	struct stat st;
	DIR *d;

	/* mkdtemp, mkstemp, mkostemp */
	CHECK(mkdtemp(dir) == dir);
	CHECK(memcmp(dir, "/tmp/taskrt-dirent-", 19) == 0 && strcmp(dir + 19, "XXXXXX") != 0);
	CHECK_INT(stat(dir, &st), 0);
	CHECK(S_ISDIR(st.st_mode));
	CHECK_INT(st.st_mode & 0777, 0700);
	{
		char bad[] = "/tmp/taskrt-XXXXX", bad2[] = "/tmp/taskrt-XXXXXXy", none[] = "/nonexistent/XXXXXX", none2[] = "/nonexistent/XXXXXX", x[] = "XXX";
		CHECK(mkdtemp(bad) == NULL);               CHECK_INT(errno, EINVAL);
		CHECK_STR(bad, "/tmp/taskrt-XXXXX");       /* untouched */
		CHECK_INT(mkstemp(bad2), -1);              CHECK_INT(errno, EINVAL);
		CHECK_INT(mkstemp(x), -1);                 CHECK_INT(errno, EINVAL);
		CHECK_INT(mkstemp(none), -1);              CHECK_INT(errno, ENOENT);
		CHECK(mkdtemp(none2) == NULL);             CHECK_INT(errno, ENOENT);
	}
	snprintf(path, sizeof path, "%s/fileXXXXXX", dir);
	fd = mkstemp(path);
	CHECK(fd >= 0);
	CHECK_INT(fstat(fd, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	CHECK_INT(fcntl(fd, F_GETFD), 0);
	CHECK_INT(write(fd, "x", 1), 1);
	CHECK_INT(close(fd), 0);
	{
		char again[PATH_MAX];
		snprintf(again, sizeof again, "%s/fileXXXXXX", dir);
		fd = mkostemp(again, O_CLOEXEC | O_APPEND);
		CHECK(fd >= 0);
		CHECK(strcmp(again, path) != 0);
		CHECK_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
		CHECK(fcntl(fd, F_GETFL) & O_APPEND);
		CHECK_INT(close(fd), 0);
		CHECK_INT(unlink(again), 0);
	}
	CHECK_INT(rename(path, (snprintf(buf, sizeof buf, "%s/file", dir), buf)), 0);
	snprintf(path, sizeof path, "%s/sub", dir);
	CHECK_INT(mkdir(path, 0700), 0);

	/* opendir, readdir, d_type, dirfd, rewinddir, closedir */
	CHECK(opendir("/nonexistent") == NULL);        CHECK_INT(errno, ENOENT);
	CHECK(opendir(buf) == NULL);                   CHECK_INT(errno, ENOTDIR);
	CHECK_INT(closedir(no_dir), -1);                 CHECK_INT(errno, EINVAL);
	d = opendir(dir);
	CHECK(d != NULL);
	CHECK(dirfd(d) > 2);
	CHECK(fcntl(dirfd(d), F_GETFD) & FD_CLOEXEC);
	for (int pass = 0; pass < 2; pass++) {
		seen_file = seen_sub = seen_dot = 0;
		errno = 0;
		while ((e = readdir(d))) {
			if (!strcmp(e->d_name, "file"))
			{ seen_file++; CHECK(e->d_type == DT_REG || e->d_type == DT_UNKNOWN); }
			else if (!strcmp(e->d_name, "sub"))
			{ seen_sub++; CHECK(e->d_type == DT_DIR || e->d_type == DT_UNKNOWN); }
			else if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				seen_dot++;
			else
				CHECK_STR(e->d_name, "(nothing else)");
			CHECK(e->d_ino != 0);
		}
		CHECK_INT(errno, 0);                       /* the end is not an error */
		CHECK_INT(seen_file, 1);
		CHECK_INT(seen_sub, 1);
		CHECK_INT(seen_dot, 2);
		CHECK(readdir(d) == NULL);                 /* still the end */
		rewinddir(d);
	}
	CHECK_INT(readdir_r(d, &entry, &result), 0);
	CHECK(result == &entry);
	n = 1;
	while (readdir_r(d, &entry, &result) == 0 && result)
		n++;
	CHECK_INT(n, 4);
	CHECK(result == NULL);
	CHECK_INT(closedir(d), 0);

	/* fdopendir: a directory descriptor, which closedir then closes */
	fd = open(dir, O_RDONLY | O_DIRECTORY);
	d = fdopendir(fd);
	CHECK(d != NULL);
	CHECK_INT(dirfd(d), fd);
	for (n = 0; readdir(d); n++)
		;
	CHECK_INT(n, 4);
	CHECK_INT(closedir(d), 0);
	CHECK_INT(fcntl(fd, F_GETFD), -1);             CHECK_INT(errno, EBADF);
	CHECK(fdopendir(-1) == NULL);                  CHECK_INT(errno, EBADF);
	fd = open(buf, O_RDONLY);
	CHECK(fdopendir(fd) == NULL);                  CHECK_INT(errno, ENOTDIR);
	CHECK_INT(close(fd), 0);
	fd = open(buf, O_WRONLY);
	CHECK(fdopendir(fd) == NULL);                  CHECK_INT(errno, ENOTDIR);  /* checked first */
	CHECK_INT(close(fd), 0);

	/* more entries than one getdents64 buffer holds */
	for (int i = 0; i < MANY; i++) {
		snprintf(path, sizeof path, "%s/sub/entry-with-a-longish-name-%03d", dir, i);
		fd = open(path, O_CREAT | O_WRONLY, 0600);
		CHECK(fd >= 0);
		close(fd);
	}
	snprintf(path, sizeof path, "%s/sub", dir);
	d = opendir(path);
	for (n = 0; (e = readdir(d)); )
		n += no_dots(e);
	CHECK_INT(n, MANY);
	CHECK_INT(closedir(d), 0);

	/* scandir, alphasort */
	n = scandir(path, &list, no_dots, alphasort);
	CHECK_INT(n, MANY);
	for (int i = 0; i < n; i++) {
		char want[64];
		snprintf(want, sizeof want, "entry-with-a-longish-name-%03d", i);
		CHECK_STR(list[i]->d_name, want);
		free(list[i]);
	}
	free(list);
	n = scandir(dir, &list, NULL, NULL);
	CHECK_INT(n, 4);
	for (int i = 0; i < n; i++)
		free(list[i]);
	free(list);
	list = (struct dirent **)&n;
	CHECK_INT(scandir("/nonexistent", &list, NULL, alphasort), -1);
	CHECK_INT(errno, ENOENT);
	CHECK(list == (struct dirent **)&n);         /* untouched */
	for (int i = 0; i < MANY; i++) {
		snprintf(path, sizeof path, "%s/sub/entry-with-a-longish-name-%03d", dir, i);
		CHECK_INT(unlink(path), 0);
	}

	/* realpath */
	{
		char want[PATH_MAX], *p;
		snprintf(path, sizeof path, "%s/link", dir);
		CHECK_INT(symlink("sub/../file", path), 0);
		snprintf(path, sizeof path, "%s/loop", dir);
		CHECK_INT(symlink("loop", path), 0);
		snprintf(path, sizeof path, "%s/abs", dir);
		CHECK_INT(symlink(dir, path), 0);
		snprintf(want, sizeof want, "%s/file", dir);

		snprintf(path, sizeof path, "%s/./sub//..///link", dir);
		CHECK_STR(realpath(path, buf), want);
		snprintf(path, sizeof path, "%s/abs/abs/sub/../abs/file", dir);
		CHECK_STR(realpath(path, buf), want);
		p = realpath(path, NULL);
		CHECK_STR(p, want);
		free(p);
		CHECK_STR(realpath("/", buf), "/");
		CHECK_STR(realpath("/..//./", buf), "/");
		CHECK(getcwd(cwd, sizeof cwd) != NULL);
		CHECK_INT(chdir(dir), 0);
		CHECK_STR(realpath("file", buf), want);
		CHECK_STR(realpath(".", buf), dir);
		CHECK_STR(realpath("sub/", buf), (snprintf(want, sizeof want, "%s/sub", dir), want));
		CHECK(realpath("file/", buf) == NULL);     CHECK_INT(errno, ENOTDIR);
		CHECK(realpath("file/..", buf) == NULL);   CHECK_INT(errno, ENOTDIR);
		CHECK(realpath("file/x", buf) == NULL);    CHECK_INT(errno, ENOTDIR);
		CHECK(realpath("missing", buf) == NULL);   CHECK_INT(errno, ENOENT);
		CHECK(realpath("missing/..", buf) == NULL); CHECK_INT(errno, ENOENT);
		CHECK(realpath("loop", buf) == NULL);      CHECK_INT(errno, ELOOP);
		CHECK(realpath("", buf) == NULL);          CHECK_INT(errno, ENOENT);
		CHECK(realpath(NULL, buf) == NULL);        CHECK_INT(errno, EINVAL);
		CHECK_INT(chdir(cwd), 0);
		CHECK_INT(unlinkat(AT_FDCWD, (snprintf(path, sizeof path, "%s/link", dir), path), 0), 0);
		CHECK_INT(unlink((snprintf(path, sizeof path, "%s/loop", dir), path)), 0);
		CHECK_INT(unlink((snprintf(path, sizeof path, "%s/abs", dir), path)), 0);
	}

	CHECK_INT(unlink((snprintf(path, sizeof path, "%s/file", dir), path)), 0);
	CHECK_INT(rmdir((snprintf(path, sizeof path, "%s/sub", dir), path)), 0);
	CHECK_INT(rmdir(dir), 0);
	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
