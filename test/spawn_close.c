/* posix_spawn's own error pipe is invisible to the file actions, as in
 * glibc (which has no pipe): closing fds 3..9 (a usual "stdio only" list)
 * must not make a failed exec look like a success, duplicating a file
 * onto every one of those numbers must not put raw errno bytes into it,
 * and the pipe's numbers, free as far as the caller knows, are EBADF as
 * the source of a dup2. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

extern char **environ;

int main(void)
{
	char *sh_exit3[] = { "sh", "-c", "exit 3", 0 };
	char *sh_echo[] = { "sh", "-c", "echo ok >&5", 0 };
	char *none[] = { "nonexistent", 0 };
	char path[] = "/tmp/taskrt-spawn-close-XXXXXX", buf[64];
	posix_spawn_file_actions_t fa;
	pid_t pid = -1;
	int fd, free1, free2, n;

	/* close 3..9 */
	posix_spawn_file_actions_init(&fa);
	for (fd = 3; fd < 10; fd++)
		posix_spawn_file_actions_addclose(&fa, fd);
	CHECK_INT(posix_spawn(&pid, "/nonexistent/program", &fa, 0, none, environ), ENOENT);
	CHECK_INT(posix_spawn(&pid, "/bin/sh", &fa, 0, sh_exit3, environ), 0);
	CHECK_INT(check_exit_status(pid), 3);
	posix_spawn_file_actions_destroy(&fa);

	/* dup2 a file onto 3..9 */
	for (char *p = path + strlen(path) - 6; *p; p++)
		*p = 'a' + (getpid() + (p - path)) % 26;
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	CHECK(fd >= 3);
	unlink(path);
	posix_spawn_file_actions_init(&fa);
	for (n = 3; n < 10; n++)
		if (n != fd)
			posix_spawn_file_actions_adddup2(&fa, fd, n);
	CHECK_INT(posix_spawn(&pid, "/nonexistent/program", &fa, 0, none, environ), ENOENT);
	CHECK_INT(lseek(fd, 0, SEEK_END), 0);       /* nothing written into it */
	CHECK_INT(posix_spawn(&pid, "/bin/sh", &fa, 0, sh_echo, environ), 0);
	CHECK_INT(check_exit_status(pid), 0);
	CHECK_INT(lseek(fd, 0, SEEK_SET), 0);
	CHECK_INT(read(fd, buf, sizeof buf), 3);
	CHECK(memcmp(buf, "ok\n", 3) == 0);
	posix_spawn_file_actions_destroy(&fa);

	/* open onto 3..9 */
	posix_spawn_file_actions_init(&fa);
	for (n = 3; n < 10; n++)
		posix_spawn_file_actions_addopen(&fa, n, "/dev/null", O_RDONLY, 0);
	CHECK_INT(posix_spawn(&pid, "/nonexistent/program", &fa, 0, none, environ), ENOENT);
	posix_spawn_file_actions_destroy(&fa);

	/* The pipe takes the two lowest free numbers, which the caller sees
	 * as closed: a dup2 from either fails as from any closed fd. */
	free1 = dup(0);
	free2 = dup(0);
	close(free1);
	close(free2);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, free1, 1);
	CHECK_INT(posix_spawn(&pid, "/bin/sh", &fa, 0, sh_exit3, environ), EBADF);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, free2, 1);
	CHECK_INT(posix_spawn(&pid, "/bin/sh", &fa, 0, sh_exit3, environ), EBADF);
	posix_spawn_file_actions_destroy(&fa);
	close(fd);
	return check_done();
}
