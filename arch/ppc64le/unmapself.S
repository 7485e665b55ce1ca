/* ppc64le: unmap the calling thread's own stack and exit the thread.
 *
 *   _Noreturn void __unmapself(void *base, size_t size)
 *
 * A detached thread cannot free the mapping it runs on from C: after
 * munmap any stack access would fault.  Here everything is in registers.
 *
 * Registers:  r3 base, r4 size (already munmap's arguments); r0 the
 *             system call number; then r3 0, the exit code
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	.abiversion 2
	ENTRY(__unmapself)
	li   0, __NR_munmap      /* munmap(base, size): our stack is gone */
	sc
	li   3, 0                /* exit code 0 */
	li   0, __NR_exit        /* this thread only */
	sc
	trap                     /* not reached */
	END(__unmapself)
	NO_EXEC_STACK
