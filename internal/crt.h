/* Start-up facts for the rest of taskrt. */
#ifndef _TASKRT_INTERNAL_CRT_H
#define _TASKRT_INTERNAL_CRT_H

#include <stdint.h>
#include "defs.h"
/* The auxiliary vector: (type, value) pairs after envp's NULL. */
static inline unsigned long *__auxv_from(long *initial_sp)
{
	char **p = (char **)initial_sp + initial_sp[0] + 2;   /* envp */

	while (*p)
		p++;
	return (unsigned long *)(p + 1);
}

/* Constructors and destructors: the linker gathers them into the
 * .preinit_array, .init_array and .fini_array sections and linker/tiny.ld
 * brackets them with these symbols.  .init_array follows .preinit_array
 * directly (in tiny.ld as in the default GNU ld and lld layouts), so one
 * sweep runs taskrt's own start-up hooks and then the constructors. */
typedef void (*array_fn)(void);
hidden extern const array_fn __preinit_array_start[], __init_array_end[];
hidden extern const array_fn __fini_array_start[], __fini_array_end[];
/* The program's; crt/start.c calls it with envp as glibc does. */
int main(int, char **, char **);
/* C start-up: arch/<arch>/start.S jumps here with the kernel's initial
 * stack pointer (argc, argv, envp, auxv). */
hidden _Noreturn void __start_c(long *sp);
/* The stack protector: the canary word the compiler reads on arches
 * without a TCB slot for it, and the failure path it calls. */
hidden extern uintptr_t __stack_chk_guard;
hidden _Noreturn void __stack_chk_fail(void);

/* A weak hook exit() calls; a no-op unless the program links atexit. */
hidden void __run_atexit_handlers(void);

/* Run fn early, before any constructor, in every program that links the
 * object saying this. */
#define run_at_start(fn) \
	static void (*const fn##_at_start)(void) \
	__attribute__((__section__(".preinit_array"), __used__)) = fn

#endif
