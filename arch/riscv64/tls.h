/* riscv64 thread pointer: the tp register (x4), an ordinary register, so
 * setting it costs no system call.
 *
 * TLS variant I with no reserved gap: the TLS block starts exactly at TP and
 * the TCB lies just below it.  The stack-protector canary is the global
 * __stack_chk_guard.
 */
#define TLS_VARIANT        1
#define TLS_GAP_ABOVE_TP   0

static inline void *__get_tp(void)
{
	void *tp;
	__asm__("mv %0, tp" : "=r"(tp));
	return tp;
}

static inline long __set_tp(void *tp)
{
	__asm__ __volatile__("mv tp, %0" : : "r"(tp));
	return 0;
}
