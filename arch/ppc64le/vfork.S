/* ppc64le vfork: the child runs on the parent's stack, with the parent
 * suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * powerpc keeps a vfork system call (no arguments).  Why borrowing the
 * stack is safe here: the return address is in lr, which `sc` preserves,
 * not on the stack, and nothing is stored between the call and the sc.
 * The child returns first and may scribble on the stack below the
 * caller's frame, but the parent resumes with its own registers -- lr
 * and r1 included -- and needs nothing from that memory.
 *
 * At the sc:   r0 __NR_vfork; lr our return address
 * After it:    r3 the child's id (parent), 0 (child), or the positive
 *              errno with cr0.SO set
 *
 * qemu-user (7.2) runs vfork as a plain fork (no shared memory, the
 * parent not suspended): the same code works unchanged.
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	.abiversion 2
	WEAK_ENTRY(vfork)
	li   0, __NR_vfork
	sc
	bns+ 1f                  /* cr0.SO clear: no error */
	neg  3, 3                /* error: -errno, as __syscall_ret wants */
1:	b    __syscall_ret       /* tail call: -errno to -1 and errno; it
	                            returns through lr straight to our caller */
	END(vfork)
	NO_EXEC_STACK
