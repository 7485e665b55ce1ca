/* riscv64 setjmp, _setjmp, sigsetjmp and the jump back (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * The LP64D calling convention's callee-saved registers are s0-s11 (s0
 * is the frame pointer), sp, and with the D extension fs0-fs11; ra holds
 * the return address.  a*, t*, fa* and ft* belong to the caller; gp and
 * tp are the program's and the thread's, never changed by a call.
 * env's register area (arch/riscv64/jmp_buf.h, 26 doublewords, glibc's
 * order):
 *
 *   0 ra: where a jump lands   8..96 s0-s11   104 sp   112..200 fs0-fs11
 *
 * Registers on entry: a0 env, a1 savemask (sigsetjmp) or val (__longjmp).
 * All three save the same registers and tail-call __sigjmp_save(env,
 * savemask) (libc/setjmp/longjmp.c), which records the mask or "none" and
 * returns 0 through ra to our caller.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	li   a1, 0               /* savemask 0, then on as sigsetjmp */
	WEAK_LABEL(sigsetjmp)
	sd   ra, 0(a0)           /* the return address */
	sd   s0, 8(a0)           /* the twelve callee-saved registers */
	sd   s1, 16(a0)
	sd   s2, 24(a0)
	sd   s3, 32(a0)
	sd   s4, 40(a0)
	sd   s5, 48(a0)
	sd   s6, 56(a0)
	sd   s7, 64(a0)
	sd   s8, 72(a0)
	sd   s9, 80(a0)
	sd   s10, 88(a0)
	sd   s11, 96(a0)
	sd   sp, 104(a0)         /* the caller's sp (a leaf: never moved) */
	fsd  fs0, 112(a0)        /* the twelve callee-saved double registers */
	fsd  fs1, 120(a0)
	fsd  fs2, 128(a0)
	fsd  fs3, 136(a0)
	fsd  fs4, 144(a0)
	fsd  fs5, 152(a0)
	fsd  fs6, 160(a0)
	fsd  fs7, 168(a0)
	fsd  fs8, 176(a0)
	fsd  fs9, 184(a0)
	fsd  fs10, 192(a0)
	fsd  fs11, 200(a0)
	tail __sigjmp_save       /* tail call: a0 env, a1 savemask; it
	                            returns 0 through ra to our caller */
	END_NOCFI(sigsetjmp)
	END_NOCFI(_setjmp)
	END(setjmp)

	ENTRY(__longjmp)
	ld   ra, 0(a0)           /* setjmp's return address */
	ld   s0, 8(a0)           /* the callee-saved registers, as they were */
	ld   s1, 16(a0)
	ld   s2, 24(a0)
	ld   s3, 32(a0)
	ld   s4, 40(a0)
	ld   s5, 48(a0)
	ld   s6, 56(a0)
	ld   s7, 64(a0)
	ld   s8, 72(a0)
	ld   s9, 80(a0)
	ld   s10, 88(a0)
	ld   s11, 96(a0)
	ld   sp, 104(a0)         /* the caller's stack, its frame intact */
	fld  fs0, 112(a0)
	fld  fs1, 120(a0)
	fld  fs2, 128(a0)
	fld  fs3, 136(a0)
	fld  fs4, 144(a0)
	fld  fs5, 152(a0)
	fld  fs6, 160(a0)
	fld  fs7, 168(a0)
	fld  fs8, 176(a0)
	fld  fs9, 184(a0)
	fld  fs10, 192(a0)
	fld  fs11, 200(a0)
	seqz a0, a1              /* a0 = 1 if val is 0, else 0 ... */
	add  a0, a0, a1          /* ... + val: val, or 1 for 0 */
	ret                      /* "return" from setjmp a second time */
	END(__longjmp)
	NO_EXEC_STACK
