/* i386 clone3 with a function: the child runs fn(arg) on the stack the
 * kernel gave it (clone_args.stack + stack_size) and leaves through
 * SYS_exit with fn's result.
 *
 *   long __clone3(struct clone_args *args, size_t size,
 *                 int (*fn)(void *), void *arg)
 *
 * Returns the child's id or -errno to the parent (syscall/clone.c does
 * errno and the ENOSYS fallback onto clone).
 *
 * On entry (cdecl):  4(%esp) args, 8 size, 12 fn, 16 arg
 * At the syscall:    eax 435, ebx args, ecx size; fn in edx and arg in
 *                    esi, which `int $0x80` keeps (it changes only eax)
 * In the child:      eax 0, esp = stack + stack_size, edx fn, esi arg;
 *                    ebp still holds the parent's frame pointer
 */
#include <bits/syscall.h>
#include "internal/asm.h"

	.text
	ENTRY(__clone3)
	push %ebx                /* callee-saved: kept on the parent's stack */
	push %esi                /* the arguments now start at 12(%esp) */
	mov  12(%esp), %ebx      /* ebx = args */
	mov  16(%esp), %ecx      /* ecx = size */
	mov  20(%esp), %edx      /* edx = fn */
	mov  24(%esp), %esi      /* esi = arg */
	mov  $__NR_clone3, %eax
	int  $0x80
	test %eax, %eax
	jz   1f                  /* 0: we are the child */
	pop  %esi
	pop  %ebx
	ret                      /* parent: the child's id or -errno */

1:	and  $-16, %esp          /* child: align the kernel-given stack */
	xor  %ebp, %ebp          /* frame pointer 0 ends backtraces */
	push %ebp                /* a zeroed frame record on top */
	push %ebp
	sub  $4, %esp            /* a spare word, so that after the next */
	push %esi                /* push, arg, esp = 0 (mod 16) at the call */
	call *%edx               /* fn(arg) */
	mov  %eax, %ebx          /* fn's result is the exit code */
	mov  $__NR_exit, %eax    /* this thread only */
	int  $0x80
	hlt                      /* not reached */
	END(__clone3)
	NO_EXEC_STACK
