/* x86_64 memchr: the first byte equal to (unsigned char)c among the n
 * bytes at s, or NULL.
 *
 *   void *memchr(const void *s, int c, size_t n)
 *
 * Registers (SysV ABI): rdi s, esi c, rdx n; rax the result.  Uses only
 * caller-saved registers: rcx, r8, r9, xmm0-xmm6 (ymm0-ymm6 with AVX2).
 *
 * Contract: memchr stops at the first c, and callers count on it:
 * strnlen is memchr(s, 0, maxlen) with maxlen past the string's end, and
 * C17 says memchr reads as if byte by byte, stopping at a match.  So a
 * read may not go beyond the page of a byte the search must see, and
 * the reads are: aligned blocks (16 bytes, or 32 with AVX2), each holding
 * a byte not yet passed, and rounds of four blocks aligned to their own
 * size (64, 128), which lie in one page.  A block's bytes outside the n
 * never decide the answer (the first block's mask is shifted past the
 * bytes before s, and a hit at or past what is left is no hit).  n is
 * never added to a pointer, so any n, SIZE_MAX included, is a count that
 * only goes down.
 *
 * Register map, both paths:
 *   rax  the aligned block being looked at, then the result
 *   rdx  bytes of the n left from rax on (from s in the first block)
 *   rcx  s's offset in its aligned block, then a mask
 *   r8   a block's mask (one bit per byte equal to c), then its first bit
 *   r9   the first block's bytes from s on
 *
 * The first block is the aligned one holding s; single blocks up to a
 * round boundary; then, while a whole round is among the n left, rounds
 * of four blocks tested at once (no limit check on a hit); then single
 * blocks, each hit checked against what is left.
 *
 * Rejected: rounds starting at any block, not aligned to their size: a
 * round could then cross into a page past the match (strnlen's test at a
 * page's end faulted); the C word loop (arch/generic/memchr.c): a sixth
 * of the fgets row's time, 1.21x glibc.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memchr)
.Lentry:
	test     %rdx, %rdx
	jz       .Lnull              /* no bytes: no match */
	cmpb     $1, __x86_avx2(%rip)
	ja       .Lavx2              /* 2: AVX2 */
	jb       .Lprobe             /* 0: not known yet */
	movzbl   %sil, %esi          /* c as an unsigned char */
	imul     $0x01010101, %esi, %esi /* in all four bytes */
	movd     %esi, %xmm0
	pshufd   $0, %xmm0, %xmm0    /* xmm0: c in all 16 */
	mov      %edi, %ecx
	and      $15, %ecx           /* s's offset in its aligned block */
	mov      %rdi, %rax
	and      $-16, %rax          /* rax: the aligned block holding s */
	movdqa   (%rax), %xmm1
	pcmpeqb  %xmm0, %xmm1        /* 0xff where a byte is c */
	pmovmskb %xmm1, %r8d         /* one bit per byte */
	shr      %cl, %r8d           /* drop the bytes before s: bit 0 is s */
	mov      $16, %r9d
	sub      %ecx, %r9d          /* r9: the block's bytes from s on */
	test     %r8d, %r8d
	jnz      .Lfirst_hit
	cmp      %r9, %rdx
	jbe      .Lnull              /* the n end in this block */
	sub      %r9, %rdx           /* left after it */
	add      $16, %rax
.Llead:
	test     $63, %al
	jz       .Lrounds            /* 64-aligned: rounds may start */
	movdqa   (%rax), %xmm1       /* single blocks up to the boundary */
	pcmpeqb  %xmm0, %xmm1
	pmovmskb %xmm1, %r8d
	test     %r8d, %r8d
	jnz      .Lblock_hit
	sub      $16, %rdx
	jbe      .Lnull              /* the n end in this block */
	add      $16, %rax
	jmp      .Llead
.Lrounds:
	cmp      $64, %rdx
	jb       .Lblock             /* less than a round left */
	                             /* (the round is in one page) */
	movdqa   (%rax), %xmm1       /* four blocks, each compared with c */
	movdqa   16(%rax), %xmm2
	movdqa   32(%rax), %xmm3
	movdqa   48(%rax), %xmm4
	pcmpeqb  %xmm0, %xmm1
	pcmpeqb  %xmm0, %xmm2
	pcmpeqb  %xmm0, %xmm3
	pcmpeqb  %xmm0, %xmm4
	movdqa   %xmm1, %xmm5
	por      %xmm2, %xmm5        /* a hit in the first pair, */
	movdqa   %xmm3, %xmm6
	por      %xmm4, %xmm6        /* in the second, */
	por      %xmm5, %xmm6        /* in any of the four */
	pmovmskb %xmm6, %r8d
	test     %r8d, %r8d
	jnz      .Lround_hit
	add      $64, %rax
	sub      $64, %rdx
	jmp      .Lrounds
.Lround_hit:
	pmovmskb %xmm1, %ecx         /* the four masks, 16 bits each, */
	pmovmskb %xmm2, %r8d
	shl      $16, %r8d
	or       %ecx, %r8d
	pmovmskb %xmm3, %ecx
	shl      $32, %rcx
	or       %rcx, %r8
	pmovmskb %xmm4, %ecx
	shl      $48, %rcx
	or       %rcx, %r8           /* as one 64-bit mask (bit i: byte i) */
	bsf      %r8, %r8            /* the first c, all 64 being among n */
	add      %r8, %rax
	ret
.Lblock:
	test     %rdx, %rdx
	jz       .Lnull              /* nothing left */
	movdqa   (%rax), %xmm1       /* holds at least one byte left */
	pcmpeqb  %xmm0, %xmm1
	pmovmskb %xmm1, %r8d
	test     %r8d, %r8d
	jnz      .Lblock_hit
	sub      $16, %rdx
	jbe      .Lnull              /* the n end in this block */
	add      $16, %rax
	jmp      .Lblock
.Lfirst_hit:
	mov      %rdi, %rax          /* the first block's mask counts from s, */
	                             /* rdx from s too: as a block at s */
.Lblock_hit:
	bsf      %r8d, %r8d          /* the first c from rax */
	cmp      %rdx, %r8
	jae      .Lnull              /* past the n: no match */
	add      %r8, %rax
	ret
.Lnull:
	xor      %eax, %eax
	ret
.Lprobe:
	call     __x86_avx2_probe    /* sets __x86_avx2, keeps rdi, rsi, rdx */
	jmp      .Lentry             /* and start again */

.Lavx2:
	vmovd    %esi, %xmm0
	vpbroadcastb %xmm0, %ymm0    /* ymm0: c's low byte in all 32 */
	mov      %edi, %ecx
	and      $31, %ecx           /* s's offset in its aligned block */
	mov      %rdi, %rax
	and      $-32, %rax          /* rax: the aligned 32 holding s */
	vpcmpeqb (%rax), %ymm0, %ymm1 /* 0xff where a byte is c */
	vpmovmskb %ymm1, %r8d
	shr      %cl, %r8d           /* bit 0 is s */
	mov      $32, %r9d
	sub      %ecx, %r9d          /* r9: the block's bytes from s on */
	test     %r8d, %r8d
	jnz      .Lv_first_hit
	cmp      %r9, %rdx
	jbe      .Lv_null            /* the n end in this block */
	sub      %r9, %rdx
	add      $32, %rax
.Lv_lead:
	test     $127, %al
	jz       .Lv_rounds          /* 128-aligned: rounds may start */
	vpcmpeqb (%rax), %ymm0, %ymm1 /* single blocks up to the boundary */
	vpmovmskb %ymm1, %r8d
	test     %r8d, %r8d
	jnz      .Lv_block_hit
	sub      $32, %rdx
	jbe      .Lv_null            /* the n end in this block */
	add      $32, %rax
	jmp      .Lv_lead
.Lv_rounds:
	cmp      $128, %rdx
	jb       .Lv_block           /* less than a round left */
	vpcmpeqb (%rax), %ymm0, %ymm1 /* four blocks, each compared with c */
	vpcmpeqb 32(%rax), %ymm0, %ymm2
	vpcmpeqb 64(%rax), %ymm0, %ymm3
	vpcmpeqb 96(%rax), %ymm0, %ymm4
	vpor     %ymm1, %ymm2, %ymm5 /* a hit in the first pair, */
	vpor     %ymm3, %ymm4, %ymm6 /* in the second, */
	vpor     %ymm5, %ymm6, %ymm6 /* in any of the four */
	vpmovmskb %ymm6, %r8d
	test     %r8d, %r8d
	jnz      .Lv_round_hit
	add      $128, %rax
	sub      $128, %rdx
	jmp      .Lv_rounds
.Lv_round_hit:
	vpmovmskb %ymm1, %ecx        /* the first pair's masks */
	vpmovmskb %ymm2, %r8d
	shl      $32, %r8
	or       %rcx, %r8           /* as one 64-bit mask */
	jnz      .Lv_found
	add      $64, %rax           /* else the hit is in the second pair */
	vpmovmskb %ymm3, %ecx
	vpmovmskb %ymm4, %r8d
	shl      $32, %r8
	or       %rcx, %r8
.Lv_found:
	bsf      %r8, %r8            /* the first c, all 128 being among n */
	add      %r8, %rax
	vzeroupper
	ret
.Lv_block:
	test     %rdx, %rdx
	jz       .Lv_null            /* nothing left */
	vpcmpeqb (%rax), %ymm0, %ymm1 /* holds at least one byte left */
	vpmovmskb %ymm1, %r8d
	test     %r8d, %r8d
	jnz      .Lv_block_hit
	sub      $32, %rdx
	jbe      .Lv_null            /* the n end in this block */
	add      $32, %rax
	jmp      .Lv_block
.Lv_first_hit:
	mov      %rdi, %rax          /* as a block at s (see .Lfirst_hit) */
.Lv_block_hit:
	bsf      %r8d, %r8d          /* the first c from rax */
	cmp      %rdx, %r8
	jae      .Lv_null            /* past the n: no match */
	add      %r8, %rax
	vzeroupper
	ret
.Lv_null:
	xor      %eax, %eax
	vzeroupper
	ret
	END(memchr)
	NO_EXEC_STACK
