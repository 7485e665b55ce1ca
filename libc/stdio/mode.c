#include <errno.h>
#include <fcntl.h>
#include "internal/stdio.h"

/* fopen's mode as open(2) flags: r, w or a first, then any of + (read and
 * write), b (nothing, on POSIX), x (O_EXCL), e (O_CLOEXEC), glibc's m
 * and c (nothing here), up to the end or a ',' (glibc's ",ccs=").  Any
 * other first letter is EINVAL. */
int __stdio_mode(const char *mode)
{
	int flags, plus = 0;

	switch (*mode) {
	case 'r': flags = O_RDONLY; break;
	case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
	case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
	default:
		errno = EINVAL;
		return -1;
	}
	while (*++mode && *mode != ',') {
		if (*mode == '+')
			plus = 1;
		else if (*mode == 'x')
			flags |= O_EXCL;
		else if (*mode == 'e')
			flags |= O_CLOEXEC;
	}
	if (plus)
		flags = (flags & ~O_ACCMODE) | O_RDWR;
	return flags;
}
