/* <setjmp.h>: non-local jumps (docs/setjmp.md).
 *
 * A jmp_buf is glibc's: the arch's register area (bits/setjmp.h, from
 * arch/<arch>/jmp_buf.h), whether the signal mask was saved, and the
 * mask itself in a 1024-bit set like sigset_t, so that sizeof(jmp_buf)
 * is glibc's on every arch.  jmp_buf and sigjmp_buf are the same type. */
#ifndef _SETJMP_H
#define _SETJMP_H

#include <features.h>
#include <bits/setjmp.h>

typedef struct __jmp_buf_tag {
	__jmp_buf __jb;               /* callee-saved registers, sp, pc */
	int __mask_was_saved;         /* nonzero: longjmp restores __saved_mask */
	unsigned long __saved_mask[128 / sizeof(long)];
} jmp_buf[1];
#ifdef __TASKRT_POSIX
typedef jmp_buf sigjmp_buf;
#endif

/* (A port without arch/<arch>/setjmp.S yet has jmp_buf but no functions.) */
#ifndef __TASKRT_NO_SETJMP
int setjmp(jmp_buf env) __attribute__((__returns_twice__));
_Noreturn void longjmp(jmp_buf env, int val);

#ifdef __TASKRT_POSIX

int _setjmp(jmp_buf env) __attribute__((__returns_twice__));
_Noreturn void _longjmp(jmp_buf env, int val);
int sigsetjmp(sigjmp_buf env, int savemask) __attribute__((__returns_twice__));
_Noreturn void siglongjmp(sigjmp_buf env, int val);
#endif
#endif

#endif
