/* arm thread pointer: the TPIDRURO coprocessor register (CP15 c13, c0, 3),
 * read-only to user space: reading is one mrc, setting takes the private
 * system call __ARM_NR_set_tls.
 *
 * TLS variant I: TP points just past the TCB, at an 8-byte reserved area;
 * the TLS block starts 8 bytes (rounded up to its alignment) above TP.  The
 * stack-protector canary is the global __stack_chk_guard.
 */
#define TLS_VARIANT        1
#define TLS_GAP_ABOVE_TP   8

static inline void *__get_tp(void)
{
	void *tp;
	__asm__("mrc p15, 0, %0, c13, c0, 3" : "=r"(tp));
	return tp;
}

static inline long __set_tp(void *tp)
{
	return __syscall1(__ARM_NR_set_tls, (long)tp);
}
