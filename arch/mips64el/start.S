/* mips64el (n64) process entry.
 *
 * The kernel enters _start with sp pointing at argc, followed by argv[],
 * NULL, envp[], NULL and the auxv pairs; sp is 16-byte aligned.  Nothing
 * else is promised: $25 (t9) and gp ($28) are not set.  taskrt is built
 * -mno-abicalls -G0 (arch/mips64el/arch.mk), so no code needs either: a
 * call is a plain `jal` and no data is reached through gp.
 *
 *   void __start_c(long *sp)   -- a0 ($4): the original stack pointer
 */
#include "internal/asm.h"
	.text
	.set noreorder           /* delay slots filled by hand, below */
	GLOBAL_ENTRY(_start)
	.cfi_undefined $31       /* CFI: no caller, the call chain ends here */
	move $30, $0             /* frame pointer (s8) 0: backtraces stop */
	move $31, $0             /* return address 0: no caller */
	move $4, $sp             /* arg 1: the original stack pointer */
	dsrl $29, $29, 4         /* sp &= -16, the ABI's alignment at a call */
	dsll $29, $29, 4         /* (two shifts: no 16-bit immediate says -16) */
	jal  __start_c           /* never returns */
	nop                      /* delay slot: nothing to do */
	END(_start)
	NO_EXEC_STACK
