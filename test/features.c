/* test cflags: -U_GNU_SOURCE */
/* The feature-test macros, from a program that defines none: as with
 * glibc (whose default is _DEFAULT_SOURCE), it sees POSIX but not the
 * GNU or X/Open extensions, so it may own those names itself, with types
 * of its own, and still call the POSIX functions. */
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

/* GNU names (<string.h>, <unistd.h>, <pthread.h>, <sched.h>), with
 * types that would clash with the library's declarations. */
int memmem(int x) { return x + 1; }
long strchrnul(long x) { return x * 2; }
int pipe2(int a, int b) { return a - b; }
int gettid(void *p) { return p != 0; }
int pthread_setname_np(int x) { return -x; }
int unshare(const char *s) { return s[0]; }
/* X/Open names (<stdlib.h>, <time.h>) */
int ptsname(int x) { return x; }
double strptime(double d) { return d / 2; }

int main(void)
{
	char *copy = strdup("posix");        /* POSIX: still declared */

	CHECK_STR(copy, "posix");
	free(copy);
	CHECK_INT(getpid() > 0, 1);
	CHECK_INT(memmem(41), 42);
	CHECK_INT(strchrnul(21), 42);
	CHECK_INT(pipe2(50, 8), 42);
	CHECK_INT(gettid("x"), 1);
	CHECK_INT(pthread_setname_np(-42), 42);
	CHECK_INT(unshare("*"), 42);
	CHECK_INT(ptsname(42), 42);
	CHECK(strptime(84.0) == 42.0);
#ifdef CPU_SETSIZE
	CHECK(!"CPU_SETSIZE is a GNU name");
#endif
	return check_done();
}
