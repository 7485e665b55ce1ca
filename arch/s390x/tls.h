/* s390x thread pointer: the 64-bit TP is split over two 32-bit access
 * registers, its high half in a0 and its low half in a1.  User space reads
 * them with `ear` and writes them with `sar`, so neither costs a system
 * call (clone's CLONE_SETTLS loads them for a child).
 *
 * TLS variant II, as on x86: the TCB (struct pthread) sits at TP and the
 * static TLS block lies just below it (the compiler adds a negative
 * @ntpoff to TP).  gcc and clang read the stack-protector canary from
 * TP + 0x28, as from %fs:0x28 on x86_64 (glibc's tcbhead_t.stack_guard).
 */
#define TLS_VARIANT        2
#define CANARY_TCB_OFFSET  0x28  /* gcc and clang: ear a0/a1, then 40(tp) */

static inline void *__get_tp(void)
{
	unsigned long tp;
	__asm__("ear  %0, %%a0\n\t"          /* the high half ... */
	        "sllg %0, %0, 32\n\t"        /* ... moved up */
	        "ear  %0, %%a1"              /* the low half below it */
	        : "=r"(tp));
	return (void *)tp;
}

static inline long __set_tp(void *tp)
{
	unsigned long v = (unsigned long)tp;
	__asm__ __volatile__("sar  %%a1, %0\n\t"     /* a1 = the low half */
	                     "srlg %0, %0, 32\n\t"   /* the high half down */
	                     "sar  %%a0, %0"         /* a0 = the high half */
	                     : "+r"(v));
	return 0;
}
