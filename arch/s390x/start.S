/* s390x process entry.
 *
 * The kernel enters _start with r15 (the stack pointer) pointing at argc,
 * followed by argv[], NULL, envp[], NULL and the auxv pairs.  r14 holds
 * no return address and r2 nothing a static binary uses.
 *
 * The s390x ELF ABI: the stack is 8-byte aligned, and every caller leaves
 * 160 bytes at its sp, the register save area where the callee stores
 * r6-r15 (its first doubleword is the back chain, the caller's sp, 0 at
 * the outermost frame).  So _start makes that area before its call.
 *
 *   void __start_c(long *sp)   -- r2: the original stack pointer
 */
#include "internal/asm.h"
	.text
	GLOBAL_ENTRY(_start)
	.cfi_undefined %r14      /* CFI: no caller, the call chain ends here */
	lgr   %r2, %r15          /* arg 1: the original stack pointer */
	nill  %r15, 0xfff8       /* sp & -8: the ABI's alignment (the kernel's
	                            sp is aligned already; this writes nothing) */
	aghi  %r15, -160         /* __start_c's register save area */
	xc    0(8,%r15), 0(%r15) /* back chain 0: backtraces stop here */
	lghi  %r11, 0            /* frame pointer 0 */
	brasl %r14, __start_c    /* never returns */
	.word 0                  /* not reached: an illegal instruction */
	END(_start)
	NO_EXEC_STACK
