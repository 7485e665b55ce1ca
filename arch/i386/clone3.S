/* i386 clone3 with a function: the child runs fn(arg) on the stack the
 * kernel gave it (clone_args.stack + stack_size) and leaves through
 * SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * On entry (cdecl):  4(%esp) args, 8 size, 12 fn, 16 arg
 * At the syscall:    eax 435, ebx args, ecx size; fn in edx and arg in
 *                    esi, which `int $0x80` keeps (it changes only eax)
 * In the child:      eax 0, esp = stack + stack_size, edx fn, esi arg;
 *                    ebp still holds the parent's frame pointer
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone3)
	push %ebx                /* callee-saved: kept on the parent's stack */
	.cfi_adjust_cfa_offset 4 /* CFI: each push moves the CFA 4 further */
	.cfi_rel_offset %ebx, 0  /* from esp and saves a register at (%esp) */
	push %esi                /* the arguments now start at 12(%esp) */
	.cfi_adjust_cfa_offset 4 /* (the same for this push) */
	.cfi_rel_offset %esi, 0  /* esi at (%esp) */
	mov  12(%esp), %ebx      /* ebx = args */
	mov  16(%esp), %ecx      /* ecx = size */
	mov  20(%esp), %edx      /* edx = fn */
	mov  24(%esp), %esi      /* esi = arg */
	mov  $__NR_clone3, %eax
	int  $0x80
	test %eax, %eax
	jz   1f                  /* 0: we are the child */
	pop  %esi
	.cfi_adjust_cfa_offset -4  /* CFI: each pop moves the CFA 4 nearer */
	.cfi_restore %esi        /* and gives a register back to the caller */
	pop  %ebx
	.cfi_adjust_cfa_offset -4  /* (the same for this pop) */
	.cfi_restore %ebx        /* ebx restored */
	ret                      /* parent: the child's id or -errno */

1:	.cfi_undefined %eip      /* CFI, child: no return address, the call */
	.cfi_def_cfa_offset 0    /* chain ends here; the CFA is esp itself */
	and  $-16, %esp          /* child: align the kernel-given stack */
	xor  %ebp, %ebp          /* frame pointer 0 ends backtraces */
	push %ebp                /* a zeroed frame record on top */
	push %ebp
	sub  $4, %esp            /* a spare word, so that after the next */
	push %esi                /* push, arg, esp = 0 (mod 16) at the call */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, esp + 16 */
	call *%edx               /* fn(arg) */
	mov  %eax, %ebx          /* fn's result is the exit code */
	mov  $__NR_exit, %eax    /* this thread only */
	int  $0x80
	hlt                      /* not reached */
	END(__clone3)
	NO_EXEC_STACK
