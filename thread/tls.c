/* Static TLS: lay out one thread's TCB and TLS block and fill the block from
 * the program's PT_TLS template.  The main thread does this in crt/start.c
 * on its own stack; pthread_create does it in the thread's mapping. */
#include <elf.h>
#include "libc/internal.h"
#include <sys/auxv.h>
#include "thread/internal.h"

#define ROUND_UP(n, a) (((n) + (a) - 1) & -(a))

/* The program headers are where the kernel's AT_PHDR says; at most one of
 * them is PT_TLS.  No PT_TLS (no __thread variable) means an empty block. */
void __tls_image_find(struct tls_image *image, const unsigned long *auxv)
{
	const ElfW(Phdr) *ph = 0;
	unsigned long n = 0;

	for (; auxv[0] != AT_NULL; auxv += 2) {
		if (auxv[0] == AT_PHDR) ph = (const void *)auxv[1];
		if (auxv[0] == AT_PHNUM) n = auxv[1];
	}
	*image = (struct tls_image){ .align = 2 * sizeof(void *) };
	for (; n; n--, ph++) {
		if (ph->p_type != PT_TLS)
			continue;
		image->data = (const void *)ph->p_vaddr;
		image->data_size = ph->p_filesz;
		image->size = ph->p_memsz;
		if (ph->p_align > image->align)
			image->align = ph->p_align;
	}
}

size_t __tls_area_size(const struct tls_image *image)
{
	size_t align = image->align;
	return sizeof(struct pthread) + ROUND_UP(TLS_GAP_ABOVE_TP, align)
	       + ROUND_UP(image->size, align) + align;
}

/* Byte loops, not memset/memcpy: the area is small (a TCB and usually a few
 * dozen bytes of TLS), and a hello world should not link the string
 * functions just to start. */
keep_loops struct pthread *__tls_init(void *mem, const struct tls_image *image)
{
	size_t align = image->align;
	uintptr_t tp;
	struct pthread *self;
	char *block;
	const char *from = image->data;
	size_t i, area = __tls_area_size(image);

	for (i = 0; i < area; i++)
		((char *)mem)[i] = 0;

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
	for (i = 0; i < image->data_size; i++)   /* .tdata; .tbss stays 0 */
		block[i] = from[i];
	self->self = self;
	return self;
}
