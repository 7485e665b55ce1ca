/* mips64el (n64) setjmp, _setjmp, sigsetjmp and the jump back
 * (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * n64's callee-saved registers are s0-s7 ($16-$23), gp ($28), sp ($29),
 * fp ($30) and the floating-point f24-f31; ra ($31) is the return
 * address.  env's register area (arch/mips64el/jmp_buf.h, 21 doublewords):
 *
 *   0..56 s0-s7   64 fp   72 gp   80 sp   88 ra: where a jump lands
 *   96..152 f24-f31   160 spare
 *
 * Registers on entry: a0 env, a1 savemask (sigsetjmp) or val (__longjmp).
 * All three save the same registers and tail-call __sigjmp_save(env,
 * savemask) (libc/setjmp/longjmp.c), which records the mask or "none" and
 * returns 0 to our caller through ra.
 */
#include "internal/asm.h"

	.text
	.set noreorder
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	move $5, $0              /* savemask 0, then on as sigsetjmp */
	WEAK_LABEL(sigsetjmp)
	sd   $16, 0($4)          /* the eight callee-saved s registers */
	sd   $17, 8($4)
	sd   $18, 16($4)
	sd   $19, 24($4)
	sd   $20, 32($4)
	sd   $21, 40($4)
	sd   $22, 48($4)
	sd   $23, 56($4)
	sd   $30, 64($4)         /* frame pointer */
	sd   $28, 72($4)         /* gp */
	sd   $29, 80($4)         /* sp */
	sd   $31, 88($4)         /* return address */
	sdc1 $f24, 96($4)        /* the callee-saved floating-point registers */
	sdc1 $f25, 104($4)
	sdc1 $f26, 112($4)
	sdc1 $f27, 120($4)
	sdc1 $f28, 128($4)
	sdc1 $f29, 136($4)
	sdc1 $f30, 144($4)
	j    __sigjmp_save       /* tail call: a0 env, a1 savemask; it
	                            returns 0 through ra to our caller */
	sdc1 $f31, 152($4)       /* delay slot: the last register */
	END_NOCFI(sigsetjmp)
	END_NOCFI(_setjmp)
	END(setjmp)

	ENTRY(__longjmp)
	ld   $16, 0($4)          /* the callee-saved registers, as they were */
	ld   $17, 8($4)
	ld   $18, 16($4)
	ld   $19, 24($4)
	ld   $20, 32($4)
	ld   $21, 40($4)
	ld   $22, 48($4)
	ld   $23, 56($4)
	ld   $30, 64($4)
	ld   $28, 72($4)
	ld   $29, 80($4)         /* the caller's stack, its frame intact */
	ld   $31, 88($4)         /* setjmp's return address */
	ldc1 $f24, 96($4)
	ldc1 $f25, 104($4)
	ldc1 $f26, 112($4)
	ldc1 $f27, 120($4)
	ldc1 $f28, 128($4)
	ldc1 $f29, 136($4)
	ldc1 $f30, 144($4)
	ldc1 $f31, 152($4)
	li   $2, 1               /* the value setjmp seems to return: ... */
	jr   $31                 /* "return" from setjmp a second time */
	movn $2, $5, $5          /* delay slot: ... val, or 1 if it is 0 */
	END(__longjmp)
	NO_EXEC_STACK
