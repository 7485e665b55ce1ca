/* arm (EABI, Thumb-2) vfork: the child runs on the parent's stack, with
 * the parent suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * The child returns from vfork first and may overwrite anything on the
 * stack below the caller's sp.  Here nothing lives there: the return
 * address is in lr already, and r7 (callee-saved, needed for the number)
 * waits in ip rather than in a push; `svc 0` changes only r0, so the
 * parent finds both intact when it resumes.
 *
 * At the syscall:  r7 190 (vfork); ip the caller's r7; lr our return address
 * After it:        r0 the child's id (parent), 0 (child) or -errno
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.syntax unified
	.thumb
	.text
	WEAK_ENTRY(vfork)
	mov  ip, r7              /* save r7 without touching the shared stack */
	.cfi_register r7, ip     /* CFI: the caller's r7 is in ip */
	mov  r7, #__NR_vfork
	svc  0
	mov  r7, ip
	.cfi_restore r7          /* CFI: r7 is the caller's own again */
	b    __syscall_ret       /* tail call: r0 = raw result, lr = our caller */
	END(vfork)
	NO_EXEC_STACK
