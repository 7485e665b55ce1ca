/* x86_64 clone3 with a function: the child runs fn(arg) on the stack the
 * kernel gave it (clone_args.stack + stack_size) and leaves through
 * SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * Registers on entry:   rdi args, rsi size, rdx fn, rcx arg
 * At the syscall:       rax 435, rdi args, rsi size; fn and arg wait in
 *                       r8 and r9, which the syscall instruction keeps
 *                       (it clobbers only rax, rcx and r11)
 * In the child:         rax 0, rsp = stack + stack_size, r8 fn, r9 arg
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone3)
	mov  %rdx, %r8           /* r8 = fn */
	mov  %rcx, %r9           /* r9 = arg */
	mov  $__NR_clone3, %eax
	syscall
	test %eax, %eax
	jz   1f                  /* 0: we are the child */
	ret                      /* parent: child id or -errno */

1:	.cfi_undefined %rip      /* CFI, child: no return address, the call */
	.cfi_def_cfa_offset 0    /* chain ends here; the CFA is rsp itself */
	and  $-16, %rsp          /* child: align the new stack */
	xor  %ebp, %ebp          /* frame pointer 0 ends backtraces */
	push %rbp                /* a zeroed frame record above fn's frame */
	push %rbp
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, rsp + 16 */
	mov  %r9, %rdi           /* arg: first argument */
	call *%r8                /* fn(arg) */
	mov  %eax, %edi          /* fn's result is the exit code */
	mov  $__NR_exit, %eax
	syscall
	hlt                      /* not reached */
	END(__clone3)
	NO_EXEC_STACK
