/* riscv64 clone3 with a function: the child runs fn(arg) on the stack the
 * kernel gave it (clone_args.stack + stack_size) and leaves through
 * SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * Registers on entry:  a0 args, a1 size, a2 fn, a3 arg
 * At the ecall:        a7 __NR_clone3, a0 args, a1 size; fn and arg stay
 *                      in a2 and a3, which the kernel gives back unchanged
 *                      (it writes only a0) to the parent and the child
 * In the child:        a0 0, sp = stack + stack_size (any alignment: the
 *                      kernel adds the two and checks nothing more),
 *                      a2 fn, a3 arg
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone3)
	li   a7, __NR_clone3     /* a0 = args, a1 = size already */
	ecall
	beqz a0, 1f              /* 0: we are the child */
	ret                      /* parent: child id or -errno in a0 */

1:	.cfi_undefined ra        /* CFI, child: no return address, the call
	                            chain ends here; the CFA is sp itself */
	andi sp, sp, -16         /* child: the psABI's 16-byte alignment */
	addi sp, sp, -16         /* room for a frame record */
	.cfi_adjust_cfa_offset 16  /* CFI: the CFA is the aligned top, sp + 16 */
	sd   zero, 8(sp)         /* return address 0 */
	sd   zero, 0(sp)         /* saved frame pointer 0 */
	addi s0, sp, 16          /* fp points just above its record: the
	                            frame chain ends there */
	mv   a0, a3              /* arg: first argument */
	jalr a2                  /* fn(arg) */
	li   a7, __NR_exit       /* a0 = fn's result; this thread only */
	ecall
	unimp                    /* not reached */
	END(__clone3)
	NO_EXEC_STACK
