#include <pthread.h>
#include "internal/pthread.h"
#include "internal/defs.h"

pthread_t __pthread_self(void)
{
	return __self();
}
weak_alias(__pthread_self, pthread_self);

int __pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}
weak_alias(__pthread_equal, pthread_equal);
