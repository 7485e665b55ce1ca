/* system: run command by /bin/sh -c and wait for it, as POSIX and glibc
 * do it: SIGCHLD blocked and SIGINT and SIGQUIT ignored in the caller
 * while the command runs (the terminal's signals are the command's), and
 * the child given back the caller's dispositions and mask before exec.
 * Returns the wait status, -1 if no child could be made or waited for;
 * a shell that cannot be run exits 127.  system(NULL) asks whether there
 * is a shell. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

int system(const char *command)
{
	struct sigaction ignore = { .sa_handler = SIG_IGN }, old_int, old_quit;
	sigset_t block, old_mask;
	int status = -1, saved;
	pid_t pid;

	if (!command)
		return __syscall(SYS_faccessat, AT_FDCWD, "/bin/sh", X_OK, 0) == 0;
	__sigemptyset(&block);
	__sigaddset(&block, SIGCHLD);
	__sigprocmask(SIG_BLOCK, &block, &old_mask);
	__sigaction(SIGINT, &ignore, &old_int);
	__sigaction(SIGQUIT, &ignore, &old_quit);
	pid = __fork();
	if (pid == 0) {
		char *argv[] = { "sh", "-c", (char *)command, 0 };
		__sigaction(SIGINT, &old_int, 0);
		__sigaction(SIGQUIT, &old_quit, 0);
		__sigprocmask(SIG_SETMASK, &old_mask, 0);
		__execve("/bin/sh", argv, __environ);
		_Exit(127);
	}
	if (pid > 0)
		while (__waitpid(pid, &status, 0) < 0)
			if (errno != EINTR) {
				status = -1;
				break;
			}
	saved = errno;
	__sigaction(SIGINT, &old_int, 0);
	__sigaction(SIGQUIT, &old_quit, 0);
	__sigprocmask(SIG_SETMASK, &old_mask, 0);
	errno = saved;
	return status;
}
