/* A program's own .preinit_array runs after taskrt's start-up hooks: it
 * already sees environ, getenv and the auxv, as under glibc. */
#include <stdlib.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "check.h"

extern char **environ;

static char **early_environ;
static const char *early_mode;
static unsigned long early_pagesz;

static void early(void)
{
	early_environ = environ;
	early_mode = getenv("TASKRT_TEST_MODE");
	early_pagesz = getauxval(AT_PAGESZ);
}
__attribute__((section(".preinit_array"), used)) static void (*const early_entry)(void) = early;

int main(int argc, char **argv, char **envp)
{
	(void)argc; (void)argv;
	CHECK(early_environ != NULL);
	CHECK(early_environ == envp);
	CHECK_STR(early_mode, getenv("TASKRT_TEST_MODE"));
	CHECK(early_mode != NULL);          /* test/run.sh sets it */
	CHECK_INT(early_pagesz, getauxval(AT_PAGESZ));
	CHECK_INT(early_pagesz, sysconf(_SC_PAGESIZE));
	return check_done();
}
