/* riscv64: unmap the calling thread's own stack and exit the thread.
 *
 *   _Noreturn void __unmapself(void *base, size_t size)
 *
 * A detached thread cannot free the mapping it runs on from C: after
 * munmap any stack access would fault.  Here everything is in registers.
 *
 * Registers:  a0 base, a1 size (already munmap's arguments); a7 the
 *             system call number; then a0 0, the exit code
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__unmapself)
	li   a7, __NR_munmap     /* munmap(base, size): our stack is gone */
	ecall
	li   a0, 0               /* exit code 0 */
	li   a7, __NR_exit       /* this thread only */
	ecall
	END(__unmapself)
	NO_EXEC_STACK
