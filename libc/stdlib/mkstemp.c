/* Unique files and directories from a template ending in XXXXXX: mkstemp,
 * mkostemp, mkdtemp.  The six characters come from getrandom, so names
 * are not guessable from the pid or the clock. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* Tries before giving up with EEXIST: glibc makes 62**3 of them; a name
 * taken by chance is rare enough that a hundred random ones will do. */
#define TRIES 100

/* create(path) makes the node: a descriptor (or 0 for a directory), or
 * -1 with errno set. */
static int make(char *template, int (*create)(const char *, int), int flags)
{
	static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	size_t n = strlen(template);
	char *x = template + n - 6;

	if (n < 6 || memcmp(x, "XXXXXX", 6) != 0) {
		errno = EINVAL;
		return -1;
	}
	for (int i = 0; i < TRIES; i++) {
		unsigned char r[6];
		int fd;

		if (__syscall(SYS_getrandom, r, sizeof r, 0) != sizeof r) {
			/* no getrandom (or interrupted): the clock, mixed */
			struct timespec ts;
			unsigned long long v;
			__clock_gettime(CLOCK_MONOTONIC, &ts);
			v = (ts.tv_nsec ^ (unsigned long long)ts.tv_sec << 30) * 0x9e3779b97f4a7c15ull + i;
			for (int j = 0; j < 6; j++)
				r[j] = v >> (8 * j + 13);
		}
		for (int j = 0; j < 6; j++)
			x[j] = chars[r[j] % 62];
		fd = create(template, flags);
		if (fd >= 0)
			return fd;
		if (errno != EEXIST)
			break;
	}
	memcpy(x, "XXXXXX", 6);   /* a failure leaves the template as it was */
	return -1;
}

static int create_file(const char *path, int flags)
{
	return __open(path, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
}

static int create_dir(const char *path, int flags)
{
	(void)flags;
	return __mkdirat(AT_FDCWD, path, 0700);
}

/* Only O_APPEND, O_CLOEXEC and O_SYNC (and O_DSYNC) are meaningful; glibc
 * passes the rest on to open, and so does taskrt. */
weak int mkostemp(char *template, int flags)
{
	return make(template, create_file, flags & ~O_ACCMODE);
}

weak int mkstemp(char *template)
{
	return make(template, create_file, 0);
}

weak char *mkdtemp(char *template)
{
	return make(template, create_dir, 0) == 0 ? template : 0;
}
