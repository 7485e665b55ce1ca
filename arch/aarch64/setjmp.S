/* aarch64 setjmp, _setjmp, sigsetjmp and the jump back (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * AAPCS64's callee-saved registers are x19-x28, the frame pointer x29,
 * sp, and the low 64 bits of v8-v15 (d8-d15); x30 is the return address.
 * x0-x18 and the rest of the vector registers belong to the caller.
 * env's register area (arch/aarch64/jmp_buf.h, 22 doublewords):
 *
 *   0..72 x19-x28 (in pairs)   80 x29   88 x30: where a jump lands
 *   96 sp   104..160 d8-d15    168 spare
 *
 * Registers on entry: x0 env, w1 savemask (sigsetjmp) or val (__longjmp).
 * All three save the same registers and tail-call __sigjmp_save(env,
 * savemask) (libc/setjmp/longjmp.c), which records the mask or "none" and
 * returns 0 to our caller through x30.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	mov  w1, #0              /* savemask 0, then on as sigsetjmp */
	WEAK_LABEL(sigsetjmp)
	stp  x19, x20, [x0, #0]  /* the ten callee-saved general registers */
	stp  x21, x22, [x0, #16]
	stp  x23, x24, [x0, #32]
	stp  x25, x26, [x0, #48]
	stp  x27, x28, [x0, #64]
	stp  x29, x30, [x0, #80] /* frame pointer; return address */
	mov  x2, sp              /* sp cannot be stored directly */
	str  x2, [x0, #96]
	stp  d8, d9, [x0, #104]  /* the callee-saved halves of v8-v15 */
	stp  d10, d11, [x0, #120]
	stp  d12, d13, [x0, #136]
	stp  d14, d15, [x0, #152]
	b    __sigjmp_save       /* tail call: x0 env, w1 savemask; it
	                            returns 0 through x30 to our caller */
	END_NOCFI(sigsetjmp)
	END_NOCFI(_setjmp)
	END(setjmp)

	ENTRY(__longjmp)
	ldp  x19, x20, [x0, #0]  /* the callee-saved registers, as they were */
	ldp  x21, x22, [x0, #16]
	ldp  x23, x24, [x0, #32]
	ldp  x25, x26, [x0, #48]
	ldp  x27, x28, [x0, #64]
	ldp  x29, x30, [x0, #80] /* x30: setjmp's return address */
	ldr  x2, [x0, #96]
	mov  sp, x2              /* the caller's stack, its frame intact */
	ldp  d8, d9, [x0, #104]
	ldp  d10, d11, [x0, #120]
	ldp  d12, d13, [x0, #136]
	ldp  d14, d15, [x0, #152]
	cmp  w1, #0              /* the value setjmp seems to return ... */
	csinc w0, w1, wzr, ne    /* ... w1, or 0 + 1 = 1 if it is 0 */
	ret                      /* "return" from setjmp a second time */
	END(__longjmp)
	NO_EXEC_STACK
