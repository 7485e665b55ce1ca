#include <errno.h>
#include <unistd.h>
#include "internal/stdio.h"
#include "internal/defs.h"

/* The kernel may write less than asked (a pipe or socket with little room,
 * a signal arriving mid-way): keep going from where it stopped.  EINTR
 * means nothing was written and it is safe to try again. */
size_t __write_all(int fd, const void *p, size_t n)
{
	const char *q = p;
	size_t done = 0;
	ssize_t r;

	while (done < n) {
		r = __write(fd, q + done, n - done);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		done += r;
	}
	return done;
}
