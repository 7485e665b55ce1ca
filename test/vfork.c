/* test skip qemu: qemu-user: CLONE_VFORK runs as a plain fork, nothing is shared */
/* vfork: the child runs in the parent's memory, on its stack, while the
 * parent waits for the child's _exit or execve.  (test/vfork_exec.c checks
 * what holds under qemu-user too: statuses and exec.) */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

static volatile int shared = 0;

int main(void)
{
	int status, local = 1;
	pid_t pid;

	pid = vfork();
	if (pid == 0) {
		struct timespec pause = { 0, 50 * 1000 * 1000 };
		nanosleep(&pause, 0);       /* the parent must still be waiting */
		shared = 42;                /* the parent's memory */
		_exit(3);
	}
	CHECK(pid > 0);
	CHECK_INT(shared, 42);              /* the child ran to its end first */
	if (shared == 42)
		printf("note: vfork's child wrote the parent's memory and ended before the parent went on\n");
	CHECK_INT(local, 1);                /* our stack frame survived */
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 3);

	/* and until execve: the child execs, then we run */
	pid = vfork();
	if (pid == 0) {
		shared = 7;
		execl("/bin/sh", "sh", "-c", "exit 5", (char *)0);
		_exit(127);
	}
	CHECK_INT(shared, 7);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 5);
	return check_done();
}
