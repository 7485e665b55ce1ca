#include <pthread.h>
#include "internal/pthread.h"

pthread_t pthread_self(void)
{
	return __self();
}

int pthread_equal(pthread_t a, pthread_t b)
{
	return a == b;
}
