/* ppc64le process entry.
 *
 * The kernel enters _start with r1 pointing at argc, followed by argv[],
 * NULL, envp[], NULL and the auxv pairs.  r1 is 16-byte aligned there,
 * but nothing says the kernel keeps it so; r3..r8 hold argc, argv, envp,
 * auxv and more (ignored: C reads them from the stack).  r2, the TOC
 * pointer through which compiled code reaches every global, is not set:
 * it is computed here, before the first C call, from _start's own address.
 *
 *   void __start_c(long *sp)   -- r3: the original stack pointer
 */
#include "internal/asm.h"
	.text
	.abiversion 2
	GLOBAL_ENTRY(_start)
	.cfi_undefined lr        /* CFI: no caller, the call chain ends here */
	bcl  20, 31, 1f          /* lr = the address of 1 (this form of bl
	                            does not disturb the return predictor) */
1:	mflr 2
	addis 2, 2, (.TOC.-1b)@ha  /* r2 = .TOC., the TOC base: 1b + the */
	addi 2, 2, (.TOC.-1b)@l    /* link-time distance, in two halves */
	mr   3, 1                /* arg 1: the original stack pointer */
	clrrdi 1, 1, 4           /* the ABI's 16-byte alignment */
	li   0, 0
	stdu 0, -32(1)           /* the minimal frame (32 bytes: back chain,
	                            cr, lr and TOC save words), back chain 0:
	                            backtraces stop here */
	mtlr 0                   /* link register 0: no caller */
	bl   __start_c           /* never returns */
	nop                      /* where the linker would restore r2 */
	END(_start)
	NO_EXEC_STACK
