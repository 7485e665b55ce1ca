/* i386 process entry.
 *
 * The kernel enters _start with esp pointing at argc, followed by argv[],
 * NULL, envp[], NULL and the auxv pairs.  edx holds an atexit function from
 * a dynamic loader (ignored: this binary is static).
 *
 *   void __start_c(long *sp)   -- cdecl: the argument on the stack
 */
#include "internal/asm.h"
	.text
	GLOBAL_ENTRY(_start)
	.cfi_undefined %eip      /* CFI: no caller, the call chain ends here; */
	.cfi_def_cfa_offset 0    /* nothing was pushed: the CFA is esp itself */
	xor  %ebp, %ebp          /* outermost frame: frame pointer 0 ends backtraces */
	mov  %esp, %eax          /* eax: the original stack pointer */
	and  $-16, %esp          /* 16-byte alignment at the call, as gcc assumes */
	sub  $12, %esp           /* 12 + the 4-byte argument keep it 16-aligned */
	push %eax                /* arg 1: the original stack pointer */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is 16 further from esp */
	call __start_c
	hlt                      /* not reached */
	END(_start)
	NO_EXEC_STACK
