/* Static TLS: lay out one thread's TCB and TLS block and fill the block from
 * the program's PT_TLS template.  The main thread does this in crt/start.c
 * on its own stack; pthread_create does it in the thread's mapping. */
#include <elf.h>
#include "internal/crt.h"
#include "internal/defs.h"
#include "internal/pthread.h"


/* At most one program header is PT_TLS.  No PT_TLS (no __thread
 * variable) means an empty block.  Its p_vaddr is a link-time address:
 * the PIE library (built -fPIE, docs/static_pie.md) adds the load bias;
 * a fixed-address binary runs where it was linked. */
void __tls_image_find(struct tls_image *image)
{
#ifdef __PIE__
	uintptr_t bias = __load_bias();
#else
	const uintptr_t bias = 0;
#endif
	const ElfW(Phdr) *ph = (const void *)((const char *)&__ehdr_start + __ehdr_start.e_phoff);
	unsigned long n = __ehdr_start.e_phnum;
	/* No PT_TLS: all 0, and tls_align 0 makes every ROUND_UP by it 0,
	 * which is right for an empty block.  Locals, stored once at the
	 * end: the loop then keeps them in registers (fewer bytes in every
	 * program's start-up than storing into *image as it goes). */
	const void *data = 0;
	size_t data_size = 0, size = 0, tls_align = 0, align = 2 * sizeof(void *);

	for (; n; n--, ph++) {
		if (ph->p_type != PT_TLS)
			continue;
		data = (const void *)(bias + ph->p_vaddr);
		data_size = ph->p_filesz;
		size = ph->p_memsz;
		tls_align = ph->p_align;     /* linkers write at least 1 */
	}
	if (tls_align > align)
		align = tls_align;
	image->data = data;
	image->data_size = data_size;
	image->size = size;
	image->tls_align = tls_align;
	image->align = align;
	/* Enough for any placement: each ROUND_UP below adds < align. */
	image->area = sizeof(struct pthread) + TLS_GAP_ABOVE_TP + size + 3 * align;
}

/* Plain loops, not memset/memcpy: the area is small (a TCB and usually a
 * few dozen bytes of TLS), and a hello world should not link the string
 * functions just to start.  The zeroing goes a word at a time (bytes were
 * a third of a microsecond of every pthread_create), from and to word
 * boundaries around TCB, gap and .tbss: mem is word-aligned (every caller
 * gives at least 16-byte alignment) and the bytes rounded over are the
 * area's slack, which nothing uses. */
keep_loops struct pthread *__tls_init(void *mem, const struct tls_image *image)
{
	size_t align = image->align, tls_align = image->tls_align, i;
	const char *from = image->data;
	char *block;
	uintptr_t *zero, *end;
	struct pthread *self;
	uintptr_t tp;

#if TLS_VARIANT == 2
	/* [ block ][ TCB ]: the block ends where the TCB (and TP) begins, and
	 * the compiler addresses it as TP - ROUND_UP(size, p_align) + offset. */
	tp = ROUND_UP((uintptr_t)mem + ROUND_UP(image->size, tls_align), align);
	block = (char *)tp - ROUND_UP(image->size, tls_align);
	self = (struct pthread *)tp;
	zero = (uintptr_t *)((uintptr_t)block & -sizeof *zero);
	end = (uintptr_t *)(self + 1);
#else
	/* [ TCB ][ gap ][ block ]: TP is just past the TCB, and the compiler
	 * addresses the block as TP + ROUND_UP(gap, p_align) + offset. */
	tp = ROUND_UP((uintptr_t)mem + sizeof(struct pthread), align);
	block = (char *)tp + ROUND_UP(TLS_GAP_ABOVE_TP, tls_align);
	self = (struct pthread *)tp - 1;
	zero = (uintptr_t *)self;
	end = (uintptr_t *)ROUND_UP((uintptr_t)block + image->size, sizeof *zero);
#endif
	while (zero < end)                        /* TCB, gap, .tbss: all 0 */
		*zero++ = 0;
	for (i = 0; i < image->data_size; i++)   /* .tdata: its initial values */
		block[i] = from[i];
#if TLS_VARIANT == 2
	self->self = self;        /* x86 code reads the TCB address from TP */
#endif
	return self;
}
