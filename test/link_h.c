/* <link.h>: dl_iterate_phdr reports the program (its own program headers,
 * as the kernel's auxv gives them, with the load bias that maps its
 * link-time addresses onto this run's, and each thread's TLS block) and
 * then the vDSO when the kernel maps one, as glibc's static binaries do;
 * a callback's non-zero return stops the walk and is the result. */
#include <link.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include "check.h"

static __thread int tls_var = 42;
static int data_var = 1;
static int calls;
static struct dl_phdr_info seen[4];

static int record(struct dl_phdr_info *info, size_t size, void *data)
{
	CHECK_INT(size, sizeof *info);
	CHECK(data == &calls);
	if (calls < 4)
		seen[calls] = *info;
	calls++;
	return 0;
}

static int stop(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)info; (void)size;
	++*(int *)data;
	return 7;
}

/* The PT_LOAD of info that holds the link-time address of p, with flags. */
static int in_load(const struct dl_phdr_info *info, const void *p, unsigned flags)
{
	uintptr_t a = (uintptr_t)p - info->dlpi_addr;
	int i;

	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == PT_LOAD && a >= ph->p_vaddr && a < ph->p_vaddr + ph->p_memsz)
			return (ph->p_flags & flags) == flags;
	}
	return 0;
}

/* This thread's tls_var lies in the block the program's entry names. */
static int tls_here(const struct dl_phdr_info *info)
{
	uintptr_t block = (uintptr_t)info->dlpi_tls_data, v = (uintptr_t)&tls_var;
	int i;

	for (i = 0; i < info->dlpi_phnum; i++)
		if (info->dlpi_phdr[i].p_type == PT_TLS)
			return block && v >= block && v < block + info->dlpi_phdr[i].p_memsz;
	return 0;
}

static int thread_ok;
static void *in_thread(void *arg)
{
	struct dl_phdr_info *before = arg;
	calls = 0;
	dl_iterate_phdr(record, &calls);
	thread_ok = calls >= 1 && tls_here(&seen[0]) && seen[0].dlpi_tls_data != before->dlpi_tls_data;
	return 0;
}

int main(void)
{
	unsigned long vdso = getauxval(AT_SYSINFO_EHDR);
	int n = 0;

	CHECK_INT(dl_iterate_phdr(record, &calls), 0);
	CHECK_INT(calls, vdso ? 2 : 1);
	CHECK_STR(seen[0].dlpi_name, "");
	CHECK(seen[0].dlpi_phdr == (const void *)getauxval(AT_PHDR));
	CHECK_INT(seen[0].dlpi_phnum, getauxval(AT_PHNUM));
	CHECK(in_load(&seen[0], (const void *)(uintptr_t)main, PF_R | PF_X));
	CHECK(in_load(&seen[0], &data_var, PF_R | PF_W));
	CHECK(!in_load(&seen[0], &n, 0));                /* the stack: no segment */
	CHECK_INT(seen[0].dlpi_adds, calls);
	CHECK_INT(seen[0].dlpi_subs, 0);
	CHECK_INT(seen[0].dlpi_tls_modid, 1);
	CHECK(tls_here(&seen[0]));
	CHECK_INT(tls_var, 42);
	if (vdso) {
		const ElfW(Ehdr) *eh = (const void *)vdso;
		CHECK(strncmp(seen[1].dlpi_name, "linux-", 6) == 0);
		CHECK(seen[1].dlpi_phdr == (const void *)(vdso + eh->e_phoff));
		CHECK_INT(seen[1].dlpi_phnum, eh->e_phnum);
		CHECK(in_load(&seen[1], eh, PF_R));      /* the vDSO's header is in its image */
		CHECK_INT(seen[1].dlpi_tls_modid, 0);
		CHECK(seen[1].dlpi_tls_data == 0);
	}

	/* A non-zero return ends the walk at once and is the result. */
	CHECK_INT(dl_iterate_phdr(stop, &n), 7);
	CHECK_INT(n, 1);

	/* Another thread: the same headers, its own TLS block. */
	struct dl_phdr_info main_info = seen[0];
	pthread_t t;
	CHECK_INT(pthread_create(&t, 0, in_thread, &main_info), 0);
	CHECK_INT(pthread_join(t, 0), 0);
	CHECK(thread_ok);
	return check_done();
}
