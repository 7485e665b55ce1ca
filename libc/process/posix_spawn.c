/* posix_spawn: start a program in a new process, built on clone.
 *
 * The child shares the parent's memory (CLONE_VM) and the parent sleeps
 * until the child has exec'ed or died (CLONE_VFORK): no page of the
 * parent is copied.  The child runs on a stack mapped for it, takes the
 * file actions and signal settings, and execs.  The stack is a mapping,
 * not an array in this frame: the PATH search alone needs a PATH_MAX
 * buffer on it, and a child that ran off a short array would overwrite
 * the frames of the very parent it is suspending.
 * A pipe with close-on-exec carries the child's errno back if anything
 * fails; if the exec succeeds the pipe just closes.  The caller's file
 * actions know nothing of the pipe (glibc needs none), so the child keeps
 * it out of their way: see child_actions.
 *
 * qemu-user refuses CLONE_VM without CLONE_THREAD (EINVAL): there we clone
 * without sharing memory, which is a fork; the pipe works the same way.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "internal/pthread.h"
#include "internal/spawn.h"
#include "internal/syscall.h"
#include "internal/defs.h"

/* The child's stack: execvpe's PATH_MAX name, and room for child(),
 * the file actions and the system calls below them; plus argc + 2 words,
 * the argument array execvpe's /bin/sh fallback would need (posix_spawnp
 * does without it, but the reserve keeps the bound simple). */
#define CHILD_STACK (PATH_MAX + 8192)

struct spawn {
	const char *path;
	const posix_spawn_file_actions_t *actions;
	const posix_spawnattr_t *attr;
	char *const *argv, *const *envp;
	int (*exec)(const char *, char *const *, char *const *);
	sigset_t parent_mask;
	int pipe_read, pipe_write;
};

/* Move the pipe's write end to another free number, close-on-exec still. */
static int move_pipe(int *pipe_fd)
{
	long fd = __syscall(SYS_fcntl, *pipe_fd, F_DUPFD_CLOEXEC, 0);

	if (fd < 0) {
		errno = -fd;
		return -1;
	}
	__syscall(SYS_close, *pipe_fd);
	*pipe_fd = fd;
	return 0;
}

/* The file actions, in order.  The pipe's numbers were free when the
 * caller made the list, so they must look free to it: its read end is
 * closed already (child()), its write end as a dup2 source is EBADF, and
 * before a step puts something at the write end's number (close, dup2 or
 * open onto it) the pipe moves out of the way.  Each step checks again,
 * since the move may land on a number a later step names. */
static int child_actions(const struct spawn *s, int *pipe_fd)
{
	const struct spawn_action *a;
	int fd;

	for (a = s->actions ? s->actions->first : 0; a; a = a->next) {
		if (a->kind == SPAWN_DUP2 && a->fd == *pipe_fd) {
			errno = EBADF;
			return -1;
		}
		if ((a->kind == SPAWN_DUP2 ? a->target : a->fd) == *pipe_fd && move_pipe(pipe_fd) < 0)
			return -1;
		switch (a->kind) {
		case SPAWN_CLOSE:
			if (__close(a->fd) < 0 && errno != EBADF)
				return -1;
			break;
		case SPAWN_DUP2:
			/* dup2(fd, fd) must still clear close-on-exec */
			if (a->fd == a->target) {
				if (__fcntl(a->fd, F_SETFD, 0) < 0)
					return -1;
			} else if (__dup2(a->fd, a->target) < 0)
				return -1;
			break;
		case SPAWN_OPEN:
			fd = __open(a->path, a->flags, a->mode);
			if (fd < 0)
				return -1;
			if (fd != a->fd) {
				if (__dup2(fd, a->fd) < 0)
					return -1;
				__close(fd);
			}
			break;
		}
	}
	return 0;
}

static int child(void *arg)
{
	const struct spawn *s = arg;
	const posix_spawnattr_t *attr = s->attr;
	struct sigaction dfl = { .sa_handler = SIG_DFL }, old;
	int sig, flags = attr ? attr->flags : 0, pipe_fd = s->pipe_write;

	__syscall(SYS_close, s->pipe_read);   /* only the parent reads it */

	/* No handler of the parent's may run in the child: reset every
	 * caught signal (and those the caller asked for) to SIG_DFL, then
	 * restore the signal mask the parent had, or the one asked for. */
	for (sig = 1; sig < NSIG; sig++) {
		if (sig == SIGKILL || sig == SIGSTOP)
			continue;
		__sigaction(sig, 0, &old);
		if ((old.sa_handler != SIG_DFL && old.sa_handler != SIG_IGN)
		    || ((flags & POSIX_SPAWN_SETSIGDEF) && __sigismember(&attr->sigdefault, sig) == 1))
			__sigaction(sig, &dfl, 0);
	}
	if (((flags & POSIX_SPAWN_SETPGROUP) && __setpgid(0, attr->pgroup) < 0)
	    || ((flags & POSIX_SPAWN_RESETIDS) && (__setgid(__getgid()) < 0 || __setuid(__getuid()) < 0))
	    || child_actions(s, &pipe_fd) < 0)
		goto fail;
	__sigprocmask(SIG_SETMASK, flags & POSIX_SPAWN_SETSIGMASK ? &attr->sigmask : &s->parent_mask, 0);
	s->exec(s->path, s->argv, s->envp);
fail:
	sig = errno;
	__syscall(SYS_write, pipe_fd, &sig, sizeof sig);
	_Exit(127);
}

static int spawn_now(pid_t *restrict pid, const char *path, const posix_spawn_file_actions_t *actions,
                     const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[],
                     int (*exec)(const char *, char *const *, char *const *))
{
	struct spawn s = { .path = path, .actions = actions, .attr = attr,
	                   .argv = argv, .envp = envp, .exec = exec };
	size_t stack_size = CHILD_STACK, argc = 0;
	sigset_t all;
	int fds[2], child_pid, err = 0, status;
	long map;
	char *stack;

	while (argv[argc])
		argc++;
	stack_size += (argc + 2) * sizeof(char *);
	if (__pipe2(fds, O_CLOEXEC) < 0)
		return errno;
#ifdef SYS_mmap2
	map = __syscall(SYS_mmap2, 0, stack_size, PROT_READ | PROT_WRITE,
	                MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
#else
	map = __syscall(SYS_mmap, 0, stack_size, PROT_READ | PROT_WRITE,
	                MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
#endif
	if ((unsigned long)map > -4096UL) {
		__syscall(SYS_close, fds[0]);
		__syscall(SYS_close, fds[1]);
		return -map;
	}
	stack = (char *)map;
	s.pipe_read = fds[0];
	s.pipe_write = fds[1];
	__sigfillset(&all);
	__sigprocmask(SIG_BLOCK, &all, &s.parent_mask);   /* no handler in the child */
	child_pid = __clone(child, stack + stack_size, CLONE_VM | CLONE_VFORK | SIGCHLD, &s, 0, 0, 0);
	if (child_pid == -EINVAL)
		child_pid = __clone(child, stack + stack_size, SIGCHLD, &s, 0, 0, 0);
	if (child_pid < 0)
		err = -child_pid;
	__sigprocmask(SIG_SETMASK, &s.parent_mask, 0);
	/* The child has exec'ed or died (CLONE_VFORK), or has a copy of its
	 * own (the fork fallback): the stack is free. */
	__syscall(SYS_munmap, stack, stack_size);
	__close(fds[1]);
	if (child_pid > 0 && __read(fds[0], &err, sizeof err) == sizeof err)
		__waitpid(child_pid, &status, 0);     /* it failed: reap it */
	else if (child_pid > 0) {
		err = 0;
		if (pid)
			*pid = child_pid;
	}
	__close(fds[0]);
	return err;
}

/* With cancellation disabled throughout, as glibc does: the child runs on
 * the parent's TCB (CLONE_VM, no new thread pointer), so a cancel pending
 * in the parent would otherwise act in the child's first close or open
 * (docs/cancel.md), and a cancel in the parent's read would leak the
 * pipe and the unreaped child. */
static int spawn(pid_t *restrict pid, const char *path, const posix_spawn_file_actions_t *actions,
                 const posix_spawnattr_t *restrict attr, char *const argv[], char *const envp[],
                 int (*exec)(const char *, char *const *, char *const *))
{
	struct pthread *self = __self();
	int state = self->cancel_disable, r;

	self->cancel_disable = PTHREAD_CANCEL_DISABLE;
	r = spawn_now(pid, path, actions, attr, argv, envp, exec);
	self->cancel_disable = state;
	return r;
}

weak int posix_spawn(pid_t *restrict pid, const char *restrict path,
                const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
                char *const argv[restrict], char *const envp[restrict])
{
	return spawn(pid, path, actions, attr, argv, envp, __execve);
}

weak int posix_spawnp(pid_t *restrict pid, const char *restrict file,
                 const posix_spawn_file_actions_t *actions, const posix_spawnattr_t *restrict attr,
                 char *const argv[restrict], char *const envp[restrict])
{
	return spawn(pid, file, actions, attr, argv, envp, __execvpe_noshell);
}
