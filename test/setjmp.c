/* setjmp/longjmp, _setjmp/_longjmp, sigsetjmp/siglongjmp: jumps out of
 * nested calls, the value a jump returns, callee-saved registers (integer
 * and floating point) kept across a jump, the signal mask restored only
 * when sigsetjmp saved it, and jumps out of signal handlers. */
#include <setjmp.h>
#include <signal.h>
#include <sys/mman.h>
#include "check.h"

#ifdef __TASKRT_NO_SETJMP
int main(void)
{
	check_skip("this port has no arch/<arch>/setjmp.S yet");
}
#else

static jmp_buf env;
static sigjmp_buf senv;
static volatile int depth_reached;

static void dive(int depth, int val);
static void (*volatile dive_again)(int, int) = dive;  /* a real call per level */

static __attribute__((noinline)) void dive(int depth, int val)
{
	volatile char frame[64];      /* a real frame per level */

	frame[0] = (char)depth;
	depth_reached = depth + frame[0] - depth;
	if (depth > 0)
		dive_again(depth - 1, val);
	longjmp(env, val);               /* from the deepest level only */
}

static __attribute__((noinline)) int jump_from_depth(int depth, int val)
{
	int r = setjmp(env);
	if (r == 0)
		dive(depth, val);
	return r;
}

/* Register pressure: many integer and double values live at once, so that
 * the compiler must use the callee-saved registers too, and then a jump. */
static volatile long seed = 3;
static volatile double fseed = 1.5;

static __attribute__((noinline)) void clobber_and_jump(void)
{
	long a = seed, b = a * 3, c = b + 7, d = c ^ a, e = d * 5, f = e - b, g = f + c, h = g * d;
	long i = h + 1, j = i * 2, k = j - 3, l = k ^ 5;
	double x = fseed, y = x * 3, z = y + 7, u = z * x, v = u - y, w = v + z, p = w * u, q = p + 1;

	for (int n = 0; n < 8; n++) {
		a += b; b += c; c += d; d += e; e += f; f += g; g += h; h += i; i += j; j += k; k += l; l += a;
		x += y; y += z; z += u; u += v; v += w; w += p; p += q; q += x;
	}
	seed = a + b + c + d + e + f + g + h + i + j + k + l;
	fseed = x + y + z + u + v + w + p + q;
	longjmp(env, 5);
}

static __attribute__((noinline)) int kept_values(void)
{
	/* Set before setjmp, never changed after it: ISO C says they keep
	 * their values, wherever the compiler put them. */
	long a = seed + 1, b = seed * 7, c = seed - 11, d = seed << 4, e = seed ^ 0x55, f = seed * seed;
	double x = fseed * 2, y = fseed + 0.25, z = fseed * fseed, w = fseed - 8;
	int bad = 0;

	if (setjmp(env) == 0)
		clobber_and_jump();
	bad += a != 4; bad += b != 21; bad += c != -8; bad += d != 48; bad += e != (3 ^ 0x55); bad += f != 9;
	bad += x != 3.0; bad += y != 1.75; bad += z != 2.25; bad += w != -6.5;
	return bad;
}

static sigset_t current_mask(void)
{
	sigset_t s;
	sigprocmask(SIG_SETMASK, 0, &s);
	return s;
}

static void set_blocked(int sig, int blocked)
{
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(blocked ? SIG_BLOCK : SIG_UNBLOCK, &s, 0);
}

static volatile sig_atomic_t handled;

static void jump_out(int sig)
{
	handled = sig;
	siglongjmp(senv, sig);
}

/* Each jump in a function of its own, so that no CHECK sits between a
 * setjmp and its jump: check.h's counters are statics that a compiler may
 * keep in registers, or count early, and a jump would undo or repeat. */

/* One return, then another for each jump, with the jump's value. */
static __attribute__((noinline)) int returns_twice_and_more(void)
{
	volatile int count = 0;
	int r = setjmp(env);

	count++;
	if (count < 3)
		longjmp(env, count);
	return r * 10 + count;          /* 2 and 3 */
}

static __attribute__((noinline)) int underscore_jump(void)
{
	volatile int count = 0;
	int r = _setjmp(env);

	if (r == 0) {
		count = 1;
		_longjmp(env, 9);
	}
	return r * 10 + count;          /* 9 and 1 */
}

/* sigsetjmp(senv, savemask): open SIGUSR1, block SIGUSR2, jump. */
static __attribute__((noinline)) int masked_jump(int savemask, volatile int *open_in_between)
{
	int r = sigsetjmp(senv, savemask);

	if (r == 0) {
		set_blocked(SIGUSR1, 0);
		set_blocked(SIGUSR2, 1);
		*open_in_between = !sigismember((sigset_t[]){ current_mask() }, SIGUSR1);
		siglongjmp(senv, 3);
	}
	return r;
}

static __attribute__((noinline)) int plain_jump_masks(void)
{
	int r = setjmp(env);

	if (r == 0) {
		set_blocked(SIGUSR2, 1);
		longjmp(env, 0);
	}
	return r;
}

/* A page that faults on any access; not NULL, which UBSan would catch
 * before the hardware does. */
static volatile int *volatile fault_address;

/* Raise sig (or fault), the handler jumps back: what did sigsetjmp return? */
static __attribute__((noinline)) int jump_from_handler(int sig)
{
	int r = sigsetjmp(senv, 1);

	if (r == 0) {
		if (sig == SIGSEGV)
			*fault_address = 1;
		else
			raise(sig);
		r = -1;                 /* the handler never returns here */
	}
	return r;
}

int main(void)
{
	volatile int open_in_between = 0;

	CHECK_INT(returns_twice_and_more(), 23);
	CHECK_INT(jump_from_depth(10, 42), 42);
	CHECK_INT(depth_reached, 0);
	CHECK_INT(jump_from_depth(3, 0), 1);     /* longjmp(env, 0) returns 1 */
	CHECK_INT(jump_from_depth(0, -7), -7);
	CHECK_INT(kept_values(), 0);
	CHECK_INT(underscore_jump(), 91);        /* _setjmp/_longjmp: no mask */

	/* sigsetjmp(env, 1): the mask at sigsetjmp comes back. */
	set_blocked(SIGUSR1, 1);
	CHECK_INT(masked_jump(1, &open_in_between), 3);
	CHECK(open_in_between);
	CHECK(sigismember((sigset_t[]){ current_mask() }, SIGUSR1));
	CHECK(!sigismember((sigset_t[]){ current_mask() }, SIGUSR2));

	/* sigsetjmp(env, 0), setjmp: the mask is left as the jump found it. */
	open_in_between = 0;
	CHECK_INT(masked_jump(0, &open_in_between), 3);
	CHECK(open_in_between);
	CHECK(!sigismember((sigset_t[]){ current_mask() }, SIGUSR1));
	CHECK(sigismember((sigset_t[]){ current_mask() }, SIGUSR2));
	set_blocked(SIGUSR2, 0);
	CHECK_INT(plain_jump_masks(), 1);
	CHECK(sigismember((sigset_t[]){ current_mask() }, SIGUSR2));
	set_blocked(SIGUSR2, 0);

	/* Out of a handler: the kernel blocked SIGUSR1 while it ran; the
	 * mask saved at sigsetjmp (SIGUSR1 open) is restored by the jump. */
	struct sigaction sa = { 0 };
	sa.sa_handler = jump_out;
	sigaction(SIGUSR1, &sa, 0);
	CHECK_INT(jump_from_handler(SIGUSR1), SIGUSR1);
	CHECK_INT(handled, SIGUSR1);
	CHECK(!sigismember((sigset_t[]){ current_mask() }, SIGUSR1));
	/* The handler can run again: the signal is not left blocked. */
	handled = 0;
	CHECK_INT(jump_from_handler(SIGUSR1), SIGUSR1);
	CHECK_INT(handled, SIGUSR1);

	/* Out of a fault: a SIGSEGV handler resumes at sigsetjmp. */
	fault_address = mmap(0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(fault_address != MAP_FAILED);
	sigaction(SIGSEGV, &sa, 0);
	handled = 0;
	CHECK_INT(jump_from_handler(SIGSEGV), SIGSEGV);
	CHECK_INT(handled, SIGSEGV);
	CHECK(!sigismember((sigset_t[]){ current_mask() }, SIGSEGV));

	CHECK(sizeof(sigjmp_buf) == sizeof(jmp_buf));
	return check_done();
}
#endif
