/* i386 setjmp, _setjmp, sigsetjmp and the jump back (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * The i386 SysV ABI's callee-saved registers are ebx, esi, edi, ebp and
 * esp; eax, ecx, edx and the x87 stack belong to the caller.  env's
 * register area (arch/i386/jmp_buf.h, 6 ints):
 *
 *   0 ebx   4 esi   8 edi   12 ebp
 *   16 esp: the caller's, as it is after our ret (esp + 4 on entry)
 *   20 eip: our return address, where the jump lands
 *   24 __mask_was_saved (struct __jmp_buf_tag, include/setjmp.h)
 *
 * Arguments on the stack (cdecl): 4(%esp) env, 8(%esp) savemask or val.
 * sigsetjmp tail-calls __sigjmp_save(env, savemask) with its own two
 * arguments where they are; setjmp has no second argument to pass (the
 * slot is the caller's), so it records "no mask" itself.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	mov  4(%esp), %eax       /* eax = env */
	mov  %ebx, 0(%eax)       /* the four callee-saved registers */
	mov  %esi, 4(%eax)
	mov  %edi, 8(%eax)
	mov  %ebp, 12(%eax)
	lea  4(%esp), %ecx       /* the caller's esp, once we have returned */
	mov  %ecx, 16(%eax)
	mov  (%esp), %ecx        /* the return address: where a jump lands */
	mov  %ecx, 20(%eax)
	movl $0, 24(%eax)        /* __mask_was_saved = 0: longjmp keeps the mask */
	xor  %eax, %eax          /* the direct return: 0 */
	ret
	END_NOCFI(_setjmp)
	END(setjmp)

	WEAK_ENTRY(sigsetjmp)
	mov  4(%esp), %eax       /* eax = env */
	mov  %ebx, 0(%eax)       /* the four callee-saved registers */
	mov  %esi, 4(%eax)
	mov  %edi, 8(%eax)
	mov  %ebp, 12(%eax)
	lea  4(%esp), %ecx       /* the caller's esp, once we have returned */
	mov  %ecx, 16(%eax)
	mov  (%esp), %ecx        /* the return address: where a jump lands */
	mov  %ecx, 20(%eax)
	jmp  __sigjmp_save       /* tail call: env and savemask are already
	                            its arguments; its 0 goes to our caller */
	END(sigsetjmp)

	ENTRY(__longjmp)
	mov  4(%esp), %edx       /* edx = env */
	mov  8(%esp), %eax       /* the value setjmp seems to return ... */
	test %eax, %eax
	jnz  1f
	inc  %eax                /* ... never 0: longjmp(env, 0) returns 1 */
1:	mov  0(%edx), %ebx       /* the callee-saved registers, as they were */
	mov  4(%edx), %esi
	mov  8(%edx), %edi
	mov  12(%edx), %ebp
	mov  16(%edx), %esp      /* the caller's stack, its frame intact */
	jmp  *20(%edx)           /* "return" from setjmp a second time */
	END(__longjmp)
	NO_EXEC_STACK
