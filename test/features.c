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
/* GNU names of <string.h>, <stdlib.h> and <unistd.h> that gnulib looks
 * for: a program of its own may still define them. */
long rawmemchr(long x) { return x - 1; }
int strcasestr(int x) { return x * 3; }
double strverscmp(double d) { return d + 1; }
int canonicalize_file_name(int x) { return x / 2; }
int secure_getenv(int x) { return x ^ 1; }
int mkostemps(void) { return 42; }
int euidaccess(int x) { return x; }
int eaccess(int x) { return -x; }
long group_member(long x) { return x + 2; }
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
	CHECK_INT(rawmemchr(43), 42);
	CHECK_INT(strcasestr(14), 42);
	CHECK(strverscmp(41.0) == 42.0);
	CHECK_INT(canonicalize_file_name(84), 42);
	CHECK_INT(secure_getenv(43), 42);
	CHECK_INT(mkostemps(), 42);
	CHECK_INT(euidaccess(42), 42);
	CHECK_INT(eaccess(-42), 42);
	CHECK_INT(group_member(40), 42);
	{
		/* Without _GNU_SOURCE strerror_r is POSIX's, returning an int. */
		char b[32];
		CHECK_INT(_Generic(strerror_r(0, b, sizeof b), int: 1, default: 0), 1);
		CHECK_INT(strerror_r(0, b, sizeof b), 0);
		CHECK_STR(b, "Success");
	}
#ifdef CPU_SETSIZE
	CHECK(!"CPU_SETSIZE is a GNU name");
#endif
	return check_done();
}
