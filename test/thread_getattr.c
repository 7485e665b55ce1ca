/* pthread_getattr_np reports the stacks glibc reports.
 *
 * The main thread: the top is the page boundary above the start-up stack
 * pointer (which sits one word below argv); the size is RLIMIT_STACK less
 * what the kernel already put above that top (the argv and envp strings,
 * up to the end of the stack's mapping in /proc/self/maps), rounded down
 * to a page, and at most the room down to the end of the mapping below.
 * Under qemu-user that mapping is the guest's fixed-size stack, and the
 * same rule holds.
 *
 * A thread on the program's own stack (pthread_attr_setstack): exactly
 * that stack, the TCB and TLS that pthread_create put at its top included.
 * A thread on a stack pthread_create mapped: the size it asked for.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

#define RLIMIT_STACK_ 3

/* The test's own reading of /proc/self/maps: the end of the mapping that
 * holds addr, and the end of the one listed before it. */
static int mapping_of(uintptr_t addr, uintptr_t *to, uintptr_t *below)
{
	static char maps[1 << 16];
	uintptr_t from, end, prev = 0;
	int fd = open("/proc/self/maps", O_RDONLY);
	ssize_t n, len = 0;
	char *p;

	while (fd >= 0 && (n = read(fd, maps + len, sizeof maps - 1 - len)) > 0)
		len += n;
	close(fd);
	maps[len] = 0;
	for (p = maps; *p; p = strchr(p, '\n') + 1) {
		from = strtoul(p, &p, 16);
		end = strtoul(p + 1, &p, 16);
		if (from <= addr && addr < end) {
			*to = end;
			*below = prev;
			return 1;
		}
		prev = end;
		if (!strchr(p, '\n'))
			break;
	}
	return 0;
}

static void check_main(char **argv, size_t page)
{
	uintptr_t sp = (uintptr_t)(argv - 1), top = (sp & -page) + page, to = 0, below = 0;
	unsigned long long limit[2] = { 0, 0 }, want;
	pthread_attr_t attr;
	void *stack;
	size_t size;
	int local;

	CHECK_INT(syscall(SYS_prlimit64, 0, RLIMIT_STACK_, 0, limit), 0);
	CHECK(mapping_of(sp, &to, &below));
	want = (limit[0] - (to - top)) & -(unsigned long long)page;
	if (want > top - below)
		want = top - below;

	CHECK_INT(pthread_getattr_np(pthread_self(), &attr), 0);
	CHECK_INT(pthread_attr_getstack(&attr, &stack, &size), 0);
	CHECK_INT((uintptr_t)stack + size, top);
	CHECK_INT(size, want);
	CHECK((uintptr_t)stack < (uintptr_t)&local && (uintptr_t)&local < top);
}

static void *nothing(void *arg) { return arg; }

static void check_thread(size_t page)
{
	(void)page;               /* used by the taskrt-only check */
	/* 128 KiB: PTHREAD_STACK_MIN on the arches with 64 KiB pages */
	static char mine[128 * 1024] __attribute__((aligned(16)));
	pthread_attr_t attr, got;
	pthread_t t;
	void *stack;
	size_t size;

	/* The program's own stack: reported exactly as given. */
	pthread_attr_init(&attr);
	CHECK_INT(pthread_attr_setstack(&attr, mine, sizeof mine), 0);
	CHECK_INT(pthread_create(&t, &attr, nothing, 0), 0);
	CHECK_INT(pthread_getattr_np(t, &got), 0);
	CHECK_INT(pthread_attr_getstack(&got, &stack, &size), 0);
	CHECK(stack == mine);
	CHECK_INT(size, sizeof mine);
	CHECK_INT(pthread_join(t, 0), 0);

	/* A mapped stack: the size asked for, rounded to pages. */
	pthread_attr_init(&attr);
	CHECK_INT(pthread_attr_setstacksize(&attr, 200 * 1024 + 1), 0);
	CHECK_INT(pthread_create(&t, &attr, nothing, 0), 0);
	CHECK_INT(pthread_getattr_np(t, &got), 0);
	CHECK_INT(pthread_attr_getstack(&got, &stack, &size), 0);
	/* taskrt reports the stack rounded up to pages, as it maps it; glibc
	 * the size asked for. */
	TASKRT_ONLY(CHECK_INT(size, (200 * 1024 + 1 + page - 1) & -page));
	CHECK_INT(pthread_join(t, 0), 0);
}

int main(int argc, char **argv)
{
	size_t page = sysconf(_SC_PAGESIZE);
	unsigned long long small[2];

	(void)argc;
	check_main(argv, page);
	CHECK_INT(syscall(SYS_prlimit64, 0, RLIMIT_STACK_, 0, small), 0);
	small[0] = 1 << 20;                      /* the hard limit stays */
	/* A lower limit: the size follows it (qemu-user accepts the new
	 * limit without applying it; check_main reads it back either way). */
	CHECK_INT(syscall(SYS_prlimit64, 0, RLIMIT_STACK_, small, 0), 0);
	check_main(argv, page);
	check_thread(page);
	return check_done();
}
