/* exec with a PATH search.  A name with a '/' is used as it is; otherwise
 * each PATH entry is tried in turn ("/bin:/usr/bin" without PATH; an empty
 * entry means the current directory).  EACCES from any entry is reported
 * if no entry worked, as POSIX asks; other errors stop the search only
 * when they say the file was there but could not run.  The name is built
 * in a PATH_MAX buffer, the kernel's own limit: an entry too long for it
 * fails as the kernel would fail it, with ENAMETOOLONG, and the search
 * goes on.
 *
 * A file the kernel refuses with ENOEXEC (a script without a "#!" line)
 * is run by /bin/sh, as POSIX asks of execvp and glibc does: the shell
 * gets the file's path and then argv[1] on.  execv, which searches
 * nothing, does not do this, nor does glibc's. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal/defs.h"
#include "internal/syscall.h"

/* Returns only if the shell could not be run; errno stays ENOEXEC, the
 * caller's file being what failed.  The argument array is a VLA of
 * argc + 2 words: posix_spawn sizes its child's stack for it. */
static int exec_shell(const char *path, char *const argv[], char *const envp[])
{
	size_t argc = 0, i;

	while (argv[argc])
		argc++;
	char *sh_argv[argc + 2];
	sh_argv[0] = (char *)"/bin/sh";        /* execve reads it, never writes */
	sh_argv[1] = (char *)path;
	for (i = 1; i <= argc; i++)             /* argv[1] .. its NULL */
		sh_argv[i + 1] = argv[i];
	if (!argc)
		sh_argv[2] = 0;
	__syscall(SYS_execve, "/bin/sh", sh_argv, envp);
	errno = ENOEXEC;
	return -1;
}

/* The PATH search; shell says whether a file the kernel cannot run
 * (ENOEXEC) is handed to /bin/sh, as execvp does and, since glibc 2.15,
 * posix_spawnp does not. */
static int search(const char *file, char *const argv[], char *const envp[], int shell)
{
	const char *path = getenv("PATH"), *p, *end;
	size_t name_len = strlen(file), dir_len;
	char buf[PATH_MAX];
	int seen_eacces = 0;

	if (!*file) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/')) {
		if (__execve(file, argv, envp) < 0 && errno == ENOEXEC && shell)
			exec_shell(file, argv, envp);
		return -1;
	}
	if (name_len > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (!path)
		path = "/bin:/usr/bin";
	for (p = path; ; p = end + 1) {
		end = __strchrnul(p, ':');
		dir_len = end - p;
		if (dir_len + 1 + name_len < sizeof buf) {
			memcpy(buf, p, dir_len);
			buf[dir_len] = '/';
			memcpy(buf + dir_len + (dir_len > 0), file, name_len + 1);
			if (__execve(buf, argv, envp) < 0 && errno == ENOEXEC)
				return shell ? exec_shell(buf, argv, envp) : -1;
		} else {
			errno = ENAMETOOLONG;
		}
		switch (errno) {
		case EACCES:
			seen_eacces = 1;
			__attribute__((__fallthrough__));   /* and go on searching */
		case ENOENT: case ENOTDIR: case ENAMETOOLONG: case ELOOP:
			break;
		default:
			return -1;
		}
		if (!*end)
			break;
	}
	if (seen_eacces)
		errno = EACCES;
	return -1;
}

int __execvpe(const char *file, char *const argv[], char *const envp[])
{
	return search(file, argv, envp, 1);
}
weak_alias(__execvpe, execvpe);

int __execvpe_noshell(const char *file, char *const argv[], char *const envp[])
{
	return search(file, argv, envp, 0);
}

int __execvp(const char *file, char *const argv[])
{
	return __execvpe(file, argv, __environ);
}
weak_alias(__execvp, execvp);

int __execv(const char *path, char *const argv[])
{
	return __execve(path, argv, __environ);
}
weak_alias(__execv, execv);
