/* A script without a "#!" line: the kernel says ENOEXEC, and execvp and
 * execvpe run it with /bin/sh, as POSIX asks and glibc's execvp does
 * (argv: /bin/sh, the script's path, then argv[1] on).  execv and
 * posix_spawn, which search nothing, report ENOEXEC, and so does
 * posix_spawnp, as glibc's has since 2.15. */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

extern char **environ;

/* exit 5 when called with the arguments "a" "b c" and $0 the script's
 * path; exit 6 otherwise. */
static const char script[] =
	"[ \"$#\" = 2 ] && [ \"$1\" = a ] && [ \"$2\" = 'b c' ] && [ \"$0\" = \"$SCRIPT\" ] && exit 5\n"
	"exit 6\n";

int main(void)
{
	char dir[] = "/tmp/taskrt-script-XXXXXX", path[64], *args[] = { "noshebang", "a", "b c", 0 };
	pid_t pid = -1;
	int fd;

	for (char *p = dir + strlen(dir) - 6; *p; p++)
		*p = 'a' + (getpid() + (p - dir)) % 26;
	CHECK_INT(syscall(SYS_mkdirat, AT_FDCWD, dir, 0700), 0);
	strcpy(path, dir);
	strcat(path, "/noshebang");
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0700);
	CHECK(fd >= 0);
	CHECK_INT(write(fd, script, sizeof script - 1), (long)sizeof script - 1);
	close(fd);
	setenv("PATH", dir, 1);

	/* by its path, then by a PATH search */
	setenv("SCRIPT", path, 1);
	pid = fork();
	if (pid == 0) {
		execvp(path, args);
		_exit(100 + errno);
	}
	CHECK_INT(check_exit_status(pid), 5);
	pid = fork();
	if (pid == 0) {
		execvp("noshebang", args);
		_exit(100 + errno);
	}
	CHECK_INT(check_exit_status(pid), 5);
	pid = fork();
	if (pid == 0) {
		execvpe("noshebang", args, environ);
		_exit(100 + errno);
	}
	CHECK_INT(check_exit_status(pid), 5);
	/* posix_spawnp does not: ENOEXEC, as glibc answers since 2.15. */
	CHECK_INT(posix_spawnp(&pid, "noshebang", 0, 0, args, environ), ENOEXEC);

	/* no search, no shell */
	errno = 0;
	CHECK_INT(execv(path, args), -1);
	CHECK_INT(errno, ENOEXEC);
	CHECK_INT(posix_spawn(&pid, path, 0, 0, args, environ), ENOEXEC);

	unlink(path);
	syscall(SYS_unlinkat, AT_FDCWD, dir, AT_REMOVEDIR);
	return check_done();
}
