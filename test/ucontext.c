/* getcontext/setcontext/makecontext/swapcontext: a round trip through
 * getcontext and setcontext (getcontext returns twice, 0 both times,
 * locals in memory kept), makecontext with arguments (up to ten: past
 * every arch's argument registers) and uc_link, a swapcontext ping-pong
 * between two coroutines, the signal mask each context carries, the FP
 * state a coroutine keeps, and a bad mask (EFAULT). */
#define _GNU_SOURCE
#include <ucontext.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include "check.h"

static ucontext_t main_uc, co_uc, co2_uc;
static volatile long sum, got_args[10];
static volatile int pings, pongs;
static char stack1[64 * 1024] __attribute__((aligned(16)));
static char stack2[64 * 1024] __attribute__((aligned(16)));

static void take_ten(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9)
{
	int a[10] = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 };
	volatile double d = 0.5;     /* the FPU works on this stack */

	for (int i = 0; i < 10; i++)
		got_args[i] = a[i];
	sum = (long)(d * 4);         /* 2 */
	/* returns: on to uc_link (main_uc) */
}

static void pong(void)
{
	for (;;) {
		pongs++;
		CHECK(swapcontext(&co_uc, &main_uc) == 0);
	}
}

static __attribute__((noinline)) void ping(int n)
{
	for (int i = 0; i < n; i++) {
		pings++;
		CHECK(swapcontext(&main_uc, &co_uc) == 0);
	}
}

static int stack_aligned;
static void check_alignment(void)
{
	/* the ABI's stack alignment at a function's entry, whatever the arch:
	 * a 16-aligned local is where the compiler expects it */
	char probe[16] __attribute__((aligned(16)));
	stack_aligned = ((uintptr_t)probe & 15) == 0;
}

static void sig_mask_co(void)
{
	sigset_t now;
	sigprocmask(SIG_BLOCK, 0, &now);
	sum = sigismember(&now, SIGUSR1) * 10 + sigismember(&now, SIGUSR2);
}

int main(void)
{
	volatile int passes = 0;

	if (getcontext(&main_uc) != 0) {
		CHECK_INT(errno, ENOSYS);
		check_skip("this port has no arch/<arch>/ucontext.S yet");
	}

	/* round trip: getcontext returns twice */
	passes = 0;
	CHECK_INT(getcontext(&main_uc), 0);
	if (++passes < 3)
		setcontext(&main_uc);          /* does not return */
	CHECK_INT(passes, 3);

	/* makecontext: ten arguments, uc_link back here */
	volatile int done = 0;
	CHECK_INT(getcontext(&co_uc), 0);
	co_uc.uc_stack.ss_sp = stack1;
	co_uc.uc_stack.ss_size = sizeof stack1;
	co_uc.uc_link = &main_uc;
	makecontext(&co_uc, (void (*)(void))take_ten, 10, 1, -2, 3, 4, 5, 6, 7, 8, 9, 100);
	CHECK_INT(getcontext(&main_uc), 0);
	if (!done) {
		done = 1;
		setcontext(&co_uc);
		CHECK(0);                      /* not reached */
	}
	CHECK_INT(got_args[0], 1);
	CHECK_INT(got_args[1], -2);
	CHECK_INT(got_args[5], 6);
	CHECK_INT(got_args[7], 8);
	CHECK_INT(got_args[9], 100);
	CHECK_INT(sum, 2);

	/* the stack is the one given, aligned as the ABI wants */
	CHECK_INT(getcontext(&co_uc), 0);
	co_uc.uc_stack.ss_sp = stack2 + 8;     /* a misaligned start too */
	co_uc.uc_stack.ss_size = sizeof stack2 - 24;
	co_uc.uc_link = &main_uc;
	makecontext(&co_uc, check_alignment, 0);
	CHECK_INT(swapcontext(&main_uc, &co_uc), 0);
	CHECK_INT(stack_aligned, 1);

	/* swapcontext ping-pong */
	CHECK_INT(getcontext(&co_uc), 0);
	co_uc.uc_stack.ss_sp = stack1;
	co_uc.uc_stack.ss_size = sizeof stack1;
	co_uc.uc_link = 0;
	makecontext(&co_uc, pong, 0);
	ping(1000);
	CHECK_INT(pings, 1000);
	CHECK_INT(pongs, 1000);

	/* each context carries its signal mask: the coroutine's has SIGUSR2
	 * blocked, ours SIGUSR1; swapping swaps them */
	sigset_t s, now;
	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	sigprocmask(SIG_SETMASK, &s, 0);
	CHECK_INT(getcontext(&co2_uc), 0);
	co2_uc.uc_stack.ss_sp = stack2;
	co2_uc.uc_stack.ss_size = sizeof stack2;
	co2_uc.uc_link = &main_uc;
	makecontext(&co2_uc, sig_mask_co, 0);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_SETMASK, &s, 0);
	sum = -1;
	CHECK_INT(swapcontext(&main_uc, &co2_uc), 0);
	CHECK_INT(sum, 1);                     /* USR2 blocked, USR1 not */
	sigprocmask(SIG_BLOCK, 0, &now);
	CHECK_INT(sigismember(&now, SIGUSR1), 1);   /* ours back */
	CHECK_INT(sigismember(&now, SIGUSR2), 0);
	sigemptyset(&s);
	sigprocmask(SIG_SETMASK, &s, 0);

	/* a context whose mask cannot be read or written: EFAULT, nothing done */
	size_t len = (sizeof(ucontext_t) + 4095) & ~(size_t)4095;
	ucontext_t *bad = mmap(0, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(bad != MAP_FAILED);
	munmap(bad, len);                      /* now nothing is there */
	errno = 0;
	CHECK_INT(setcontext(bad), -1);
	CHECK_INT(errno, EFAULT);

	/* the layout glibc and the kernel share */
	CHECK(sizeof(ucontext_t) > sizeof(mcontext_t));
	CHECK((char *)&main_uc.uc_link - (char *)&main_uc == sizeof(long));
	return check_done();
}
