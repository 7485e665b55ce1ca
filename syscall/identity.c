/* Process identity: ids, groups, credentials. */
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

weak pid_t getpid(void)   { return __syscall(SYS_getpid); }
weak pid_t getppid(void)  { return __syscall(SYS_getppid); }
weak pid_t gettid(void)   { return __syscall(SYS_gettid); }

/* 32-bit x86 and arm have 16-bit get*id calls; the 32-bit ones end in 32. */
#ifdef SYS_getuid32
uid_t __getuid(void)   { return __syscall(SYS_getuid32); }
weak_alias(__getuid, getuid);
uid_t __geteuid(void)  { return __syscall(SYS_geteuid32); }
weak_alias(__geteuid, geteuid);
gid_t __getgid(void)   { return __syscall(SYS_getgid32); }
weak_alias(__getgid, getgid);
gid_t __getegid(void)  { return __syscall(SYS_getegid32); }
weak_alias(__getegid, getegid);
#else
uid_t __getuid(void)   { return __syscall(SYS_getuid); }
weak_alias(__getuid, getuid);
uid_t __geteuid(void)  { return __syscall(SYS_geteuid); }
weak_alias(__geteuid, geteuid);
gid_t __getgid(void)   { return __syscall(SYS_getgid); }
weak_alias(__getgid, getgid);
gid_t __getegid(void)  { return __syscall(SYS_getegid); }
weak_alias(__getegid, getegid);
#endif

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
