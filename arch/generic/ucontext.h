/* The signal frame's layout, for a port without arch/<arch>/ucontext.h and
 * syscall_cp.S yet (see arch/x86_64/ for what the real ones provide).
 *
 * Without them thread/cancel.c cannot tell where a cancel signal
 * interrupted a thread, and falls back to a weaker scheme: its handler
 * does not restart system calls, so a cancellation point that blocks
 * returns EINTR and acts then.  A cancel that lands between the flag test
 * and the trap waits for the next cancellation point (docs/cancel.md);
 * test/cancel_race, which looks for exactly that, is a visible skip. */
#define CANCEL_WINDOW_MISSING "this arch has no arch/<arch>/syscall_cp.S yet"
