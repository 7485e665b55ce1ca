/* Opening and closing directory streams. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/defs.h"

static DIR *stream(int fd)
{
	DIR *d = malloc(sizeof *d);

	if (d)
		*d = (DIR){ .fd = fd };
	return d;
}

DIR *__opendir(const char *path)
{
	int fd = __open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d;

	if (fd < 0)
		return 0;
	if (!(d = stream(fd)))
		__close(fd);
	return d;
}
weak_alias(__opendir, opendir);

/* As glibc: what is not a directory is ENOTDIR, then a write-only
 * descriptor EINVAL (an O_PATH one fails later, in getdents64: EBADF). */
weak DIR *fdopendir(int fd)
{
	struct stat st;
	int flags;

	if (__fstat(fd, &st) < 0)
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return 0;
	}
	flags = __fcntl(fd, F_GETFL);
	if (flags < 0)
		return 0;
	if ((flags & O_ACCMODE) == O_WRONLY) {
		errno = EINVAL;
		return 0;
	}
	return stream(fd);
}

/* closedir(NULL) is EINVAL, as in glibc. */
int __closedir(DIR *d)
{
	int r;

	if (!d) {
		errno = EINVAL;
		return -1;
	}
	r = __close(d->fd);
	free(d);
	return r;
}
weak_alias(__closedir, closedir);

weak int dirfd(DIR *d)
{
	return d->fd;
}
