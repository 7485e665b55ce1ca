/* mips64el (n64): unmap the calling thread's own stack and exit the
 * thread.
 *
 *   _Noreturn void __unmapself(void *base, size_t size)
 *
 * A detached thread cannot free the mapping it runs on from C: after
 * munmap any stack access would fault.  Here everything is in registers.
 *
 * Registers:  a0 base, a1 size (already munmap's arguments); v0 the
 *             system call number; then a0 0, the exit code.  munmap's
 *             error flag (a3) is not looked at: exit comes either way.
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__unmapself)
	li   $2, __NR_munmap     /* munmap(base, size): our stack is gone */
	syscall
	move $4, $0              /* exit code 0 */
	li   $2, __NR_exit       /* this thread only */
	syscall
	END(__unmapself)
	NO_EXEC_STACK
