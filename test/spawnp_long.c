/* posix_spawnp and execvp with PATH entries near and past PATH_MAX.
 *
 * "/./././.../usr/bin" is a valid 3,000-byte name for /usr/bin: the PATH
 * search builds a PATH_MAX name for it in the spawned child, which must
 * have the stack for that (it shares the suspended parent's memory).  An
 * entry too long for any name (5,000 bytes) fails as the kernel would
 * fail it, ENAMETOOLONG, and the search goes on to the next entry. */
#include <errno.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

extern char **environ;

static char *dots_to(char *p, size_t bytes, const char *dir)
{
	size_t n = 0;

	p[n++] = '/';
	while (n + 2 <= bytes) {
		p[n++] = '.';
		p[n++] = '/';
	}
	strcpy(p + n, dir + 1);
	return p;
}

static int spawnp_status(const char *path)
{
	char *args[] = { "sh", "-c", "exit 3", 0 };
	pid_t pid = -1;
	int r, status = -1;

	setenv("PATH", path, 1);
	r = posix_spawnp(&pid, "sh", 0, 0, args, environ);
	if (r)
		return -r;
	if (waitpid(pid, &status, 0) != pid)
		return -1000;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1000 + status;
}

int main(void)
{
	static char near[3100], far[5100], path[16000];
	char *args[] = { "sh", "-c", "exit 3", 0 };
	int status, pid;

	dots_to(near, 3000, "/usr/bin");
	dots_to(far, 5000, "/usr/bin");

	CHECK_INT(spawnp_status(near), 3);

	/* An entry too long for a path: ENAMETOOLONG in taskrt, as the kernel
	 * would say; glibc's posix_spawnp reports other errors for it. */
	TASKRT_ONLY(CHECK_INT(spawnp_status(far), -ENAMETOOLONG));
	strcpy(path, far);
	strcat(path, ":");
	strcat(path, near);
	CHECK_INT(spawnp_status(path), 3);
	strcpy(path, "/nonexistent:");
	strcat(path, far);
	TASKRT_ONLY(CHECK_INT(spawnp_status(path), -ENAMETOOLONG));
	strcpy(path, far);
	strcat(path, ":/nonexistent");
	CHECK_INT(spawnp_status(path), -ENOENT);

	/* execvp itself, in a child. */
	setenv("PATH", far, 1);
	errno = 0;
	CHECK_INT(execvp("sh", args), -1);
	TASKRT_ONLY(CHECK_INT(errno, ENAMETOOLONG));
	pid = fork();
	if (pid == 0) {
		setenv("PATH", near, 1);
		execvp("sh", args);
		_exit(100 + errno);
	}
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 3);
	return check_done();
}
