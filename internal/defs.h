/* Small helpers shared by taskrt's own sources. */
#ifndef _TASKRT_LIBC_INTERNAL_H
#define _TASKRT_LIBC_INTERNAL_H

/* Give `old` a second, weak name: the program may define `new` itself. */
#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))

/* A hook that does nothing unless another object defines it strongly:
 * exit() calls __run_atexit_handlers, but only programs that call atexit()
 * link the list that makes it do something. */
#define weak_hook(name) \
	static void name##_none(void) {} \
	weak_alias(name##_none, name)

/* Keep a plain loop a loop: gcc would otherwise turn a byte-copy loop into
 * a memcpy call, linking memcpy and memset into every hello world.  (clang
 * does not under -ffreestanding.) */
#ifdef __clang__
#define keep_loops
#else
#define keep_loops __attribute__((__optimize__("no-tree-loop-distribute-patterns")))
#endif

#endif
