/* test skip libc: clone3_fn and clone3_path are taskrt's own */
/* clone3: the checks that hold on every kernel, the with-function form on
 * whichever path this kernel offers (clone3 natively, the clone fallback
 * under qemu-user), and what the fallback cannot express. */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <taskrt/clone3.h>
#include <unistd.h>
#include "check.h"

#define STACK_SIZE (64 * 1024)

static int global = 1;
static int child_fn(void *arg)
{
	char local;
	/* exit code: 7 if running on the given stack with the given arg */
	char *stack = arg;
	return (&local > stack && &local < stack + STACK_SIZE && global == 1) ? 7 : 1;
}

int main(void)
{
	char *stack = mmap(0, STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct clone_args args = { .exit_signal = SIGCHLD, .stack = (uintptr_t)stack,
	                           .stack_size = STACK_SIZE };
	pid_t pid, tid = 0;
	int status;
	long r;

	CHECK(stack != MAP_FAILED);
	CHECK_INT(clone3_path(), CLONE3_PATH_NONE);

	/* bad input, the same on every kernel */
	errno = 0;
	CHECK_INT(clone3(&args, 0), -1);                         CHECK_INT(errno, EINVAL);
	CHECK_INT(clone3(&args, CLONE_ARGS_SIZE_VER0 - 1), -1);  CHECK_INT(errno, EINVAL);
	CHECK_INT(clone3(0, sizeof args), -1);                   CHECK_INT(errno, EINVAL);
	CHECK_INT(clone3_fn(&args, 8, child_fn, stack), -1);     CHECK_INT(errno, EINVAL);
	args.flags = 1ULL << 40;                                 /* no such flag */
	CHECK_INT(clone3(&args, sizeof args), -1);               CHECK_INT(errno, EINVAL);
	CHECK_INT(clone3_fn(&args, sizeof args, child_fn, stack), -1); CHECK_INT(errno, EINVAL);
	args.flags = SIGCHLD;                                    /* the signal goes in exit_signal */
	CHECK_INT(clone3_fn(&args, sizeof args, child_fn, stack), -1); CHECK_INT(errno, EINVAL);
	args.flags = 0;
	args.exit_signal = 200;
	CHECK_INT(clone3_fn(&args, sizeof args, child_fn, stack), -1); CHECK_INT(errno, EINVAL);
	args.exit_signal = SIGCHLD;
	CHECK_INT(clone3_fn(&args, sizeof args, 0, stack), -1);  CHECK_INT(errno, EINVAL);
	CHECK_INT(waitpid(-1, &status, WNOHANG), -1);            CHECK_INT(errno, ECHILD);

	/* the with-function form: fn runs on stack..stack+stack_size */
	args.flags = CLONE_PARENT_SETTID;
	args.parent_tid = (uintptr_t)&tid;
	pid = clone3_fn(&args, CLONE_ARGS_SIZE_VER0, child_fn, stack);
	CHECK(pid > 0);
	if (clone3_path() == CLONE3_PATH_CLONE3)
		CHECK_INT(tid, pid);
	else    /* qemu emulates a process clone with fork and writes the
		 * parent tid word in the child's copy only */
		printf("not checked under qemu-user: CLONE_PARENT_SETTID of a process clone\n");
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 7);
	printf("note: clone3_fn took the %s path\n",
	       clone3_path() == CLONE3_PATH_CLONE3 ? "clone3 system call" : "clone fallback");
	CHECK(clone3_path() == CLONE3_PATH_CLONE3 || clone3_path() == CLONE3_PATH_CLONE);
	/* a real kernel of ours (make check-system: Linux 6.1 and later) has
	 * clone3: there the fallback would be a bug */
	if (getenv("TASKRT_TEST_MODE") && !strcmp(getenv("TASKRT_TEST_MODE"), "system"))
		CHECK_INT(clone3_path(), CLONE3_PATH_CLONE3);

	/* what only clone3 can do: the fallback refuses it */
	if (clone3_path() == CLONE3_PATH_CLONE) {
		pid_t want = 12345;
		args.flags = 0;
		args.set_tid = (uintptr_t)&want;
		args.set_tid_size = 1;
		CHECK_INT(clone3_fn(&args, sizeof args, child_fn, stack), -1); CHECK_INT(errno, EINVAL);
		args.set_tid = args.set_tid_size = 0;
		args.flags = CLONE_CLEAR_SIGHAND;
		CHECK_INT(clone3_fn(&args, sizeof args, child_fn, stack), -1); CHECK_INT(errno, EINVAL);
		args.flags = CLONE_INTO_CGROUP;
		CHECK_INT(clone3_fn(&args, sizeof args, child_fn, stack), -1); CHECK_INT(errno, EINVAL);
		args.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
		CHECK_INT(clone3_fn(&args, sizeof args, child_fn, stack), -1); CHECK_INT(errno, EINVAL);
	}

	/* the raw call returns twice, like fork (no stack: a copy of ours) */
	args = (struct clone_args){ .exit_signal = SIGCHLD };
	r = clone3(&args, sizeof args);
	if (r == 0)
		_exit(9);
	if (r < 0) {
		CHECK_INT(errno, ENOSYS);        /* qemu-user, old kernels */
		CHECK_INT(clone3_path(), CLONE3_PATH_CLONE);
		printf("raw clone3: ENOSYS from this kernel\n");
	} else {
		CHECK_INT(waitpid(r, &status, 0), r);
		CHECK_INT(WEXITSTATUS(status), 9);
	}
	return check_done();
}
