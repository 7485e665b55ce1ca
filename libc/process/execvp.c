/* exec with a PATH search.  A name with a '/' is used as it is; otherwise
 * each PATH entry is tried in turn ("/bin:/usr/bin" without PATH; an empty
 * entry means the current directory).  EACCES from any entry is reported
 * if no entry worked, as POSIX asks; other errors stop the search only
 * when they say the file was there but could not run.  The name is built
 * in a PATH_MAX buffer, the kernel's own limit: an entry too long for it
 * fails as the kernel would fail it, with ENAMETOOLONG, and the search
 * goes on. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	const char *path = getenv("PATH"), *p, *end;
	size_t name_len = strlen(file), dir_len;
	char buf[PATH_MAX];
	int seen_eacces = 0;

	if (!*file) {
		errno = ENOENT;
		return -1;
	}
	if (strchr(file, '/'))
		return execve(file, argv, envp);
	if (name_len > NAME_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if (!path)
		path = "/bin:/usr/bin";
	for (p = path; ; p = end + 1) {
		end = strchrnul(p, ':');
		dir_len = end - p;
		if (dir_len + 1 + name_len < sizeof buf) {
			memcpy(buf, p, dir_len);
			buf[dir_len] = '/';
			memcpy(buf + dir_len + (dir_len > 0), file, name_len + 1);
			execve(buf, argv, envp);
		} else {
			errno = ENAMETOOLONG;
		}
		switch (errno) {
		case EACCES:
			seen_eacces = 1;
			/* fall through */
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

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, environ);
}

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}
