/* i386 signal return trampolines.
 *
 * A handler returns (ret) into the address the kernel took from
 * sa_restorer; these ask the kernel to restore the interrupted context from
 * the frame it pushed.  i386 has two frame formats:
 *
 *   __restore_rt  after an SA_SIGINFO handler: esp points at the rt frame
 *                 (struct rt_sigframe, minus its return address)
 *   __restore     after a plain handler: esp points at the signal number
 *                 of the old struct sigframe, which sigreturn finds at
 *                 esp - 8 once that word is popped
 *
 * The kernel would fall back on its vDSO without SA_RESTORER, but qemu-i386
 * 7.2 returns from an rt frame into nowhere; naming our own works on both.
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__restore)
	pop  %eax                    /* drop the signal number */
	mov  $__NR_sigreturn, %eax   /* eax: the system call number */
	int  $0x80                   /* never returns */
	END(__restore)

	ENTRY(__restore_rt)
	mov  $__NR_rt_sigreturn, %eax
	int  $0x80                   /* never returns */
	END(__restore_rt)
	NO_EXEC_STACK
