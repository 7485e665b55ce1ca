/* Process identity and the file-system view. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak pid_t getpid(void)   { return __syscall(SYS_getpid); }
weak pid_t getppid(void)  { return __syscall(SYS_getppid); }
weak pid_t gettid(void)   { return __syscall(SYS_gettid); }

/* 32-bit x86 and arm have 16-bit get*id calls; the 32-bit ones end in 32. */
#ifdef SYS_getuid32
uid_t __getuid(void)   { return __syscall(SYS_getuid32); }
weak_alias(__getuid, getuid);
weak uid_t geteuid(void)  { return __syscall(SYS_geteuid32); }
gid_t __getgid(void)   { return __syscall(SYS_getgid32); }
weak_alias(__getgid, getgid);
weak gid_t getegid(void)  { return __syscall(SYS_getegid32); }
#else
uid_t __getuid(void)   { return __syscall(SYS_getuid); }
weak_alias(__getuid, getuid);
weak uid_t geteuid(void)  { return __syscall(SYS_geteuid); }
gid_t __getgid(void)   { return __syscall(SYS_getgid); }
weak_alias(__getgid, getgid);
weak gid_t getegid(void)  { return __syscall(SYS_getegid); }
#endif

weak int chdir(const char *path)
{
	return syscall_errno(SYS_chdir, path);
}

weak int unlink(const char *path)
{
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, 0);
}

weak int rmdir(const char *path)
{
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
}

weak int access(const char *path, int mode)
{
	return syscall_errno(SYS_faccessat, AT_FDCWD, path, mode);
}

/* getcwd(NULL, 0) allocates, as in glibc. */
char *__getcwd(char *buf, size_t size)
{
	char tmp[PATH_MAX];

	if (!buf)
		return __getcwd(tmp, sizeof tmp) ? __strdup(tmp) : 0;
	if (size == 0) {
		errno = EINVAL;
		return 0;
	}
	if (syscall_errno(SYS_getcwd, buf, size) < 0)
		return 0;
	/* A directory outside our root comes back as "(unreachable)/..." */
	if (buf[0] != '/') {
		errno = ENOENT;
		return 0;
	}
	return buf;
}
weak_alias(__getcwd, getcwd);

int __setpgid(pid_t pid, pid_t group)
{
	return syscall_errno(SYS_setpgid, pid, group);
}
weak_alias(__setpgid, setpgid);

#ifdef SYS_setuid32
int __setuid(uid_t uid) { return syscall_errno(SYS_setuid32, uid); }
weak_alias(__setuid, setuid);
int __setgid(gid_t gid) { return syscall_errno(SYS_setgid32, gid); }
weak_alias(__setgid, setgid);
#else
int __setuid(uid_t uid) { return syscall_errno(SYS_setuid, uid); }
weak_alias(__setuid, setuid);
int __setgid(gid_t gid) { return syscall_errno(SYS_setgid, gid); }
weak_alias(__setgid, setgid);
#endif
