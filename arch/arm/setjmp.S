/* arm (EABI, Thumb-2, VFP) setjmp, _setjmp, sigsetjmp and the jump back
 * (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * AAPCS's callee-saved registers are r4-r11 and sp, and with VFP d8-d15;
 * lr holds the return address.  r0-r3, ip and d0-d7 (d16-d31 where they
 * exist) belong to the caller.  env's register area (arch/arm/jmp_buf.h,
 * 64 words, 8-aligned):
 *
 *   0..28 r4-r11   32 sp   36 lr: where a jump lands   40..96 d8-d15
 *
 * Registers on entry: r0 env, r1 savemask (sigsetjmp) or val (__longjmp).
 * All three save the same registers and tail-call __sigjmp_save(env,
 * savemask) (libc/setjmp/longjmp.c), which records the mask or "none" and
 * returns 0 through lr to our caller.
 */
#include "internal/asm.h"

	.syntax unified
	.thumb
	.text
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	movs r1, #0              /* savemask 0, then on as sigsetjmp */
	WEAK_LABEL(sigsetjmp)
	mov  ip, sp              /* Thumb-2's stm cannot store sp itself */
	stm  r0, {r4-r11, ip, lr} /* r4-r11, sp, lr at 0..36 */
	add  ip, r0, #40
	vstm ip, {d8-d15}        /* the callee-saved VFP registers at 40 */
	b    __sigjmp_save       /* tail call: r0 env, r1 savemask; it
	                            returns 0 through lr to our caller */
	END_NOCFI(sigsetjmp)
	END_NOCFI(_setjmp)
	END(setjmp)

	ENTRY(__longjmp)
	ldm  r0, {r4-r11, ip, lr} /* the callee-saved registers, as they were;
	                            lr: setjmp's return address */
	mov  sp, ip              /* the caller's stack, its frame intact */
	add  ip, r0, #40
	vldm ip, {d8-d15}
	movs r0, r1              /* the value setjmp seems to return ... */
	it   eq
	moveq r0, #1             /* ... never 0: longjmp(env, 0) returns 1 */
	bx   lr                  /* "return" from setjmp a second time */
	END(__longjmp)
	NO_EXEC_STACK
