/* Static TLS: lay out one thread's TCB and TLS block and fill the block from
 * the program's PT_TLS template.  The main thread does this in crt/start.c
 * on its own stack; pthread_create does it in the thread's mapping. */
#include <string.h>
#include "thread/internal.h"

struct tls_image __tls_image;

#define ROUND_UP(n, a) (((n) + (a) - 1) & -(a))

size_t __tls_area_size(void)
{
	size_t align = __tls_image.align;
	return sizeof(struct pthread) + ROUND_UP(TLS_GAP_ABOVE_TP, align)
	       + ROUND_UP(__tls_image.size, align) + align;
}

struct pthread *__tls_init(void *mem)
{
	const struct tls_image *image = &__tls_image;
	size_t align = image->align;
	uintptr_t tp;
	struct pthread *self;
	char *block;

#if TLS_VARIANT == 2
	/* [ block ][ TCB ]: the block ends where the TCB (and TP) begins, and
	 * the compiler addresses it as TP - ROUND_UP(size, align) + offset. */
	tp = ROUND_UP((uintptr_t)mem + ROUND_UP(image->size, align), align);
	self = (struct pthread *)tp;
	block = (char *)tp - ROUND_UP(image->size, align);
#else
	/* [ TCB ][ gap ][ block ]: TP is just past the TCB, and the compiler
	 * addresses the block as TP + ROUND_UP(gap, align) + offset. */
	tp = ROUND_UP((uintptr_t)mem + sizeof(struct pthread), align);
	self = (struct pthread *)tp - 1;
	block = (char *)tp + ROUND_UP(TLS_GAP_ABOVE_TP, align);
#endif
	memset(self, 0, sizeof *self);
	self->self = self;
	memcpy(block, image->data, image->data_size);
	memset(block + image->data_size, 0, image->size - image->data_size);
	return self;
}
