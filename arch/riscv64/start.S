/* riscv64 process entry.
 *
 * The kernel enters _start with sp pointing at argc, followed by argv[],
 * NULL, envp[], NULL and the auxv pairs.  a0 holds an atexit function from
 * a dynamic loader (ignored: this binary is static).  gp stays unset:
 * taskrt builds with -mno-relax -msmall-data-limit=0, so no code uses it.
 *
 *   void __start_c(long *sp)   -- a0: the original stack pointer
 */
#include "internal/asm.h"
	.text
	GLOBAL_ENTRY(_start)
	.cfi_undefined ra        /* CFI: no caller, the call chain ends here */
	mv   a0, sp              /* arg 1: the original stack pointer */
	andi sp, sp, -16         /* the psABI's 16-byte alignment */
	li   ra, 0               /* no caller: backtraces stop here */
	li   s0, 0               /* frame pointer 0 */
	call __start_c           /* never returns */
	END(_start)
	NO_EXEC_STACK
