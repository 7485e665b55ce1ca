/* The unique name behind mkstemp and its relatives (internal/temp_name.h).
 * The six characters come from getrandom, so names are not guessable from
 * the pid or the clock. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include "internal/syscall.h"
#include "internal/temp_name.h"
#include "internal/defs.h"

/* Tries before giving up with EEXIST: glibc makes 62**3 of them; a name
 * taken by chance is rare enough that a hundred random ones will do. */
#define TRIES 100

int __temp_name(char *template, int suffixlen, int (*create)(const char *, int), int flags)
{
	static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	size_t n = strlen(template);
	char *x;

	if (suffixlen < 0 || n < 6 || n - 6 < (size_t)suffixlen
	    || memcmp(x = template + n - 6 - suffixlen, "XXXXXX", 6) != 0) {
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

int __temp_create_file(const char *path, int flags)
{
	return __open(path, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
}
