/* <memory.h>: the old BSD and System V name for the memory functions,
 * which <string.h> now declares; glibc's includes <string.h> and nothing
 * else, and so does this one. */
#ifndef _MEMORY_H
#define _MEMORY_H

#include <features.h>
#include <string.h>

#endif
