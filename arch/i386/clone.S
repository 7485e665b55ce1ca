/* i386 clone: start fn(arg) in a new thread or process on its own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno).  The child runs fn(arg) and leaves through SYS_exit (this thread
 * only) with fn's result.  Neither side writes the other's stack.
 *
 * On entry (cdecl, all on the stack):  4(%esp) fn, 8 stack, 12 flags,
 *                          16 arg, 20 ptid, 24 tls, 28 ctid
 * At the syscall (CLONE_BACKWARDS):    eax 120, ebx flags, ecx stack,
 *                          edx ptid, esi tls (a struct user_desc *), edi ctid;
 *                          fn in ebp, arg in the x87 register st(0)
 * In the child:            eax 0, esp = stack, ebp fn, st(0) arg
 *
 * Why the x87 stack: `int $0x80` keeps every register but eax, and five of
 * the other six carry the kernel's arguments; ebp is left, for fn.  Memory
 * will not do for arg: a thread's parent (CLONE_VM) reuses its own frame
 * at once, and a parent that writes into the child's stack dies itself,
 * not the child, when that stack is bad.  But the child gets a copy of the
 * FPU registers too (kernel fpu_clone()), so st(0) carries arg across -
 * exactly, as 32 bits fit its 64-bit mantissa - for every flag
 * combination.  The ABI hands us an empty x87 stack and wants it empty at
 * every call and return, so each side pops st(0) once.  (A {fn, arg}
 * block in our frame, pointed to by ebp, would need a second path for
 * threads that writes onto the child's stack.)
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone)
	push %ebp                /* the callee-saved registers we load, */
	.cfi_adjust_cfa_offset 4 /* CFI: each push moves the CFA 4 further */
	.cfi_rel_offset %ebp, 0  /* from esp and saves a register at (%esp) */
	push %ebx                /* kept on the parent's own stack */
	.cfi_adjust_cfa_offset 4 /* (the same for this push) */
	.cfi_rel_offset %ebx, 0  /* ebx at (%esp) */
	push %esi
	.cfi_adjust_cfa_offset 4 /* (the same for this push) */
	.cfi_rel_offset %esi, 0  /* esi at (%esp) */
	push %edi                /* the arguments now start at 20(%esp) */
	.cfi_adjust_cfa_offset 4 /* (the same for this push) */
	.cfi_rel_offset %edi, 0  /* edi at (%esp) */
	mov  20(%esp), %ebp      /* ebp = fn */
	fildl 32(%esp)           /* st(0) = arg, converted exactly */
	mov  28(%esp), %ebx      /* ebx = flags */
	mov  24(%esp), %ecx      /* ecx = stack */
	mov  36(%esp), %edx      /* edx = ptid */
	mov  40(%esp), %esi      /* esi = tls */
	mov  44(%esp), %edi      /* edi = ctid */
	mov  $__NR_clone, %eax
	int  $0x80
	test %eax, %eax
	jz   1f                  /* 0: we are the child */
	fstp %st(0)              /* parent: drop arg, the x87 stack is empty again */
	pop  %edi
	.cfi_adjust_cfa_offset -4  /* CFI: each pop moves the CFA 4 nearer */
	.cfi_restore %edi        /* and gives a register back to the caller */
	pop  %esi
	.cfi_adjust_cfa_offset -4  /* (the same for this pop) */
	.cfi_restore %esi        /* esi restored */
	pop  %ebx
	.cfi_adjust_cfa_offset -4  /* (the same for this pop) */
	.cfi_restore %ebx        /* ebx restored */
	pop  %ebp
	.cfi_adjust_cfa_offset -4  /* (the same for this pop) */
	.cfi_restore %ebp        /* ebp restored */
	ret                      /* the child's id or -errno in eax */

1:	.cfi_undefined %eip      /* CFI, child: no return address, the call */
	.cfi_def_cfa_offset 0    /* chain ends here; the CFA is esp itself */
	and  $-16, %esp          /* child: align the stack, ours from here on */
	push %eax                /* a zeroed frame record on top: */
	push %eax                /* return address 0, saved ebp 0 */
	sub  $8, %esp            /* a spare word, then fn's argument slot: */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, esp + 16 */
	fistpl (%esp)            /* arg, 16 below the aligned top; pops st(0) */
	mov  %ebp, %ecx          /* fn, to free ebp */
	xor  %ebp, %ebp          /* frame pointer 0 ends backtraces */
	call *%ecx               /* fn(arg): esp = 0 (mod 16) at the call */
	mov  %eax, %ebx          /* fn's result is the thread's exit code */
	mov  $__NR_exit, %eax    /* exit this thread only, not the group */
	int  $0x80
	hlt                      /* not reached */
	END(__clone)
	NO_EXEC_STACK
