/* Credentials beyond get*id/set*id (syscall/identity.c): real, effective
 * and saved ids, and the supplementary groups.  As there, 32-bit x86 and
 * arm have 16-bit calls under the plain names and 32-bit ones ending in
 * 32; the ID32 macro picks the 32-bit one.
 *
 * Like musl's before its setxid broadcast, these change the calling
 * thread's credentials only; glibc signals every thread to follow.  A
 * program that drops privileges does it before creating threads. */
#include <grp.h>
#include <unistd.h>
#include "internal/syscall.h"
#include "internal/defs.h"

#ifdef SYS_setresuid32
#define ID32(name) SYS_##name##32
#else
#define ID32(name) SYS_##name
#endif

weak int setreuid(uid_t ruid, uid_t euid)
{
	return syscall_errno(ID32(setreuid), ruid, euid);
}

weak int setregid(gid_t rgid, gid_t egid)
{
	return syscall_errno(ID32(setregid), rgid, egid);
}

weak int setresuid(uid_t ruid, uid_t euid, uid_t suid)
{
	return syscall_errno(ID32(setresuid), ruid, euid, suid);
}

weak int setresgid(gid_t rgid, gid_t egid, gid_t sgid)
{
	return syscall_errno(ID32(setresgid), rgid, egid, sgid);
}

weak int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid)
{
	return syscall_errno(ID32(getresuid), ruid, euid, suid);
}

weak int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid)
{
	return syscall_errno(ID32(getresgid), rgid, egid, sgid);
}

/* -1 leaves an id as it is: only the effective one changes. */
weak int seteuid(uid_t uid)
{
	return syscall_errno(ID32(setresuid), -1, uid, -1);
}

weak int setegid(gid_t gid)
{
	return syscall_errno(ID32(setresgid), -1, gid, -1);
}

int __getgroups(int size, gid_t list[])
{
	return syscall_errno(ID32(getgroups), size, list);
}
weak_alias(__getgroups, getgroups);

int __setgroups(size_t size, const gid_t *list)
{
	return syscall_errno(ID32(setgroups), size, list);
}
weak_alias(__setgroups, setgroups);
