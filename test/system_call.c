/* system(3): the shell runs the command and its wait status comes back;
 * system(NULL) finds the shell; the caller's signal mask and SIGINT
 * disposition are as they were afterwards. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char path[64], buf[16];
	int status, fd;
	sigset_t mask;
	struct sigaction sa;

	CHECK(system(NULL) != 0);
	status = system("exit 3");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 3);
	CHECK_INT(system("true"), 0);
	status = system("kill -9 $$");
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	status = system("/nonexistent/command 2>/dev/null");
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 127);

	/* the command's output, and the environment it inherits */
	snprintf(path, sizeof path, "/tmp/taskrt-system-%d", (int)getpid());
	setenv("TASKRT_SYSTEM_WORD", "hello", 1);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "printf %%s \"$TASKRT_SYSTEM_WORD\" > %s", path);
	CHECK_INT(system(cmd), 0);
	fd = open(path, O_RDONLY);
	CHECK(fd >= 0);
	CHECK_INT(read(fd, buf, sizeof buf), 5);
	CHECK(memcmp(buf, "hello", 5) == 0);
	close(fd);
	unlink(path);

	/* nothing left changed: SIGCHLD unblocked, SIGINT not ignored */
	sigprocmask(SIG_SETMASK, 0, &mask);
	CHECK(!sigismember(&mask, SIGCHLD));
	sigaction(SIGINT, 0, &sa);
	CHECK(sa.sa_handler == SIG_DFL);
	return check_done();
}
