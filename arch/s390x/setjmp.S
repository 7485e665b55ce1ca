/* s390x setjmp, _setjmp, sigsetjmp and the jump back (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * The s390x ELF ABI's callee-saved registers are r6-r13, r15 (sp) and
 * f8-f15; r14 is the return address.  r0-r5 and f0-f7 belong to the
 * caller.  env's register area (arch/s390x/jmp_buf.h, 18 doublewords):
 *
 *   0..56 r6-r13   64 r14: where a jump lands   72 r15 (sp)
 *   80..136 f8-f15
 *
 * Registers on entry: r2 env, r3 savemask (sigsetjmp) or val (__longjmp).
 * All three save the same registers and tail-call __sigjmp_save(env,
 * savemask) (libc/setjmp/longjmp.c), which records the mask or "none" and
 * returns 0 to our caller through r14.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	lghi  %r3, 0             /* savemask 0, then on as sigsetjmp */
	WEAK_LABEL(sigsetjmp)
	stmg  %r6, %r15, 0(%r2)  /* r6-r13, the return address, sp: one store */
	std   %f8, 80(%r2)       /* the callee-saved floating-point registers */
	std   %f9, 88(%r2)
	std   %f10, 96(%r2)
	std   %f11, 104(%r2)
	std   %f12, 112(%r2)
	std   %f13, 120(%r2)
	std   %f14, 128(%r2)
	std   %f15, 136(%r2)
	jg    __sigjmp_save      /* tail call: r2 env, r3 savemask; it
	                            returns 0 through r14 to our caller */
	END_NOCFI(sigsetjmp)
	END_NOCFI(_setjmp)
	END(setjmp)

	ENTRY(__longjmp)
	ld    %f8, 80(%r2)
	ld    %f9, 88(%r2)
	ld    %f10, 96(%r2)
	ld    %f11, 104(%r2)
	ld    %f12, 112(%r2)
	ld    %f13, 120(%r2)
	ld    %f14, 128(%r2)
	ld    %f15, 136(%r2)
	lmg   %r6, %r15, 0(%r2)  /* r6-r13, r14 (setjmp's return address) and
	                            sp: the caller's stack, its frame intact */
	lgfr  %r2, %r3           /* the value setjmp seems to return: val ... */
	ltgr  %r2, %r2
	jnz   1f
	lghi  %r2, 1             /* ... or 1 if it is 0 */
1:	br    %r14               /* "return" from setjmp a second time */
	END(__longjmp)
	NO_EXEC_STACK
