/* i386: unmap the calling thread's own stack and exit the thread.
 *
 *   _Noreturn void __unmapself(void *base, size_t size)
 *
 * A detached thread cannot free the mapping it runs on from C: after
 * munmap the next push or call would fault.  So both arguments are loaded
 * into registers first, and nothing touches memory between the traps.
 *
 * Registers:  4(%esp) base, 8(%esp) size on entry (cdecl);
 *             ebx base, ecx size for munmap; then ebx 0 for exit
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__unmapself)
	mov  4(%esp), %ebx       /* base: the last reads of our stack */
	mov  8(%esp), %ecx       /* size */
	mov  $__NR_munmap, %eax
	int  $0x80               /* our stack is gone */
	xor  %ebx, %ebx          /* exit code 0 */
	mov  $__NR_exit, %eax    /* this thread only */
	int  $0x80
	hlt                      /* not reached */
	END(__unmapself)
	NO_EXEC_STACK
