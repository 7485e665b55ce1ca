/* reallocarray: grows a block keeping its contents, allocates from NULL,
 * and an overflowing count * size is ENOMEM with the old block intact. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

int main(void)
{
	int *p = reallocarray(0, 4, sizeof(int));
	CHECK(p != 0);
	for (int i = 0; i < 4; i++)
		p[i] = i;
	int *q = reallocarray(p, 1000, sizeof(int));
	CHECK(q != 0);
	CHECK(q[3] == 3 && q[0] == 0);
	/* (through a volatile pointer: glibc's headers tell gcc the old
	 * block is gone after the call, and it is not, on failure) */
	void *(*volatile re)(void *, size_t, size_t) = reallocarray;
	errno = 0;
	CHECK(re(q, SIZE_MAX / 2, 4) == 0);
	CHECK_INT(errno, ENOMEM);
	CHECK(q[3] == 3);                     /* untouched */
	free(q);
	return check_done();
}
