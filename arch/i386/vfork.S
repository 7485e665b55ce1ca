/* i386 vfork: the child runs on the parent's stack, with the parent
 * suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * The child returns from vfork first and may overwrite the stack slot that
 * held our return address; so the return address travels in edx instead
 * (`int $0x80` changes only eax) and is pushed back after.
 *
 * At the syscall:  eax 190 (vfork); edx our return address
 * After it:        eax the child's id (parent), 0 (child) or -errno
 *
 * __syscall_ret turns -errno into -1 and errno.  It cannot be a tail call
 * here: cdecl passes its argument on the stack, in a slot above the
 * return address that belongs to our caller's frame, which vfork (no
 * arguments) may not write.  So we call it and return.
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	WEAK_ENTRY(vfork)
	pop  %edx                /* the return address, off the shared stack */
	.cfi_adjust_cfa_offset -4  /* CFI: the CFA is esp itself now, and */
	.cfi_register %eip, %edx /* the return address is in edx */
	mov  $__NR_vfork, %eax
	int  $0x80
	push %edx                /* back where ret expects it */
	.cfi_adjust_cfa_offset 4 /* CFI: the CFA is esp + 4 again, the */
	.cfi_offset %eip, -4     /* return address just below it */
	sub  $12, %esp           /* esp = 0 (mod 16) at the call, as gcc assumes */
	.cfi_adjust_cfa_offset 12  /* CFI: the CFA is 12 further from esp */
	mov  %eax, (%esp)        /* __syscall_ret's argument: the raw result */
	call __syscall_ret       /* eax = id, 0, or -1 with errno set */
	add  $12, %esp
	.cfi_adjust_cfa_offset -12  /* CFI: and back: esp + 4 */
	ret
	END(vfork)
	NO_EXEC_STACK
