/* fexecve and execveat: run the program in an open file, the host's
 * /bin/sh (under qemu-user an exec starts a native host program, as in
 * test/process.c), told to exit 7.  Bad input: fexecve of a
 * descriptor that is not open is EBADF, of a directory EACCES (execveat
 * or, where there is none, execve of /proc/self/fd/N). */
#include <errno.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static int run(int how, int fd)
{
	int status;
	pid_t pid = fork();
	if (pid == 0) {
		char *argv[] = { "sh", "-c", "exit 7", 0 }, *envp[] = { 0 };
		if (how == 0)
			fexecve(fd, argv, envp);
		else
			execveat(fd, "", argv, envp, AT_EMPTY_PATH);
		_exit(99);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

int main(void)
{
	int fd = open("/bin/sh", O_RDONLY | O_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_INT(run(0, fd), 7);
	errno = 0;
	int via_at = run(1, fd);           /* execveat itself (qemu-user: none) */
	if (via_at != 99)
		CHECK_INT(via_at, 7);
	close(fd);

	char *av[] = { "x", 0 }, *ev[] = { 0 };
	errno = 0;
	CHECK_INT(fexecve(fd, av, ev), -1);     /* closed */
	CHECK_INT(errno, EBADF);
	int dir = open("/", O_RDONLY | O_DIRECTORY);
	errno = 0;
	CHECK_INT(fexecve(dir, av, ev), -1);
	CHECK_INT(errno, EACCES);
	close(dir);
	return check_done();
}
