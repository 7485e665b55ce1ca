/* Reading directory streams: one getdents64 fills the buffer, readdir
 * walks it. */
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "internal/lock.h"
#include "internal/syscall.h"
#include "internal/defs.h"

/* NULL with errno untouched at the end; NULL with errno set on an error.
 * A directory removed under the stream reads as empty (getdents64 says
 * ENOENT), as in glibc. */
struct dirent *__readdir(DIR *d)
{
	struct dirent *e;

	if (d->pos >= d->len) {
		long n = __syscall(SYS_getdents64, d->fd, d->buf, sizeof d->buf);
		if (n <= 0) {
			if (n < 0 && n != -ENOENT)
				errno = -n;
			return 0;
		}
		d->len = n;
		d->pos = 0;
	}
	e = (struct dirent *)(void *)(d->buf + d->pos);
	d->pos += e->d_reclen;
	return e;
}
weak_alias(__readdir, readdir);

/* Returns the error number; *result is NULL at the end.  The stream's
 * lock makes it safe on one stream from several threads. */
weak int readdir_r(DIR *restrict d, struct dirent *restrict entry, struct dirent **restrict result)
{
	int saved = errno, error = 0;
	struct dirent *e;

	__lock(&d->lock);
	errno = 0;
	e = __readdir(d);
	if (e)
		memcpy(entry, e, e->d_reclen < sizeof *entry ? e->d_reclen : sizeof *entry);
	else
		error = errno;
	errno = saved;
	__unlock(&d->lock);
	*result = e ? entry : 0;
	return error;
}

weak void rewinddir(DIR *d)
{
	__lock(&d->lock);
	__lseek(d->fd, 0, SEEK_SET);
	d->pos = d->len = 0;
	__unlock(&d->lock);
}
