/* test skip libc: ESRCH for an exiting thread is taskrt's choice (glibc 2.34+ says 0), and the seccomp window traps glibc's own calls */
/* test skip qemu: qemu-user has no seccomp, which opens the window; runs natively */
/* A call on another thread holds that thread's tid: the target cannot
 * finish exiting (and its tid cannot pass to a new thread) between the
 * moment the call reads the tid and its system call.
 *
 * The window is a few instructions wide, so the test opens it at will: a
 * seccomp filter turns the one system call each function makes on the tid
 * (tgkill with SIGUSR2, sched_getscheduler on the target's tid) into a
 * SIGSYS, whose handler runs inside the window.  There it tells the target
 * to exit and waits: the target must still be alive 100 ms later, and a
 * new call on it must already say ESRCH.  qemu-user has no seccomp, so
 * this runs natively only.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "check.h"

/* The kernel's BPF and seccomp ABI (linux/filter.h, linux/seccomp.h). */
struct sock_filter { uint16_t code; uint8_t jt, jf; uint32_t k; };
struct sock_fprog { unsigned short len; struct sock_filter *filter; };
#define LD_W_ABS  0x20     /* BPF_LD | BPF_W | BPF_ABS */
#define JEQ_K     0x15     /* BPF_JMP | BPF_JEQ | BPF_K */
#define RET_K     0x06     /* BPF_RET | BPF_K */
#define SECCOMP_RET_ALLOW 0x7fff0000u
#define SECCOMP_RET_TRAP  0x00030000u
#define SECCOMP_SET_MODE_FILTER 1     /* seccomp(2)'s operation */
#define PR_SET_NO_NEW_PRIVS 38
#define NR_OFFSET 0                       /* struct seccomp_data: nr */
/* struct seccomp_data: args[i], a __u64; BPF loads 32-bit words, and the
 * low half (which holds an int argument) is the word at the lower
 * address on a little-endian machine, the one at the higher on a
 * big-endian one (s390x). */
#define LOW_HALF (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ ? 4 : 0)
#define ARG_OFFSET(i) (16 + 8 * (i) + LOW_HALF)

static pthread_t target;
static volatile int target_tid, die, in_window, alive_in_window, esrch_in_window;

static void *wait_to_die(void *arg)
{
	target_tid = syscall(SYS_gettid);
	while (!die)
		usleep(1000);
	return arg;
}

/* Inside the window: the caller has read the target's tid and not yet
 * used it. */
static void in_the_window(int sig)
{
	int policy;
	struct sched_param sp;

	(void)sig;
	in_window++;
	die = 1;
	sleep_ms(100);          /* long enough for the target to exit */
	alive_in_window = syscall(SYS_tgkill, getpid(), target_tid, 0) == 0;
	esrch_in_window = pthread_kill(target, 0) == ESRCH
	                  && pthread_getschedparam(target, &policy, &sp) == ESRCH;
}

/* Add a filter for the calling thread (main): trap tgkill(.., .., SIGUSR2)
 * and sched_getscheduler(tid); allow everything else.  Filters stack, so
 * the ones of earlier rounds stay (they trap only dead threads' tids). */
static int trap_calls_on(int tid)
{
	struct sock_filter code[] = {
		/* 0 */ { LD_W_ABS, 0, 0, NR_OFFSET },
		/* 1 */ { JEQ_K, 0, 2, SYS_tgkill },               /* -> 2 : 4 */
		/* 2 */ { LD_W_ABS, 0, 0, ARG_OFFSET(2) },
		/* 3 */ { JEQ_K, 3, 4, SIGUSR2 },                  /* -> 7 : 8 */
		/* 4 */ { JEQ_K, 0, 3, SYS_sched_getscheduler },   /* -> 5 : 8 */
		/* 5 */ { LD_W_ABS, 0, 0, ARG_OFFSET(0) },
		/* 6 */ { JEQ_K, 0, 1, (uint32_t)tid },            /* -> 7 : 8 */
		/* 7 */ { RET_K, 0, 0, SECCOMP_RET_TRAP },
		/* 8 */ { RET_K, 0, 0, SECCOMP_RET_ALLOW },
	};
	struct sock_fprog prog = { sizeof code / sizeof code[0], code };

	if (syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return -1;
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

/* One round: a fresh target, then `call` on it, which traps in the window. */
static void round_with(void (*call)(void))
{
	die = in_window = alive_in_window = esrch_in_window = 0;
	target_tid = 0;
	CHECK_INT(pthread_create(&target, 0, wait_to_die, 0), 0);
	while (!target_tid)
		sched_yield();
	CHECK_INT(trap_calls_on(target_tid), 0);
	call();
	CHECK_INT(in_window, 1);
	CHECK_INT(alive_in_window, 1);          /* it waited for our call */
	CHECK_INT(esrch_in_window, 1);          /* no new call started */
	CHECK_INT(pthread_join(target, 0), 0);  /* and it exits after it */
}

static void call_kill(void) { pthread_kill(target, SIGUSR2); }
static void call_getsched(void)
{
	int policy;
	struct sched_param sp;

	pthread_getschedparam(target, &policy, &sp);
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = in_the_window;
	CHECK_INT(sigaction(SIGSYS, &sa, 0), 0);
	round_with(call_kill);
	round_with(call_getsched);
	return check_done();
}
