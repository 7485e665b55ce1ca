/* x86_64 strcmp: compare as unsigned chars, up to the first difference
 * or terminator.
 *
 *   int strcmp(const char *a, const char *b)
 *
 * Registers (SysV ABI): rdi a, rsi b; eax the result.  Uses only
 * caller-saved registers: rcx, rdx (i: the offset reached in both
 * strings), r8, r9 (the limit: the offset of the nearer page boundary
 * of a+i and b+i), r10 (the limit less 64: the last start of a whole
 * round), xmm0-xmm8 (xmm8: 16 zero bytes).
 *
 * Contract: the result is a[i] - b[i] at the first i where they differ
 * or a[i] is 0, the same value as arch/generic's C.  Vector loads are
 * unaligned (a and b rarely share an alignment) and are made only when
 * all their bytes lie before the limit: then each lies in the page of
 * a byte the comparison must read (a+i, b+i), so a read past the
 * terminator cannot fault.  Pages are 4096 bytes or a multiple, so a
 * 4096-byte boundary is a safe stand-in for the page's.
 *
 * The test of 16 bytes x of a and y of b: pcmpeqb gives 0xff where they
 * are equal, and its pminub with x is 0 exactly where they differ or x is
 * 0 (equal bytes keep x's value); one comparison with zero then finds the
 * stop.  Four blocks' minima combine into one test per 64-byte round.
 *
 *   at each limit: one block, then 64-byte rounds while a round fits
 *   a round that stops, or one that does not fit: single blocks
 *   under 16 bytes before the limit: bytes up to it, then a new limit
 *   (that pointer now starts a page)
 *
 * So at most 15 bytes a page boundary of either string go one at a time.
 *
 * Rejected: aligning a and shifting b's blocks into line (glibc's SSE2
 * scheme): 16 copies of the loop for the 16 relative offsets, or
 * palignr (SSSE3, not baseline); checking a page cross per block instead
 * of once per limit: a branch in every round; AVX2 chosen at run time:
 * a cpuid dispatch and a second copy; the C's word loop: 2-5.5x glibc.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(strcmp)
	pxor     %xmm8, %xmm8        /* xmm8: 16 zero bytes */
	xor      %edx, %edx          /* i = 0 */
.Lpage:
	lea      (%rdi,%rdx), %ecx   /* a+i's offset in its 4 KiB (low bits */
	and      $4095, %ecx         /* only: 32-bit lea is enough) */
	mov      $4096, %r9d
	sub      %ecx, %r9d          /* r9: a's bytes before its boundary */
	lea      (%rsi,%rdx), %ecx   /* the same for b */
	and      $4095, %ecx
	mov      $4096, %r8d
	sub      %ecx, %r8d          /* r8: b's */
	cmp      %r8d, %r9d
	cmova    %r8d, %r9d          /* the nearer of the two */
	add      %rdx, %r9           /* r9: the limit, as an offset */
	lea      16(%rdx), %rcx      /* one block before the limit? */
	cmp      %r9, %rcx
	ja       .Lbytes             /* no: bytes up to it */
	movdqu   (%rdi,%rdx), %xmm0  /* a's 16 bytes (x) */
	movdqu   (%rsi,%rdx), %xmm1  /* b's (y) */
	pcmpeqb  %xmm0, %xmm1        /* 0xff where equal */
	pminub   %xmm0, %xmm1        /* 0 where unequal or x's byte is 0 */
	pcmpeqb  %xmm8, %xmm1        /* 0xff at a stop */
	pmovmskb %xmm1, %eax
	test     %eax, %eax
	jnz      .Lfound             /* a stop in the first block */
	mov      %rcx, %rdx          /* i += 16 */
	lea      -64(%r9), %r10      /* r10: the last start of a whole round */
	cmp      %r10, %rdx          /* (signed: r10 may be below 0) */
	jg       .Lsingle            /* not one round before the limit */
.Lloop:
	movdqu   (%rdi,%rdx), %xmm0  /* four blocks of a and b, each */
	movdqu   (%rsi,%rdx), %xmm1  /* tested as above */
	movdqu   16(%rdi,%rdx), %xmm2
	movdqu   16(%rsi,%rdx), %xmm3
	movdqu   32(%rdi,%rdx), %xmm4
	movdqu   32(%rsi,%rdx), %xmm5
	movdqu   48(%rdi,%rdx), %xmm6
	movdqu   48(%rsi,%rdx), %xmm7
	pcmpeqb  %xmm0, %xmm1        /* 0xff where equal */
	pcmpeqb  %xmm2, %xmm3
	pcmpeqb  %xmm4, %xmm5
	pcmpeqb  %xmm6, %xmm7
	pminub   %xmm0, %xmm1        /* 0 where unequal or 0 */
	pminub   %xmm2, %xmm3
	pminub   %xmm4, %xmm5
	pminub   %xmm6, %xmm7
	pminub   %xmm1, %xmm3        /* a 0 where either of a pair, */
	pminub   %xmm5, %xmm7
	pminub   %xmm3, %xmm7        /* then where any of the four has one */
	pcmpeqb  %xmm8, %xmm7
	pmovmskb %xmm7, %eax
	test     %eax, %eax
	jnz      .Lsingle            /* a stop: find its block */
	add      $64, %rdx           /* i += 64, */
	cmp      %r10, %rdx
	jle      .Lloop              /* while a whole round fits */
.Lsingle:
	lea      16(%rdx), %rcx      /* a block before the limit? */
	cmp      %r9, %rcx
	ja       .Lbytes             /* no: bytes up to it */
	movdqu   (%rdi,%rdx), %xmm0  /* the block test */
	movdqu   (%rsi,%rdx), %xmm1
	pcmpeqb  %xmm0, %xmm1
	pminub   %xmm0, %xmm1
	pcmpeqb  %xmm8, %xmm1
	pmovmskb %xmm1, %eax
	test     %eax, %eax
	jnz      .Lfound
	mov      %rcx, %rdx          /* i += 16 */
	jmp      .Lsingle            /* (after a stopped round: it is ahead) */
.Lbytes:
	cmp      %r9, %rdx
	jae      .Lpage              /* at the limit: a pointer starts a page */
	movzbl   (%rdi,%rdx), %eax   /* a's byte */
	movzbl   (%rsi,%rdx), %ecx   /* b's byte */
	sub      %ecx, %eax          /* their difference */
	jnz      .Lret               /* unequal: the answer */
	test     %ecx, %ecx
	jz       .Lret               /* both 0: equal strings (eax 0) */
	inc      %rdx
	jmp      .Lbytes
.Lfound:
	bsf      %eax, %eax          /* the first stop in the block at i */
	add      %rax, %rdx
	movzbl   (%rdi,%rdx), %eax   /* a's byte there */
	movzbl   (%rsi,%rdx), %ecx   /* b's */
	sub      %ecx, %eax
.Lret:
	ret
	END(strcmp)
	NO_EXEC_STACK
