/* dl_iterate_phdr in a static binary: the program, then the vDSO.
 *
 * The program's headers are where the kernel says (AT_PHDR, AT_PHNUM).
 * Its load bias is the run-time minus the link-time address of any byte:
 * of the headers themselves through PT_PHDR when the linker wrote one,
 * else of the ELF header, which the PT_LOAD at file offset 0 maps (for a
 * fixed-address binary both give 0).  The vDSO is an ELF image at
 * AT_SYSINFO_EHDR, linked at 0 plus its PT_LOAD's p_vaddr; its name is
 * its DT_SONAME, as glibc reports it. */
#include <link.h>
#include <sys/auxv.h>
#include "internal/crt.h"
#include "internal/defs.h"
#include "internal/pthread.h"

static ElfW(Addr) program_bias(const ElfW(Phdr) *ph, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ph[i].p_type == PT_PHDR)
			return (ElfW(Addr))ph - ph[i].p_vaddr;
	for (i = 0; i < n; i++)
		if (ph[i].p_type == PT_LOAD && ph[i].p_offset == 0)
			return (ElfW(Addr))&__ehdr_start - ph[i].p_vaddr;
	return 0;
}

/* The calling thread's copy of the PT_TLS segment, laid out as
 * __tls_init (thread/tls.c) lays out every thread's. */
static void *tls_block(const ElfW(Phdr) *tls)
{
	struct pthread *self = __self();
	size_t align = tls->p_align ? tls->p_align : 1;

#if TLS_VARIANT == 2
	return (char *)self - ROUND_UP(tls->p_memsz, align);
#else
	return (char *)(self + 1) + ROUND_UP(TLS_GAP_ABOVE_TP, align);
#endif
}

/* The vDSO's soname: DT_SONAME's offset into DT_STRTAB. */
static const char *vdso_name(const ElfW(Ehdr) *eh, ElfW(Addr) bias)
{
	const ElfW(Phdr) *ph = (const void *)((const char *)eh + eh->e_phoff);
	const ElfW(Dyn) *d = 0;
	const char *strings = 0;
	size_t i, soname = 0;

	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_DYNAMIC)
			d = (const void *)(bias + ph[i].p_vaddr);
	for (; d && d->d_tag != DT_NULL; d++) {
		if (d->d_tag == DT_STRTAB)
			strings = (const char *)(bias + d->d_un.d_ptr);
		else if (d->d_tag == DT_SONAME)
			soname = d->d_un.d_val;
	}
	return strings && soname ? strings + soname : "linux-vdso.so.1";
}

weak int dl_iterate_phdr(int (*callback)(struct dl_phdr_info *, size_t, void *), void *data)
{
	const ElfW(Ehdr) *vdso = (const void *)__getauxval(AT_SYSINFO_EHDR);
	struct dl_phdr_info info = { 0 };
	size_t i;
	int r;

	info.dlpi_phdr = (const void *)__getauxval(AT_PHDR);
	info.dlpi_phnum = (ElfW(Half))__getauxval(AT_PHNUM);
	if (!info.dlpi_phdr) {   /* no auxv entry: the linker's own header */
		info.dlpi_phdr = (const void *)((const char *)&__ehdr_start + __ehdr_start.e_phoff);
		info.dlpi_phnum = __ehdr_start.e_phnum;
	}
	info.dlpi_addr = program_bias(info.dlpi_phdr, info.dlpi_phnum);
	info.dlpi_name = "";
	info.dlpi_adds = vdso ? 2 : 1;
	for (i = 0; i < info.dlpi_phnum; i++)
		if (info.dlpi_phdr[i].p_type == PT_TLS && info.dlpi_phdr[i].p_memsz) {
			info.dlpi_tls_modid = 1;
			info.dlpi_tls_data = tls_block(&info.dlpi_phdr[i]);
		}
	r = callback(&info, sizeof info, data);
	if (r || !vdso)
		return r;

	info.dlpi_phdr = (const void *)((const char *)vdso + vdso->e_phoff);
	info.dlpi_phnum = vdso->e_phnum;
	info.dlpi_addr = (ElfW(Addr))vdso;
	for (i = 0; i < info.dlpi_phnum; i++)
		if (info.dlpi_phdr[i].p_type == PT_LOAD) {
			info.dlpi_addr = (ElfW(Addr))vdso - info.dlpi_phdr[i].p_vaddr;
			break;
		}
	info.dlpi_name = vdso_name(vdso, info.dlpi_addr);
	info.dlpi_tls_modid = 0;
	info.dlpi_tls_data = 0;
	return callback(&info, sizeof info, data);
}
