/* aarch64 thread pointer: the tpidr_el0 system register, readable and
 * writable from user space, so setting it costs no system call.
 *
 * TLS variant I: TP points just past the TCB, at a 16-byte reserved area
 * (the ABI's "TCB header"); the TLS block starts 16 bytes (rounded up to
 * its alignment) above TP.  gcc and clang read the stack-protector canary
 * from the global __stack_chk_guard.
 */
#define TLS_VARIANT        1
#define TLS_GAP_ABOVE_TP   16

static inline void *__get_tp(void)
{
	void *tp;
	__asm__("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}

static inline long __set_tp(void *tp)
{
	__asm__ __volatile__("msr tpidr_el0, %0" : : "r"(tp));
	return 0;
}
