/* Cancellation's machinery, for thread/cancel.c and the arch/<arch>/
 * syscall_cp.S beside it (docs/cancel.md).
 *
 *   __syscall_cp_asm(&self->cancel, n, a..f)   the system call n(a..f),
 *        unless the flag is already set; its code from __cp_begin up to
 *        __cp_end is the window: a cancel signal that finds the thread's
 *        PC inside it sends the thread to __cp_cancel instead, and the
 *        system call has then not happened (or will be restarted)
 *   __cp_cancel     leaves __syscall_cp_asm as if it returned __cancel()
 *   __cancel()      acts on the cancel: exits the thread with
 *                   PTHREAD_CANCELED, or (state CANCEL_MASKED) returns
 *                   -ECANCELED once
 */
#ifndef _TASKRT_INTERNAL_CANCEL_H
#define _TASKRT_INTERNAL_CANCEL_H

#include "defs.h"
#include "signal.h"   /* SIGCANCEL */

hidden long __syscall_cp_asm(volatile int *cancel, long n, long a, long b, long c,
                             long d, long e, long f);
hidden extern const char __cp_begin[], __cp_end[], __cp_cancel[];
hidden long __cancel(void);

#endif
