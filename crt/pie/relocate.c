/* Static PIE start-up: the program relocates itself, then starts as any
 * other.  (Only in the PIE library, lib/pie/libtaskrt.a: its crt1.o's
 * _start calls __start_static_pie where the fixed-address one calls
 * __start_c.  docs/static_pie.md.)
 *
 * A static PIE is linked at 0 and the kernel maps it anywhere, with no
 * dynamic linker to fix it up.  The linker left one relocation per word
 * that holds an address (a function-pointer table, a string table, the
 * constructor arrays, GOT slots): "add the load bias", R_<ARCH>_RELATIVE,
 * whose type arch/<arch>/reloc.h gives.  They are listed in DT_RELA (RELA
 * arches: the addend beside the offset), DT_REL (REL arches, i386 and
 * arm: the addend is the word itself) or DT_RELR (packed runs of words,
 * for linkers that pack).
 *
 * Until the last one is applied no pointer in writable data is right, so
 * this file reads nothing a relocation writes: _DYNAMIC and the ELF
 * header are hidden symbols, reached PC-relatively (or, on i386, relative
 * to the GOT's address, which is PC-relative); no global variable, no
 * call but to __start_c at the end, and the Makefile builds it with
 * -fno-jump-tables (a jump table may be a table of absolute addresses).
 * __start_c is in another file, so the compiler cannot move any of its
 * loads above the relocation.
 */
#include <elf.h>
#include <stddef.h>
#include <stdint.h>
#include <arch/reloc.h>
#include "internal/crt.h"
#include "internal/defs.h"

/* The linker's name for the program's .dynamic section. */
hidden extern const ElfW(Dyn) _DYNAMIC[];

/* 1 for a relative relocation, 0 for R_*_NONE (a linker may leave a
 * few); any other (one naming a symbol, which only a dynamic linker
 * resolves) stops the program before it runs wrong code. */
static int relative(uintptr_t info)
{
	uintptr_t type = sizeof info == 8 ? ELF64_R_TYPE(info) : ELF32_R_TYPE(info);

	if (type != ARCH_RELATIVE_RELOC && type != 0)
		__builtin_trap();
	return type != 0;
}

/* REL: the word holds its link-time value; add the bias. */
static void apply_rel(uintptr_t bias, const char *rel, size_t size, size_t entry)
{
	for (; size >= entry; rel += entry, size -= entry) {
		const ElfW(Rel) *r = (const void *)rel;

		if (relative(r->r_info))
			*(uintptr_t *)(bias + r->r_offset) += bias;
	}
}

/* RELA: the word becomes bias + addend. */
static void apply_rela(uintptr_t bias, const char *rela, size_t size, size_t entry)
{
	for (; size >= entry; rela += entry, size -= entry) {
		const ElfW(Rela) *r = (const void *)rela;

		if (relative(r->r_info))
			*(uintptr_t *)(bias + r->r_offset) = bias + (uintptr_t)r->r_addend;
	}
}

/* RELR: an even entry is the offset of a word to relocate (and starts a
 * run there); an odd one is a bitmap of the next 8 * word - 1 words after
 * the run so far, bit 1 the first of them. */
static void apply_relr(uintptr_t bias, const uintptr_t *relr, size_t size)
{
	const unsigned bits = 8 * sizeof *relr - 1;
	uintptr_t *where = 0;

	for (; size >= sizeof *relr; relr++, size -= sizeof *relr) {
		uintptr_t e = *relr;
		unsigned i;

		if (!(e & 1)) {
			where = (uintptr_t *)(bias + e);
			*where++ += bias;
			continue;
		}
		for (i = 0, e >>= 1; e; e >>= 1, i++)
			if (e & 1)
				where[i] += bias;
		where += bits;
	}
}

_Noreturn void __start_static_pie(long *sp)
{
	uintptr_t bias = __load_bias();
	uintptr_t rel = 0, rela = 0, relr = 0;
	size_t relsz = 0, relasz = 0, relrsz = 0;
	size_t relent = sizeof(ElfW(Rel)), relaent = sizeof(ElfW(Rela));
	const ElfW(Dyn) *d;

	for (d = _DYNAMIC; d->d_tag != DT_NULL; d++) {
		uintptr_t v = d->d_un.d_val;

		if (d->d_tag == DT_REL)
			rel = v;
		else if (d->d_tag == DT_RELSZ)
			relsz = v;
		else if (d->d_tag == DT_RELENT)
			relent = v;
		else if (d->d_tag == DT_RELA)
			rela = v;
		else if (d->d_tag == DT_RELASZ)
			relasz = v;
		else if (d->d_tag == DT_RELAENT)
			relaent = v;
		else if (d->d_tag == DT_RELR)
			relr = v;
		else if (d->d_tag == DT_RELRSZ)
			relrsz = v;
		else if (d->d_tag == DT_TEXTREL)
			__builtin_trap();    /* the code itself needs writing: -z text forbids it */
	}
	if (rel)
		apply_rel(bias, (const char *)(bias + rel), relsz, relent);
	if (rela)
		apply_rela(bias, (const char *)(bias + rela), relasz, relaent);
	if (relr)
		apply_relr(bias, (const uintptr_t *)(bias + relr), relrsz);
	__start_c(sp);
}
