/* i386 __syscall_cp_asm: a system call at a cancellation point.
 *
 *   long __syscall_cp_asm(volatile int *cancel, long n, long a, long b,
 *                         long c, long d, long e, long f)
 *
 * The contract is x86_64's (arch/x86_64/syscall_cp.S, docs/cancel.md):
 * the window [__cp_begin, __cp_end) holds the load of the flag and ends
 * right after the trap, and __cp_cancel leaves as if __syscall_cp_asm
 * returned __cancel().  The four callee-saved registers the kernel's
 * argument order needs are pushed before the window opens, so that
 * __cp_cancel, entered from anywhere in it, finds them at the same place.
 *
 * On entry (cdecl):   4(%esp) cancel, 8 n, 12 a, 16 b, 20 c, 24 d, 28 e,
 *                     32 f; 16 more once ebx, esi, edi, ebp are pushed
 * At the trap:        eax n, ebx a, ecx b, edx c, esi d, edi e, ebp f
 *
 * `int $0x80` rather than the vDSO's __kernel_vsyscall: the trap must be
 * an instruction of this window, not a call into code outside it.
 */
#include "internal/asm.h"

	.text
	ENTRY(__syscall_cp_asm)
	push %ebx                /* callee-saved, and the kernel's a */
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebx, 0
	push %esi                /* callee-saved, and the kernel's d */
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %esi, 0
	push %edi                /* callee-saved, and the kernel's e */
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %edi, 0
	push %ebp                /* callee-saved, and the kernel's f */
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebp, 0
CODE_LABEL(__cp_begin)
	mov  20(%esp), %eax      /* eax = cancel (4 + 16 past the pushes) */
	mov  (%eax), %eax        /* the flag, read inside the window */
	test %eax, %eax          /* set? */
	jnz  __cp_cancel         /* set already: no system call */
	mov  24(%esp), %eax      /* eax = n */
	mov  28(%esp), %ebx      /* ebx = a */
	mov  32(%esp), %ecx      /* ecx = b */
	mov  36(%esp), %edx      /* edx = c */
	mov  40(%esp), %esi      /* esi = d */
	mov  44(%esp), %edi      /* edi = e */
	mov  48(%esp), %ebp      /* ebp = f */
	int  $0x80               /* the last instruction of the window */
CODE_LABEL(__cp_end)
	.cfi_remember_state      /* CFI: __cp_cancel below has the pushes too */
	pop  %ebp                /* the caller's registers back */
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebp
	pop  %edi                /* edi */
	.cfi_adjust_cfa_offset -4
	.cfi_restore %edi
	pop  %esi                /* esi */
	.cfi_adjust_cfa_offset -4
	.cfi_restore %esi
	pop  %ebx                /* ebx */
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebx
	ret                      /* the result, or -errno, in eax */
	.cfi_restore_state
CODE_LABEL(__cp_cancel)
	pop  %ebp                /* as at __cp_end: the window moved no */
	.cfi_adjust_cfa_offset -4  /* stack pointer, so the pushes are here */
	.cfi_restore %ebp
	pop  %edi                /* edi */
	.cfi_adjust_cfa_offset -4
	.cfi_restore %edi
	pop  %esi                /* esi */
	.cfi_adjust_cfa_offset -4
	.cfi_restore %esi
	pop  %ebx                /* ebx */
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebx
	jmp  __cancel            /* tail call: the stack is as at our entry */
	END(__syscall_cp_asm)
	NO_EXEC_STACK
