/* test cflags: -U_GNU_SOURCE -D_POSIX_C_SOURCE=200809L */
/* A strict POSIX program (no _GNU_SOURCE) gets the XSI strerror_r, which
 * returns an int and fills the buffer, though the library's own symbol
 * strerror_r is the GNU one: <string.h> binds the name to
 * __xpg_strerror_r, in taskrt as in glibc. */
#include <errno.h>
#include <string.h>
#if !defined(TASKRT) && defined(__GLIBC__)
long syscall(long number, ...);   /* check.h's; glibc hides it from POSIX */
int __xpg_strerror_r(int errnum, char *buf, size_t len);   /* (an asm label's target) */
#endif
#include "check.h"

int main(void)
{
	char b[32];

	CHECK_INT(_Generic(strerror_r(0, b, sizeof b), int: 1, default: 0), 1);
	memset(b, 'x', sizeof b);
	CHECK_INT(strerror_r(ENOENT, b, sizeof b), 0);
	CHECK_STR(b, "No such file or directory");
	CHECK_INT(strerror_r(ENOENT, b, 10), ERANGE);
	CHECK_STR(b, "No such f");
	CHECK_INT(strerror_r(9999, b, sizeof b), EINVAL);
	CHECK_STR(b, "Unknown error 9999");
	b[0] = 'q';
	CHECK_INT(strerror_r(EPERM, b, 0), ERANGE);
	CHECK(b[0] == 'q');
	/* The same function under its own name. */
	CHECK_INT(__xpg_strerror_r(EINVAL, b, sizeof b), 0);
	CHECK_STR(b, "Invalid argument");
	return check_done();
}
