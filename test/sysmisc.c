/* The system calls of <sys/prctl.h>, <sys/personality.h>,
 * <sys/random.h>, <sys/mount.h>, <sys/reboot.h>, <sys/times.h>, <sched.h>
 * (unshare, setns), brk/sbrk, the host and domain names, <dlfcn.h>, the
 * linker's end symbols, <syscall.h> and the BSD types of <sys/types.h>.
 * Only calls that change nothing, or fail, on the machine that runs it. */
#define _GNU_SOURCE   /* unshare, setns, getdomainname, brk: for the glibc build */
#include <dlfcn.h>
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <syscall.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/reboot.h>
#include <sys/times.h>
#include <sys/types.h>
#include <unistd.h>
#include "check.h"

extern char etext, edata, end;   /* end(3): the program declares them */
static int initialised = 42;
static char zeroed[64];

int main(void)
{
	char name[32] = "", buf[256];
	unsigned char a[64] = { 0 }, b[64] = { 0 };
	struct tms tms;
	u_int32_t u32 = 0xffffffffu;
	u_char uc = 255;
	caddr_t cp = buf;
	quad_t q = -1;
	char *old, *more;

	/* prctl: the thread's name */
	CHECK_INT(prctl(PR_SET_NAME, "taskrt-test", 0, 0, 0), 0);
	CHECK_INT(prctl(PR_GET_NAME, name, 0, 0, 0), 0);
	CHECK_STR(name, "taskrt-test");
	CHECK_INT(prctl(-12345, 0, 0, 0, 0), -1);    CHECK_INT(errno, EINVAL);
	CHECK_INT(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) >= 0, 1);

	/* personality: 0xffffffff asks without changing */
	CHECK((personality(0xffffffff) & PER_MASK) == PER_LINUX);

	/* random bytes */
	CHECK_INT(getrandom(a, sizeof a, 0), sizeof a);
	CHECK_INT(getrandom(b, sizeof b, GRND_NONBLOCK), sizeof b);
	CHECK(memcmp(a, b, sizeof a) != 0);
	CHECK_INT(getrandom(a, 8, 0x40000000), -1);  CHECK_INT(errno, EINVAL);
	CHECK_INT(getentropy(buf, sizeof buf), 0);
	CHECK_INT(getentropy(buf, 257), -1);         CHECK_INT(errno, EIO);

	/* the break: sbrk(0) is it; growing and shrinking move it */
	old = sbrk(0);
	CHECK(old != (void *)-1);
	more = sbrk(8192);
	CHECK(more == old);
	if (more != (void *)-1) {
		memset(more, 1, 8192);
		CHECK((char *)sbrk(0) == old + 8192);
		CHECK(sbrk(-8192) == old + 8192);
		CHECK((char *)sbrk(0) == old);
		CHECK_INT(brk(old), 0);
	}

	/* times: ticks, and our own CPU time is not negative */
	CHECK(times(&tms) != (clock_t)-1);
	CHECK(tms.tms_utime >= 0 && tms.tms_stime >= 0);

	/* mount, umount2, reboot, unshare, setns: bad input only */
	CHECK_INT(mount("none", "/nonexistent/taskrt", "tmpfs", 0, 0), -1);
	CHECK(errno == ENOENT || errno == EPERM);
	CHECK_INT(umount2("/nonexistent/taskrt", MNT_DETACH), -1);
	CHECK(errno == ENOENT || errno == EPERM);
	CHECK_INT(umount2("/", 0x40000000), -1);     /* unknown flag */
	CHECK(errno == EINVAL || errno == EPERM);
	CHECK_INT(reboot(0x0badc0de), -1);           CHECK(errno == EINVAL || errno == EPERM);
	CHECK_INT(unshare(0x40000000 | 1), -1);      CHECK(errno == EINVAL || errno == EPERM);
	CHECK_INT(setns(-1, 0), -1);                 CHECK_INT(errno, EBADF);

	/* names */
	CHECK_INT(gethostname(buf, sizeof buf), 0);
	CHECK(buf[0] != 0);
	CHECK_INT(getdomainname(buf, sizeof buf), 0);
	memset(buf, 'x', sizeof buf);
	CHECK_INT(sethostname(buf, sizeof buf), -1); CHECK(errno == EINVAL || errno == EPERM);

	/* dlopen fails cleanly in taskrt, and dlerror says so once */
	TASKRT_ONLY(CHECK(dlopen("libm.so.6", RTLD_NOW) == 0));   /* static glibc can load it */
	TASKRT_ONLY(CHECK(dlerror() != 0));
	TASKRT_ONLY(CHECK(dlerror() == 0));
	TASKRT_ONLY(CHECK(dlsym(RTLD_DEFAULT, "printf") == 0));
	TASKRT_ONLY(CHECK(dlerror() != 0));

	/* end(3): code, then initialised data, then the bss */
	CHECK((char *)main < &etext);
	CHECK(&etext <= (char *)&initialised && (char *)&initialised < &edata);
	CHECK(&edata <= zeroed && zeroed + sizeof zeroed <= &end);
	CHECK_INT(initialised + zeroed[0], 42);

	/* <syscall.h> and the BSD types */
	CHECK_INT(syscall(SYS_getpid), getpid());
	CHECK_INT(u32 + 1, 0);
	CHECK_INT((u_char)(uc + 1), 0);
	CHECK(cp == buf);
	CHECK_INT(sizeof q, 8);
	return check_done();
}
