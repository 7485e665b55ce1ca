/* atexit: up to ATEXIT_MAX (32, POSIX's minimum) handlers, run by exit()
 * in the reverse order of registration.  Linking this object replaces
 * exit's weak no-op hook with the real list. */
#include <limits.h>
#include <stdlib.h>
#include "internal/crt.h"
#include "internal/lock.h"

static void (*handlers[ATEXIT_MAX])(void);
static int count;
static volatile int lock;

void __atexit_fork(int when)
{
	__lock_fork(&lock, when);
}

int atexit(void (*fn)(void))
{
	int ok;

	__lock(&lock);
	ok = count < ATEXIT_MAX;
	if (ok)
		handlers[count++] = fn;
	__unlock(&lock);
	return ok ? 0 : -1;
}

/* Each handler is taken off the list before it runs, so one that calls
 * exit() does not run twice, and exit() from two threads runs each once. */
void __run_atexit_handlers(void)
{
	void (*fn)(void);

	for (;;) {
		__lock(&lock);
		fn = count ? handlers[--count] : 0;
		__unlock(&lock);
		if (!fn)
			return;
		fn();
	}
}
