/* arm (EABI, Thumb-2) process entry.
 *
 * The kernel enters _start with sp pointing at argc, followed by argv[],
 * NULL, envp[], NULL and the auxv pairs.  r0 holds an atexit function from
 * a dynamic loader (ignored: this binary is static).  The entry address has
 * bit 0 set (a %function symbol in Thumb code), so the kernel starts us in Thumb state.
 *
 *   void __start_c(long *sp)   -- r0: the original stack pointer
 */
#include "internal/asm.h"
	.syntax unified
	.thumb
	.text
	GLOBAL_ENTRY(_start)
	.cfi_undefined lr        /* CFI: no caller, the call chain ends here */
	mov  r0, sp              /* arg 1: the original stack pointer */
	mov  r1, #0
	mov  fp, r1              /* frame pointer (r11) 0: backtraces stop here */
	mov  lr, r1              /* no caller */
	bic  r1, r0, #15         /* the AAPCS wants 8; 16 costs nothing */
	mov  sp, r1
	bl   __start_c           /* never returns */
	END(_start)
	NO_EXEC_STACK
