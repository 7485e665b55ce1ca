/* x86_64 vfork: the child runs on the parent's stack, with the parent
 * suspended, until it calls execve or _exit.
 *
 *   pid_t vfork(void)
 *
 * The child returns from vfork first and may overwrite the stack slot that
 * held our return address; so the return address travels in rdx instead
 * (the syscall instruction leaves rdx alone) and is pushed back after.
 *
 * At the syscall:  rax 58 (vfork); rdx our return address
 * After it:        rax the child's id (parent), 0 (child) or -errno
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	WEAK_ENTRY(vfork)
	pop  %rdx                /* the return address, off the shared stack */
	.cfi_adjust_cfa_offset -8  /* CFI: the CFA is rsp itself now, and */
	.cfi_register %rip, %rdx /* the return address is in rdx */
	mov  $__NR_vfork, %eax
	syscall
	push %rdx                /* back where ret expects it */
	.cfi_adjust_cfa_offset 8 /* CFI: the CFA is rsp + 8 again, the */
	.cfi_offset %rip, -8     /* return address just below it */
	mov  %rax, %rdi
	jmp  __syscall_ret       /* -errno to -1 and errno; returns to our caller */
	END(vfork)
	NO_EXEC_STACK
