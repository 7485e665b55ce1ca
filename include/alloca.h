/* <alloca.h>: stack allocation that ends with the calling function,
 * the compiler's own builtin (a macro only: no library function). */
#ifndef _ALLOCA_H
#define _ALLOCA_H

#include <features.h>
#include <stddef.h>

#define alloca(size) __builtin_alloca(size)

#endif
