/* Processes: fork, the wait family and its status decoding, the exec
 * family with a PATH search, and posix_spawn with file actions.
 *
 * The programs exec'ed are the host's /bin/sh and /bin/cat: under
 * qemu-user an exec starts a native host program (qemu does not follow
 * it), and natively the test also execs itself. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

static int read_all(int fd, char *buf, int size)
{
	int n, total = 0;

	while (total < size - 1 && (n = read(fd, buf + total, size - 1 - total)) > 0)
		total += n;
	buf[total] = 0;
	return total;
}

int main(int argc, char **argv)
{
	const char *mode = getenv("TASKRT_TEST_MODE");
	char *sh_exit7[] = { "sh", "-c", "exit 7", 0 };
	char *sh_echo[] = { "sh", "-c", "echo spawned; echo to-stderr >&2; exit 4", 0 };
	char *cat_argv[] = { "cat", 0 };
	char path[] = "/tmp/taskrt-process-XXXXXX", buf[128];
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	siginfo_t info;
	int status, fds[2], fd;
	pid_t pid;

	if (argc > 1 && strcmp(argv[1], "--exec-child") == 0)
		return 9;

	/* fork and the status word */
	pid = fork();
	if (pid == 0)
		_exit(5);
	CHECK(pid > 0);
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK(WIFEXITED(status) && !WIFSIGNALED(status));
	CHECK_INT(WEXITSTATUS(status), 5);

	pid = fork();
	if (pid == 0) {
		raise(SIGKILL);
		_exit(0);
	}
	CHECK_INT(wait(&status), pid);
	CHECK(WIFSIGNALED(status) && !WIFEXITED(status));
	CHECK_INT(WTERMSIG(status), SIGKILL);

	pid = fork();
	if (pid == 0)
		_exit(6);
	memset(&info, 0, sizeof info);
	CHECK_INT(waitid(P_PID, pid, &info, WEXITED), 0);
	CHECK_INT(info.si_pid, pid);
	CHECK_INT(info.si_status, 6);
	CHECK_INT(info.si_signo, SIGCHLD);
	CHECK_INT(waitpid(-1, &status, WNOHANG), -1);
	CHECK_INT(errno, ECHILD);
	CHECK_INT(waitpid(-1, &status, 12345), -1);
	CHECK_INT(errno, EINVAL);

	/* execve, execv, execvp (PATH search) */
	pid = fork();
	if (pid == 0) {
		execve("/bin/sh", sh_exit7, environ);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	CHECK_INT(WEXITSTATUS(status), 7);
	pid = fork();
	if (pid == 0) {
		setenv("PATH", "/nonexistent:/usr/bin:/bin", 1);
		execvp("sh", sh_exit7);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	CHECK_INT(WEXITSTATUS(status), 7);
	CHECK_INT(execvp("no-such-program-anywhere", sh_exit7), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(execv("/nonexistent/x", sh_exit7), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(execve("/etc/passwd", sh_exit7, environ), -1);
	CHECK_INT(errno, EACCES);
	if (mode && strcmp(mode, "native") == 0) {
		char *self[] = { argv[0], "--exec-child", 0 };
		pid = fork();
		if (pid == 0) {
			execv("/proc/self/exe", self);
			_exit(127);
		}
		waitpid(pid, &status, 0);
		CHECK_INT(WEXITSTATUS(status), 9);
	}

	/* posix_spawn: dup2 a pipe onto stdout and stderr, close the read end */
	CHECK_INT(pipe(fds), 0);
	CHECK_INT(posix_spawn_file_actions_init(&fa), 0);
	CHECK_INT(posix_spawn_file_actions_adddup2(&fa, fds[1], 1), 0);
	CHECK_INT(posix_spawn_file_actions_adddup2(&fa, fds[1], 2), 0);
	CHECK_INT(posix_spawn_file_actions_addclose(&fa, fds[0]), 0);
	CHECK_INT(posix_spawn_file_actions_addclose(&fa, fds[1]), 0);
	CHECK_INT(posix_spawn(&pid, "/bin/sh", &fa, 0, sh_echo, environ), 0);
	close(fds[1]);
	read_all(fds[0], buf, sizeof buf);
	close(fds[0]);
	CHECK_STR(buf, "spawned\nto-stderr\n");
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 4);
	posix_spawn_file_actions_destroy(&fa);
	CHECK_INT(posix_spawn_file_actions_adddup2(&fa, -1, 1), EBADF);

	/* open: the child's stdin from a file; posix_spawnp searches PATH */
	for (char *p = path + strlen(path) - 6; *p; p++)
		*p = 'a' + (getpid() + (p - path)) % 26;
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 0);
	CHECK_INT(write(fd, "from a file\n", 12), 12);
	close(fd);
	CHECK_INT(pipe(fds), 0);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, path, O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	CHECK_INT(posix_spawnattr_init(&attr), 0);
	CHECK_INT(posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK), 0);
	CHECK_INT(posix_spawnp(&pid, "cat", &fa, &attr, cat_argv, environ), 0);
	close(fds[1]);
	read_all(fds[0], buf, sizeof buf);
	close(fds[0]);
	CHECK_STR(buf, "from a file\n");
	CHECK_INT(waitpid(pid, &status, 0), pid);
	CHECK_INT(WEXITSTATUS(status), 0);
	posix_spawn_file_actions_destroy(&fa);
	unlink(path);

	/* failures come back as the error number; no child is left over */
	CHECK_INT(posix_spawn(&pid, "/nonexistent/program", 0, 0, sh_exit7, environ), ENOENT);
	CHECK_INT(posix_spawnp(&pid, "no-such-program-anywhere", 0, 0, sh_exit7, environ), ENOENT);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 3, "/nonexistent/file", O_RDONLY, 0);
	CHECK_INT(posix_spawn(&pid, "/bin/sh", &fa, 0, sh_exit7, environ), ENOENT);
	posix_spawn_file_actions_destroy(&fa);
	CHECK_INT(posix_spawnattr_setflags(&attr, 0x4000), EINVAL);
	CHECK_INT(waitpid(-1, &status, WNOHANG), -1);
	CHECK_INT(errno, ECHILD);
	return check_done();
}
