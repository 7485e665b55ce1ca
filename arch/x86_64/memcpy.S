/* x86_64 memcpy: copy n bytes between areas that do not overlap.
 *
 *   void *memcpy(void *dst, const void *src, size_t n)    returns dst
 *
 * Registers (SysV ABI): rdi dst, rsi src, rdx n; rax the result.  Uses
 * only caller-saved registers: rcx, r8, xmm0-xmm7.  SSE2 is part of the
 * x86_64 baseline, so no CPU check is needed.
 *
 * Contract: every byte of src is read before a store could reach it only
 * if the areas do not overlap (C's rule); no byte outside [src, src+n)
 * is read and none outside [dst, dst+n) written.  Any alignment.
 *
 *   n <= 16        two loads that may overlap (head and tail), two stores
 *   n <= 64        the same with two or four 16-byte SSE registers
 *   n < 2048       64 bytes a round with unaligned SSE loads and stores;
 *                  the last 64 bytes, loaded first, stored last
 *   n >= 2048      rep movsb: on CPUs since Ivy Bridge (ERMS) the fastest
 *                  copy for large sizes, and it needs no alignment work;
 *                  except when dst is 1 to 63 bytes above src modulo
 *                  4 KiB, where the string engine's loads keep waiting on
 *                  stores whose low 12 address bits match (4K aliasing;
 *                  on the AMD Zen bench VM, 1 MiB at that distance took
 *                  365 us against 45 at a distance of 64): the 64-byte
 *                  rounds then, at any size
 *
 * Rejected: AVX2/AVX-512 paths chosen at run time (glibc's ifuncs): a
 * cpuid dispatch and 32-byte code for a few percent at 4 KiB and nothing
 * at 1 MiB, where memory bandwidth bounds everything; aligning dst
 * before the loop: measured no faster on unaligned-tolerant cores, and
 * more code; rep movsb for every size: it starts slowly (some 30 cycles).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memcpy)
	mov    %rdi, %rax            /* the result is dst */
	cmp    $16, %rdx
	ja     .Lover16              /* n > 16 */
	cmp    $8, %rdx
	jb     .Lunder8              /* n < 8 */
	mov    (%rsi), %rcx          /* 8..16: the first 8 bytes */
	mov    -8(%rsi,%rdx), %r8    /* and the last 8 (they may overlap) */
	mov    %rcx, (%rdi)
	mov    %r8, -8(%rdi,%rdx)
	ret
.Lunder8:
	cmp    $4, %rdx
	jb     .Lunder4              /* n < 4 */
	mov    (%rsi), %ecx          /* 4..7: first 4 and last 4 */
	mov    -4(%rsi,%rdx), %r8d
	mov    %ecx, (%rdi)
	mov    %r8d, -4(%rdi,%rdx)
	ret
.Lunder4:
	test   %rdx, %rdx
	jz     .Lret                 /* n == 0: nothing */
	movzbl (%rsi), %ecx          /* 1..3: the first byte, */
	movzbl -1(%rsi,%rdx), %r8d   /* the last byte, */
	cmp    $2, %rdx
	jb     1f                    /* (n == 1: first == last) */
	movzwl (%rsi), %ecx          /* or, for 2..3, the first two */
1:	mov    %cl, (%rdi)           /* low byte first (rewritten by the */
	cmp    $2, %rdx              /* 16-bit store when n >= 2) */
	jb     2f
	mov    %cx, (%rdi)
2:	mov    %r8b, -1(%rdi,%rdx)   /* the last byte last */
.Lret:
	ret
.Lover16:
	movdqu (%rsi), %xmm0         /* first 16 */
	movdqu -16(%rsi,%rdx), %xmm1 /* last 16 */
	cmp    $32, %rdx
	ja     .Lover32              /* n > 32 */
	movdqu %xmm0, (%rdi)         /* 17..32: two overlapping stores */
	movdqu %xmm1, -16(%rdi,%rdx)
	ret
.Lover32:
	movdqu 16(%rsi), %xmm2       /* the second 16 */
	movdqu -32(%rsi,%rdx), %xmm3 /* and the 16 before the last */
	cmp    $64, %rdx
	ja     .Lover64              /* n > 64 */
	movdqu %xmm0, (%rdi)         /* 33..64: four overlapping stores */
	movdqu %xmm2, 16(%rdi)
	movdqu %xmm3, -32(%rdi,%rdx)
	movdqu %xmm1, -16(%rdi,%rdx)
	ret
.Lover64:
	cmp    $2048, %rdx
	jae    .Lrep                 /* large: the string instruction */
.Lrounds:
	movdqu -64(%rsi,%rdx), %xmm4 /* the last 64 bytes: xmm4, xmm5, */
	movdqu -48(%rsi,%rdx), %xmm5 /* xmm3, xmm1 */
	lea    -64(%rdi,%rdx), %r8   /* where they go */
	lea    -64(%rdx), %rcx       /* bytes before them (> 0) */
.Lloop:
	movdqu (%rsi), %xmm0         /* 64 bytes a round */
	movdqu 16(%rsi), %xmm2
	movdqu 32(%rsi), %xmm6
	movdqu 48(%rsi), %xmm7
	movdqu %xmm0, (%rdi)
	movdqu %xmm2, 16(%rdi)
	movdqu %xmm6, 32(%rdi)
	movdqu %xmm7, 48(%rdi)
	add    $64, %rsi
	add    $64, %rdi
	sub    $64, %rcx
	ja     .Lloop                /* more than 0 left before the tail */
	movdqu %xmm4, (%r8)          /* the tail, overlapping the last round */
	movdqu %xmm5, 16(%r8)
	movdqu %xmm3, 32(%r8)
	movdqu %xmm1, 48(%r8)
	ret
.Lrep:
	mov    %edi, %ecx
	sub    %esi, %ecx
	and    $4095, %ecx           /* (dst - src) mod 4 KiB */
	dec    %ecx                  /* 0 wraps to the top */
	cmp    $63, %ecx
	jb     .Lrounds              /* 1..63: dst just above src in its page */
	mov    %rdx, %rcx            /* rep movsb: rcx bytes from rsi to rdi */
	rep movsb                    /* (the direction flag is clear: ABI) */
	ret
	END(memcpy)
	NO_EXEC_STACK
