/* <unistd.h> as taskrt's own sources see it: the public header, and the
 * hidden __names of its functions that taskrt calls itself (see
 * internal/defs.h for why the library never calls the public names). */
#ifndef _TASKRT_WRAP_UNISTD_H
#define _TASKRT_WRAP_UNISTD_H

#include_next <unistd.h>
#include "internal/defs.h"

/* The environment: "NAME=value" strings, NULL-terminated; crt/environ.c
 * points it at the kernel's envp before any constructor, and exports it
 * as environ. */
hidden extern char **__environ;

hidden int __chdir(const char *path);
hidden int __close(int fd);
hidden pid_t __fork(void);
hidden int __getlogin_r(char *buf, size_t size);
hidden int __getgroups(int size, gid_t list[]);
hidden int __faccessat(int dirfd, const char *path, int mode, int flags);
hidden pid_t __setsid(void);
hidden int __ttyname_r(int fd, char *buf, size_t size);
hidden int __dup2(int fd, int target);
hidden int __dup3(int fd, int target, int flags);
hidden int __execv(const char *path, char *const argv[]);
hidden int __execve(const char *path, char *const argv[], char *const envp[]);
hidden int __execvp(const char *file, char *const argv[]);
hidden int __execvpe(const char *file, char *const argv[], char *const envp[]);
/* execvpe without the /bin/sh fallback: posix_spawnp's, as glibc's. */
hidden pid_t __fork(void);
hidden int __execvpe_noshell(const char *file, char *const argv[], char *const envp[]);
hidden char *__getcwd(char *buf, size_t size);
hidden gid_t __getegid(void);
hidden uid_t __geteuid(void);
hidden gid_t __getgid(void);
hidden uid_t __getuid(void);
hidden ssize_t __readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t size);
hidden off_t __lseek(int fd, off_t offset, int whence);
hidden int __pipe2(int fds[2], int flags);
hidden ssize_t __read(int fd, void *buf, size_t n);
hidden int __setgid(gid_t gid);
hidden int __setpgid(pid_t pid, pid_t group);
hidden int __setuid(uid_t uid);
hidden ssize_t __write(int fd, const void *buf, size_t n);

#endif
