#include "internal/pthread.h"

/* The kernel returns -4095..-1 for an error; everything else is a result
 * (an mmap address can look negative, hence the unsigned compare). */
long __syscall_ret(unsigned long r)
{
	if (r > -4096UL) {
		__self()->errno_value = -(long)r;   /* errno, without a call */
		return -1;
	}
	return (long)r;
}
