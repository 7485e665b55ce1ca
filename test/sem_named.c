/* Named semaphores: sem_open's flags (O_CREAT, O_EXCL), mode and initial
 * value, the same semaphore opened twice at one address, names with and
 * without the leading '/', sem_close and sem_unlink, a semaphore shared
 * with a child that opens it by name, and the bad input: ENOENT, EEXIST,
 * EINVAL for value > SEM_VALUE_MAX and for bad names, ENAMETOOLONG.
 * glibc's /dev/shm/sem.NAME files, so /dev/shm must be there (tmpfs). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char name[64], bare[64];

static void make_names(void)
{
	long pid = getpid();
	char *p = name + sizeof "/taskrt-test-" - 1;

	memcpy(name, "/taskrt-test-", sizeof "/taskrt-test-" - 1);
	for (long d = 1000000000; d; d /= 10)
		*p++ = '0' + pid / d % 10;
	*p = 0;
	strcpy(bare, name + 1);
}

int main(void)
{
	sem_t *a, *b, *c;
	struct stat st;
	char path[128] = "/dev/shm/sem.", longname[NAME_MAX + 2];
	int v = -1;
	pid_t pid;

	make_names();
	strcat(path, bare);
	sem_unlink(name);

	errno = 0;
	CHECK(sem_open(name, 0) == SEM_FAILED);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(sem_open(name, O_CREAT, 0600, (unsigned)SEM_VALUE_MAX + 1) == SEM_FAILED);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(access(path, F_OK), -1);           /* nothing left behind */

	a = sem_open(name, O_CREAT | O_EXCL, 0640, 2);
	CHECK(a != SEM_FAILED);
	if (a == SEM_FAILED)
		return check_done();
	CHECK_INT(stat(path, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0640 & ~umask(022));
	CHECK_INT(sem_getvalue(a, &v), 0);
	CHECK_INT(v, 2);
	errno = 0;
	CHECK(sem_open(name, O_CREAT | O_EXCL, 0600, 0) == SEM_FAILED);
	CHECK_INT(errno, EEXIST);

	/* Opened again, with or without the '/', with or without O_CREAT
	 * (whose value then does not matter): the same address. */
	b = sem_open(bare, 0);
	c = sem_open(name, O_CREAT, 0600, 7);
	CHECK(b != SEM_FAILED);
	TASKRT_ONLY(CHECK(b == a));       /* glibc: the same only if spelt the same */
	CHECK(c == a);
	CHECK_INT(sem_trywait(b), 0);
	CHECK_INT(sem_getvalue(a, &v), 0);
	CHECK_INT(v, 1);
	CHECK_INT(sem_close(c), 0);
	CHECK_INT(sem_close(b), 0);

	/* A child opens it by name and posts; the parent sleeps for it. */
	CHECK_INT(sem_trywait(a), 0);
	pid = fork();
	if (pid == 0) {
		sem_t *s = sem_open(name, 0);

		sleep_ms(20);
		_exit(s == SEM_FAILED || sem_post(s) != 0 || sem_close(s) != 0);
	}
	CHECK_INT(sem_wait(a), 0);
	CHECK_INT(check_exit_status(pid), 0);

	CHECK_INT(sem_unlink(name), 0);
	CHECK_INT(access(path, F_OK), -1);
	CHECK_INT(sem_post(a), 0);                    /* still mapped */
	CHECK_INT(sem_close(a), 0);
	errno = 0;
	CHECK_INT(sem_unlink(name), -1);
	CHECK_INT(errno, ENOENT);
	errno = 0;
	CHECK(sem_open(name, 0) == SEM_FAILED);
	CHECK_INT(errno, ENOENT);

	/* Bad names. */
	errno = 0;
	CHECK(sem_open("/", O_CREAT, 0600, 0) == SEM_FAILED);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK(sem_open("/a/b", O_CREAT, 0600, 0) == SEM_FAILED);
	CHECK_INT(errno, EINVAL);
	/* Longer than NAME_MAX: EINVAL; "sem." + NAME_MAX - 3: the kernel's
	 * ENAMETOOLONG (both as glibc). */
	memset(longname, 'x', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	errno = 0;
	CHECK(sem_open(longname, O_CREAT, 0600, 0) == SEM_FAILED);
	CHECK_INT(errno, EINVAL);
	longname[NAME_MAX - 3] = 0;
	errno = 0;
	CHECK(sem_open(longname, O_CREAT, 0600, 0) == SEM_FAILED);
	CHECK_INT(errno, ENAMETOOLONG);
	errno = 0;
	CHECK_INT(sem_unlink("/a/b"), -1);
	CHECK_INT(errno, ENOENT);
	return check_done();
}
