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

/* clone3's argument block, as in <linux/sched.h>: every field 64-bit. */
struct clone_args {
	unsigned long long flags;        /* CLONE_* */
	unsigned long long pidfd;        /* int *: where CLONE_PIDFD stores the fd */
	unsigned long long child_tid;    /* pid_t *: CLONE_CHILD_SETTID/CLEARTID */
	unsigned long long parent_tid;   /* pid_t *: CLONE_PARENT_SETTID */
	unsigned long long exit_signal;  /* sent to the parent when the child ends */
	unsigned long long stack;        /* lowest address of the child's stack */
	unsigned long long stack_size;
	unsigned long long tls;          /* CLONE_SETTLS */
	unsigned long long set_tid;      /* pid_t *: the ids to ask for (VER1) */
	unsigned long long set_tid_size;
	unsigned long long cgroup;       /* CLONE_INTO_CGROUP's fd (VER2) */
};
#define CLONE_ARGS_SIZE_VER0 64
#define CLONE_ARGS_SIZE_VER1 80
#define CLONE_ARGS_SIZE_VER2 88

/* The raw system call: returns in the parent (child id) and in the child
 * (0), like fork.  A child given its own stack cannot return from it into
 * the caller's frame: use clone3_fn for that. */
long clone3(struct clone_args *args, size_t size);
/* clone3 that runs fn(arg) in the child on stack..stack+stack_size and
 * leaves with its return value.  Where the kernel has no clone3 (ENOSYS:
 * old kernels, qemu-user) it falls back to clone(), which cannot express
 * set_tid, cgroup, CLONE_CLEAR_SIGHAND or CLONE_INTO_CGROUP: EINVAL. */
int clone3_fn(struct clone_args *args, size_t size, int (*fn)(void *), void *arg);
/* Which way clone3_fn went last: */
#define CLONE3_PATH_NONE     0   /* not called yet */
#define CLONE3_PATH_CLONE3   1   /* the clone3 system call */
#define CLONE3_PATH_CLONE    2   /* the clone fallback */
int clone3_path(void);

int sched_yield(void);
/* Policy and priority of a thread (pid 0: the caller).  -1 and errno. */
int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param);
int sched_getscheduler(pid_t pid);
int sched_setparam(pid_t pid, const struct sched_param *param);
int sched_getparam(pid_t pid, struct sched_param *param);
int sched_get_priority_min(int policy);
int sched_get_priority_max(int policy);

#endif
