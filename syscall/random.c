/* getrandom and getentropy. */
#include <errno.h>
#include <sys/random.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak ssize_t getrandom(void *buf, size_t size, unsigned flags)
{
	return syscall_errno(SYS_getrandom, buf, size, flags);
}

/* getentropy fills all of at most 256 bytes, or fails with EIO (a larger
 * request) or the kernel's error; it waits out signals (EINTR) and short
 * reads, which the kernel allows. */
weak int getentropy(void *buf, size_t size)
{
	char *p = buf;

	if (size > 256) {
		errno = EIO;
		return -1;
	}
	while (size) {
		long r = __syscall(SYS_getrandom, p, size, 0);
		if (r == -EINTR)
			continue;
		if (r < 0)
			return __syscall_ret(r);
		p += r;
		size -= r;
	}
	return 0;
}
