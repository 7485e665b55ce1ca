/* x86_64: unmap the calling thread's own stack and exit the thread.
 *
 *   _Noreturn void __unmapself(void *base, size_t size)
 *
 * A detached thread cannot free the mapping it runs on from C: after
 * munmap, the next push or call would fault.  Here nothing touches memory
 * between the two system calls: every value is in a register.
 *
 * Registers:  rdi base, rsi size (munmap's own arguments, left in place);
 *             then rdi 0 (the exit code), rax the system call numbers
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__unmapself)
	mov  $__NR_munmap, %eax  /* munmap(base, size): our stack is gone */
	syscall
	xor  %edi, %edi          /* exit code 0 */
	mov  $__NR_exit, %eax    /* this thread only */
	syscall
	hlt                      /* not reached */
	END(__unmapself)
	NO_EXEC_STACK
