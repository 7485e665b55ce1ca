/* struct pthread: the thread control block (TCB), and how to find it.
 *
 * Every thread, the main one included, owns one struct pthread next to its
 * static TLS block; the thread pointer (TP) register locates both.  Where
 * the TCB sits relative to TP depends on the TLS variant (arch/<arch>/tls.h):
 *
 *   variant II (x86):  [ TLS block ][ struct pthread ]   TP = &pthread
 *   variant I  (rest): [ struct pthread ][ gap ][ TLS block ]
 *                                         ^TP (minus TP_BIAS)
 */
#ifndef _TASKRT_THREAD_INTERNAL_H
#define _TASKRT_THREAD_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "syscall/internal.h"
#include <arch/tls.h>

struct pthread {
	/* The first six words are read by compiled code on x86, at fixed
	 * offsets from TP: the self pointer at 0 and the canary at word 5
	 * (%fs:0x28 on x86_64, %gs:0x14 on i386).  Other arches ignore them. */
	struct pthread *self;
	uintptr_t reserved[4];
	uintptr_t canary;

	int tid;
	int errno_value;
	/* The kernel's initial stack pointer (argc, argv, envp, auxv), copied
	 * from thread to thread: how environ and getauxval find their data
	 * without a global variable in a hello world. */
	long *initial_sp;
};

#ifdef CANARY_TCB_OFFSET
_Static_assert(offsetof(struct pthread, canary) == CANARY_TCB_OFFSET,
               "the compiler reads the canary at this offset from TP");
#endif

static inline struct pthread *__self(void)
{
#if TLS_VARIANT == 2
	return __get_tp();                       /* reads the self pointer at TP */
#else
	return (struct pthread *)((char *)__get_tp() - TP_BIAS) - 1;
#endif
}

/* The PT_TLS segment of the program: the template every thread copies. */
struct tls_image {
	const void *data;      /* .tdata initial values */
	size_t data_size;      /* p_filesz */
	size_t size;           /* p_memsz: .tdata + .tbss */
	size_t align;          /* p_align (at least the TCB's alignment) */
	size_t area;           /* bytes per thread: TCB, gap, block, slack */
};
/* Fill *image from the PT_TLS program header (AT_PHDR in auxv). */
void __tls_image_find(struct tls_image *image, const unsigned long *auxv);
/* Lay out TCB and TLS in mem (image->area bytes), initialise both; returns
 * the TCB.  The value for the TP register is __tp_for(self). */
struct pthread *__tls_init(void *mem, const struct tls_image *image);

static inline void *__tp_for(struct pthread *self)
{
#if TLS_VARIANT == 2
	return self;
#else
	return (char *)(self + 1) + TP_BIAS;
#endif
}

#endif
