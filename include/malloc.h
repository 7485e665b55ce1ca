/* <malloc.h>: glibc's allocator header, the part taskrt has. */
#ifndef _MALLOC_H
#define _MALLOC_H

#include <stddef.h>

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *p, size_t size);
void free(void *p);
/* The bytes p's block really holds: at least what was asked for. */
size_t malloc_usable_size(void *p);

#endif
