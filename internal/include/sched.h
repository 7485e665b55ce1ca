/* <sched.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_SCHED_H
#define _TASKRT_WRAP_SCHED_H

#include_next <sched.h>
#include <taskrt/clone3.h>
#include "internal/defs.h"

hidden int __sched_yield(void);
/* The stack switches themselves (arch/<arch>/clone.S, clone3.S): the
 * child runs fn(arg) on its stack and exits with fn's result; the parent
 * gets the child's id or -errno.  clone's arguments are glibc's order,
 * whatever order the arch's kernel wants. */
hidden long __clone(int (*fn)(void *), void *stack, int flags, void *arg,
                    pid_t *ptid, void *tls, pid_t *ctid);
hidden long __clone3(struct clone_args *args, size_t size, int (*fn)(void *), void *arg);

#endif
