/* aarch64 vfork: the child runs on the parent's stack, with the parent
 * suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * aarch64 has no vfork system call; clone does it:
 *   clone(CLONE_VM | CLONE_VFORK | SIGCHLD, stack 0, ptid 0, tls 0, ctid 0)
 * where stack 0 means "keep the caller's sp": the child borrows our stack.
 *
 * Why borrowing is safe here: the return address is in x30 (the link
 * register), not on the stack, and nothing is stored between the call
 * and the svc.  The child returns first and may scribble on the stack
 * below the caller's frame, but the parent resumes with its own registers
 * -- x30 and sp included -- and needs nothing from that memory.  (x86_64
 * has to carry its return address off the stack by hand; aarch64 never
 * put it there.)
 *
 * At the svc:   x8 __NR_clone, x0 flags, x1..x4 0; x30 our return address
 * After it:     x0 the child's id (parent), 0 (child) or -errno
 *
 * qemu-user (7.2) drops CLONE_VM|CLONE_VFORK and runs a plain fork (no
 * shared memory, the parent not suspended); it does not answer EINVAL, so
 * there is no fallback here: the same code works unchanged.
 */
#include <bits/syscall.h>
#include <bits/sched.h>
#include <bits/signal.h>
#include "internal/asm.h"

	.text
	WEAK_ENTRY(vfork)
	mov  x0, #(CLONE_VM | CLONE_VFORK | SIGCHLD)
	mov  x1, #0              /* stack 0: the child keeps our sp */
	mov  x2, #0              /* ptid, tls, ctid: unused by these flags */
	mov  x3, #0
	mov  x4, #0
	mov  x8, #__NR_clone
	svc  #0
	b    __syscall_ret       /* tail call: -errno to -1 and errno; it
	                            returns through x30 straight to our caller */
	END(vfork)
	NO_EXEC_STACK
