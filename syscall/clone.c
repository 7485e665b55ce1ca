/* clone and clone3: the C side.  The stack switching is in
 * arch/<arch>/clone.S and clone3.S; here are the checks, errno, and
 * clone3's fallback onto clone where the kernel has no clone3. */
#include <errno.h>
#include <sched.h>
#include <taskrt/clone3.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include "internal/syscall.h"
#include "internal/defs.h"


weak int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
	va_list ap;
	pid_t *ptid, *ctid;
	void *tls;

	/* Read the optional arguments whatever the flags say, as glibc does:
	 * the kernel looks only at those its flags ask for. */
	va_start(ap, arg);
	ptid = va_arg(ap, pid_t *);
	tls = va_arg(ap, void *);
	ctid = va_arg(ap, pid_t *);
	va_end(ap);
	if (!fn || !stack) {
		errno = EINVAL;   /* and no system call */
		return -1;
	}
	return __syscall_ret(__clone(fn, stack, flags, arg, ptid, tls, ctid));
}

/* What the kernel's clone3 rejects before anything else (kernel/fork.c),
 * checked here too so that it holds where clone3 is missing.  Copies the
 * part of *args the caller's size covers into *copy. */
static int clone3_check(const struct clone_args *args, size_t size, struct clone_args *copy)
{
	const unsigned long long known = 0xffffffffULL | CLONE_CLEAR_SIGHAND | CLONE_INTO_CGROUP;

	if (!args || size < CLONE_ARGS_SIZE_VER0)
		return EINVAL;
	if (size > 4096)
		return E2BIG;
	memset(copy, 0, sizeof *copy);
	memcpy(copy, args, size < sizeof *copy ? size : sizeof *copy);
	if (copy->flags & ~known)
		return EINVAL;
	if (copy->flags & (CLONE_DETACHED | (CSIGNAL & ~CLONE_NEWTIME)))
		return EINVAL;
	if (copy->exit_signal & ~(unsigned long long)CSIGNAL || copy->exit_signal > 64)
		return EINVAL;
	return 0;
}

weak long clone3(struct clone_args *args, size_t size)
{
	struct clone_args copy;
	int bad = clone3_check(args, size, &copy);

	if (bad) {
		errno = bad;
		return -1;
	}
	return syscall_errno(SYS_clone3, args, size);
}

static int no_clone3;   /* the kernel said ENOSYS once: do not ask again */
static int last_path;

weak int clone3_path(void)
{
	return __atomic_load_n(&last_path, __ATOMIC_RELAXED);
}

weak int clone3_fn(struct clone_args *args, size_t size, int (*fn)(void *), void *arg)
{
	struct clone_args a;
	int bad = clone3_check(args, size, &a), flags;
	long r;

	if (!bad && (!fn || !a.stack || !a.stack_size))
		bad = EINVAL;     /* fn needs a stack of its own to run on */
	if (bad) {
		errno = bad;
		return -1;
	}
	if (!__atomic_load_n(&no_clone3, __ATOMIC_RELAXED)) {
		r = __clone3(args, size, fn, arg);
		if (r != -ENOSYS) {
			__atomic_store_n(&last_path, CLONE3_PATH_CLONE3, __ATOMIC_RELAXED);
			return __syscall_ret(r);
		}
		__atomic_store_n(&no_clone3, 1, __ATOMIC_RELAXED);
	}
	__atomic_store_n(&last_path, CLONE3_PATH_CLONE, __ATOMIC_RELAXED);

	/* The legacy clone: 32 flag bits with the exit signal in the low
	 * byte, the top of the stack, and CLONE_PIDFD's fd written through
	 * the parent-tid pointer (so the two cannot be combined). */
	if (a.set_tid || a.set_tid_size || a.cgroup
	    || (a.flags & (CLONE_CLEAR_SIGHAND | CLONE_INTO_CGROUP))
	    || ((a.flags & CLONE_PIDFD) && (a.flags & CLONE_PARENT_SETTID))) {
		errno = EINVAL;
		return -1;
	}
	flags = (int)a.flags | (int)a.exit_signal;
	return __syscall_ret(__clone(fn, (char *)(uintptr_t)(a.stack + a.stack_size), flags, arg,
	             (pid_t *)(uintptr_t)(a.flags & CLONE_PIDFD ? a.pidfd : a.parent_tid),
	             (void *)(uintptr_t)a.tls, (pid_t *)(uintptr_t)a.child_tid));
}
