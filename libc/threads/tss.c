/* C11 thread-specific storage: pthread keys under other names.  A tss
 * destructor runs at thrd_exit or when the start function returns, at most
 * TSS_DTOR_ITERATIONS rounds, as for pthread keys. */
#include <threads.h>
#include "internal/defs.h"

int tss_create(tss_t *key, tss_dtor_t destructor)
{
	return __pthread_key_create(key, destructor) == 0 ? thrd_success : thrd_error;
}

void *tss_get(tss_t key)
{
	return __pthread_getspecific(key);
}

int tss_set(tss_t key, void *value)
{
	return __pthread_setspecific(key, value) == 0 ? thrd_success : thrd_error;
}

void tss_delete(tss_t key)
{
	__pthread_key_delete(key);
}
