#ifndef _SCHED_H
#define _SCHED_H

#include <features.h>

#include <bits/types.h>
#include <bits/sched.h>     /* CLONE_*, SCHED_*: from the kernel's <linux/sched.h> */

#define SCHED_OTHER SCHED_NORMAL

struct sched_param {
	int sched_priority;
};

/* glibc's clone: run fn(arg) in a new process or thread on `stack` (its
 * highest address: stacks grow down).  The optional arguments, in this
 * order whatever the arch's kernel order: pid_t *ptid, void *tls,
 * pid_t *ctid.  Returns the child's id, or -1 with errno. */
#ifdef __TASKRT_GNU
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);
#endif

int sched_yield(void);
/* Policy and priority of a thread (pid 0: the caller).  -1 and errno. */
int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param);
int sched_getscheduler(pid_t pid);
int sched_setparam(pid_t pid, const struct sched_param *param);
int sched_getparam(pid_t pid, struct sched_param *param);
int sched_get_priority_min(int policy);
int sched_get_priority_max(int policy);

/* Namespaces: new ones for this process (unshare, CLONE_NEW* flags), or
 * join the one a descriptor refers to (setns). */
#ifdef __TASKRT_GNU
int unshare(int flags);
int setns(int fd, int nstype);
#endif

#ifdef __TASKRT_GNU
/* CPU sets: one bit per CPU, 1024 in a cpu_set_t (as glibc); the _S
 * forms take the set's size in bytes, for sets from CPU_ALLOC that hold
 * more.  A CPU number at or past the set's end is ignored (CPU_ISSET: 0). */
#define CPU_SETSIZE 1024
#define __NCPUBITS  (8 * sizeof(unsigned long))
typedef struct {
	unsigned long __bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

#define __CPU_OP_S(cpu, size, set, op) __extension__ ({ \
	size_t __c = (cpu); \
	__c / 8 < (size_t)(size) ? (((unsigned long *)((set)->__bits))[__c / __NCPUBITS] op \
	                     (1UL << (__c % __NCPUBITS))) : 0; })
#define CPU_SET_S(cpu, size, set)   __CPU_OP_S(cpu, size, set, |=)
#define CPU_CLR_S(cpu, size, set)   __CPU_OP_S(cpu, size, set, &= ~)
#define CPU_ISSET_S(cpu, size, set) (__CPU_OP_S(cpu, size, set, &) != 0)
#define CPU_ZERO_S(size, set) do { \
	for (size_t __i = 0; __i < (size_t)(size) / sizeof(unsigned long); __i++) \
		((unsigned long *)((set)->__bits))[__i] = 0; } while (0)
#define CPU_COUNT_S(size, set) __sched_cpucount(size, set)
#define __CPU_LOGIC_S(dst, size, a, b, op) do { \
	for (size_t __i = 0; __i < (size_t)(size) / sizeof(unsigned long); __i++) \
		((unsigned long *)((dst)->__bits))[__i] = \
			((const unsigned long *)((a)->__bits))[__i] op \
			((const unsigned long *)((b)->__bits))[__i]; } while (0)
#define CPU_AND_S(size, dst, a, b) __CPU_LOGIC_S(dst, size, a, b, &)
#define CPU_OR_S(size, dst, a, b)  __CPU_LOGIC_S(dst, size, a, b, |)
#define CPU_XOR_S(size, dst, a, b) __CPU_LOGIC_S(dst, size, a, b, ^)
#define CPU_EQUAL_S(size, a, b) __extension__ ({ \
	int __eq = 1; \
	for (size_t __i = 0; __i < (size_t)(size) / sizeof(unsigned long); __i++) \
		__eq &= ((const unsigned long *)((a)->__bits))[__i] == \
		        ((const unsigned long *)((b)->__bits))[__i]; \
	__eq; })

#define CPU_SET(cpu, set)   CPU_SET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_CLR(cpu, set)   CPU_CLR_S(cpu, sizeof(cpu_set_t), set)
#define CPU_ISSET(cpu, set) CPU_ISSET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_ZERO(set)       CPU_ZERO_S(sizeof(cpu_set_t), set)
#define CPU_COUNT(set)      CPU_COUNT_S(sizeof(cpu_set_t), set)
#define CPU_AND(dst, a, b)  CPU_AND_S(sizeof(cpu_set_t), dst, a, b)
#define CPU_OR(dst, a, b)   CPU_OR_S(sizeof(cpu_set_t), dst, a, b)
#define CPU_XOR(dst, a, b)  CPU_XOR_S(sizeof(cpu_set_t), dst, a, b)
#define CPU_EQUAL(a, b)     CPU_EQUAL_S(sizeof(cpu_set_t), a, b)

/* A set for count CPUs, rounded up to whole words (malloc/free). */
#define CPU_ALLOC_SIZE(count) \
	((((size_t)(count) + __NCPUBITS - 1) / __NCPUBITS) * sizeof(unsigned long))
#define CPU_ALLOC(count) __sched_cpualloc(count)
#define CPU_FREE(set)    __sched_cpufree(set)

int __sched_cpucount(size_t size, const cpu_set_t *set);
cpu_set_t *__sched_cpualloc(size_t count);
void __sched_cpufree(cpu_set_t *set);
#endif

/* The CPUs a thread (pid 0: the caller) may run on. -1 and errno. */
#ifdef __TASKRT_GNU
int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set);
int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
#endif
/* The CPU the caller runs on (a moment ago), or -1 and errno. */
#ifdef __TASKRT_GNU
int sched_getcpu(void);
#endif

#endif
