/* Thread attributes: stack and guard (the detach state is in detach.c;
 * the defaults for threads created without attributes in
 * attr_default.c). */
#include <errno.h>
#include <pthread.h>
#include <bits/resource.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/auxv.h>
#include "internal/pthread.h"
#include "internal/defs.h"

/* pthread_create's side of a stack the program gave, the only kind of
 * stack this object (pthread_attr_setstack, pthread_getattr_np) can put
 * in an attribute: the TCB and TLS (area bytes) go at its top.  NULL
 * (EINVAL, as glibc) if that would wrap, or leave less than a quarter of
 * PTHREAD_STACK_MIN below them. */
char *__thread_given_stack(const pthread_attr_t *attr, size_t area)
{
	uintptr_t end;

	if (__builtin_add_overflow((uintptr_t)attr->__stack, attr->__stack_size, &end)
	    || attr->__stack_size < area + PTHREAD_STACK_MIN / 4)
		return 0;
	return (char *)((end - area) & -16);
}

int __pthread_attr_init(pthread_attr_t *attr)
{
	*attr = __default_attr;
	attr->__stack = 0;
	attr->__detach = PTHREAD_CREATE_JOINABLE;
	return 0;
}
weak_alias(__pthread_attr_init, pthread_attr_init);

/* An attribute owns only the copy of a CPU set (thread/sched.c), and
 * only a program that links pthread_attr_setaffinity_np can have one. */
static void no_cpuset(pthread_attr_t *attr) { (void)attr; }
weak_alias(no_cpuset, __attr_cpuset_free);

weak int pthread_attr_destroy(pthread_attr_t *attr)
{
	__attr_cpuset_free(attr);
	return 0;
}

weak int pthread_attr_setstacksize(pthread_attr_t *attr, size_t size)
{
	if (size < PTHREAD_STACK_MIN)
		return EINVAL;
	attr->__stack_size = size;
	attr->__stack = 0;
	return 0;
}

weak int pthread_attr_getstacksize(const pthread_attr_t *restrict attr, size_t *restrict size)
{
	*size = attr->__stack_size;
	return 0;
}

weak int pthread_attr_setguardsize(pthread_attr_t *attr, size_t size)
{
	attr->__guard_size = size;
	return 0;
}

weak int pthread_attr_getguardsize(const pthread_attr_t *restrict attr, size_t *restrict size)
{
	*size = attr->__guard_size;
	return 0;
}

weak int pthread_attr_setstack(pthread_attr_t *attr, void *stack, size_t size)
{
	if (size < PTHREAD_STACK_MIN)
		return EINVAL;
	attr->__stack = stack;
	attr->__stack_size = size;
	return 0;
}

weak int pthread_attr_getstack(const pthread_attr_t *restrict attr, void **restrict stack,
                          size_t *restrict size)
{
	*stack = attr->__stack;
	*size = attr->__stack_size;
	return 0;
}

weak int pthread_setattr_default_np(const pthread_attr_t *attr)
{
	if (attr->__stack || attr->__stack_size < PTHREAD_STACK_MIN)
		return EINVAL;
	__default_attr.__stack_size = attr->__stack_size;
	__default_attr.__guard_size = attr->__guard_size;
	return 0;
}

weak int pthread_getattr_default_np(pthread_attr_t *attr)
{
	*attr = __default_attr;
	return 0;
}

/* The mapping of /proc/self/maps that holds addr: its end (*to), and the
 * end of the mapping listed before it (*below, 0 if none).  0 or an error
 * number.  Each line starts "from-to " in hex; the rest is skipped. */
static int find_mapping(uintptr_t addr, uintptr_t *to, uintptr_t *below)
{
	char buf[256];
	uintptr_t field[2] = { 0, 0 }, prev_to = 0;
	int fd = __syscall(SYS_openat, AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
	int which = 0, r = ENOENT;
	long n, i;

	if (fd < 0)
		return -fd;
	while (r == ENOENT && (n = __syscall(SYS_read, fd, buf, sizeof buf)) > 0) {
		for (i = 0; i < n && r == ENOENT; i++) {
			char c = buf[i];

			if (c == '\n') {
				if (field[0] <= addr && addr < field[1]) {
					*to = field[1];
					*below = prev_to;
					r = 0;
				}
				prev_to = field[1];
				field[0] = field[1] = 0;
				which = 0;
			} else if (which < 2) {
				if (c == '-' || c == ' ')
					which++;
				else
					field[which] = field[which] * 16
					               + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
			}
		}
	}
	__syscall(SYS_close, fd);
	return r;
}

/* The main thread's stack is the kernel's, and what glibc reports for it:
 * its top is the page boundary above the start-up stack pointer (argc,
 * then argv, envp and auxv pointers); what lies above that, up to the end
 * of the stack's mapping (the strings of argv and envp, AT_EXECFN), has
 * already used part of RLIMIT_STACK, so the size is the limit less that,
 * rounded down to a page, and at most the room down to the mapping below. */
static int main_stack(struct pthread *t, pthread_attr_t *attr)
{
	uintptr_t page = __getauxval(AT_PAGESZ), sp = (uintptr_t)t->initial_sp;
	uintptr_t top = (sp & -page) + page, to, below;
	unsigned long long limit[2];             /* cur, max */
	unsigned long long size;
	long r = __syscall(SYS_prlimit64, 0, RLIMIT_STACK, 0, limit);

	if (r < 0)
		return -r;
	if ((r = find_mapping(sp, &to, &below)))
		return r;
	size = (limit[0] - (to - top)) & -(unsigned long long)page;
	if (size > top - below)
		size = top - below;          /* now it fits in a size_t */
	attr->__stack_size = size;
	attr->__stack = (char *)(top - attr->__stack_size);
	return 0;
}

/* What a running thread was given: for a thread pthread_create mapped,
 * the stack it asked for (rounded to pages); for one on the program's
 * own stack, exactly that stack. */
weak int pthread_getattr_np(pthread_t t, pthread_attr_t *attr)
{
	__pthread_attr_init(attr);
	attr->__detach = t->detach_state == DETACH_DETACHED;
	attr->__guard_size = t->guard_size;
	if (!t->stack)
		return main_stack(t, attr);
	attr->__stack = t->stack;
	attr->__stack_size = t->stack_size;
	return 0;
}
