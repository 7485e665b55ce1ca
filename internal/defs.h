/* Compiler macros for taskrt's own sources: the bottom of the internal
 * layer, included by every file that defines a public name.
 *
 * The namespace rule.  ISO C reserves the names of its own library, but a
 * program that does not ask for POSIX may define `write`, `mmap` or
 * `pthread_create` itself and still call printf, malloc and thrd_create.
 * So inside taskrt:
 *   - a public function that is not ISO C, and that taskrt calls itself,
 *     is defined as the hidden `__name` and exported as `name` by
 *     weak_alias; taskrt's callers use `__name` (declared in the
 *     internal/include/ wrapper of its public header);
 *   - a public function that is not ISO C and that taskrt never calls is
 *     defined `weak`, so that a program's own definition wins even when
 *     another function pulls the same object into the link;
 *   - ISO C functions are strong, and reach only ISO C names and `__*`.
 * test/abi.sh and test/namespace.sh check all three. */
#ifndef _TASKRT_INTERNAL_DEFS_H
#define _TASKRT_INTERNAL_DEFS_H

/* Not exported from the library's interface: the linker resolves it
 * inside taskrt only (and test/abi.sh tells internal from public by it). */
#define hidden __attribute__((__visibility__("hidden")))

/* A definition that any strong definition of the same name replaces. */
#define weak __attribute__((__weak__))

/* Give `old` a second, weak name: the program may define `new` itself. */
#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))

/* A hook that does nothing unless another object defines it strongly:
 * exit() calls __run_atexit_handlers, but only programs that call atexit()
 * link the list that makes it do something. */
#define weak_hook(name) \
	static void name##_none(void) {} \
	weak_alias(name##_none, name)

/* x rounded up to a multiple of a, a power of two. */
#define ROUND_UP(x, a) (((x) + (a) - 1) & -(a))

/* Keep a plain loop a loop: gcc would otherwise turn a byte-copy loop into
 * a memcpy call, linking memcpy and memset into every hello world.  (clang
 * does not under -ffreestanding.) */
#ifdef __clang__
#define keep_loops
#else
#define keep_loops __attribute__((__optimize__("no-tree-loop-distribute-patterns")))
#endif

/* A call that is a test and a return when it can be (pthread_once once
 * done): laid out for speed whatever the build's -Os.  At -Os gcc puts
 * the likely return after the unlikely tail call, so every call takes a
 * branch (pthread_once when done, 2.3 ns against glibc's 1.6); at O2 the
 * likely case falls through.  Options given on the command line still
 * hold (an -O level only sets the ones nobody set).  clang lays such a
 * function out that way already. */
#ifdef __clang__
#define fast_path
#else
#define fast_path __attribute__((__optimize__("O2")))
#endif

#endif
