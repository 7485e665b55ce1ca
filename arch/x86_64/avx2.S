/* x86_64: may the string functions use AVX2?  One byte, probed once.
 *
 *   __x86_avx2   0  not probed yet (its value in .bss)
 *                1  no: the SSE2 code (the x86_64 baseline)
 *                2  yes: the CPU has AVX2 and the kernel saves the ymm
 *                   registers on a context switch
 *   void __x86_avx2_probe(void)   sets it to 1 or 2
 *
 * Contract: __x86_avx2_probe changes no register but the flags, so a
 * string function can call it from its first instruction, with its
 * arguments still in rdi, rsi, rdx, and then start again:
 *
 *       cmpb  $1, __x86_avx2(%rip)
 *       ja    .Lavx2                (2)
 *       jb    .Lprobe               (0: call __x86_avx2_probe, retry)
 *
 * Only programs that call such a function link this file; nothing runs
 * at start-up.  Two threads that probe at once store the same value.
 *
 * AVX2 needs three facts (Intel SDM vol. 1, 14.3): cpuid leaf 1 ECX bit
 * 27 (OSXSAVE: the kernel enabled XSAVE, so xgetbv works) and bit 28
 * (AVX), XCR0 bits 1 and 2 (the kernel saves xmm and the ymm upper
 * halves), and cpuid leaf 7 sub-leaf 0 EBX bit 5 (AVX2), leaf 7 existing
 * (leaf 0's EAX, the highest leaf, at least 7).  cpuid writes all of
 * eax, ebx, ecx and edx, so the answer is built in r8.
 *
 * Rejected, measured: AVX-512 for memset (glibc's choice on the Zen 4
 * bench VM): four 64-byte stores at 256 bytes took the same time as
 * eight 32-byte ones, aligned or not.
 *
 * Rejected: IFUNC relocations resolved by crt (glibc's way): a resolver
 * pass at start-up in every static program; a start-up hook filling the
 * byte: bytes and a cpuid in programs that never call strlen; testing
 * cpuid in every call: cpuid is serialising, some 100 cycles.
 */
#include "internal/asm.h"

	.bss
	.global  __x86_avx2
	.hidden  __x86_avx2
	.type    __x86_avx2, %object
__x86_avx2:
	.zero    1
	.size    __x86_avx2, 1

	.text
	ENTRY(__x86_avx2_probe)
	push     %rax                /* cpuid writes eax, ebx, ecx, edx; */
	.cfi_adjust_cfa_offset 8
	push     %rbx                /* xgetbv eax, edx: keep them all, */
	.cfi_adjust_cfa_offset 8
	push     %rcx
	.cfi_adjust_cfa_offset 8
	push     %rdx
	.cfi_adjust_cfa_offset 8
	push     %r8                 /* and r8, the answer */
	.cfi_adjust_cfa_offset 8
	mov      $1, %r8d            /* r8: "no" until shown */
	xor      %eax, %eax
	cpuid                        /* leaf 0: eax the highest leaf */
	cmp      $7, %eax
	jb       .Lstore             /* no leaf 7: no AVX2 */
	mov      $1, %eax
	cpuid                        /* leaf 1: feature bits in ecx */
	and      $0x18000000, %ecx   /* OSXSAVE (27) and AVX (28) */
	cmp      $0x18000000, %ecx
	jne      .Lstore
	xor      %ecx, %ecx
	xgetbv                       /* XCR0 in edx:eax */
	and      $6, %eax            /* SSE state (1) and AVX state (2) */
	cmp      $6, %eax
	jne      .Lstore
	mov      $7, %eax
	xor      %ecx, %ecx
	cpuid                        /* leaf 7, sub-leaf 0: ebx */
	bt       $5, %ebx            /* AVX2 into the carry */
	adc      $0, %r8d            /* 1 + AVX2: 1 no, 2 yes */
.Lstore:
	mov      %r8b, __x86_avx2(%rip)
	pop      %r8
	.cfi_adjust_cfa_offset -8
	pop      %rdx
	.cfi_adjust_cfa_offset -8
	pop      %rcx
	.cfi_adjust_cfa_offset -8
	pop      %rbx
	.cfi_adjust_cfa_offset -8
	pop      %rax
	.cfi_adjust_cfa_offset -8
	ret
	END(__x86_avx2_probe)
	NO_EXEC_STACK
