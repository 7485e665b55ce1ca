/* Named semaphores: a sem_t in a file of /dev/shm (tmpfs), mapped shared.
 * "/name" is /dev/shm/sem.name, the file glibc uses; the sem_t inside is
 * taskrt's own, so a taskrt and a glibc program cannot share one.
 *
 * Creating without a race: the semaphore is written, initialised, into a
 * temporary file and then link()ed to its name, so no other process can
 * open the name and find a half-made semaphore.  A link that finds the
 * name taken (another creator won) either fails (O_EXCL: EEXIST) or opens
 * the winner's.
 *
 * POSIX: opening the same semaphore twice in one process gives the same
 * address.  A list of what this process has mapped (file identity,
 * address, how many opens) finds an earlier mapping; sem_close unmaps at
 * the last close. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal/lock.h"
#include "internal/pthread.h"
#include "internal/syscall.h"

#define DIR    "/dev/shm/"
#define PREFIX "sem."

struct mapped {
	struct mapped *next;
	dev_t dev;
	ino_t ino;
	sem_t *sem;
	int opens;
};
static struct mapped *list;
static volatile int list_lock;

/* /dev/shm/sem.NAME for "/NAME" or "NAME": 0, or EINVAL for an empty
 * name, one with a '/' inside, or one longer than NAME_MAX (glibc's
 * rules; a name that only the "sem." makes too long is the kernel's
 * ENAMETOOLONG). */
static int path_of(const char *name, char *path)
{
	size_t n = 0, d = sizeof DIR PREFIX - 1;

	while (*name == '/')
		name++;
	while (n <= NAME_MAX && name[n] && name[n] != '/')
		n++;
	if (!n || n > NAME_MAX || name[n] == '/')
		return EINVAL;
	for (size_t i = 0; i < d; i++)
		path[i] = (DIR PREFIX)[i];
	for (size_t i = 0; i <= n; i++)
		path[d + i] = name[i];
	return 0;
}

static sem_t *fail(int e)
{
	errno = e;
	return SEM_FAILED;
}

/* Map the semaphore open at fd, or find this process's earlier mapping. */
static sem_t *map(int fd)
{
	struct stat st;
	struct mapped *m;
	sem_t *sem = SEM_FAILED;

	if (__fstat(fd, &st) != 0)
		return SEM_FAILED;
	if (st.st_size < (off_t)sizeof(sem_t))
		return fail(EINVAL);         /* not one of ours */
	__lock(&list_lock);
	for (m = list; m && (m->dev != st.st_dev || m->ino != st.st_ino); m = m->next)
		;
	if (m) {
		m->opens++;
		sem = m->sem;
	} else if ((m = malloc(sizeof *m)) != 0) {
		sem = __mmap(0, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		if (sem == MAP_FAILED) {
			free(m);
			sem = SEM_FAILED;
		} else {
			*m = (struct mapped){ list, st.st_dev, st.st_ino, sem, 1 };
			list = m;
		}
	} else {
		errno = ENOMEM;
	}
	__unlock(&list_lock);
	return sem;
}

/* A new semaphore under a temporary name, linked to path.  The fd of
 * path's semaphore, or -1 with errno (EEXIST: someone else's is there). */
static int create(const char *path, mode_t mode, unsigned value)
{
	static volatile int serial;
	char tmp[sizeof DIR PREFIX "tmp.0123456789abcdef"];
	sem_t sem = { (int)value, 0, 1 };
	int fd, r;

	for (;;) {
		unsigned long long u = ((unsigned long long)__thread_tid(__self()) << 32) |
		                       (unsigned)__atomic_fetch_add(&serial, 1, __ATOMIC_RELAXED);
		char *p = tmp;

		for (const char *s = DIR PREFIX "tmp."; *s; s++)
			*p++ = *s;
		for (int i = 60; i >= 0; i -= 4)
			*p++ = "0123456789abcdef"[(u >> i) & 15];
		*p = 0;
		fd = __open(tmp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
		if (fd >= 0)
			break;
		if (errno != EEXIST)
			return -1;
	}
	if (__write(fd, &sem, sizeof sem) != (ssize_t)sizeof sem)
		r = -1;
	else
		r = syscall_errno(SYS_linkat, AT_FDCWD, tmp, AT_FDCWD, path, 0);
	__syscall(SYS_unlinkat, AT_FDCWD, tmp, 0);
	if (r != 0) {
		__close(fd);
		return -1;
	}
	return fd;
}

weak sem_t *sem_open(const char *name, int oflag, ...)
{
	char path[sizeof DIR PREFIX + NAME_MAX];
	mode_t mode = 0;
	unsigned value = 0;
	sem_t *sem;
	int fd, e;
	va_list ap;

	if ((e = path_of(name, path)) != 0)
		return fail(e);
	if (oflag & O_CREAT) {
		va_start(ap, oflag);
		mode = va_arg(ap, mode_t);
		value = va_arg(ap, unsigned);
		va_end(ap);
		if (value > SEM_VALUE_MAX)
			return fail(EINVAL);
	}
	for (;;) {
		if (!(oflag & O_EXCL) || !(oflag & O_CREAT)) {
			fd = __open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
			if (fd >= 0 || errno != ENOENT || !(oflag & O_CREAT))
				break;
		}
		fd = create(path, mode, value);
		if (fd >= 0 || errno != EEXIST || (oflag & O_EXCL))
			break;
		/* another process created it in between: open theirs */
	}
	if (fd < 0)
		return SEM_FAILED;
	sem = map(fd);
	e = errno;
	__close(fd);
	errno = e;
	return sem;
}

weak int sem_close(sem_t *sem)
{
	struct mapped **p, *m;

	__lock(&list_lock);
	for (p = &list; *p && (*p)->sem != sem; p = &(*p)->next)
		;
	m = *p;
	if (m && --m->opens == 0)
		*p = m->next;
	__unlock(&list_lock);
	if (!m) {
		errno = EINVAL;
		return -1;
	}
	if (m->opens == 0) {
		__munmap(sem, sizeof(sem_t));
		free(m);
	}
	return 0;
}

weak int sem_unlink(const char *name)
{
	char path[sizeof DIR PREFIX + NAME_MAX];
	int e = path_of(name, path);

	if (e) {
		errno = ENOENT;                      /* as glibc */
		return -1;
	}
	return syscall_errno(SYS_unlinkat, AT_FDCWD, path, 0);
}
