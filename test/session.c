/* Sessions, process groups, credentials and the rest of the process
 * calls of <unistd.h>: setsid/getsid/getpgid/getpgrp/setpgrp, killpg,
 * wait3, nice, daemon, getgroups, the real/effective/saved ids. */
#define _GNU_SOURCE   /* getresuid, daemon, wait3: for the glibc build */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fds = check_count_fds(), p[2], status, n;
	pid_t pid, values[3];
	uid_t r, e, s;
	gid_t gr, ge, gs, groups[256];
	struct rusage ru;

	/* groups and sessions */
	CHECK_INT(getpgid(0), getpgrp());
	CHECK_INT(getpgid(getpid()), getpgrp());
	/* 0 when the session's leader lives outside this pid namespace
	 * (a container's shell): the kernel has no number for it here */
	CHECK(getsid(0) >= 0);
	CHECK_INT(getsid(getpid()), getsid(0));
	CHECK_INT(getpgid(-1), -1);              CHECK_INT(errno, ESRCH);
	CHECK_INT(getsid(-1), -1);               CHECK_INT(errno, ESRCH);
	CHECK_INT(killpg(getpgrp(), 0), 0);
	CHECK_INT(killpg(-1, 0), -1);            CHECK_INT(errno, EINVAL);

	/* a child starts its own session, then its own group in it */
	CHECK_INT(pipe(p), 0);
	pid = fork();
	if (pid == 0) {
		values[0] = setsid();
		values[1] = getsid(0);
		values[2] = setsid() == -1 && errno == EPERM;   /* already a leader */
		write(p[1], values, sizeof values);
		_exit(0);
	}
	CHECK_INT(read(p[0], values, sizeof values), sizeof values);
	CHECK_INT(values[0], pid);
	CHECK_INT(values[1], pid);
	CHECK_INT(values[2], 1);
	/* wait3 reaps it, with its usage */
	CHECK_INT(wait3(&status, 0, &ru), pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	CHECK_INT(wait3(&status, WNOHANG, 0), -1);  CHECK_INT(errno, ECHILD);

	/* setpgrp makes a child its own group leader */
	pid = fork();
	if (pid == 0)
		_exit(setpgrp() == 0 && getpgrp() == getpid() ? 0 : 1);
	CHECK_INT(check_exit_status(pid), 0);

	/* daemon: the caller's child carries on in a new session, at / */
	pid = fork();
	if (pid == 0) {
		if (daemon(0, 0) < 0)
			_exit(2);
		char cwd[8] = "";
		values[0] = getsid(0) == getpid();
		values[1] = getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/");
		values[2] = fcntl(0, F_GETFD) == 0 && isatty(1) == 0;
		write(p[1], values, sizeof values);
		_exit(0);
	}
	CHECK_INT(check_exit_status(pid), 0);     /* daemon's parent: _exit(0) */
	CHECK_INT(read(p[0], values, sizeof values), sizeof values);
	CHECK_INT(values[0], 1);
	CHECK_INT(values[1], 1);
	CHECK_INT(values[2], 1);
	close(p[0]);
	close(p[1]);

	/* nice: 0 answers the current value; raising it sticks */
	errno = 0;
	n = nice(0);
	CHECK_INT(errno, 0);
	CHECK_INT(n, getpriority(PRIO_PROCESS, 0));
	/* the kernel clamps at 19: a run already at nice 19 stays there */
	pid = fork();
	if (pid == 0) {
		int want = n < 19 ? n + 1 : 19;
		_exit(nice(1) == want && getpriority(PRIO_PROCESS, 0) == want ? 0 : 1);
	}
	CHECK_INT(check_exit_status(pid), 0);

	/* credentials */
	CHECK_INT(getresuid(&r, &e, &s), 0);
	CHECK_INT(r, getuid());
	CHECK_INT(e, geteuid());
	CHECK_INT(getresgid(&gr, &ge, &gs), 0);
	CHECK_INT(gr, getgid());
	CHECK_INT(ge, getegid());
	CHECK_INT(seteuid(geteuid()), 0);
	CHECK_INT(setegid(getegid()), 0);
	CHECK_INT(setreuid(-1, -1), 0);
	CHECK_INT(setregid(-1, -1), 0);
	n = getgroups(0, 0);
	CHECK(n >= 0);
	if (n <= 256)
		CHECK_INT(getgroups(256, groups), n);
	if (n > 0) {
		CHECK_INT(getgroups(n - 1 ? n - 1 : -1, groups), -1);
		CHECK_INT(errno, EINVAL);
	}
	CHECK_INT(getresuid(0, &e, &s), -1);     CHECK_INT(errno, EFAULT);

	CHECK_INT(check_count_fds(), fds);
	return check_done();
}
