/* The stack is aligned as the ABI demands when main is entered.
 *
 * main itself is a few instructions of assembly that record the stack
 * pointer the caller handed over and jump to real_main: C code cannot see
 * its own entry stack pointer, since its prologue has already moved it.
 */
#include <stdint.h>
#include "check.h"

uintptr_t entry_sp;   /* the stack pointer as the caller's call left it */

#if defined(__x86_64__)
/* call pushed 8 bytes: the caller's rsp was rsp + 8, 16-aligned */
__asm__(".text\n.global main\nmain:\n\tlea 8(%rsp), %rax\n\tmov %rax, entry_sp(%rip)\n\tjmp real_main\n");
#define ABI_ALIGN 16
#elif defined(__i386__)
/* call pushed 4 bytes; gcc and clang assume 16 on Linux */
__asm__(".text\n.global main\nmain:\n\tlea 4(%esp), %ecx\n\tmov %ecx, entry_sp\n\tjmp real_main\n");
#define ABI_ALIGN 16
#elif defined(__aarch64__)
__asm__(".text\n.global main\nmain:\n\tmov x9, sp\n\tadrp x10, entry_sp\n\tstr x9, [x10, :lo12:entry_sp]\n\tb real_main\n");
#define ABI_ALIGN 16
#elif defined(__arm__)
__asm__(".text\n.syntax unified\n.thumb\n.global main\n.thumb_func\nmain:\n\tmov r12, sp\n"
        "\tmovw r3, #:lower16:entry_sp\n\tmovt r3, #:upper16:entry_sp\n\tstr r12, [r3]\n\tb real_main\n");
#define ABI_ALIGN 8
#elif defined(__riscv)
__asm__(".text\n.global main\nmain:\n\tla t0, entry_sp\n\tsd sp, 0(t0)\n\ttail real_main\n");
#define ABI_ALIGN 16
#else
#error "add this architecture's main stub"
#endif

int real_main(int argc, char **argv)
{
	CHECK(entry_sp != 0);
	CHECK_INT(entry_sp % ABI_ALIGN, 0);
	CHECK_INT(argc, 3);
	CHECK_STR(argv[1], "arg1");
	return check_done();
}
