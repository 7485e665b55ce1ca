/* test skip libc: clone3_fn and clone3_path are taskrt's own */
/* clone3 with CLONE_PIDFD: the child's process fd arrives in args.pidfd,
 * and stays usable after the child has exited. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <taskrt/clone3.h>
#include <unistd.h>
#include "check.h"

#define STACK_SIZE (64 * 1024)

static int child_fn(void *arg) { (void)arg; return 3; }

int main(void)
{
	char *stack = malloc(STACK_SIZE);
	int pidfd = -1, status;
	struct clone_args args = { .flags = CLONE_PIDFD, .pidfd = (uintptr_t)&pidfd,
	                           .exit_signal = SIGCHLD, .stack = (uintptr_t)stack,
	                           .stack_size = STACK_SIZE };
	pid_t pid = clone3_fn(&args, sizeof args, child_fn, 0);

	if (pid < 0 && errno == EINVAL && clone3_path() == CLONE3_PATH_CLONE)
		check_skip("qemu-user: no clone3, and its clone rejects CLONE_PIDFD");
	CHECK(pid > 0);
	CHECK(pidfd > 2);
	CHECK_INT(fcntl(pidfd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);   /* always close-on-exec */
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 3);
	CHECK_INT(close(pidfd), 0);
	return check_done();
}
