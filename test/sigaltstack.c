/* sigaltstack: a handler runs on the alternate stack (SA_ONSTACK), sees
 * SS_ONSTACK, cannot change the stack it runs on (EPERM); SS_DISABLE,
 * SS_AUTODISARM, the sizes, and bad input (EINVAL, ENOMEM). */
/* test skip qemu-x86_64: qemu-x86_64 7.2 itself faults (SIGSEGV) when a handler on the alternate stack calls sigaltstack to replace it, with glibc too; runs natively */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#ifndef SS_AUTODISARM
#define SS_AUTODISARM (1U << 31)
#endif

/* qemu-user (7.2) refuses SS_AUTODISARM. */
static int under_qemu(void)
{
	const char *m = getenv("TASKRT_TEST_MODE");

	return m && !strcmp(m, "qemu");
}

static char *alt;
static size_t alt_size;
static volatile int on_alt, flags_inside = -1, change_errno, handled;

static void handler(int sig)
{
	char here;
	stack_t cur, other = { 0 };

	(void)sig;
	on_alt = &here >= alt && &here < alt + alt_size;
	if (sigaltstack(0, &cur) == 0)
		flags_inside = cur.ss_flags;
	other.ss_sp = alt;
	other.ss_size = alt_size;
	change_errno = sigaltstack(&other, 0) < 0 ? errno : 0;
	handled++;
}

int main(void)
{
	struct sigaction sa = { 0 };
	stack_t ss, old;
	static char stack_a[65536] __attribute__((aligned(16)));

	/* glibc's constants (with _GNU_SOURCE glibc's SIGSTKSZ is
	 * sysconf(_SC_SIGSTKSZ), at least the constant) */
	CHECK_INT(SS_ONSTACK, 1);
	CHECK_INT(SS_DISABLE, 2);
	CHECK(MINSIGSTKSZ >= 2048);
	CHECK(SIGSTKSZ >= MINSIGSTKSZ);
	TASKRT_ONLY(CHECK(SIGSTKSZ == 8192 || SIGSTKSZ == 16384 || SIGSTKSZ == 32768));  /* the kernel's: 32 KiB on ppc64 */

	/* none at start */
	CHECK_INT(sigaltstack(0, &old), 0);
	CHECK_INT(old.ss_flags, SS_DISABLE);

	alt = stack_a;
	alt_size = sizeof stack_a;
	ss = (stack_t){ .ss_sp = alt, .ss_size = alt_size };
	CHECK_INT(sigaltstack(&ss, &old), 0);
	CHECK_INT(old.ss_flags, SS_DISABLE);
	CHECK_INT(sigaltstack(0, &old), 0);
	CHECK(old.ss_sp == alt && old.ss_size == alt_size && old.ss_flags == 0);

	/* SA_ONSTACK: on the alternate stack, SS_ONSTACK inside, EPERM for a
	 * change there */
	sa.sa_handler = handler;
	sa.sa_flags = SA_ONSTACK;
	CHECK_INT(sigaction(SIGUSR1, &sa, 0), 0);
	raise(SIGUSR1);
	CHECK_INT(handled, 1);
	CHECK_INT(on_alt, 1);
	CHECK_INT(flags_inside, SS_ONSTACK);
	CHECK_INT(change_errno, EPERM);
	CHECK_INT(sigaltstack(0, &old), 0);
	CHECK_INT(old.ss_flags, 0);                  /* back off it */

	/* without SA_ONSTACK the handler stays on the normal stack */
	sa.sa_flags = 0;
	CHECK_INT(sigaction(SIGUSR2, &sa, 0), 0);
	raise(SIGUSR2);
	CHECK_INT(handled, 2);
	CHECK_INT(on_alt, 0);
	CHECK_INT(flags_inside, 0);

	/* SS_AUTODISARM: the stack is disarmed while the handler runs on it,
	 * so a change there is allowed */
	ss = (stack_t){ .ss_sp = alt, .ss_size = alt_size, .ss_flags = (int)SS_AUTODISARM };
	if (under_qemu()) {
		check_puts("note: qemu-user 7.2 refuses SS_AUTODISARM (EINVAL): not checked\n");
	} else {
		CHECK_INT(sigaltstack(&ss, 0), 0);
		raise(SIGUSR1);
		CHECK_INT(handled, 3);
		CHECK_INT(on_alt, 1);
		CHECK_INT(flags_inside, SS_DISABLE);
		CHECK_INT(change_errno, 0);
	}

	/* SS_DISABLE: handlers run on the normal stack */
	ss = (stack_t){ .ss_flags = SS_DISABLE };
	CHECK_INT(sigaltstack(&ss, 0), 0);
	CHECK_INT(sigaltstack(0, &old), 0);
	CHECK_INT(old.ss_flags, SS_DISABLE);
	handled = 0;
	raise(SIGUSR1);
	CHECK_INT(handled, 1);
	CHECK_INT(on_alt, 0);

	/* bad input */
	ss = (stack_t){ .ss_sp = alt, .ss_size = 1024 };   /* below every arch's minimum */
	CHECK_INT(sigaltstack(&ss, 0), -1);
	CHECK_INT(errno, ENOMEM);
	ss = (stack_t){ .ss_sp = alt, .ss_size = alt_size, .ss_flags = 0x40 };
	CHECK_INT(sigaltstack(&ss, 0), -1);
	CHECK_INT(errno, EINVAL);
	ss = (stack_t){ .ss_sp = alt, .ss_size = alt_size, .ss_flags = SS_ONSTACK };
	CHECK_INT(sigaltstack(&ss, 0), 0);           /* SS_ONSTACK is accepted, as 0 */
	CHECK_INT(sigaltstack(0, (stack_t *)1), -1);
	CHECK_INT(errno, EFAULT);
	return check_done();
}
