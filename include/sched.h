#ifndef _SCHED_H
#define _SCHED_H

#include <bits/types.h>
#include <bits/sched.h>     /* CLONE_*, SCHED_*: from the kernel's <linux/sched.h> */

#define SCHED_OTHER SCHED_NORMAL

struct sched_param {
	int sched_priority;
};

/* glibc's clone: run fn(arg) in a new process or thread on `stack` (its
 * highest address: stacks grow down).  The optional arguments, in this
 * order whatever the arch's kernel order: pid_t *ptid, void *tls,
 * pid_t *ctid.  Returns the child's id, or -1 with errno. */
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);

int sched_yield(void);
/* Policy and priority of a thread (pid 0: the caller).  -1 and errno. */
int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param);
int sched_getscheduler(pid_t pid);
int sched_setparam(pid_t pid, const struct sched_param *param);
int sched_getparam(pid_t pid, struct sched_param *param);
int sched_get_priority_min(int policy);
int sched_get_priority_max(int policy);

/* Namespaces: new ones for this process (unshare, CLONE_NEW* flags), or
 * join the one a descriptor refers to (setns). */
int unshare(int flags);
int setns(int fd, int nstype);

#endif
