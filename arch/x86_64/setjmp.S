/* x86_64 setjmp, _setjmp, sigsetjmp and the jump back (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * The SysV ABI's callee-saved registers are rbx, rbp, r12-r15 and rsp;
 * the rest, and all of xmm0-15, belong to the caller, so a jump may lose
 * them.  (The x87 control word and mxcsr are callee-saved too; a program
 * that changes them and jumps keeps the changed ones, as with glibc.)
 * env's register area (arch/x86_64/jmp_buf.h, 8 longs):
 *
 *   0 rbx   8 rbp   16 r12   24 r13   32 r14   40 r15
 *   48 rsp: the caller's, as it is after our ret (rsp + 8 on entry)
 *   56 rip: our return address, where the jump lands
 *
 * Registers on entry: rdi env, esi savemask (sigsetjmp) or val (__longjmp).
 * All three save the same registers and tail-call __sigjmp_save(env,
 * savemask) (libc/setjmp/longjmp.c), which records the mask or "none" and
 * returns 0 to our caller.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	xor  %esi, %esi          /* savemask 0, then on as sigsetjmp */
	WEAK_LABEL(sigsetjmp)
	mov  %rbx, 0(%rdi)       /* the six callee-saved registers */
	mov  %rbp, 8(%rdi)
	mov  %r12, 16(%rdi)
	mov  %r13, 24(%rdi)
	mov  %r14, 32(%rdi)
	mov  %r15, 40(%rdi)
	lea  8(%rsp), %rdx       /* the caller's rsp, once we have returned */
	mov  %rdx, 48(%rdi)
	mov  (%rsp), %rdx        /* the return address: where a jump lands */
	mov  %rdx, 56(%rdi)
	jmp  __sigjmp_save       /* tail call: rdi env, esi savemask; its
	                            0 goes straight to our caller */
	END_NOCFI(sigsetjmp)
	END_NOCFI(_setjmp)
	END(setjmp)

	ENTRY(__longjmp)
	mov  %esi, %eax          /* the value setjmp seems to return ... */
	test %eax, %eax
	jnz  1f
	inc  %eax                /* ... never 0: longjmp(env, 0) returns 1 */
1:	mov  0(%rdi), %rbx       /* the callee-saved registers, as they were */
	mov  8(%rdi), %rbp
	mov  16(%rdi), %r12
	mov  24(%rdi), %r13
	mov  32(%rdi), %r14
	mov  40(%rdi), %r15
	mov  48(%rdi), %rsp      /* the caller's stack, its frame intact */
	jmp  *56(%rdi)           /* "return" from setjmp a second time */
	END(__longjmp)
	NO_EXEC_STACK
