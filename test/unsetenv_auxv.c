/* The auxv is found from a pointer recorded at start-up, not by walking
 * envp: unsetenv moves entries down inside the kernel's envp array, and a
 * program may rewrite that array itself (it is main's third argument), so
 * neither may hide the auxv from getauxval, sysconf or pthread_create. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "check.h"

extern char **environ;
static __thread int tls_var = 42;

static void *thread_fn(void *arg)
{
	(void)arg;
	return (void *)(long)tls_var;
}

static void check_auxv(unsigned long pagesz, unsigned long random)
{
	pthread_t t;
	void *r = 0;

	CHECK_INT(getauxval(AT_PAGESZ), pagesz);
	CHECK_INT(getauxval(AT_RANDOM), random);
	CHECK_INT(sysconf(_SC_PAGESIZE), pagesz);
	CHECK_INT(pthread_create(&t, 0, thread_fn, 0), 0);
	if (check_failures)
		return;
	CHECK_INT(pthread_join(t, &r), 0);
	CHECK_INT((long)r, 42);
}

int main(int argc, char **argv, char **envp)
{
	unsigned long pagesz = getauxval(AT_PAGESZ), random = getauxval(AT_RANDOM);
	char name[64];
	size_t len;

	(void)argc; (void)argv;
	CHECK(pagesz >= 4096);
	CHECK(random != 0);
	CHECK(envp[0] != NULL);       /* test/run.sh sets TASKRT_TEST_MODE */

	/* Unset the first variable of the kernel's array: the rest move down
	 * one slot, and envp's NULL with them. */
	len = strchrnul(envp[0], '=') - envp[0];
	CHECK(len < sizeof name);
	memcpy(name, envp[0], len);
	name[len] = 0;
	CHECK_INT(unsetenv(name), 0);
	CHECK(getenv(name) == NULL);
	check_auxv(pagesz, random);

	/* The program empties the array in place itself. */
	envp[0] = NULL;
	CHECK(environ[0] == NULL);
	check_auxv(pagesz, random);
	return check_done();
}
