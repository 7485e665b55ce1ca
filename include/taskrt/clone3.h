/* <taskrt/clone3.h>: clone3, and taskrt's clone3 that runs a function.
 *
 * Neither glibc nor musl declares these, and a program may well name its
 * own clone3 wrapper so: they live here, outside every POSIX and glibc
 * header, and only a program that includes this header sees them. */
#ifndef _TASKRT_CLONE3_H
#define _TASKRT_CLONE3_H

#include <sched.h>

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

#endif
