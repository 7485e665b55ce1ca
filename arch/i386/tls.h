/* i386 thread pointer: the base of the %gs segment.
 *
 * set_thread_area installs a GDT entry whose base is TP; loading its
 * selector into %gs makes %gs:N address TP + N.  TLS variant II as on
 * x86_64: the TCB at TP, the TLS block below it, the self pointer at %gs:0
 * and the stack-protector canary at %gs:0x14.
 */
#include <asm/ldt.h>

#define TLS_VARIANT        2
#define CANARY_TCB_OFFSET  0x14

static inline void *__get_tp(void)
{
	void *tp;
	__asm__("mov %%gs:0, %0" : "=r"(tp));
	return tp;
}

/* Ask for any free TLS slot in the GDT (entry_number -1); the kernel writes
 * the chosen slot back, and selector = slot * 8 + 3 (GDT, ring 3). */
static inline long __set_tp(void *tp)
{
	struct user_desc desc = {
		.entry_number = -1, .base_addr = (unsigned long)tp,
		.limit = 0xfffff, .seg_32bit = 1, .limit_in_pages = 1, .useable = 1,
	};
	long r = __syscall1(SYS_set_thread_area, (long)&desc);

	if (r == 0)
		__asm__ __volatile__("mov %0, %%gs" : : "r"(desc.entry_number * 8 + 3));
	return r;
}

/* clone's CLONE_SETTLS argument for a new thread is a GDT entry
 * description: the same slot as ours (the %gs selector stays valid in the
 * child), with the child's TP as its base. */
#define ARCH_CLONE_TLS 1
typedef struct user_desc clone_tls_scratch;
static inline void *__clone_tls(void *tp, clone_tls_scratch *desc)
{
	unsigned gs;

	__asm__("mov %%gs, %0" : "=r"(gs));
	*desc = (struct user_desc){
		.entry_number = gs >> 3, .base_addr = (unsigned long)tp,
		.limit = 0xfffff, .seg_32bit = 1, .limit_in_pages = 1, .useable = 1,
	};
	return desc;
}
