/* <link.h>: the loaded objects' program headers, as a static taskrt
 * binary has them: the program itself and, where the kernel maps one, the
 * vDSO (glibc's static binaries report both, in that order).  ElfW(type)
 * is <elf.h>'s native-width spelling. */
#ifndef _LINK_H
#define _LINK_H

#include <features.h>
#include <elf.h>
#include <dlfcn.h>
#include <bits/types.h>

#if __SIZEOF_POINTER__ == 8
#define __ELF_NATIVE_CLASS 64
#else
#define __ELF_NATIVE_CLASS 32
#endif

/* One object, as dl_iterate_phdr hands it to its callback; the fields and
 * their order are glibc's (a callback reads the later ones only when the
 * size it is given covers them). */
struct dl_phdr_info {
	ElfW(Addr) dlpi_addr;          /* load bias: run-time minus link-time address */
	const char *dlpi_name;         /* "" for the program, the soname for the vDSO */
	const ElfW(Phdr) *dlpi_phdr;   /* its program headers, in memory */
	ElfW(Half) dlpi_phnum;
	unsigned long long dlpi_adds;  /* objects loaded so far */
	unsigned long long dlpi_subs;  /* objects unloaded so far: always 0 */
	size_t dlpi_tls_modid;         /* 1 for the program with a PT_TLS, else 0 */
	void *dlpi_tls_data;           /* the calling thread's block of it, or NULL */
};

/* The loader's list of objects, as glibc declares its public part.
 * taskrt has no loader: nothing hands a program one. */
struct link_map {
	ElfW(Addr) l_addr;
	char *l_name;
	ElfW(Dyn) *l_ld;
	struct link_map *l_next, *l_prev;
};

#ifdef __TASKRT_GNU
/* Call callback for each object until it returns non-zero; that value,
 * or 0 when every call returned 0. */
int dl_iterate_phdr(int (*callback)(struct dl_phdr_info *info, size_t size, void *data),
		    void *data);
#endif

#endif
