/* x86_64 strchr: the first c in s (the terminator itself when c is 0),
 * or NULL.
 *
 *   char *strchr(const char *s, int c)
 *
 * Registers (SysV ABI): rdi s, esi c; rax the result.  Uses only
 * caller-saved registers: rcx, rdx, xmm0-xmm6 (ymm0-ymm7 with AVX2).
 *
 * Contract: reads only aligned 16-byte blocks that hold at least one byte
 * the search must see (up to the first c or the terminator); such a block
 * never straddles a page, so the reads before s and past the stop cannot
 * fault.  The 64-byte rounds start 64-aligned, so a round lies in one
 * page too.
 *
 * The test of a block x: with cc 16 copies of (unsigned char)c,
 * pminub(x, x ^ cc) is 0 exactly where x's byte is 0 or c, so zero and c
 * cost one comparison with zero.  Four blocks' such minima combine with
 * pminub into one test per 64-byte round.  At the first stop, the byte
 * says which it was: c gives its address, anything else (the 0) NULL;
 * when c is 0 both are the same byte, and its address is right.
 *
 * The first block is the aligned one holding s, its mask shifted by s's
 * offset; then single blocks up to a 64-byte boundary, then rounds; the
 * round that stops is looked at again block by block.
 *
 * Rejected: pcmpeqb with zero and with cc and a por (glibc's SSE2 form):
 * one more operation a block; each block loaded once, with register
 * copies for x ^ cc: measured the same (more instructions, fewer loads);
 * strchrnul in assembly with strchr on it: the C strchrnul stays every
 * arch's, and a second entry would cost a branch here; the C
 * (__strchrnul's word loop): 2.4-8.7x glibc.
 *
 * With AVX2 (arch/x86_64/avx2.S), the same test on 32-byte blocks in
 * 128-byte rounds (ymm0-ymm7; vzeroupper before returning), as strlen.S
 * does; the round that stops is not looked at again: its four minima
 * give the stop's bit in two 64-bit masks.  (Block by block, as the SSE2
 * code does, 256 bytes took 9.0 ns against glibc's 5.8.) on the AMD Zen bench VM 4 KiB took 123-167 ns with SSE2 alone,
 * against glibc's 81.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(strchr)
.Lentry:
	cmpb     $1, __x86_avx2(%rip)
	ja       .Lavx2              /* 2: AVX2 */
	jb       .Lprobe             /* 0: not known yet */
	movzbl   %sil, %esi          /* c as an unsigned char */
	imul     $0x01010101, %esi, %esi /* in all four bytes */
	movd     %esi, %xmm0
	pshufd   $0, %xmm0, %xmm0    /* xmm0 (cc): in all 16 */
	pxor     %xmm6, %xmm6        /* xmm6: 16 zero bytes */
	mov      %edi, %ecx
	and      $15, %ecx           /* s's offset in its aligned block */
	mov      %rdi, %rax
	and      $-16, %rax          /* rax: the aligned block holding s */
	movdqa   %xmm0, %xmm1
	pxor     (%rax), %xmm1       /* x ^ cc: 0 where x is c */
	pminub   (%rax), %xmm1       /* and its min with x: 0 where 0 or c */
	pcmpeqb  %xmm6, %xmm1        /* 0xff where a byte stops the search */
	pmovmskb %xmm1, %edx         /* one bit per byte */
	shr      %cl, %edx           /* drop the bytes before s */
	test     %edx, %edx
	jz       .Lnext
	bsf      %edx, %edx          /* the first stop, counted from s */
	add      %rdi, %rdx          /* its address */
	jmp      .Lwhich
.Lnext:
	add      $16, %rax           /* the next block: aligned to 16 */
.Lalign:
	test     $63, %al
	jz       .Lrounds            /* 64-aligned: the rounds can start */
.Lblock:
	movdqa   %xmm0, %xmm1        /* single blocks up to a 64-byte line */
	pxor     (%rax), %xmm1
	pminub   (%rax), %xmm1
	pcmpeqb  %xmm6, %xmm1
	pmovmskb %xmm1, %edx
	test     %edx, %edx
	jnz      .Lfound
	add      $16, %rax
	jmp      .Lalign
.Lrounds:
	sub      $64, %rax           /* (the first round's add undoes it) */
.Lloop:
	add      $64, %rax           /* the next line */
	movdqa   %xmm0, %xmm1        /* a 64-byte line: four blocks, each */
	movdqa   %xmm0, %xmm2        /* x ^ cc, */
	movdqa   %xmm0, %xmm3
	movdqa   %xmm0, %xmm4
	pxor     (%rax), %xmm1
	pxor     16(%rax), %xmm2
	pxor     32(%rax), %xmm3
	pxor     48(%rax), %xmm4
	pminub   (%rax), %xmm1       /* min with x: 0 where 0 or c */
	pminub   16(%rax), %xmm2
	pminub   32(%rax), %xmm3
	pminub   48(%rax), %xmm4
	pminub   %xmm1, %xmm2        /* a 0 where either of the pair, */
	pminub   %xmm3, %xmm4
	pminub   %xmm2, %xmm4        /* then where any of the four has one */
	pcmpeqb  %xmm6, %xmm4
	pmovmskb %xmm4, %edx
	test     %edx, %edx
	jz       .Lloop              /* no stop in this line */
	jmp      .Lblock             /* it stops: find the block, one by one
	                              * (before the next 64-byte boundary,
	                              * so .Lalign never starts a round) */
.Lfound:
	bsf      %edx, %edx          /* the first stop in the block at rax */
	add      %rax, %rdx          /* its address */
.Lwhich:
	xor      %eax, %eax          /* NULL, unless */
	cmp      %sil, (%rdx)        /* the byte there is c (sil: c's low */
	cmove    %rdx, %rax          /* byte, from the broadcast) */
	ret
.Lprobe:
	call     __x86_avx2_probe    /* sets __x86_avx2, keeps rdi, rsi */
	jmp      .Lentry             /* and start again */
.Lavx2:
	vmovd    %esi, %xmm0
	vpbroadcastb %xmm0, %ymm0    /* ymm0 (cc): c's low byte in all 32 */
	vpxor    %xmm6, %xmm6, %xmm6 /* ymm6: 32 zero bytes */
	mov      %edi, %ecx
	and      $31, %ecx           /* s's offset in its aligned block */
	mov      %rdi, %rax
	and      $-32, %rax          /* rax: the aligned 32 holding s */
	vmovdqa  (%rax), %ymm2       /* x */
	vpxor    %ymm0, %ymm2, %ymm1 /* x ^ cc */
	vpminub  %ymm2, %ymm1, %ymm1 /* min with x: 0 where 0 or c */
	vpcmpeqb %ymm6, %ymm1, %ymm1
	vpmovmskb %ymm1, %edx
	shr      %cl, %edx           /* drop the bytes before s */
	test     %edx, %edx
	jz       .Lv_next
	bsf      %edx, %edx          /* the first stop, counted from s */
	add      %rdi, %rdx          /* its address */
	jmp      .Lv_which
.Lv_next:
	add      $32, %rax           /* the next block: aligned to 32 */
.Lv_align:
	test     $127, %al
	jz       .Lv_rounds          /* 128-aligned: the rounds can start */
.Lv_block:
	vmovdqa  (%rax), %ymm2       /* single blocks up to a 128 boundary */
	vpxor    %ymm0, %ymm2, %ymm1
	vpminub  %ymm2, %ymm1, %ymm1
	vpcmpeqb %ymm6, %ymm1, %ymm1
	vpmovmskb %ymm1, %edx
	test     %edx, %edx
	jnz      .Lv_found
	add      $32, %rax
	jmp      .Lv_align
.Lv_rounds:
	sub      $128, %rax          /* (the first round's add undoes it) */
.Lv_loop:
	add      $128, %rax          /* the next 128 bytes: four blocks, */
	vmovdqa  (%rax), %ymm1       /* each loaded once */
	vmovdqa  32(%rax), %ymm2
	vmovdqa  64(%rax), %ymm3
	vmovdqa  96(%rax), %ymm4
	vpxor    %ymm0, %ymm1, %ymm5 /* each: min(x, x ^ cc), 0 at a stop */
	vpminub  %ymm1, %ymm5, %ymm1
	vpxor    %ymm0, %ymm2, %ymm5
	vpminub  %ymm2, %ymm5, %ymm2
	vpxor    %ymm0, %ymm3, %ymm5
	vpminub  %ymm3, %ymm5, %ymm3
	vpxor    %ymm0, %ymm4, %ymm5
	vpminub  %ymm4, %ymm5, %ymm4
	vpminub  %ymm1, %ymm2, %ymm5 /* a 0 where either of the pair, */
	vpminub  %ymm3, %ymm4, %ymm7
	vpminub  %ymm5, %ymm7, %ymm7 /* then where any of the four has one */
	vpcmpeqb %ymm6, %ymm7, %ymm7
	vpmovmskb %ymm7, %edx
	test     %edx, %edx
	jz       .Lv_loop            /* no stop in these 128 */
	vpcmpeqb %ymm6, %ymm1, %ymm1 /* it stops: the four minima are still */
	vpmovmskb %ymm1, %ecx        /* here, so no block is loaded again; */
	vpcmpeqb %ymm6, %ymm2, %ymm2 /* the first pair's stops */
	vpmovmskb %ymm2, %edx
	shl      $32, %rdx
	or       %rcx, %rdx          /* as one 64-bit mask (bit i: byte i) */
	jnz      .Lv_found
	add      $64, %rax           /* else the stop is in the second pair */
	vpcmpeqb %ymm6, %ymm3, %ymm3
	vpmovmskb %ymm3, %ecx
	vpcmpeqb %ymm6, %ymm4, %ymm4
	vpmovmskb %ymm4, %edx
	shl      $32, %rdx
	or       %rcx, %rdx
.Lv_found:
	bsf      %rdx, %rdx          /* the first stop from rax (a single
	                              * block's mask is 32 bits, zero-extended) */
	add      %rax, %rdx          /* its address */
.Lv_which:
	xor      %eax, %eax          /* NULL, unless */
	cmp      %sil, (%rdx)        /* the byte there is c */
	cmove    %rdx, %rax
	vzeroupper
	ret
	END(strchr)
	NO_EXEC_STACK
