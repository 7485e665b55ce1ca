/* Per-arch helpers for the clone tests: read the thread pointer, and a
 * function entry stub that records the stack pointer its caller handed
 * over (C cannot see that: its prologue has already moved sp).
 *
 *   void *read_tp(void)
 *   int sp_probe(void *arg)    stores its entry sp in probe_sp, then
 *                              tail-calls probe_body(arg)
 *   ABI_STACK_ALIGN            the alignment at a call, by the ABI
 */
#ifndef TASKRT_TEST_ARCH_PROBE_H
#define TASKRT_TEST_ARCH_PROBE_H

#include <stdint.h>

extern uintptr_t probe_sp;
int sp_probe(void *arg);
int probe_body(void *arg);

#if defined(__x86_64__)
static inline void *read_tp(void) { void *p; __asm__ volatile("mov %%fs:0, %0" : "=r"(p)); return p; }
#define PROBE_ASM "lea 8(%rsp), %rax\n\tmov %rax, probe_sp(%rip)\n\tjmp probe_body\n"
#define ABI_STACK_ALIGN 16
#elif defined(__i386__)
static inline void *read_tp(void) { void *p; __asm__ volatile("mov %%gs:0, %0" : "=r"(p)); return p; }
#define PROBE_ASM "lea 4(%esp), %ecx\n\tmov %ecx, probe_sp\n\tjmp probe_body\n"
#define ABI_STACK_ALIGN 16
#elif defined(__aarch64__)
static inline void *read_tp(void) { void *p; __asm__ volatile("mrs %0, tpidr_el0" : "=r"(p)); return p; }
#define PROBE_ASM "mov x9, sp\n\tadrp x10, probe_sp\n\tstr x9, [x10, :lo12:probe_sp]\n\tb probe_body\n"
#define ABI_STACK_ALIGN 16
#elif defined(__arm__)
static inline void *read_tp(void) { void *p; __asm__ volatile("mrc p15, 0, %0, c13, c0, 3" : "=r"(p)); return p; }
#define PROBE_PRE ".syntax unified\n.thumb\n.thumb_func\n"
#define PROBE_ASM "mov r12, sp\n\tmovw r3, #:lower16:probe_sp\n\tmovt r3, #:upper16:probe_sp\n\tstr r12, [r3]\n\tb probe_body\n"
#define ABI_STACK_ALIGN 8
#elif defined(__riscv)
static inline void *read_tp(void) { void *p; __asm__ volatile("mv %0, tp" : "=r"(p)); return p; }
#define PROBE_ASM "la t0, probe_sp\n\tsd sp, 0(t0)\n\ttail probe_body\n"
#define ABI_STACK_ALIGN 16
#else
#error "add this architecture's probes"
#endif

#ifndef PROBE_PRE
#define PROBE_PRE ""
#endif
/* Put this once in a test file that uses sp_probe. */
#define DEFINE_SP_PROBE \
	uintptr_t probe_sp; \
	__asm__(".text\n.global sp_probe\n" PROBE_PRE "sp_probe:\n\t" PROBE_ASM)

#endif
