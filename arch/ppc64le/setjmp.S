/* ppc64le setjmp, _setjmp, sigsetjmp and the jump back (docs/setjmp.md).
 *
 *   int setjmp(jmp_buf env), int _setjmp(jmp_buf env)
 *   int sigsetjmp(sigjmp_buf env, int savemask)
 *   _Noreturn void __longjmp(jmp_buf env, int val)   (longjmp's last step)
 *
 * ELFv2's callee-saved registers are r14-r31, f14-f31, v20-v31, the cr
 * fields cr2-cr4, r1 (the stack pointer) and r2 (the TOC); lr is the
 * return address.  env's register area (arch/ppc64le/jmp_buf.h, 64
 * doublewords, 16-byte aligned):
 *
 *   0 r1   8 r2   16 lr: where a jump lands   24 cr
 *   32..168 r14-r31   176..312 f14-f31   320..496 v20-v31 (16 bytes each)
 *
 * Registers on entry: r3 env, r4 savemask (sigsetjmp) or val (__longjmp).
 * All three save the same registers and tail-call __sigjmp_save(env,
 * savemask) (libc/setjmp/longjmp.c), which records the mask or "none" and
 * returns 0 to our caller through lr.  None of them reads a global, so
 * none needs r2 on entry: a single entry point (no .localentry).
 */
#include "internal/asm.h"

	.text
	.abiversion 2
	ISO_ENTRY(setjmp)
	WEAK_LABEL(_setjmp)
	li   4, 0                /* savemask 0, then on as sigsetjmp */
	WEAK_LABEL(sigsetjmp)
	std  1, 0(3)             /* the stack pointer: our caller's frame */
	std  2, 8(3)             /* the TOC */
	mflr 0
	std  0, 16(3)            /* the return address */
	mfcr 0
	std  0, 24(3)            /* cr (longjmp restores cr2-cr4 only) */
	std  14, 32(3)           /* the eighteen callee-saved gprs */
	std  15, 40(3)
	std  16, 48(3)
	std  17, 56(3)
	std  18, 64(3)
	std  19, 72(3)
	std  20, 80(3)
	std  21, 88(3)
	std  22, 96(3)
	std  23, 104(3)
	std  24, 112(3)
	std  25, 120(3)
	std  26, 128(3)
	std  27, 136(3)
	std  28, 144(3)
	std  29, 152(3)
	std  30, 160(3)
	std  31, 168(3)
	stfd 14, 176(3)          /* the eighteen callee-saved fprs */
	stfd 15, 184(3)
	stfd 16, 192(3)
	stfd 17, 200(3)
	stfd 18, 208(3)
	stfd 19, 216(3)
	stfd 20, 224(3)
	stfd 21, 232(3)
	stfd 22, 240(3)
	stfd 23, 248(3)
	stfd 24, 256(3)
	stfd 25, 264(3)
	stfd 26, 272(3)
	stfd 27, 280(3)
	stfd 28, 288(3)
	stfd 29, 296(3)
	stfd 30, 304(3)
	stfd 31, 312(3)
	addi 5, 3, 320           /* r5 = &env's vector area (16-aligned: */
	li   6, 16               /* stvx ignores the address's low 4 bits) */
	stvx 20, 0, 5            /* the twelve callee-saved vector registers */
	stvx 21, 5, 6
	addi 5, 5, 32
	stvx 22, 0, 5
	stvx 23, 5, 6
	addi 5, 5, 32
	stvx 24, 0, 5
	stvx 25, 5, 6
	addi 5, 5, 32
	stvx 26, 0, 5
	stvx 27, 5, 6
	addi 5, 5, 32
	stvx 28, 0, 5
	stvx 29, 5, 6
	addi 5, 5, 32
	stvx 30, 0, 5
	stvx 31, 5, 6
	b    __sigjmp_save       /* tail call: r3 env, r4 savemask, lr our
	                            caller's, r2 its TOC; it returns 0 there */
	END_NOCFI(sigsetjmp)
	END_NOCFI(_setjmp)
	END(setjmp)

	ENTRY(__longjmp)
	ld   1, 0(3)             /* the caller's stack, its frame intact */
	ld   2, 8(3)
	ld   0, 16(3)
	mtlr 0                   /* lr: setjmp's return address */
	ld   0, 24(3)
	mtcrf 0x38, 0            /* cr2, cr3, cr4 (mask bits 2-4 of 0..7) */
	ld   14, 32(3)
	ld   15, 40(3)
	ld   16, 48(3)
	ld   17, 56(3)
	ld   18, 64(3)
	ld   19, 72(3)
	ld   20, 80(3)
	ld   21, 88(3)
	ld   22, 96(3)
	ld   23, 104(3)
	ld   24, 112(3)
	ld   25, 120(3)
	ld   26, 128(3)
	ld   27, 136(3)
	ld   28, 144(3)
	ld   29, 152(3)
	ld   30, 160(3)
	ld   31, 168(3)
	lfd  14, 176(3)
	lfd  15, 184(3)
	lfd  16, 192(3)
	lfd  17, 200(3)
	lfd  18, 208(3)
	lfd  19, 216(3)
	lfd  20, 224(3)
	lfd  21, 232(3)
	lfd  22, 240(3)
	lfd  23, 248(3)
	lfd  24, 256(3)
	lfd  25, 264(3)
	lfd  26, 272(3)
	lfd  27, 280(3)
	lfd  28, 288(3)
	lfd  29, 296(3)
	lfd  30, 304(3)
	lfd  31, 312(3)
	addi 5, 3, 320
	li   6, 16
	lvx  20, 0, 5
	lvx  21, 5, 6
	addi 5, 5, 32
	lvx  22, 0, 5
	lvx  23, 5, 6
	addi 5, 5, 32
	lvx  24, 0, 5
	lvx  25, 5, 6
	addi 5, 5, 32
	lvx  26, 0, 5
	lvx  27, 5, 6
	addi 5, 5, 32
	lvx  28, 0, 5
	lvx  29, 5, 6
	addi 5, 5, 32
	lvx  30, 0, 5
	lvx  31, 5, 6
	cntlzw 3, 4              /* the value setjmp seems to return: 32 if */
	srwi 3, 3, 5             /* val is 0, else less; >> 5: 1 or 0 */
	or   3, 3, 4             /* val, or 0 | 1 = 1 if it is 0 */
	extsw 3, 3               /* an int, sign-extended as the ABI wants */
	blr                      /* "return" from setjmp a second time */
	END(__longjmp)
	NO_EXEC_STACK
