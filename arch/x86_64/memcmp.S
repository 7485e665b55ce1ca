/* x86_64 memcmp: compare n bytes as unsigned chars.
 *
 *   int memcmp(const void *a, const void *b, size_t n)
 *
 * Registers (SysV ABI): rdi a, rsi b, rdx n; eax the result.  Uses only
 * caller-saved registers: rcx, r8 (the last round's start), xmm0-xmm3.
 *
 * Contract: the result is a[i] - b[i] at the first i < n where they
 * differ (as unsigned chars), else 0; the same value as arch/generic's C.
 * No byte outside [a, a+n) or [b, b+n) is read, so no page check is
 * needed.  Any alignment.
 *
 *   n < 16         two overlapping 8-byte (or 4-byte) loads a side, or
 *                  bytes for n < 4; the first differing byte from the
 *                  lowest set bit of the words' xor (little-endian)
 *   n >= 16        the first 16 bytes unaligned; up to 32, the last 16
 *                  (overlapping) finish; else a is rounded up to
 *                  16 (bytes skipped were just compared) so that a's
 *                  blocks are pcmpeqb memory operands; 64 bytes a round,
 *                  the four equality masks and-ed into one test; then
 *                  single blocks; last, the 16 bytes ending at a+n,
 *                  overlapping what was already found equal
 *
 * rsi holds b - a once the loop starts, so one pointer (rdi) and one
 * end (rdx = a + n) drive both strings.
 *
 * Rejected: AVX2 chosen at run time (glibc's): a cpuid dispatch and a
 * second copy, for twice the bytes per load; unaligned loads of both
 * sides: a's then cost a load instruction each instead of riding on
 * pcmpeqb; the C's word loop: 4-6x glibc from 256 bytes on.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memcmp)
	cmp      $16, %rdx
	jae      .Lbig               /* n >= 16: vectors */
	cmp      $8, %rdx
	jb       .Lunder8            /* n < 8 */
	mov      (%rdi), %rax        /* 8..15: a's first 8 bytes */
	mov      (%rsi), %r8         /* and b's */
	cmp      %r8, %rax
	jne      .Lword              /* a difference among them */
	mov      -8(%rdi,%rdx), %rax /* the last 8 (overlapping the first) */
	mov      -8(%rsi,%rdx), %r8
	cmp      %r8, %rax
	jne      .Lword
	xor      %eax, %eax          /* equal */
	ret
.Lunder8:
	cmp      $4, %rdx
	jb       .Lunder4            /* n < 4 */
	mov      (%rdi), %eax        /* 4..7: first 4 (zero-extended) */
	mov      (%rsi), %r8d
	cmp      %r8, %rax
	jne      .Lword
	mov      -4(%rdi,%rdx), %eax /* and last 4 */
	mov      -4(%rsi,%rdx), %r8d
	cmp      %r8, %rax
	jne      .Lword
	xor      %eax, %eax          /* equal */
	ret
.Lword:
	mov      %rax, %rcx          /* rax, r8: a's and b's bytes, first */
	xor      %r8, %rcx           /* byte lowest: the bits that differ */
	bsf      %rcx, %rcx          /* the lowest lies in the first */
	and      $56, %ecx           /* differing byte: its bit offset */
	shr      %cl, %rax           /* bring that byte down */
	shr      %cl, %r8
	movzbl   %al, %eax           /* as unsigned chars */
	movzbl   %r8b, %r8d
	sub      %r8d, %eax          /* a's minus b's */
	ret
.Lunder4:
	xor      %eax, %eax          /* 0 when n == 0 or all equal */
	test     %rdx, %rdx
	jz       .Lret
.Lbyte:
	movzbl   (%rdi), %eax        /* 1..3: a byte at a time */
	movzbl   (%rsi), %r8d
	sub      %r8d, %eax          /* their difference */
	jnz      .Lret               /* not 0: the answer */
	inc      %rdi
	inc      %rsi
	dec      %rdx
	jnz      .Lbyte              /* eax is 0 when the bytes run out */
.Lret:
	ret
.Lbig:
	movdqu   (%rdi), %xmm0       /* the first 16 bytes of a */
	movdqu   (%rsi), %xmm1       /* and of b */
	pcmpeqb  %xmm1, %xmm0        /* 0xff where equal */
	pmovmskb %xmm0, %eax         /* a bit per byte */
	sub      $0xffff, %eax       /* 0 if all 16 equal */
	jnz      .Lfound0            /* else a difference at offset 0.. */
	add      %rdi, %rdx          /* rdx: a's end */
	sub      %rdi, %rsi          /* rsi: b - a, from here on */
	lea      32(%rdi), %rcx
	cmp      %rdx, %rcx
	jae      .Llast              /* n <= 32: the last 16 bytes finish */
	add      $16, %rdi           /* past the block found equal, */
	and      $-16, %rdi          /* then down to 16: a's blocks aligned */
	lea      -64(%rdx), %r8      /* r8: the last start of a whole round */
	cmp      %r8, %rdi
	ja       .Lsingle            /* not even one: single blocks */
.Lloop64:
	movdqu   (%rdi,%rsi), %xmm0  /* b's four blocks, unaligned */
	movdqu   16(%rdi,%rsi), %xmm1
	movdqu   32(%rdi,%rsi), %xmm2
	movdqu   48(%rdi,%rsi), %xmm3
	pcmpeqb  (%rdi), %xmm0       /* against a's, aligned: 0xff where */
	pcmpeqb  16(%rdi), %xmm1     /* equal */
	pcmpeqb  32(%rdi), %xmm2
	pcmpeqb  48(%rdi), %xmm3
	pand     %xmm1, %xmm0        /* 0xff where a byte of the first */
	pand     %xmm3, %xmm2        /* pair, of the second pair, */
	pand     %xmm2, %xmm0        /* of all four blocks is equal */
	pmovmskb %xmm0, %eax
	cmp      $0xffff, %eax
	jne      .Lsingle            /* a difference: find it block by block */
	add      $64, %rdi           /* the next round, */
	cmp      %r8, %rdi
	jbe      .Lloop64            /* if it is whole */
.Lsingle:
	lea      16(%rdi), %rcx      /* a whole block before the end? */
	cmp      %rdx, %rcx
	ja       .Llast              /* no: the last 16 bytes */
	movdqu   (%rdi,%rsi), %xmm0  /* b's block */
	pcmpeqb  (%rdi), %xmm0       /* against a's */
	pmovmskb %xmm0, %eax
	sub      $0xffff, %eax       /* 0 if all equal */
	jnz      .Lfound             /* else the difference is in it */
	mov      %rcx, %rdi          /* the next block */
	jmp      .Lsingle
.Llast:
	lea      -16(%rdx), %rdi     /* the 16 bytes ending at a's end: */
	movdqu   (%rdi,%rsi), %xmm0  /* earlier bytes of it are equal, so */
	movdqu   (%rdi), %xmm1       /* its first difference is the first */
	pcmpeqb  %xmm1, %xmm0
	pmovmskb %xmm0, %eax
	sub      $0xffff, %eax
	jnz      .Lfound
	ret                          /* eax 0: all n bytes equal */
.Lfound0:
	sub      %rdi, %rsi          /* as in the loop: rsi = b - a */
.Lfound:
	bsf      %eax, %eax          /* mask - 0xffff: the lowest set bit */
	add      %rax, %rdi          /* is the first unequal byte's */
	movzbl   (%rdi), %eax        /* a's byte there */
	movzbl   (%rdi,%rsi), %ecx   /* and b's */
	sub      %ecx, %eax
	ret
	END(memcmp)
	NO_EXEC_STACK
