/* vfork on every arch, qemu-user included (where it runs as a fork): the
 * child's _exit status and an exec from the child reach the parent, and
 * the parent's own frame survives the child's use of the stack. */
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int status;
	volatile int round, local = 11;   /* live across vfork: in memory */
	pid_t pid;

	for (round = 0; round < 3; round++) {
		pid = vfork();
		if (pid == 0)
			_exit(20 + round);
		CHECK(pid > 0);
		CHECK_INT(waitpid(pid, &status, 0), pid);
		CHECK_INT(WEXITSTATUS(status), 20 + round);
	}
	pid = vfork();
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", "exit 5", (char *)0);
		_exit(127);
	}
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 5);
	CHECK_INT(local, 11);
	return check_done();
}
