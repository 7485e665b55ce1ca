/* x86_64 process entry.
 *
 * The kernel enters _start with rsp pointing at argc, followed by argv[],
 * NULL, envp[], NULL and the auxv pairs.  rsp is 16-byte aligned here.  rdx
 * holds a function for atexit (only set by a dynamic loader; a static
 * binary ignores it), every other register is zero or undefined.
 *
 *   void __start_c(long *sp)   -- never returns
 */
#include "internal/asm.h"
	.text
	GLOBAL_ENTRY(_start)
	.cfi_undefined %rip      /* CFI: no caller, the call chain ends here; */
	.cfi_def_cfa_offset 0    /* nothing was pushed: the CFA is rsp itself */
	xor  %ebp, %ebp          /* outermost frame: frame pointer 0 ends backtraces */
	mov  %rsp, %rdi          /* arg 1: the original stack pointer */
	and  $-16, %rsp          /* keep the ABI's 16-byte alignment at the call */
	call __start_c           /* pushes a return address: __start_c sees rsp+8 ≡ 0 (mod 16) */
	hlt                      /* not reached */
	END(_start)
	NO_EXEC_STACK
