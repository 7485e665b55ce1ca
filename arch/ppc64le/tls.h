/* ppc64le thread pointer: r13, an ordinary register the ABI reserves for
 * it, so setting it costs no system call.  The kernel saves and restores
 * it with the rest; nothing in taskrt or in compiled code writes it but
 * __set_tp.
 *
 * TLS variant I, but biased: the TLS block starts at TCB end, and r13
 * points 0x7000 bytes past that, so that a signed 16-bit offset from r13
 * (-0x8000..0x7fff) reaches the first 60 KiB of the block and the last
 * 4 KiB below it.  (The dynamic model's DTV pointers are block + 0x8000,
 * for the same reason; a static binary without dlopen never uses them.)
 *
 *   [ struct pthread ... canary, spare ][ TLS block ......... ]
 *                      ^r13-0x7010      ^r13-0x7000          ^r13
 *
 * gcc and clang read the stack-protector canary at r13 - 0x7010, the
 * TCB's second last word (glibc's tcbhead_t stack_guard): not the global.
 */
#define TLS_VARIANT        1
#define TLS_GAP_ABOVE_TP   0
#define TP_BIAS            0x7000
#define CANARY_TCB_OFFSET  (-0x7010)  /* gcc and clang: ld rX, -28688(13) */

static inline void *__get_tp(void)
{
	void *tp;
	__asm__("mr %0, 13" : "=r"(tp));
	return tp;
}

static inline long __set_tp(void *tp)
{
	__asm__ __volatile__("mr 13, %0" : : "r"(tp));
	return 0;
}
