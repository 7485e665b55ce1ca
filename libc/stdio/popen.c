/* popen, pclose: a command run by /bin/sh -c, its stdin or stdout a pipe
 * to the stream. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal/lock.h"
#include "internal/stdio.h"

/* "r" or "w", with an optional "e" (the stream's end close-on-exec). */
weak FILE *popen(const char *command, const char *mode)
{
	int reading = *mode == 'r', cloexec = 0, fds[2], mine, theirs, target;
	pid_t pid;
	FILE *f, *g;

	cloexec = mode[1] == 'e';
	if ((*mode != 'r' && *mode != 'w') || (mode[1] && mode[1] != 'e')) {
		errno = EINVAL;
		return 0;
	}
	if (__pipe2(fds, O_CLOEXEC) < 0)
		return 0;
	mine = fds[!reading];
	theirs = fds[reading];
	target = reading;       /* the child's stdout when we read, else stdin */
	f = __stdio_new(mine, reading ? O_RDONLY : O_WRONLY, STDIO_BUFSIZ, 0);
	if (!f)
		goto fail;
	f->seek = 0;
	pid = __fork();
	if (pid < 0) {
		__stdio_unlink(f);
		free(f);
		goto fail;
	}
	if (pid == 0) {
		char *argv[] = { "sh", "-c", (char *)command, 0 };
		/* POSIX: no stream of an earlier popen stays open in the child */
		for (g = __stdio_head; g; g = g->next)
			if (g->pid > 0)
				__close(g->fd);
		if (theirs == target
		    ? __fcntl(theirs, F_SETFD, 0) == 0
		    : __dup2(theirs, target) == target)
			__execve("/bin/sh", argv, __environ);
		_Exit(127);
	}
	__close(theirs);
	if (!cloexec)
		__fcntl(mine, F_SETFD, 0);
	f->pid = pid;
	return f;
fail:
	__close(fds[0]);
	__close(fds[1]);
	return 0;
}

/* The child's wait status, once the stream is closed (so that the
 * command sees its end of file); -1 (ECHILD) for a stream popen did not
 * open. */
weak int pclose(FILE *f)
{
	pid_t pid = f->pid;
	int status;

	if (pid <= 0) {
		errno = ECHILD;
		return -1;
	}
	fclose(f);
	while (__waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return status;
}
