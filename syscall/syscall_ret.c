#include <errno.h>
#include "syscall/internal.h"

/* The kernel returns -4095..-1 for an error; everything else is a result
 * (an mmap address can look negative, hence the unsigned compare). */
long __syscall_ret(unsigned long r)
{
	if (r > -4096UL) {
		errno = -(long)r;
		return -1;
	}
	return (long)r;
}
