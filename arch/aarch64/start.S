/* aarch64 process entry.
 *
 * The kernel enters _start with sp pointing at argc, followed by argv[],
 * NULL, envp[], NULL and the auxv pairs; sp is 16-byte aligned (the
 * hardware checks it).  x0 holds an atexit function from a dynamic loader
 * (ignored: this binary is static).
 *
 *   void __start_c(long *sp)   -- x0: the original stack pointer
 */
#include "internal/asm.h"
	.text
	GLOBAL_ENTRY(_start)
	.cfi_undefined x30       /* CFI: no caller, the call chain ends here */
	mov  x29, #0             /* frame pointer 0: backtraces stop here */
	mov  x30, #0             /* link register 0: no caller */
	mov  x0, sp              /* arg 1: the original stack pointer */
	bl   __start_c           /* never returns */
	END(_start)
	NO_EXEC_STACK
