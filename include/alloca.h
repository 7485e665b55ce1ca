/* <alloca.h>: stack allocation that ends with the calling function,
 * the compiler's own builtin (as in glibc and musl). */
#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <features.h>
#include <stddef.h>

void *alloca(size_t size);
#define alloca(size) __builtin_alloca(size)

#endif
