/* The attributes of a thread created without any (128 KiB of stack, a
 * 4096-byte guard, which pthread_create rounds up to one page of the
 * kernel's size, AT_PAGESZ; pthread_setattr_default_np changes them).  An object of
 * its own: pthread_create needs these, not the rest of thread/attr.c,
 * which alone can give an attribute a stack of the program's own. */
#include <pthread.h>
#include "internal/pthread.h"

pthread_attr_t __default_attr = { .__stack_size = 128 * 1024, .__guard_size = 4096 };
