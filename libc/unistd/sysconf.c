/* sysconf: limits and facts that are only known at run time.
 *
 * Each answer comes from the cheapest place that knows it: the auxiliary
 * vector the kernel gave us at start-up (page size, clock ticks), a
 * resource limit, a file under /sys, or a constant of taskrt's own.
 * A limit that does not exist ("no limit") is -1 with errno unchanged; an
 * unknown name is -1 with EINVAL.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sys/auxv.h>
#include <unistd.h>
#include <bits/resource.h>
#include "internal/syscall.h"
#include "internal/defs.h"

/* A resource limit's soft value, -1 for none (RLIM_INFINITY). */
static long rlimit(int resource)
{
	unsigned long long limit[2];             /* soft, hard */

	if (__syscall(SYS_prlimit64, 0, resource, 0, limit) < 0 || limit[0] > LONG_MAX)
		return -1;
	return limit[0];
}

static long number(const char **p)
{
	long n = 0;

	while (**p >= '0' && **p <= '9')
		n = n * 10 + *(*p)++ - '0';
	return n;
}

/* How many CPUs a list such as "0-3,8-11\n" names (/sys's format); 0 if
 * the file cannot be read. */
static long cpus_in_list(const char *path)
{
	char buf[256];
	const char *p = buf;
	long fd = __syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC), n, count = 0;

	if (fd < 0)
		return 0;
	n = __syscall(SYS_read, fd, buf, sizeof buf - 1);
	__syscall(SYS_close, fd);
	buf[n > 0 ? n : 0] = 0;
	while (*p >= '0' && *p <= '9') {
		long first = number(&p), last = first;

		if (*p == '-') {               /* a range, both ends included */
			p++;
			last = number(&p);
		}
		count += last - first + 1;
		if (*p++ != ',')
			break;
	}
	return count;
}

/* The CPUs this thread may run on: the bits of its affinity mask. */
static long cpus_in_affinity(void)
{
	unsigned long mask[1024 / (8 * sizeof(long))] = { 0 };
	long n = __syscall(SYS_sched_getaffinity, 0, sizeof mask, mask), count = 0;

	for (long i = 0; i < n / (long)sizeof(long); i++)
		for (unsigned long w = mask[i]; w; w &= w - 1)   /* clear the lowest 1 */
			count++;
	return count > 0 ? count : 1;
}

/* Physical memory in pages: struct sysinfo's totalram or freeram. */
static long memory_pages(int available)
{
	struct {
		long uptime;
		unsigned long loads[3], totalram, freeram, sharedram, bufferram;
		unsigned long totalswap, freeswap;
		unsigned short procs, pad;
		unsigned long totalhigh, freehigh;
		unsigned mem_unit;
		char spare[64];
	} si;
	unsigned long long bytes;

	if (__syscall(SYS_sysinfo, &si) < 0)
		return -1;
	bytes = (unsigned long long)(available ? si.freeram : si.totalram) * si.mem_unit;
	return bytes / __getauxval(AT_PAGESZ);
}

weak long sysconf(int name)
{
	long n;

	switch (name) {
	case _SC_PAGESIZE:       return __getauxval(AT_PAGESZ);
	case _SC_CLK_TCK:        return (n = __getauxval(AT_CLKTCK)) ? n : 100;
	case _SC_OPEN_MAX:       return rlimit(RLIMIT_NOFILE);
	case _SC_CHILD_MAX:      return rlimit(RLIMIT_NPROC);
	case _SC_ARG_MAX:
		/* What execve accepts: a quarter of the stack limit, but at
		 * most 6 MiB and at least 128 KiB (the kernel's own rule). */
		n = rlimit(RLIMIT_STACK);
		n = n < 0 || n / 4 > 6L << 20 ? 6L << 20 : n / 4;
		return n < 131072 ? 131072 : n;
	case _SC_NPROCESSORS_ONLN:
		return (n = cpus_in_list("/sys/devices/system/cpu/online")) ? n : cpus_in_affinity();
	case _SC_NPROCESSORS_CONF:
		return (n = cpus_in_list("/sys/devices/system/cpu/possible")) ? n : cpus_in_affinity();
	case _SC_PHYS_PAGES:     return memory_pages(0);
	case _SC_AVPHYS_PAGES:   return memory_pages(1);
	case _SC_THREAD_STACK_MIN:             return PTHREAD_STACK_MIN;
	case _SC_THREAD_KEYS_MAX:              return PTHREAD_KEYS_MAX;
	case _SC_THREAD_DESTRUCTOR_ITERATIONS: return PTHREAD_DESTRUCTOR_ITERATIONS;
	case _SC_THREAD_THREADS_MAX:           return -1;
	case _SC_IOV_MAX:        return IOV_MAX;
	case _SC_ATEXIT_MAX:     return ATEXIT_MAX;
	case _SC_NGROUPS_MAX:    return 65536;      /* the kernel's NGROUPS_MAX */
	case _SC_HOST_NAME_MAX:  return 64;
	case _SC_LINE_MAX:       return 2048;
	case _SC_VERSION:        return _POSIX_VERSION;
	case _SC_THREADS:        return _POSIX_THREADS;
	case _SC_MONOTONIC_CLOCK: return _POSIX_VERSION;
	}
	errno = EINVAL;
	return -1;
}
