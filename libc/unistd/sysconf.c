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
#include <signal.h>
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

/* The answers that never change, by name: glibc's, where taskrt keeps
 * the same promise (the POSIX options, and limits that are not taskrt's
 * own).  UNKNOWN marks the names glibc does not know either (EINVAL);
 * a name sysconf computes is not in this table.  -1 is "no limit" (or an
 * option that is not there), with errno unchanged. */
#define UNKNOWN INT_MIN
#define OPTION 200809L
#if __SIZEOF_LONG__ == 8
#define LP64 1
#define ILP32 -1
#else
#define LP64 -1
#define ILP32 1
#endif
static const int fixed[] = {
	[_SC_STREAM_MAX] = 16,  [_SC_TZNAME_MAX] = -1,
	[_SC_JOB_CONTROL] = _POSIX_JOB_CONTROL, [_SC_SAVED_IDS] = _POSIX_SAVED_IDS,
	[_SC_REALTIME_SIGNALS] = _POSIX_REALTIME_SIGNALS,
	[_SC_PRIORITY_SCHEDULING] = _POSIX_PRIORITY_SCHEDULING,
	[_SC_TIMERS] = _POSIX_TIMERS, [_SC_ASYNCHRONOUS_IO] = _POSIX_ASYNCHRONOUS_IO,
	[_SC_PRIORITIZED_IO] = _POSIX_PRIORITIZED_IO,
	[_SC_SYNCHRONIZED_IO] = _POSIX_SYNCHRONIZED_IO, [_SC_FSYNC] = _POSIX_FSYNC,
	[_SC_MAPPED_FILES] = _POSIX_MAPPED_FILES, [_SC_MEMLOCK] = _POSIX_MEMLOCK,
	[_SC_MEMLOCK_RANGE] = _POSIX_MEMLOCK_RANGE,
	[_SC_MEMORY_PROTECTION] = _POSIX_MEMORY_PROTECTION,
	[_SC_MESSAGE_PASSING] = _POSIX_MESSAGE_PASSING, [_SC_SEMAPHORES] = _POSIX_SEMAPHORES,
	[_SC_SHARED_MEMORY_OBJECTS] = _POSIX_SHARED_MEMORY_OBJECTS,
	[_SC_AIO_LISTIO_MAX] = -1, [_SC_AIO_MAX] = -1, [_SC_AIO_PRIO_DELTA_MAX] = AIO_PRIO_DELTA_MAX,
	[_SC_DELAYTIMER_MAX] = DELAYTIMER_MAX, [_SC_MQ_OPEN_MAX] = -1, [_SC_MQ_PRIO_MAX] = MQ_PRIO_MAX,
	[_SC_VERSION] = _POSIX_VERSION, [_SC_RTSIG_MAX] = RTSIG_MAX, [_SC_SEM_NSEMS_MAX] = -1,
	[_SC_SEM_VALUE_MAX] = SEM_VALUE_MAX, [_SC_TIMER_MAX] = -1,
	[_SC_BC_BASE_MAX] = BC_BASE_MAX, [_SC_BC_DIM_MAX] = BC_DIM_MAX,
	[_SC_BC_SCALE_MAX] = BC_SCALE_MAX, [_SC_BC_STRING_MAX] = BC_STRING_MAX,
	[_SC_COLL_WEIGHTS_MAX] = COLL_WEIGHTS_MAX, [_SC_EQUIV_CLASS_MAX] = UNKNOWN,
	[_SC_EXPR_NEST_MAX] = EXPR_NEST_MAX, [_SC_LINE_MAX] = LINE_MAX,
	[_SC_RE_DUP_MAX] = RE_DUP_MAX, [_SC_CHARCLASS_NAME_MAX] = CHARCLASS_NAME_MAX,
	[_SC_2_VERSION] = _POSIX2_VERSION, [_SC_2_C_BIND] = _POSIX2_C_BIND,
	[_SC_2_C_DEV] = _POSIX2_C_DEV, [_SC_2_FORT_DEV] = -1, [_SC_2_FORT_RUN] = -1,
	[_SC_2_SW_DEV] = _POSIX2_SW_DEV, [_SC_2_LOCALEDEF] = _POSIX2_LOCALEDEF,
	[_SC_PII ... _SC_SELECT] = -1,
	[_SC_IOV_MAX] = IOV_MAX, [_SC_PII_INTERNET_STREAM ... _SC_T_IOV_MAX] = -1,
	[_SC_THREADS] = _POSIX_THREADS, [_SC_THREAD_SAFE_FUNCTIONS] = _POSIX_THREAD_SAFE_FUNCTIONS,
	[_SC_GETGR_R_SIZE_MAX] = 1024, [_SC_GETPW_R_SIZE_MAX] = 1024,
	[_SC_LOGIN_NAME_MAX] = LOGIN_NAME_MAX, [_SC_TTY_NAME_MAX] = TTY_NAME_MAX,
	[_SC_THREAD_DESTRUCTOR_ITERATIONS] = PTHREAD_DESTRUCTOR_ITERATIONS,
	[_SC_THREAD_KEYS_MAX] = PTHREAD_KEYS_MAX, [_SC_THREAD_STACK_MIN] = PTHREAD_STACK_MIN,
	[_SC_THREAD_THREADS_MAX] = -1,
	[_SC_THREAD_ATTR_STACKADDR] = _POSIX_THREAD_ATTR_STACKADDR,
	[_SC_THREAD_ATTR_STACKSIZE] = _POSIX_THREAD_ATTR_STACKSIZE,
	[_SC_THREAD_PRIORITY_SCHEDULING] = _POSIX_THREAD_PRIORITY_SCHEDULING,
	[_SC_THREAD_PRIO_INHERIT] = _POSIX_THREAD_PRIO_INHERIT,
	[_SC_THREAD_PRIO_PROTECT] = _POSIX_THREAD_PRIO_PROTECT,
	[_SC_THREAD_PROCESS_SHARED] = _POSIX_THREAD_PROCESS_SHARED,
	[_SC_ATEXIT_MAX] = ATEXIT_MAX, [_SC_PASS_MAX] = 8192,
	[_SC_XOPEN_VERSION] = _XOPEN_VERSION, [_SC_XOPEN_XCU_VERSION] = _XOPEN_XCU_VERSION,
	[_SC_XOPEN_UNIX] = _XOPEN_UNIX, [_SC_XOPEN_CRYPT] = -1,
	[_SC_XOPEN_ENH_I18N] = _XOPEN_ENH_I18N, [_SC_XOPEN_SHM] = _XOPEN_SHM,
	[_SC_2_CHAR_TERM] = _POSIX2_CHAR_TERM, [_SC_2_C_VERSION] = _POSIX2_C_VERSION,
	[_SC_2_UPE] = -1, [_SC_XOPEN_XPG2] = 1, [_SC_XOPEN_XPG3] = 1, [_SC_XOPEN_XPG4] = 1,
	[_SC_CHAR_BIT] = CHAR_BIT, [_SC_CHAR_MAX] = CHAR_MAX, [_SC_CHAR_MIN] = CHAR_MIN,
	[_SC_INT_MAX] = INT_MAX,   /* _SC_INT_MIN: sysconf (INT_MIN is UNKNOWN) */
	[_SC_LONG_BIT] = LONG_BIT, [_SC_WORD_BIT] = WORD_BIT, [_SC_MB_LEN_MAX] = MB_LEN_MAX,
	[_SC_NZERO] = NZERO, [_SC_SSIZE_MAX] = _POSIX_SSIZE_MAX,   /* glibc's answer */
	[_SC_SCHAR_MAX] = SCHAR_MAX, [_SC_SCHAR_MIN] = SCHAR_MIN,
	[_SC_SHRT_MAX] = SHRT_MAX, [_SC_SHRT_MIN] = SHRT_MIN,
	[_SC_UCHAR_MAX] = UCHAR_MAX, [_SC_ULONG_MAX] = -1, [_SC_USHRT_MAX] = USHRT_MAX,
	[_SC_NL_ARGMAX] = NL_ARGMAX, [_SC_NL_LANGMAX] = NL_LANGMAX, [_SC_NL_MSGMAX] = NL_MSGMAX,
	[_SC_NL_NMAX] = NL_NMAX, [_SC_NL_SETMAX] = NL_SETMAX, [_SC_NL_TEXTMAX] = NL_TEXTMAX,
	[_SC_XBS5_ILP32_OFF32] = ILP32, [_SC_XBS5_ILP32_OFFBIG] = ILP32,
	[_SC_XBS5_LP64_OFF64] = LP64, [_SC_XBS5_LPBIG_OFFBIG] = -1,
	[_SC_XOPEN_LEGACY] = _XOPEN_LEGACY, [_SC_XOPEN_REALTIME] = _XOPEN_REALTIME,
	[_SC_XOPEN_REALTIME_THREADS] = _XOPEN_REALTIME_THREADS,
	[_SC_ADVISORY_INFO] = _POSIX_ADVISORY_INFO, [_SC_BARRIERS] = _POSIX_BARRIERS,
	[_SC_BASE] = -1, [_SC_C_LANG_SUPPORT] = -1, [_SC_C_LANG_SUPPORT_R] = -1,
	[_SC_CLOCK_SELECTION] = _POSIX_CLOCK_SELECTION,
	/* 0 in the header: "ask sysconf", and the answer is yes */
	[_SC_CPUTIME] = OPTION, [_SC_THREAD_CPUTIME] = OPTION,
	[_SC_DEVICE_IO ... _SC_FILE_SYSTEM] = -1,
	[_SC_MONOTONIC_CLOCK] = OPTION,
	[_SC_MULTI_PROCESS] = -1, [_SC_SINGLE_PROCESS] = -1, [_SC_NETWORKING] = -1,
	[_SC_READER_WRITER_LOCKS] = _POSIX_READER_WRITER_LOCKS,
	[_SC_SPIN_LOCKS] = _POSIX_SPIN_LOCKS, [_SC_REGEXP] = _POSIX_REGEXP,
	[_SC_REGEX_VERSION] = -1, [_SC_SHELL] = _POSIX_SHELL, [_SC_SIGNALS] = -1,
	[_SC_SPAWN] = _POSIX_SPAWN, [_SC_SPORADIC_SERVER] = -1,
	[_SC_THREAD_SPORADIC_SERVER] = -1, [_SC_SYSTEM_DATABASE] = -1,
	[_SC_SYSTEM_DATABASE_R] = -1, [_SC_TIMEOUTS] = _POSIX_TIMEOUTS,
	[_SC_TYPED_MEMORY_OBJECTS] = -1, [_SC_USER_GROUPS] = -1, [_SC_USER_GROUPS_R] = -1,
	[_SC_2_PBS ... _SC_2_PBS_CHECKPOINT] = -1,
	[_SC_V6_ILP32_OFF32] = ILP32, [_SC_V6_ILP32_OFFBIG] = ILP32,
	[_SC_V6_LP64_OFF64] = LP64, [_SC_V6_LPBIG_OFFBIG] = -1,
	[_SC_HOST_NAME_MAX] = HOST_NAME_MAX,
	[_SC_TRACE ... _SC_TRACE_LOG] = -1,
	/* the caches: 0, "not known", as glibc says where it cannot ask
	 * the processor */
	[_SC_LEVEL1_ICACHE_SIZE ... _SC_LEVEL4_CACHE_LINESIZE] = 0,
	[_SC_LEVEL4_CACHE_LINESIZE + 1 ... _SC_IPV6 - 1] = UNKNOWN,
	[_SC_IPV6] = _POSIX_IPV6, [_SC_RAW_SOCKETS] = _POSIX_RAW_SOCKETS,
	[_SC_V7_ILP32_OFF32] = ILP32, [_SC_V7_ILP32_OFFBIG] = ILP32,
	[_SC_V7_LP64_OFF64] = LP64, [_SC_V7_LPBIG_OFFBIG] = -1,
	[_SC_SS_REPL_MAX] = UNKNOWN,
	[_SC_TRACE_EVENT_NAME_MAX ... _SC_XOPEN_STREAMS] = -1,
	[_SC_THREAD_ROBUST_PRIO_INHERIT] = UNKNOWN, [_SC_THREAD_ROBUST_PRIO_PROTECT] = UNKNOWN,
};

/* The signal stack sizes: the kernel's minimum for this machine (its
 * AT_MINSIGSTKSZ, which counts e.g. AVX-512 state), at least the
 * header's; and four times that, at least SIGSTKSZ (glibc's rule). */
static long minsigstksz(void)
{
	long n = __getauxval(AT_MINSIGSTKSZ);

	return n > MINSIGSTKSZ ? n : MINSIGSTKSZ;
}

weak long sysconf(int name)
{
	long n;

	switch (name) {
	case _SC_PAGESIZE:       return __getauxval(AT_PAGESZ);
	case _SC_CLK_TCK:        return (n = __getauxval(AT_CLKTCK)) ? n : 100;
	case _SC_OPEN_MAX:       return rlimit(RLIMIT_NOFILE);
	case _SC_CHILD_MAX:      return rlimit(RLIMIT_NPROC);
	case _SC_SIGQUEUE_MAX:   return rlimit(RLIMIT_SIGPENDING);
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
	case _SC_NGROUPS_MAX:    return NGROUPS_MAX;
	case _SC_INT_MIN:        return INT_MIN;   /* the table's UNKNOWN */
	case _SC_UINT_MAX:       return UINT_MAX;  /* wider than the table's int */
	case _SC_MINSIGSTKSZ:    return minsigstksz();
	case _SC_SIGSTKSZ:
		n = 4 * minsigstksz();
		return n > SIGSTKSZ ? n : SIGSTKSZ;
	}
	if (name >= 0 && (unsigned)name < sizeof fixed / sizeof *fixed && fixed[name] != UNKNOWN)
		return fixed[name];
	errno = EINVAL;
	return -1;
}
