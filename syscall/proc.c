/* Process identity and the file-system view. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include "internal/syscall.h"

pid_t getpid(void)   { return __syscall(SYS_getpid); }
pid_t getppid(void)  { return __syscall(SYS_getppid); }
pid_t gettid(void)   { return __syscall(SYS_gettid); }

/* 32-bit x86 and arm have 16-bit get*id calls; the 32-bit ones end in 32. */
#ifdef SYS_getuid32
uid_t getuid(void)   { return __syscall(SYS_getuid32); }
uid_t geteuid(void)  { return __syscall(SYS_geteuid32); }
gid_t getgid(void)   { return __syscall(SYS_getgid32); }
gid_t getegid(void)  { return __syscall(SYS_getegid32); }
#else
uid_t getuid(void)   { return __syscall(SYS_getuid); }
uid_t geteuid(void)  { return __syscall(SYS_geteuid); }
gid_t getgid(void)   { return __syscall(SYS_getgid); }
gid_t getegid(void)  { return __syscall(SYS_getegid); }
#endif

int chdir(const char *path)
{
	return syscall_errno(SYS_chdir, path);
}

int unlink(const char *path)
{
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, 0);
}

int rmdir(const char *path)
{
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
}

int access(const char *path, int mode)
{
	return syscall_errno(SYS_faccessat, AT_FDCWD, path, mode);
}

/* getcwd(NULL, 0) allocates, as in glibc. */
char *getcwd(char *buf, size_t size)
{
	char tmp[PATH_MAX];

	if (!buf)
		return getcwd(tmp, sizeof tmp) ? strdup(tmp) : 0;
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

int setpgid(pid_t pid, pid_t group)
{
	return syscall_errno(SYS_setpgid, pid, group);
}

#ifdef SYS_setuid32
int setuid(uid_t uid) { return syscall_errno(SYS_setuid32, uid); }
int setgid(gid_t gid) { return syscall_errno(SYS_setgid32, gid); }
#else
int setuid(uid_t uid) { return syscall_errno(SYS_setuid, uid); }
int setgid(gid_t gid) { return syscall_errno(SYS_setgid, gid); }
#endif
