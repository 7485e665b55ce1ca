/* x86_64 memset: fill n bytes with the byte c.
 *
 *   void *memset(void *dst, int c, size_t n)    returns dst
 *
 * Registers (SysV ABI): rdi dst, esi c, rdx n; rax the result.  Uses
 * only caller-saved registers: rcx, r8, xmm0.
 *
 * Contract: writes exactly [dst, dst+n), any alignment.
 *
 *   n <= 16        two stores that may overlap (head and tail)
 *   n <= 32        the same with a 16-byte SSE register
 *   n <= 64        four stores, the first and the last 32 bytes
 *   n < 2048       64 bytes a round of unaligned SSE stores; the last 64
 *                  bytes stored at the end, overlapping the last round
 *   n >= 2048      rep stosb (ERMS, fastest for large fills)
 *
 * Rejected: AVX2 chosen at run time (a cpuid dispatch for a few percent at
 * mid sizes), rep stosb for every size (slow to start), aligning dst
 * first (no faster with unaligned-tolerant stores, more code).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memset)
	mov    %rdi, %rax            /* the result is dst */
	movzbl %sil, %ecx            /* c as a byte */
	movabs $0x0101010101010101, %r8
	imul   %rcx, %r8             /* r8: c in all 8 bytes */
	cmp    $16, %rdx
	ja     .Lover16              /* n > 16 */
	cmp    $8, %rdx
	jb     .Lunder8              /* n < 8 */
	mov    %r8, (%rdi)           /* 8..16: first and last 8 */
	mov    %r8, -8(%rdi,%rdx)
	ret
.Lunder8:
	cmp    $4, %rdx
	jb     .Lunder4              /* n < 4 */
	mov    %r8d, (%rdi)          /* 4..7: first and last 4 */
	mov    %r8d, -4(%rdi,%rdx)
	ret
.Lunder4:
	test   %rdx, %rdx
	jz     .Lret                 /* n == 0: nothing */
	mov    %r8b, (%rdi)          /* 1..3: the first byte */
	mov    %r8b, -1(%rdi,%rdx)   /* the last */
	cmp    $3, %rdx
	jb     .Lret
	mov    %r8b, 1(%rdi)         /* n == 3: the middle one */
.Lret:
	ret
.Lover16:
	movq   %r8, %xmm0            /* xmm0: c in all 16 bytes */
	punpcklqdq %xmm0, %xmm0
	cmp    $32, %rdx
	ja     .Lover32              /* n > 32 */
	movdqu %xmm0, (%rdi)         /* 17..32: two overlapping stores */
	movdqu %xmm0, -16(%rdi,%rdx)
	ret
.Lover32:
	cmp    $64, %rdx
	ja     .Lover64              /* n > 64 */
	movdqu %xmm0, (%rdi)         /* 33..64: the first 32 and the last */
	movdqu %xmm0, 16(%rdi)       /* 32, overlapping */
	movdqu %xmm0, -32(%rdi,%rdx)
	movdqu %xmm0, -16(%rdi,%rdx)
	ret
.Lover64:
	cmp    $2048, %rdx
	jae    .Lrep                 /* large: the string instruction */
	lea    -64(%rdi,%rdx), %r8   /* where the last 64 bytes go */
	lea    -64(%rdx), %rcx       /* bytes before them (> 0) */
.Lloop:
	movdqu %xmm0, (%rdi)         /* 64 bytes a round */
	movdqu %xmm0, 16(%rdi)
	movdqu %xmm0, 32(%rdi)
	movdqu %xmm0, 48(%rdi)
	add    $64, %rdi
	sub    $64, %rcx
	ja     .Lloop                /* more than 0 left before the tail */
	movdqu %xmm0, (%r8)          /* the tail, overlapping the last round */
	movdqu %xmm0, 16(%r8)
	movdqu %xmm0, 32(%r8)
	movdqu %xmm0, 48(%r8)
	ret
.Lrep:
	mov    %rdx, %rcx            /* rep stosb: rcx bytes of al at rdi */
	mov    %esi, %r8d            /* (keep c: al is about to change) */
	mov    %rdi, %rdx            /* rdx: dst, for the result */
	mov    %r8d, %eax            /* al = c */
	rep stosb                    /* (the direction flag is clear: ABI) */
	mov    %rdx, %rax            /* the result is dst */
	ret
	END(memset)
	NO_EXEC_STACK
