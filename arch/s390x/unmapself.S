/* s390x: unmap the calling thread's own stack and exit the thread.
 *
 *   _Noreturn void __unmapself(void *base, size_t size)
 *
 * A detached thread cannot free the mapping it runs on from C: after
 * munmap any stack access would fault.  Here everything is in registers.
 *
 * Registers:  r2 base, r3 size (already munmap's arguments); r1 the
 *             system call number; then r2 0, the exit code
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__unmapself)
	lghi  %r1, __NR_munmap   /* munmap(base, size): our stack is gone */
	svc   0
	lghi  %r2, 0             /* exit code 0 */
	lghi  %r1, __NR_exit     /* this thread only */
	svc   0
	END(__unmapself)
	NO_EXEC_STACK
