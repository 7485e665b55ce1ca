/* Find a function in the vDSO by name.
 *
 * AT_SYSINFO_EHDR is the address of the vDSO's ELF header.  Its PT_DYNAMIC
 * segment leads to the dynamic symbol table (DT_SYMTAB), the names
 * (DT_STRTAB) and the SysV hash table (DT_HASH), whose second word is the
 * number of symbols.  Addresses in the vDSO are relative to where its
 * PT_LOAD segment says it was linked.
 */
#include <elf.h>
#include <string.h>
#include <sys/auxv.h>
#include <arch/arch.h>
#include "internal/vdso.h"

#ifdef VDSO_CLOCK_GETTIME
static void *vdso_lookup(const char *name)
{
	const ElfW(Ehdr) *eh = (const void *)__getauxval(AT_SYSINFO_EHDR);
	const ElfW(Phdr) *ph;
	const ElfW(Dyn) *dyn = 0;
	const ElfW(Sym) *syms = 0;
	const Elf32_Word *hash = 0;
	const char *strings = 0;
	uintptr_t base = 0;
	size_t i;

	if (!eh)
		return 0;
	ph = (const void *)((const char *)eh + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++, ph = (const void *)((const char *)ph + eh->e_phentsize)) {
		if (ph->p_type == PT_LOAD)
			base = (uintptr_t)eh + ph->p_offset - ph->p_vaddr;
		else if (ph->p_type == PT_DYNAMIC)
			dyn = (const void *)((const char *)eh + ph->p_offset);
	}
	for (; dyn && dyn->d_tag != DT_NULL; dyn++) {
		if (dyn->d_tag == DT_SYMTAB) syms = (const void *)(base + dyn->d_un.d_ptr);
		if (dyn->d_tag == DT_STRTAB) strings = (const void *)(base + dyn->d_un.d_ptr);
		if (dyn->d_tag == DT_HASH) hash = (const void *)(base + dyn->d_un.d_ptr);
	}
	if (!syms || !strings || !hash)
		return 0;
	for (i = 0; i < hash[1]; i++) {
		if (ELF_ST_TYPE(syms[i].st_info) != STT_FUNC || syms[i].st_shndx == SHN_UNDEF)
			continue;
		if (strcmp(strings + syms[i].st_name, name) == 0)
			return (void *)(base + syms[i].st_value);
	}
	return 0;
}

/* 0: not looked up yet; 1: looked up, none; otherwise the function. */
static void *clock_gettime_fn;

void *__vdso_clock_gettime(void)
{
	void *fn = __atomic_load_n(&clock_gettime_fn, __ATOMIC_RELAXED);

	if (!fn) {
		fn = vdso_lookup(VDSO_CLOCK_GETTIME);
		if (!fn)
			fn = (void *)1;
		__atomic_store_n(&clock_gettime_fn, fn, __ATOMIC_RELAXED);
	}
	return fn == (void *)1 ? 0 : fn;
}

#else

/* arch/<arch>/arch.h names no vDSO clock_gettime: always the system call. */
void *__vdso_clock_gettime(void)
{
	return 0;
}

#endif
