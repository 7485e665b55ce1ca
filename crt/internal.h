/* Process-wide facts the start-up code records for the rest of taskrt. */
#ifndef _TASKRT_CRT_INTERNAL_H
#define _TASKRT_CRT_INTERNAL_H

extern char **__environ;
extern unsigned long *__auxv;      /* the kernel's (type, value) pairs */

void __run_init_arrays(void);
void __run_fini_arrays(void);
/* Weak hooks exit() calls; each is a no-op unless the program links the
 * object that defines it for real. */
void __run_atexit_handlers(void);

#endif
