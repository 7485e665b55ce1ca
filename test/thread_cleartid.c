/* test skip libc: a pthread_t is the address of taskrt's TCB, whose page the test watches */
/* A detached thread's exit writes nothing into memory it no longer owns.
 *
 * A detached thread unmaps its own mapping (stack, TCB) and exits.  If the
 * kernel's CLONE_CHILD_CLEARTID is still armed at that point, the kernel
 * stores 0 into the old tid word and wakes it, in whatever has been mapped
 * at that address in between.  Here the test maps a page of its own there
 * the moment the thread's page is gone, a private mapping of a memfd's
 * page pre-filled with 0xAA (through a shared mapping elsewhere), waits
 * until the thread has died, and looks for any zero word in it: a store
 * there copies the page, and the copy shows it.
 *
 * Two ways to become detached: created detached, and pthread_detach while
 * the thread runs (then detach and exit race for who frees the mapping).
 * qemu-user clears the guest's tid word itself at thread exit and honours
 * set_tid_address, so the scenario shows there too, with fewer trials.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

static size_t page_size;        /* the kernel's: 64 KiB on ppc64el */

static void *volatile tcb;
static volatile int tid, go;

static void *wait_for_go(void *arg)
{
	tcb = pthread_self();
	__atomic_store_n(&tid, syscall(SYS_gettid), __ATOMIC_SEQ_CST);
	while (!__atomic_load_n(&go, __ATOMIC_SEQ_CST))
		;
	return arg;
}

/* One thread's life.  Returns 1 if its exit wrote into our page, 0 if
 * not, -1 if its page was never unmapped. */
static int trial(int fd, unsigned char *window, int detach_late)
{
	pthread_attr_t attr;
	pthread_t t;
	unsigned char *page, *m = 0;
	int i, dead_tid, stray = 0;

	memset(window, 0xAA, page_size);
	tid = go = 0;
	pthread_attr_init(&attr);
	if (!detach_late)
		pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	CHECK_INT(pthread_create(&t, &attr, wait_for_go, 0), 0);
	while (!(dead_tid = __atomic_load_n(&tid, __ATOMIC_SEQ_CST)))
		sched_yield();
	if (detach_late)
		CHECK_INT(pthread_detach(t), 0);
	page = (unsigned char *)((unsigned long)tcb & ~(unsigned long)(page_size - 1));
	__atomic_store_n(&go, 1, __ATOMIC_SEQ_CST);

	/* Catch the address as soon as the thread's munmap frees it:
	 * MAP_FIXED_NOREPLACE maps there once it is free (EEXIST before).
	 * Not a hint: MIPS moves a hint for a file mapping to an address of
	 * the cache colour of its offset (8 KiB-aligned on the Malta), and
	 * MAP_FIXED checks that colour for shared mappings only.  qemu-user
	 * 7.2 ignores the flag, and its mmap takes a free hint as it is. */
	for (i = 0; i < 200000 && m != page; i++) {
		m = mmap(page, page_size, PROT_READ | PROT_WRITE,
		         MAP_PRIVATE | MAP_FIXED_NOREPLACE, fd, 0);
		if (m != MAP_FAILED && m != page)
			munmap(m, page_size);
	}
	if (m != page)
		return -1;
	/* The thread is gone when its tid is (no thread is created meanwhile,
	 * so the tid is not reused). */
	while (syscall(SYS_tgkill, getpid(), dead_tid, 0) == 0)
		sched_yield();
	for (i = 0; i < (int)page_size; i += 4)
		stray |= !m[i] && !m[i + 1] && !m[i + 2] && !m[i + 3];
	munmap(m, page_size);
	return stray;
}

int main(void)
{
	const char *mode = getenv("TASKRT_TEST_MODE");
	int qemu = mode && strcmp(mode, "qemu") == 0;
	int trials = qemu ? 40 : 300, fd, late, n, r, counts[2][4] = { { 0 } };
	unsigned char *window;

	page_size = sysconf(_SC_PAGESIZE);
	fd = syscall(SYS_memfd_create, "cleartid", 0);
	CHECK(fd >= 0);
	CHECK_INT(ftruncate(fd, page_size), 0);         /* the file's one page */
	window = mmap(0, page_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	CHECK(window != MAP_FAILED);
	if (fd < 0 || window == MAP_FAILED)
		return check_done();
	for (late = 0; late < 2; late++)
		for (n = 0; n < trials; n++) {
			r = trial(fd, window, late);
			counts[late][r + 1]++;
		}
	/* Every detached thread unmapped its page, and no exit wrote into
	 * the page mapped there afterwards. */
	for (late = 0; late < 2; late++) {
		CHECK_INT(counts[late][0], 0);        /* never unmapped */
		CHECK_INT(counts[late][2], 0);        /* stray writes */
		CHECK_INT(counts[late][1], trials);
	}
	return check_done();
}
