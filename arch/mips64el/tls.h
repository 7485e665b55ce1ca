/* mips64el thread pointer: the kernel's per-thread "user local" value,
 * read with `rdhwr $29` (hardware register 29, UserLocal; a MIPS32r2
 * instruction, emulated by the kernel or qemu where the core lacks it)
 * and set only through the set_thread_area system call.
 *
 * TLS variant I with a bias: the TLS block starts right after the TCB,
 * and TP points 0x7000 bytes past that start, so that a signed 16-bit
 * offset from TP reaches 60 KiB of TLS (the DTV pointers of dynamic TLS
 * are biased by 0x8000 likewise; a static binary has none).  gcc and
 * clang read the stack-protector canary from the global
 * __stack_chk_guard.
 */
#define TLS_VARIANT        1
#define TP_BIAS            0x7000

static inline void *__get_tp(void)
{
	void *tp;
	__asm__(".set push\n\t.set mips32r2\n\trdhwr %0, $29\n\t.set pop" : "=r"(tp));
	return tp;
}

static inline long __set_tp(void *tp)
{
	return __syscall1(SYS_set_thread_area, (long)tp);
}
