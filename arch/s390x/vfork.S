/* s390x vfork: the child runs on the parent's stack, with the parent
 * suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * s390x has a vfork system call, with nothing to pass.
 *
 * Why borrowing the stack is safe here: the return address is in r14,
 * not on the stack, and nothing is stored between the call and the svc.
 * The child returns first and may scribble on the stack below the
 * caller's frame (__syscall_ret saves registers into the save area at
 * sp), but the parent resumes with its own registers -- r14 and r15
 * included -- and needs nothing from that memory.
 *
 * At the svc:   r1 __NR_vfork; r14 our return address
 * After it:     r2 the child's id (parent), 0 (child) or -errno
 *
 * qemu-user (7.2) runs vfork as a plain fork (no shared memory, the
 * parent not suspended): the same code works unchanged.
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	WEAK_ENTRY(vfork)
	lghi  %r1, __NR_vfork
	svc   0
	jg    __syscall_ret      /* tail call: -errno to -1 and errno; it
	                            returns through r14 straight to our caller */
	END(vfork)
	NO_EXEC_STACK
