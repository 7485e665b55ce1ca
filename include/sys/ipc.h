/* <sys/ipc.h>: what the System V IPC calls share: keys, IPC_* flags and
 * commands (from the kernel's <linux/ipc.h>), struct ipc_perm and ftok.
 *
 * struct ipc_perm is glibc's: the kernel's ipc64_perm with a 32-bit mode
 * on every arch (where the kernel's mode is 16 bits, its padding follows
 * it, which a little-endian 32-bit read covers). */
#ifndef _SYS_IPC_H
#define _SYS_IPC_H

#include <features.h>
#include <bits/types.h>
#include <bits/ipc.h>

typedef int key_t;

struct ipc_perm {
	key_t __key;
	uid_t uid;                  /* owner */
	gid_t gid;
	uid_t cuid;                 /* creator */
	gid_t cgid;
	mode_t mode;                /* the low 9 bits: rwx for owner, group, others */
	unsigned short __seq;
	unsigned short __pad2;
	unsigned long __glibc_reserved1;
	unsigned long __glibc_reserved2;
};

/* A key from a file's inode and device numbers and the low 8 bits of
 * proj; -1 if the file cannot be stat()ed. */
key_t ftok(const char *path, int proj);

#endif
