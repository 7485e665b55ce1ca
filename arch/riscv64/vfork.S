/* riscv64 vfork: the child runs on the parent's stack, with the parent
 * suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * riscv64 has no vfork system call; clone does it:
 *   clone(CLONE_VM | CLONE_VFORK | SIGCHLD, stack 0, ptid 0, tls 0, ctid 0)
 * where stack 0 means "keep the caller's sp": the child borrows our stack.
 *
 * Why borrowing is safe here: the return address is in ra, not on the
 * stack, and nothing is stored between the call and the ecall.  The
 * child returns first and may scribble on the stack below the caller's
 * frame, but the parent resumes with its own registers -- ra and sp
 * included -- and needs nothing from that memory.  (x86_64 has to carry
 * its return address off the stack by hand; riscv never put it there.)
 *
 * At the ecall:  a7 __NR_clone, a0 flags, a1..a4 0; ra our return address
 * After it:      a0 the child's id (parent), 0 (child) or -errno
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
	li   a0, CLONE_VM | CLONE_VFORK | SIGCHLD
	li   a1, 0               /* stack 0: the child keeps our sp */
	li   a2, 0               /* ptid, tls, ctid: unused by these flags */
	li   a3, 0
	li   a4, 0
	li   a7, __NR_clone
	ecall
	tail __syscall_ret       /* -errno to -1 and errno; it returns
	                            through ra straight to our caller */
	END(vfork)
	NO_EXEC_STACK
