/* Start-up facts for the rest of taskrt. */
#ifndef _TASKRT_CRT_INTERNAL_H
#define _TASKRT_CRT_INTERNAL_H

/* The auxiliary vector: (type, value) pairs after envp's NULL.  Only
 * true of the kernel's layout before any code of the program has run:
 * envp is the program's array (main's third argument, environ), and
 * unsetenv or the program may move its NULL.  Later readers use __auxv. */
static inline unsigned long *__auxv_from(long *initial_sp)
{
	char **p = (char **)initial_sp + initial_sp[0] + 2;   /* envp */

	while (*p)
		p++;
	return (unsigned long *)(p + 1);
}

extern char **__environ;
/* The auxv, recorded by a start-up hook of crt/getauxval.c (the hello,
 * which never asks, links neither the word nor the hook). */
extern unsigned long *__auxv;

/* Constructors and destructors: the linker gathers them into the
 * .preinit_array, .init_array and .fini_array sections and linker/tiny.ld
 * brackets them with these symbols.  .init_array follows .preinit_array
 * directly, and taskrt's own start-up hooks (run_at_start below) come
 * before both, so one sweep runs taskrt's hooks, the program's
 * .preinit_array and then the constructors. */
typedef void (*array_fn)(void);
extern const array_fn __preinit_array_start[], __init_array_end[];
extern const array_fn __fini_array_start[], __fini_array_end[];
/* A weak hook exit() calls; a no-op unless the program links atexit. */
void __run_atexit_handlers(void);

/* Run fn at start-up, before any code of the program (its own
 * .preinit_array included: glibc, too, has environ and the auxv ready
 * then), in every program that links the object saying this.  Not in
 * .preinit_array itself: there the link order puts libtaskrt.a's entries
 * after the program's.  tiny.ld places .taskrt_start.* first, sorted by
 * name, so a hook that records a start-up fact (run_first_at_start) runs
 * before any hook that reads one. */
#define run_at_start(fn) __run_at_start(fn, ".taskrt_start.1")
#define run_first_at_start(fn) __run_at_start(fn, ".taskrt_start.0")
#define __run_at_start(fn, section) \
	static void (*const fn##_at_start)(void) \
	__attribute__((__section__(section), __used__)) = fn

#endif
