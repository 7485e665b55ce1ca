/* aarch64: unmap the calling thread's own stack and exit the thread.
 *
 *   _Noreturn void __unmapself(void *base, size_t size)
 *
 * A detached thread cannot free the mapping it runs on from C: after
 * munmap any stack access would fault.  Here everything is in registers.
 *
 * Registers:  x0 base, x1 size (already munmap's arguments); x8 the
 *             system call number; then x0 0, the exit code
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__unmapself)
	mov  x8, #__NR_munmap    /* munmap(base, size): our stack is gone */
	svc  #0
	mov  x0, #0              /* exit code 0 */
	mov  x8, #__NR_exit      /* this thread only */
	svc  #0
	END(__unmapself)
	NO_EXEC_STACK
