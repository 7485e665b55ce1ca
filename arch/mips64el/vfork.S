/* mips64el (n64) vfork: the child runs on the parent's stack, with the
 * parent suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * n64 has no vfork system call; clone does it:
 *   clone(CLONE_VM | CLONE_VFORK | SIGCHLD, stack 0, ptid 0, tls 0, ctid 0)
 * where stack 0 means "keep the caller's sp": the child borrows our stack.
 *
 * Why borrowing is safe here: the return address is in ra ($31), not on
 * the stack, and nothing is stored between the call and the syscall.
 * The child returns first and may scribble on the stack below the
 * caller's frame, but the parent resumes with its own registers -- ra and
 * sp included -- and needs nothing from that memory.
 *
 * At the syscall:  v0 __NR_clone, a0 flags, a1..a4 0; ra our return address
 * After it:        v0 the child's id (parent) or 0 (child), a3 0; or
 *                  a3 set and v0 a positive errno, turned into -errno
 *                  for __syscall_ret
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
	.set noreorder
	WEAK_ENTRY(vfork)
	li   $4, (CLONE_VM | CLONE_VFORK | SIGCHLD)
	move $5, $0              /* stack 0: the child keeps our sp */
	move $6, $0              /* ptid, tls, ctid: unused by these flags */
	move $7, $0
	move $8, $0
	li   $2, __NR_clone
	syscall
	dsubu $4, $0, $2         /* a0 = -v0, the -errno if a3 is set */
	j    __syscall_ret       /* tail call: -errno to -1 and errno; it
	                            returns through ra straight to our caller */
	movz $4, $2, $7          /* delay slot: a3 clear, a0 = v0 the result */
	END(vfork)
	NO_EXEC_STACK
