/* x86_64 signal return trampoline.
 *
 * The kernel pushes this address as the handler's return address (from
 * sa_restorer, which x86_64 requires).  When the handler returns here, rsp
 * points at the signal frame (struct rt_sigframe) the kernel built, and
 * rt_sigreturn restores every register from it.  No stack frame of our own:
 * the kernel finds the frame by rsp alone.
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__restore_rt)
	mov  $__NR_rt_sigreturn, %eax   /* rax: the system call number */
	syscall                          /* never returns */
	END(__restore_rt)
	NO_EXEC_STACK
