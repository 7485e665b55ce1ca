/* x86_64 clone: start fn(arg) in a new thread or process on its own stack.
 *
 *   long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *                pid_t *ptid, void *tls, pid_t *ctid)
 *
 * Returns the child's id to the parent, or -errno (syscall/clone.c turns
 * that into -1 and errno, and checks fn and stack first).  The child never
 * returns: it runs fn(arg) and leaves through SYS_exit with fn's result.
 * The parent never touches the child's stack (a bad stack kills only the
 * child): fn and arg cross over in registers the syscall preserves.
 *
 * Registers on entry (SysV ABI):  rdi fn, rsi stack, edx flags, rcx arg,
 *                                 r8 ptid, r9 tls, 8(%rsp) ctid
 * At the syscall (kernel order):  rax 56, rdi flags, rsi stack, rdx ptid,
 *                                 r10 ctid, r8 tls; fn in r9 and arg in
 *                                 rbx (callee-saved: kept on our stack)
 * In the child:                   rax 0, rsp = stack, r9 fn, rbx arg;
 *                                 the syscall instruction clobbers only
 *                                 rax, rcx and r11
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone)
	push %rbx                /* the parent gets rbx back below */
	.cfi_adjust_cfa_offset 8 /* CFI: the CFA (rsp before the call) is now */
	.cfi_rel_offset %rbx, 0  /* rsp + 16; the caller's rbx is at (%rsp) */
	mov  %rcx, %rbx          /* rbx = arg */
	mov  16(%rsp), %r10      /* r10 = ctid (7th argument; 8 more for the push) */
	mov  %r9, %rax
	mov  %rdi, %r9           /* r9  = fn */
	mov  %edx, %edi          /* rdi = flags */
	mov  %r8, %rdx           /* rdx = ptid */
	mov  %rax, %r8           /* r8  = tls */
	mov  $__NR_clone, %eax   /* rsi = stack already */
	syscall
	test %eax, %eax
	jz   1f                  /* 0: we are the child */
	pop  %rbx
	.cfi_adjust_cfa_offset -8  /* CFI: back to the CFA at entry, rsp + 8, */
	.cfi_restore %rbx        /* and rbx is the caller's own again */
	ret                      /* parent: child id or -errno in rax */

1:	.cfi_undefined %rip      /* CFI, child: no return address, the call */
	.cfi_def_cfa_offset 0    /* chain ends here; the CFA is rsp itself */
	xor  %ebp, %ebp          /* child: frame pointer 0 ends backtraces */
	and  $-16, %rsp          /* the ABI's 16-byte alignment */
	push %rbp                /* a zeroed frame record above fn's frame: */
	push %rbp                /* saved rbp 0, return address 0 */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, rsp + 16 */
	mov  %rbx, %rdi          /* arg: first argument */
	call *%r9                /* fn(arg): rsp ≡ 0 (mod 16) at the call */
	mov  %eax, %edi          /* fn's result is the thread's exit code */
	mov  $__NR_exit, %eax    /* exit this thread only, not the group */
	syscall
	hlt                      /* not reached */
	END(__clone)
	NO_EXEC_STACK
