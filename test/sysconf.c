/* sysconf: glibc's numbering, and values that agree with their sources
 * (auxv, rlimits, the affinity mask, taskrt's own limits). */
#include <errno.h>
#ifdef TASKRT
/* limits.h and pthread.h both define the PTHREAD_* limits: they must agree.
 * (A different redefinition in a system header draws no warning, so take
 * limits.h's values before pthread.h's replace them.) */
#include <limits.h>
enum {
	LIMITS_STACK_MIN = PTHREAD_STACK_MIN,
	LIMITS_KEYS_MAX = PTHREAD_KEYS_MAX,
	LIMITS_DESTRUCTOR_ITERATIONS = PTHREAD_DESTRUCTOR_ITERATIONS,
};
#undef PTHREAD_STACK_MIN
#undef PTHREAD_KEYS_MAX
#undef PTHREAD_DESTRUCTOR_ITERATIONS
#include <pthread.h>
_Static_assert(LIMITS_STACK_MIN == PTHREAD_STACK_MIN, "limits.h and pthread.h disagree");
_Static_assert(LIMITS_KEYS_MAX == PTHREAD_KEYS_MAX, "limits.h and pthread.h disagree");
_Static_assert(LIMITS_DESTRUCTOR_ITERATIONS == PTHREAD_DESTRUCTOR_ITERATIONS,
               "limits.h and pthread.h disagree");
#else
#include <limits.h>
#include <pthread.h>
#endif
#include <signal.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "check.h"

/* A name whose answer is wrong, and what it was. */
static void check_value(const char *text, long got, long want)
{
	CHECK(got == want);
	if (got != want) {
		check_puts("    "); check_puts(text); check_puts(": got "); check_putll(got);
		check_puts(", want "); check_putll(want); check_puts("\n");
	}
}

static void check_glibc_answers(void)
{
	/* glibc 2.36's answers (x86_64), the same for taskrt on every arch */
	static const struct { int name; long value; const char *text; } same[] = {
		{ _SC_STREAM_MAX, 16L, "_SC_STREAM_MAX" },
		{ _SC_TZNAME_MAX, -1L, "_SC_TZNAME_MAX" },
		{ _SC_JOB_CONTROL, 1L, "_SC_JOB_CONTROL" },
		{ _SC_SAVED_IDS, 1L, "_SC_SAVED_IDS" },
		{ _SC_REALTIME_SIGNALS, 200809L, "_SC_REALTIME_SIGNALS" },
		{ _SC_PRIORITY_SCHEDULING, 200809L, "_SC_PRIORITY_SCHEDULING" },
		{ _SC_TIMERS, 200809L, "_SC_TIMERS" },
		{ _SC_ASYNCHRONOUS_IO, 200809L, "_SC_ASYNCHRONOUS_IO" },
		{ _SC_PRIORITIZED_IO, 200809L, "_SC_PRIORITIZED_IO" },
		{ _SC_SYNCHRONIZED_IO, 200809L, "_SC_SYNCHRONIZED_IO" },
		{ _SC_FSYNC, 200809L, "_SC_FSYNC" },
		{ _SC_MAPPED_FILES, 200809L, "_SC_MAPPED_FILES" },
		{ _SC_MEMLOCK, 200809L, "_SC_MEMLOCK" },
		{ _SC_MEMLOCK_RANGE, 200809L, "_SC_MEMLOCK_RANGE" },
		{ _SC_MEMORY_PROTECTION, 200809L, "_SC_MEMORY_PROTECTION" },
		{ _SC_MESSAGE_PASSING, 200809L, "_SC_MESSAGE_PASSING" },
		{ _SC_SEMAPHORES, 200809L, "_SC_SEMAPHORES" },
		{ _SC_SHARED_MEMORY_OBJECTS, 200809L, "_SC_SHARED_MEMORY_OBJECTS" },
		{ _SC_AIO_LISTIO_MAX, -1L, "_SC_AIO_LISTIO_MAX" },
		{ _SC_AIO_MAX, -1L, "_SC_AIO_MAX" },
		{ _SC_AIO_PRIO_DELTA_MAX, 20L, "_SC_AIO_PRIO_DELTA_MAX" },
		{ _SC_DELAYTIMER_MAX, 2147483647L, "_SC_DELAYTIMER_MAX" },
		{ _SC_MQ_OPEN_MAX, -1L, "_SC_MQ_OPEN_MAX" },
		{ _SC_MQ_PRIO_MAX, 32768L, "_SC_MQ_PRIO_MAX" },
		{ _SC_VERSION, 200809L, "_SC_VERSION" },
		{ _SC_RTSIG_MAX, 32L, "_SC_RTSIG_MAX" },
		{ _SC_SEM_NSEMS_MAX, -1L, "_SC_SEM_NSEMS_MAX" },
		{ _SC_SEM_VALUE_MAX, 2147483647L, "_SC_SEM_VALUE_MAX" },
		{ _SC_TIMER_MAX, -1L, "_SC_TIMER_MAX" },
		{ _SC_BC_BASE_MAX, 99L, "_SC_BC_BASE_MAX" },
		{ _SC_BC_DIM_MAX, 2048L, "_SC_BC_DIM_MAX" },
		{ _SC_BC_SCALE_MAX, 99L, "_SC_BC_SCALE_MAX" },
		{ _SC_BC_STRING_MAX, 1000L, "_SC_BC_STRING_MAX" },
		{ _SC_COLL_WEIGHTS_MAX, 255L, "_SC_COLL_WEIGHTS_MAX" },
		{ _SC_EXPR_NEST_MAX, 32L, "_SC_EXPR_NEST_MAX" },
		{ _SC_LINE_MAX, 2048L, "_SC_LINE_MAX" },
		{ _SC_RE_DUP_MAX, 32767L, "_SC_RE_DUP_MAX" },
		{ _SC_CHARCLASS_NAME_MAX, 2048L, "_SC_CHARCLASS_NAME_MAX" },
		{ _SC_2_VERSION, 200809L, "_SC_2_VERSION" },
		{ _SC_2_C_BIND, 200809L, "_SC_2_C_BIND" },
		{ _SC_2_C_DEV, 200809L, "_SC_2_C_DEV" },
		{ _SC_2_FORT_DEV, -1L, "_SC_2_FORT_DEV" },
		{ _SC_2_FORT_RUN, -1L, "_SC_2_FORT_RUN" },
		{ _SC_2_SW_DEV, 200809L, "_SC_2_SW_DEV" },
		{ _SC_2_LOCALEDEF, 200809L, "_SC_2_LOCALEDEF" },
		{ _SC_PII, -1L, "_SC_PII" },
		{ _SC_PII_XTI, -1L, "_SC_PII_XTI" },
		{ _SC_PII_SOCKET, -1L, "_SC_PII_SOCKET" },
		{ _SC_PII_INTERNET, -1L, "_SC_PII_INTERNET" },
		{ _SC_PII_OSI, -1L, "_SC_PII_OSI" },
		{ _SC_POLL, -1L, "_SC_POLL" },
		{ _SC_SELECT, -1L, "_SC_SELECT" },
		{ _SC_IOV_MAX, 1024L, "_SC_IOV_MAX" },
		{ _SC_PII_INTERNET_STREAM, -1L, "_SC_PII_INTERNET_STREAM" },
		{ _SC_PII_INTERNET_DGRAM, -1L, "_SC_PII_INTERNET_DGRAM" },
		{ _SC_PII_OSI_COTS, -1L, "_SC_PII_OSI_COTS" },
		{ _SC_PII_OSI_CLTS, -1L, "_SC_PII_OSI_CLTS" },
		{ _SC_PII_OSI_M, -1L, "_SC_PII_OSI_M" },
		{ _SC_T_IOV_MAX, -1L, "_SC_T_IOV_MAX" },
		{ _SC_THREADS, 200809L, "_SC_THREADS" },
		{ _SC_THREAD_SAFE_FUNCTIONS, 200809L, "_SC_THREAD_SAFE_FUNCTIONS" },
		{ _SC_GETGR_R_SIZE_MAX, 1024L, "_SC_GETGR_R_SIZE_MAX" },
		{ _SC_GETPW_R_SIZE_MAX, 1024L, "_SC_GETPW_R_SIZE_MAX" },
		{ _SC_LOGIN_NAME_MAX, 256L, "_SC_LOGIN_NAME_MAX" },
		{ _SC_TTY_NAME_MAX, 32L, "_SC_TTY_NAME_MAX" },
		{ _SC_THREAD_DESTRUCTOR_ITERATIONS, 4L, "_SC_THREAD_DESTRUCTOR_ITERATIONS" },
		{ _SC_THREAD_THREADS_MAX, -1L, "_SC_THREAD_THREADS_MAX" },
		{ _SC_THREAD_ATTR_STACKADDR, 200809L, "_SC_THREAD_ATTR_STACKADDR" },
		{ _SC_THREAD_ATTR_STACKSIZE, 200809L, "_SC_THREAD_ATTR_STACKSIZE" },
		{ _SC_THREAD_PRIORITY_SCHEDULING, 200809L, "_SC_THREAD_PRIORITY_SCHEDULING" },
		{ _SC_THREAD_PRIO_INHERIT, 200809L, "_SC_THREAD_PRIO_INHERIT" },
		{ _SC_THREAD_PRIO_PROTECT, 200809L, "_SC_THREAD_PRIO_PROTECT" },
		{ _SC_THREAD_PROCESS_SHARED, 200809L, "_SC_THREAD_PROCESS_SHARED" },
		{ _SC_PASS_MAX, 8192L, "_SC_PASS_MAX" },
		{ _SC_XOPEN_VERSION, 700L, "_SC_XOPEN_VERSION" },
		{ _SC_XOPEN_XCU_VERSION, 4L, "_SC_XOPEN_XCU_VERSION" },
		{ _SC_XOPEN_UNIX, 1L, "_SC_XOPEN_UNIX" },
		{ _SC_XOPEN_CRYPT, -1L, "_SC_XOPEN_CRYPT" },
		{ _SC_XOPEN_ENH_I18N, 1L, "_SC_XOPEN_ENH_I18N" },
		{ _SC_XOPEN_SHM, 1L, "_SC_XOPEN_SHM" },
		{ _SC_2_CHAR_TERM, 200809L, "_SC_2_CHAR_TERM" },
		{ _SC_2_C_VERSION, 200809L, "_SC_2_C_VERSION" },
		{ _SC_2_UPE, -1L, "_SC_2_UPE" },
		{ _SC_XOPEN_XPG2, 1L, "_SC_XOPEN_XPG2" },
		{ _SC_XOPEN_XPG3, 1L, "_SC_XOPEN_XPG3" },
		{ _SC_XOPEN_XPG4, 1L, "_SC_XOPEN_XPG4" },
		{ _SC_CHAR_BIT, 8L, "_SC_CHAR_BIT" },
		{ _SC_CHAR_MAX, CHAR_MAX, "_SC_CHAR_MAX" },        /* unsigned on arm, aarch64, riscv64 */
		{ _SC_CHAR_MIN, CHAR_MIN, "_SC_CHAR_MIN" },
		{ _SC_INT_MAX, 2147483647L, "_SC_INT_MAX" },
		{ _SC_INT_MIN, (long)INT_MIN, "_SC_INT_MIN" },
		{ _SC_WORD_BIT, 32L, "_SC_WORD_BIT" },
		{ _SC_NZERO, 20L, "_SC_NZERO" },
		{ _SC_SSIZE_MAX, 32767L, "_SC_SSIZE_MAX" },
		{ _SC_SCHAR_MAX, 127L, "_SC_SCHAR_MAX" },
		{ _SC_SCHAR_MIN, -128L, "_SC_SCHAR_MIN" },
		{ _SC_SHRT_MAX, 32767L, "_SC_SHRT_MAX" },
		{ _SC_SHRT_MIN, -32768L, "_SC_SHRT_MIN" },
		{ _SC_UCHAR_MAX, 255L, "_SC_UCHAR_MAX" },
		{ _SC_UINT_MAX, (long)UINT_MAX, "_SC_UINT_MAX" },
		{ _SC_USHRT_MAX, 65535L, "_SC_USHRT_MAX" },
		{ _SC_NL_ARGMAX, 4096L, "_SC_NL_ARGMAX" },
		{ _SC_NL_LANGMAX, 2048L, "_SC_NL_LANGMAX" },
		{ _SC_NL_MSGMAX, 2147483647L, "_SC_NL_MSGMAX" },
		{ _SC_NL_NMAX, 2147483647L, "_SC_NL_NMAX" },
		{ _SC_NL_SETMAX, 2147483647L, "_SC_NL_SETMAX" },
		{ _SC_NL_TEXTMAX, 2147483647L, "_SC_NL_TEXTMAX" },
		{ _SC_XBS5_LPBIG_OFFBIG, -1L, "_SC_XBS5_LPBIG_OFFBIG" },
		{ _SC_XOPEN_LEGACY, 1L, "_SC_XOPEN_LEGACY" },
		{ _SC_XOPEN_REALTIME, 1L, "_SC_XOPEN_REALTIME" },
		{ _SC_XOPEN_REALTIME_THREADS, 1L, "_SC_XOPEN_REALTIME_THREADS" },
		{ _SC_ADVISORY_INFO, 200809L, "_SC_ADVISORY_INFO" },
		{ _SC_BARRIERS, 200809L, "_SC_BARRIERS" },
		{ _SC_BASE, -1L, "_SC_BASE" },
		{ _SC_C_LANG_SUPPORT, -1L, "_SC_C_LANG_SUPPORT" },
		{ _SC_C_LANG_SUPPORT_R, -1L, "_SC_C_LANG_SUPPORT_R" },
		{ _SC_CLOCK_SELECTION, 200809L, "_SC_CLOCK_SELECTION" },
		{ _SC_CPUTIME, 200809L, "_SC_CPUTIME" },
		{ _SC_THREAD_CPUTIME, 200809L, "_SC_THREAD_CPUTIME" },
		{ _SC_DEVICE_IO, -1L, "_SC_DEVICE_IO" },
		{ _SC_DEVICE_SPECIFIC, -1L, "_SC_DEVICE_SPECIFIC" },
		{ _SC_DEVICE_SPECIFIC_R, -1L, "_SC_DEVICE_SPECIFIC_R" },
		{ _SC_FD_MGMT, -1L, "_SC_FD_MGMT" },
		{ _SC_FIFO, -1L, "_SC_FIFO" },
		{ _SC_PIPE, -1L, "_SC_PIPE" },
		{ _SC_FILE_ATTRIBUTES, -1L, "_SC_FILE_ATTRIBUTES" },
		{ _SC_FILE_LOCKING, -1L, "_SC_FILE_LOCKING" },
		{ _SC_FILE_SYSTEM, -1L, "_SC_FILE_SYSTEM" },
		{ _SC_MONOTONIC_CLOCK, 200809L, "_SC_MONOTONIC_CLOCK" },
		{ _SC_MULTI_PROCESS, -1L, "_SC_MULTI_PROCESS" },
		{ _SC_SINGLE_PROCESS, -1L, "_SC_SINGLE_PROCESS" },
		{ _SC_NETWORKING, -1L, "_SC_NETWORKING" },
		{ _SC_READER_WRITER_LOCKS, 200809L, "_SC_READER_WRITER_LOCKS" },
		{ _SC_SPIN_LOCKS, 200809L, "_SC_SPIN_LOCKS" },
		{ _SC_REGEXP, 1L, "_SC_REGEXP" },
		{ _SC_REGEX_VERSION, -1L, "_SC_REGEX_VERSION" },
		{ _SC_SHELL, 1L, "_SC_SHELL" },
		{ _SC_SIGNALS, -1L, "_SC_SIGNALS" },
		{ _SC_SPAWN, 200809L, "_SC_SPAWN" },
		{ _SC_SPORADIC_SERVER, -1L, "_SC_SPORADIC_SERVER" },
		{ _SC_THREAD_SPORADIC_SERVER, -1L, "_SC_THREAD_SPORADIC_SERVER" },
		{ _SC_SYSTEM_DATABASE, -1L, "_SC_SYSTEM_DATABASE" },
		{ _SC_SYSTEM_DATABASE_R, -1L, "_SC_SYSTEM_DATABASE_R" },
		{ _SC_TIMEOUTS, 200809L, "_SC_TIMEOUTS" },
		{ _SC_TYPED_MEMORY_OBJECTS, -1L, "_SC_TYPED_MEMORY_OBJECTS" },
		{ _SC_USER_GROUPS, -1L, "_SC_USER_GROUPS" },
		{ _SC_USER_GROUPS_R, -1L, "_SC_USER_GROUPS_R" },
		{ _SC_2_PBS, -1L, "_SC_2_PBS" },
		{ _SC_2_PBS_ACCOUNTING, -1L, "_SC_2_PBS_ACCOUNTING" },
		{ _SC_2_PBS_LOCATE, -1L, "_SC_2_PBS_LOCATE" },
		{ _SC_2_PBS_MESSAGE, -1L, "_SC_2_PBS_MESSAGE" },
		{ _SC_2_PBS_TRACK, -1L, "_SC_2_PBS_TRACK" },
		{ _SC_SYMLOOP_MAX, -1L, "_SC_SYMLOOP_MAX" },
		{ _SC_STREAMS, -1L, "_SC_STREAMS" },
		{ _SC_2_PBS_CHECKPOINT, -1L, "_SC_2_PBS_CHECKPOINT" },
		{ _SC_V6_LPBIG_OFFBIG, -1L, "_SC_V6_LPBIG_OFFBIG" },
		{ _SC_HOST_NAME_MAX, 64L, "_SC_HOST_NAME_MAX" },
		{ _SC_TRACE, -1L, "_SC_TRACE" },
		{ _SC_TRACE_EVENT_FILTER, -1L, "_SC_TRACE_EVENT_FILTER" },
		{ _SC_TRACE_INHERIT, -1L, "_SC_TRACE_INHERIT" },
		{ _SC_TRACE_LOG, -1L, "_SC_TRACE_LOG" },
		{ _SC_IPV6, 200809L, "_SC_IPV6" },
		{ _SC_RAW_SOCKETS, 200809L, "_SC_RAW_SOCKETS" },
		{ _SC_V7_LPBIG_OFFBIG, -1L, "_SC_V7_LPBIG_OFFBIG" },
		{ _SC_TRACE_EVENT_NAME_MAX, -1L, "_SC_TRACE_EVENT_NAME_MAX" },
		{ _SC_TRACE_NAME_MAX, -1L, "_SC_TRACE_NAME_MAX" },
		{ _SC_TRACE_SYS_MAX, -1L, "_SC_TRACE_SYS_MAX" },
		{ _SC_TRACE_USER_EVENT_MAX, -1L, "_SC_TRACE_USER_EVENT_MAX" },
		{ _SC_XOPEN_STREAMS, -1L, "_SC_XOPEN_STREAMS" },
	};
	static const int unknown[] = { _SC_EQUIV_CLASS_MAX, _SC_SS_REPL_MAX, _SC_THREAD_ROBUST_PRIO_INHERIT, _SC_THREAD_ROBUST_PRIO_PROTECT };
	char buf[64];
	long n;

	for (unsigned i = 0; i < sizeof same / sizeof *same; i++) {
		errno = 0;
		check_value(same[i].text, sysconf(same[i].name), same[i].value);
		check_value(same[i].text, errno, 0);
	}
	/* names glibc defines but does not answer, and the gap in its enum */
	for (unsigned i = 0; i < sizeof unknown / sizeof *unknown; i++) {
		errno = 0;
		CHECK_INT(sysconf(unknown[i]), -1);
		CHECK_INT(errno, EINVAL);
	}
	for (int name = _SC_LEVEL4_CACHE_LINESIZE + 1; name < _SC_IPV6; name++) {
		errno = 0;
		CHECK_INT(sysconf(name), -1);
		CHECK_INT(errno, EINVAL);
	}
	/* the data model's programming environment, and only it */
	CHECK_INT(sysconf(_SC_LONG_BIT), 8 * sizeof(long));
	CHECK_INT(sysconf(_SC_ULONG_MAX), (long)ULONG_MAX);
	CHECK_INT(sysconf(_SC_V7_LP64_OFF64), sizeof(long) == 8 ? 1 : -1);
	CHECK_INT(sysconf(_SC_V7_ILP32_OFFBIG), sizeof(long) == 8 ? -1 : 1);
	CHECK_INT(sysconf(_SC_V6_LP64_OFF64), sysconf(_SC_V7_LP64_OFF64));
	CHECK_INT(sysconf(_SC_XBS5_LP64_OFF64), sysconf(_SC_V7_LP64_OFF64));
	CHECK_INT(sysconf(_SC_V7_LPBIG_OFFBIG), -1);
	/* the caches: glibc asks the x86 processor; taskrt says 0, unknown */
	for (int name = _SC_LEVEL1_ICACHE_SIZE; name <= _SC_LEVEL4_CACHE_LINESIZE; name++) {
		errno = 0;
		n = sysconf(name);
		CHECK(n >= -1 && errno == 0);
		TASKRT_ONLY(CHECK_INT(n, 0));
	}
	/* the signal stacks: at least the header's sizes */
	CHECK(sysconf(_SC_MINSIGSTKSZ) >= 2048);
	TASKRT_ONLY(CHECK(sysconf(_SC_MINSIGSTKSZ) >= MINSIGSTKSZ));
	CHECK(sysconf(_SC_SIGSTKSZ) >= 4 * sysconf(_SC_MINSIGSTKSZ));
	CHECK(sysconf(_SC_SIGSTKSZ) >= 8192);
	TASKRT_ONLY(CHECK(sysconf(_SC_SIGSTKSZ) >= SIGSTKSZ));
	/* taskrt's own limits */
	TASKRT_ONLY(CHECK_INT(sysconf(_SC_ATEXIT_MAX), ATEXIT_MAX));
	TASKRT_ONLY(CHECK_INT(sysconf(_SC_MB_LEN_MAX), MB_LEN_MAX));
	CHECK_INT(sysconf(_SC_NGROUPS_MAX), NGROUPS_MAX);
	CHECK(sysconf(_SC_SIGQUEUE_MAX) > 0);

	/* the option macros agree with sysconf */
	CHECK_INT(_POSIX_THREADS, sysconf(_SC_THREADS));
	CHECK_INT(_POSIX_TIMERS, sysconf(_SC_TIMERS));
	CHECK_INT(_POSIX_SEMAPHORES, sysconf(_SC_SEMAPHORES));
	CHECK_INT(_POSIX_THREAD_PROCESS_SHARED, sysconf(_SC_THREAD_PROCESS_SHARED));
	CHECK_INT(_POSIX_CLOCK_SELECTION, sysconf(_SC_CLOCK_SELECTION));
	CHECK_INT(_POSIX_BARRIERS, sysconf(_SC_BARRIERS));
	CHECK_INT(_POSIX_SPIN_LOCKS, sysconf(_SC_SPIN_LOCKS));
	CHECK_INT(_POSIX_READER_WRITER_LOCKS, sysconf(_SC_READER_WRITER_LOCKS));
	CHECK_INT(_POSIX_TIMEOUTS, sysconf(_SC_TIMEOUTS));
	CHECK_INT(_POSIX_MONOTONIC_CLOCK, 0);          /* "ask sysconf" */
	CHECK_INT(_POSIX_CPUTIME, 0);
	CHECK_INT(_POSIX_VERSION, 200809L);
	CHECK_INT(_XOPEN_VERSION, 700);
	/* and the limits.h values with sysconf */
	CHECK_INT(sysconf(_SC_RTSIG_MAX), RTSIG_MAX);
	CHECK_INT(sysconf(_SC_DELAYTIMER_MAX), DELAYTIMER_MAX);
	CHECK_INT(sysconf(_SC_TTY_NAME_MAX), TTY_NAME_MAX);
	CHECK_INT(sysconf(_SC_LOGIN_NAME_MAX), LOGIN_NAME_MAX);
	CHECK_INT(sysconf(_SC_HOST_NAME_MAX), HOST_NAME_MAX);
	CHECK_INT(sysconf(_SC_SEM_VALUE_MAX), SEM_VALUE_MAX);
	CHECK_INT(sysconf(_SC_MQ_PRIO_MAX), MQ_PRIO_MAX);
	CHECK_INT(sysconf(_SC_LINE_MAX), LINE_MAX);
	CHECK_INT(_POSIX_THREAD_KEYS_MAX, 128);
	CHECK_INT(_POSIX_THREAD_THREADS_MAX, 64);
	CHECK_INT(_POSIX_ARG_MAX, 4096);

	/* pathconf and fpathconf: glibc's values on ext4 and tmpfs */
	CHECK_INT(pathconf("/", _PC_NAME_MAX), 255);
	CHECK_INT(pathconf("/", _PC_PATH_MAX), 4096);
	CHECK_INT(pathconf("/", _PC_PIPE_BUF), 4096);
	CHECK_INT(pathconf("/", _PC_FILESIZEBITS), 64);
	CHECK_INT(pathconf("/", _PC_NO_TRUNC), 1);
	CHECK_INT(pathconf("/", _PC_2_SYMLINKS), 1);
	CHECK_INT(fpathconf(0, _PC_MAX_CANON), 255);
	CHECK_INT(fpathconf(2, _PC_CHOWN_RESTRICTED), 1);
	errno = 0;
	CHECK_INT(pathconf("/", _PC_SYMLINK_MAX), -1);
	CHECK_INT(errno, 0);
	CHECK(pathconf("/", _PC_LINK_MAX) >= 8);
	CHECK_INT(pathconf("/no/such/file", _PC_NAME_MAX), -1);
	CHECK_INT(errno, ENOENT);
	CHECK_INT(fpathconf(-1, _PC_NAME_MAX), -1);
	CHECK_INT(errno, EBADF);
	CHECK_INT(pathconf("/", 1000), -1);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(fpathconf(0, -1), -1);
	CHECK_INT(errno, EINVAL);

	/* confstr: the length with the NUL, a truncated copy, unknown names */
	CHECK_INT(confstr(_CS_PATH, buf, sizeof buf), 14);
	CHECK_STR(buf, "/bin:/usr/bin");
	CHECK_INT(confstr(_CS_PATH, buf, 5), 14);
	CHECK_STR(buf, "/bin");
	CHECK_INT(confstr(_CS_PATH, 0, 0), 14);
	CHECK_INT(confstr(_CS_V7_ENV, buf, sizeof buf), 18);
	CHECK_STR(buf, "POSIXLY_CORRECT=1");
	if (sizeof(long) == 8) {
		CHECK_INT(confstr(_CS_V7_WIDTH_RESTRICTED_ENVS, buf, sizeof buf), 20);
		CHECK_STR(buf, "POSIX_V7_LP64_OFF64");
	}
	errno = 0;
	CHECK_INT(confstr(-1, buf, sizeof buf), 0);
	CHECK_INT(errno, EINVAL);
	CHECK_INT(confstr(999, buf, sizeof buf), 0);
	CHECK_INT(errno, EINVAL);
	/* taskrt is not glibc: the glibc-only strings are EINVAL, as in musl */
	TASKRT_ONLY(CHECK_INT(confstr(_CS_GNU_LIBC_VERSION, buf, sizeof buf), 0));
	TASKRT_ONLY(CHECK_INT(errno, EINVAL));
}

int main(void)
{
	unsigned long long limit[2];
	unsigned long mask[16] = { 0 };
	long n, pages, cpus = 0;

	/* glibc's numbers, so that a binary built against either agrees */
	CHECK_INT(_SC_ARG_MAX, 0);
	CHECK_INT(_SC_CLK_TCK, 2);
	CHECK_INT(_SC_OPEN_MAX, 4);
	CHECK_INT(_SC_PAGESIZE, 30);
	CHECK_INT(_SC_PAGE_SIZE, 30);
	CHECK_INT(_SC_THREAD_STACK_MIN, 75);
	CHECK_INT(_SC_NPROCESSORS_CONF, 83);
	CHECK_INT(_SC_NPROCESSORS_ONLN, 84);
	CHECK_INT(_SC_THREAD_PROCESS_SHARED, 82);
	CHECK_INT(_SC_MONOTONIC_CLOCK, 149);
	CHECK_INT(_SC_IPV6, 235);
	CHECK_INT(_SC_SIGSTKSZ, 250);
	CHECK_INT(_PC_2_SYMLINKS, 20);
	CHECK_INT(_CS_V7_ENV, 1149);

	CHECK_INT(sysconf(_SC_PAGESIZE), getauxval(AT_PAGESZ));
	CHECK_INT(sysconf(_SC_PAGE_SIZE), getauxval(AT_PAGESZ));
	CHECK_INT(sysconf(_SC_PAGESIZE) & (sysconf(_SC_PAGESIZE) - 1), 0);
	CHECK_INT(sysconf(_SC_CLK_TCK), getauxval(AT_CLKTCK));
	CHECK_INT(sysconf(_SC_THREAD_STACK_MIN), PTHREAD_STACK_MIN);
	/* glibc's per-arch minimum: 16 KiB, or 128 KiB where the kernel's
	 * pages may be 64 KiB; a whole number of pages either way */
	CHECK(PTHREAD_STACK_MIN >= 16384);
	CHECK_INT(PTHREAD_STACK_MIN % sysconf(_SC_PAGESIZE), 0);
	CHECK_INT(sysconf(_SC_THREAD_KEYS_MAX), PTHREAD_KEYS_MAX);
	CHECK_INT(sysconf(_SC_THREAD_DESTRUCTOR_ITERATIONS), PTHREAD_DESTRUCTOR_ITERATIONS);
	CHECK_INT(sysconf(_SC_IOV_MAX), IOV_MAX);
	CHECK_INT(sysconf(_SC_VERSION), 200809L);

	/* processors: at least one, online <= configured, and at least as
	 * many online as this thread may use */
	n = syscall(SYS_sched_getaffinity, 0, sizeof mask, mask);
	CHECK(n > 0);
	for (long i = 0; i < n / (long)sizeof(long); i++)
		for (unsigned long w = mask[i]; w; w &= w - 1)
			cpus++;
	CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= cpus);
	CHECK(sysconf(_SC_NPROCESSORS_CONF) >= sysconf(_SC_NPROCESSORS_ONLN));

	/* limits: the soft rlimit, or -1 (no limit) */
	CHECK_INT(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, limit), 0);
	CHECK_INT(sysconf(_SC_OPEN_MAX), limit[0] > LONG_MAX ? -1 : (long)limit[0]);
	n = sysconf(_SC_ARG_MAX);
	CHECK(n >= 131072 && n <= 6L << 20);
	pages = sysconf(_SC_PHYS_PAGES);
	CHECK(pages > 0);
	CHECK(sysconf(_SC_AVPHYS_PAGES) > 0 && sysconf(_SC_AVPHYS_PAGES) <= pages);

	/* unknown names */
	errno = 0;
	CHECK_INT(sysconf(-1), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(sysconf(100000), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(sysconf(_SC_SIGSTKSZ + 1), -1);
	CHECK_INT(errno, EINVAL);

	check_glibc_answers();
	return check_done();
}
