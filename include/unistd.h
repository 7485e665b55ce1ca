#ifndef _UNISTD_H
#define _UNISTD_H

#include <bits/types.h>

typedef __INTPTR_TYPE__ intptr_t;   /* sbrk's argument, as glibc's <unistd.h> */

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int dup(int fd);
int dup2(int fd, int target);
int dup3(int fd, int target, int flags);
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
unsigned sleep(unsigned seconds);
unsigned alarm(unsigned seconds);
int pause(void);
int usleep(useconds_t usec);
_Noreturn void _exit(int status);
int isatty(int fd);
char *getcwd(char *buf, size_t size);
int chdir(const char *path);
int unlink(const char *path);
int rmdir(const char *path);
int access(const char *path, int mode);
long syscall(long number, ...);

/* Files by path and by descriptor. */
int faccessat(int dirfd, const char *path, int mode, int flags);
int fchdir(int fd);
int chroot(const char *path);
int link(const char *oldpath, const char *newpath);
int linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags);
int symlink(const char *target, const char *path);
int symlinkat(const char *target, int dirfd, const char *path);
ssize_t readlink(const char *restrict path, char *restrict buf, size_t size);
ssize_t readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t size);
int unlinkat(int dirfd, const char *path, int flags);
int chown(const char *path, uid_t owner, gid_t group);
int fchown(int fd, uid_t owner, gid_t group);
int lchown(const char *path, uid_t owner, gid_t group);
int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags);
int truncate(const char *path, off_t length);
int ftruncate(int fd, off_t length);
int fsync(int fd);
int fdatasync(int fd);
void sync(void);
ssize_t pread(int fd, void *buf, size_t n, off_t offset);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset);
int getpagesize(void);
int gethostname(char *name, size_t size);

pid_t fork(void);
int setpgid(pid_t pid, pid_t group);
int setuid(uid_t uid);
int setgid(gid_t gid);
pid_t vfork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execvpe(const char *file, char *const argv[], char *const envp[]);
int execl(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);

extern char **environ;

/* Terminals (libc/termios/, libc/unistd/ttyname.c). */
char *ttyname(int fd);
int ttyname_r(int fd, char *buf, size_t size);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t group);

/* Sessions, process groups and priority. */
pid_t getpgid(pid_t pid);
pid_t getpgrp(void);
int setpgrp(void);
pid_t setsid(void);
pid_t getsid(pid_t pid);
int nice(int increment);
char *getlogin(void);
int getlogin_r(char *buf, size_t size);
int getgroups(int size, gid_t list[]);
int seteuid(uid_t uid);
int setegid(gid_t gid);
int setreuid(uid_t ruid, uid_t euid);
int setregid(gid_t rgid, gid_t egid);
int setresuid(uid_t ruid, uid_t euid, uid_t suid);
int setresgid(gid_t rgid, gid_t egid, gid_t sgid);
int getresuid(uid_t *ruid, uid_t *euid, uid_t *suid);
int getresgid(gid_t *rgid, gid_t *egid, gid_t *sgid);

/* The data segment's end (the "program break"). */
int brk(void *end);
void *sbrk(intptr_t increment);

/* Detach from the terminal and run in the background. */
int daemon(int nochdir, int noclose);

int sethostname(const char *name, size_t size);
int getdomainname(char *name, size_t size);
int setdomainname(const char *name, size_t size);
int getentropy(void *buf, size_t size);
ssize_t copy_file_range(int in_fd, off_t *in_offset, int out_fd, off_t *out_offset, size_t count,
                        unsigned flags);

/* sysconf names, numbered as in glibc (so that the values agree). */
#define _SC_ARG_MAX                       0
#define _SC_CHILD_MAX                     1
#define _SC_CLK_TCK                       2
#define _SC_NGROUPS_MAX                   3
#define _SC_OPEN_MAX                      4
#define _SC_VERSION                       29
#define _SC_PAGESIZE                      30
#define _SC_PAGE_SIZE                     _SC_PAGESIZE
#define _SC_LINE_MAX                      43
#define _SC_IOV_MAX                       60
#define _SC_THREADS                       67
#define _SC_THREAD_DESTRUCTOR_ITERATIONS  73
#define _SC_THREAD_KEYS_MAX               74
#define _SC_THREAD_STACK_MIN              75
#define _SC_THREAD_THREADS_MAX            76
#define _SC_NPROCESSORS_CONF              83
#define _SC_NPROCESSORS_ONLN              84
#define _SC_PHYS_PAGES                    85
#define _SC_AVPHYS_PAGES                  86
#define _SC_ATEXIT_MAX                    87
#define _SC_MONOTONIC_CLOCK               149
#define _SC_HOST_NAME_MAX                 180
#define _POSIX_VERSION                    200809L
#define _POSIX_THREADS                    200809L
long sysconf(int name);

/* getopt (also in <getopt.h>, with getopt_long). */
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);

#endif
