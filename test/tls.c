/* __thread variables in the main thread: initial values from .tdata, zeros
 * from .tbss, and the alignment each variable asked for, up to a page. */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "check.h"

__thread int initialised = 42;
__thread long long wide = -1234567890123LL;
__thread char text[16] = "thread-local";
__thread int zeroed;
__thread char zero_block[100];
__thread int aligned64 __attribute__((aligned(64))) = 64;
__thread char aligned4096[10] __attribute__((aligned(4096))) = "page";

static int all_zero(const char *p, int n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

int main(void)
{
	CHECK_INT(initialised, 42);
	CHECK_INT(wide, -1234567890123LL);
	CHECK_STR(text, "thread-local");
	CHECK_INT(zeroed, 0);
	CHECK(all_zero(zero_block, sizeof zero_block));
	CHECK_INT(aligned64, 64);
	CHECK_INT((uintptr_t)&aligned64 % 64, 0);
	CHECK_STR(aligned4096, "page");
	CHECK_INT((uintptr_t)aligned4096 % 4096, 0);

	/* Writable, and distinct from each other. */
	initialised++; zeroed = 7; zero_block[99] = 1;
	CHECK_INT(initialised, 43);
	CHECK_INT(zeroed, 7);
	CHECK_INT(aligned64, 64);

	/* errno lives in the thread's TCB, and the syscall layer sets it. */
	errno = 0;
	CHECK_INT(close(-1), -1);
	CHECK_INT(errno, EBADF);
	CHECK(&errno == &errno);
	return check_done();
}
