/* The program break.  The kernel's brk takes the wanted end and answers
 * the end it has now: the wanted one on success, the old one if it could
 * not move it.  brk(0) asks without moving.  taskrt's malloc uses mmap, so
 * the break is the program's alone. */
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak int brk(void *end)
{
	if ((void *)__syscall(SYS_brk, end) != end) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

/* The old break on success, (void *)-1 and ENOMEM if the kernel refused
 * (or the sum would wrap). */
weak void *sbrk(intptr_t increment)
{
	uintptr_t old = __syscall(SYS_brk, 0), want = old + increment;

	if (!increment)
		return (void *)old;
	if ((increment > 0) != (want > old) || (uintptr_t)__syscall(SYS_brk, want) != want) {
		errno = ENOMEM;
		return (void *)-1;
	}
	return (void *)old;
}
