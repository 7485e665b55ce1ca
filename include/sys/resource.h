/* <sys/resource.h>: resource limits, usage and scheduling priorities.
 *
 * rlim_t is 64-bit everywhere, so struct rlimit is the kernel's struct
 * rlimit64 and every call is prlimit64; RLIMIT_*, PRIO_* and RUSAGE_*
 * come from the kernel's <linux/resource.h>. */
#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <features.h>

#include <bits/types.h>
#include <bits/timeval.h>
#include <bits/resource.h>

typedef unsigned long long rlim_t;

#define RLIM_INFINITY  RLIM64_INFINITY
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

struct rlimit {
	rlim_t rlim_cur;    /* the soft limit */
	rlim_t rlim_max;    /* the hard limit, the soft one's ceiling */
};

/* As the kernel fills it, with 64-bit times on every arch. */
struct rusage {
	struct timeval ru_utime;
	struct timeval ru_stime;
	long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss;
	long ru_minflt, ru_majflt, ru_nswap;
	long ru_inblock, ru_oublock;
	long ru_msgsnd, ru_msgrcv, ru_nsignals;
	long ru_nvcsw, ru_nivcsw;
};

int getrlimit(int resource, struct rlimit *rl);
int setrlimit(int resource, const struct rlimit *rl);
#ifdef __TASKRT_GNU
int prlimit(pid_t pid, int resource, const struct rlimit *new_limit, struct rlimit *old_limit);
#endif
int getrusage(int who, struct rusage *usage);
int getpriority(int which, id_t who);
int setpriority(int which, id_t who, int priority);

#endif
