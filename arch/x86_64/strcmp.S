/* x86_64 strcmp: compare as unsigned chars, up to the first difference
 * or terminator.
 *
 *   int strcmp(const char *a, const char *b)
 *
 * Registers (SysV ABI): rdi a, rsi b; eax the result.  Uses only
 * caller-saved registers: rcx, rdx (i: the offset reached in both
 * strings), r8, r9 (the limit: the offset of the nearer page boundary
 * of a+i and b+i), r10 (the limit less 64: the last start of a whole
 * round), xmm0-xmm8 (xmm8: 16 zero bytes; ymm0-ymm8 with AVX2).
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
 * of once per limit: a branch in every round; the C's word loop: 2-5.5x
 * glibc.
 *
 * With AVX2 (arch/x86_64/avx2.S), the same walk with 32-byte blocks and
 * 128-byte rounds (ymm0-ymm8; b's blocks ride on vpcmpeqb as memory
 * operands, which VEX lets be unaligned).  Under 32 bytes before a
 * limit, the 32-byte block that ends at the limit is tested: the bytes
 * of it before i were found equal and not 0, so they make no stop, and
 * every byte of it lies in a page the comparison reads.  Only when the
 * limit itself is under 32 (a string starting near its page's end) do
 * bytes go one at a time.  On the AMD Zen bench VM SSE2 alone took 150-236 ns
 * at 4 KiB, glibc 89-96.
 *
 * The AVX2 walk first tests a's and b's first 32 bytes with no limit to
 * compute when the or of their page offsets is at most 4096 - 32: that
 * or is at least each offset, so both blocks lie in their pages.  A
 * short string's whole comparison is then that block: a 16-byte strcmp
 * took 4.1 ns with the limit first, 3.1 after (glibc 3.4).
 */
#include "internal/asm.h"

/* r9 = the limit for offset i = rdx: i plus the bytes before the nearer
 * 4 KiB boundary of a+i and b+i.  Clobbers ecx, r8d and the flags. */
	.macro LIMIT
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
	add      %rdx, %r9           /* r9: i + the nearer */
	.endm

	.text
	ISO_ENTRY(strcmp)
.Lentry:
	cmpb     $1, __x86_avx2(%rip)
	ja       .Lavx2              /* 2: AVX2 */
	jb       .Lprobe             /* 0: not known yet */
	pxor     %xmm8, %xmm8        /* xmm8: 16 zero bytes */
	xor      %edx, %edx          /* i = 0 */
.Lpage:
	LIMIT                        /* r9: the limit, as an offset */
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
.Lprobe:
	call     __x86_avx2_probe    /* sets __x86_avx2, keeps rdi, rsi */
	jmp      .Lentry             /* and start again */
.Lavx2:                              /* the same walk, 32-byte blocks */
	vpxor    %xmm8, %xmm8, %xmm8 /* ymm8: 32 zero bytes */
	mov      %edi, %eax          /* the or of a's and b's low 12 bits */
	or       %esi, %eax          /* is at least either's page offset, */
	and      $4095, %eax         /* so if it leaves 32 bytes before */
	cmp      $4096 - 32, %eax    /* the page's end, both do */
	ja       .Lv_start           /* else the walk, from its limit */
	vmovdqu  (%rdi), %ymm0       /* the first block, no limit needed */
	vpcmpeqb (%rsi), %ymm0, %ymm1
	vpminub  %ymm0, %ymm1, %ymm1
	vpcmpeqb %ymm8, %ymm1, %ymm1
	vpmovmskb %ymm1, %eax
	test     %eax, %eax
	jz       .Lv_after32         /* no stop in it: the walk, at 32 */
	tzcnt    %eax, %ecx          /* the first stop (tzcnt is rep bsf: */
	movzbl   (%rdi,%rcx), %eax   /* the same bit index for eax != 0 */
	movzbl   (%rsi,%rcx), %ecx   /* on a CPU without BMI1) */
	sub      %ecx, %eax
	vzeroupper
	ret
.Lv_after32:
	xor      %edx, %edx          /* the limit from i = 0, which is over */
	LIMIT                        /* 32: then 32 bytes of both are known */
	mov      $32, %edx           /* equal and not 0; the rounds from i = 32 */
	jmp      .Lv_rounds
.Lv_start:
	xor      %edx, %edx          /* i = 0 */
.Lv_page:
	LIMIT                        /* r9: the limit, as an offset */
	lea      32(%rdx), %rcx      /* one block before the limit? */
	cmp      %r9, %rcx
	ja       .Lv_bytes           /* no: bytes up to it */
	vmovdqu  (%rdi,%rdx), %ymm0  /* a's 32 bytes (x) */
	vpcmpeqb (%rsi,%rdx), %ymm0, %ymm1 /* 0xff where b's are equal */
	vpminub  %ymm0, %ymm1, %ymm1 /* 0 where unequal or x's byte is 0 */
	vpcmpeqb %ymm8, %ymm1, %ymm1 /* 0xff at a stop */
	vpmovmskb %ymm1, %eax
	test     %eax, %eax
	jnz      .Lv_found
	mov      %rcx, %rdx          /* i += 32 */
.Lv_rounds:
	lea      -128(%r9), %r10     /* r10: the last start of a whole round */
	cmp      %r10, %rdx          /* (signed: r10 may be below 0) */
	jg       .Lv_single
	.p2align 5
.Lv_loop:
	vmovdqu  (%rdi,%rdx), %ymm0  /* four blocks of a, each tested */
	vmovdqu  32(%rdi,%rdx), %ymm2 /* against b's as above */
	vmovdqu  64(%rdi,%rdx), %ymm4
	vmovdqu  96(%rdi,%rdx), %ymm6
	vpcmpeqb (%rsi,%rdx), %ymm0, %ymm1
	vpcmpeqb 32(%rsi,%rdx), %ymm2, %ymm3
	vpcmpeqb 64(%rsi,%rdx), %ymm4, %ymm5
	vpcmpeqb 96(%rsi,%rdx), %ymm6, %ymm7
	vpminub  %ymm0, %ymm1, %ymm1
	vpminub  %ymm2, %ymm3, %ymm3
	vpminub  %ymm4, %ymm5, %ymm5
	vpminub  %ymm6, %ymm7, %ymm7
	vpminub  %ymm1, %ymm3, %ymm3 /* a 0 where either of a pair, */
	vpminub  %ymm5, %ymm7, %ymm7
	vpminub  %ymm3, %ymm7, %ymm7 /* then where any of the four has one */
	vpcmpeqb %ymm8, %ymm7, %ymm7
	vpmovmskb %ymm7, %eax
	test     %eax, %eax
	jnz      .Lv_single          /* a stop: find its block */
	sub      $-128, %rdx         /* i += 128 (imm8: -128 fits, 128 not) */
	cmp      %r10, %rdx
	jle      .Lv_loop            /* while a whole round fits */
.Lv_single:
	lea      32(%rdx), %rcx      /* a block before the limit? */
	cmp      %r9, %rcx
	ja       .Lv_bytes           /* no: bytes up to it */
	vmovdqu  (%rdi,%rdx), %ymm0
	vpcmpeqb (%rsi,%rdx), %ymm0, %ymm1
	vpminub  %ymm0, %ymm1, %ymm1
	vpcmpeqb %ymm8, %ymm1, %ymm1
	vpmovmskb %ymm1, %eax
	test     %eax, %eax
	jnz      .Lv_found
	mov      %rcx, %rdx          /* i += 32 */
	jmp      .Lv_single
.Lv_bytes:
	cmp      %r9, %rdx
	jae      .Lv_page            /* at the limit: a pointer starts a page */
	cmp      $32, %r9
	jb       .Lv_byte            /* a limit under 32: byte by byte */
	lea      -32(%r9), %rdx      /* else the block that ends at the limit: */
	vmovdqu  (%rdi,%rdx), %ymm0  /* its bytes before the old i were found */
	vpcmpeqb (%rsi,%rdx), %ymm0, %ymm1 /* equal and not 0, so they make */
	vpminub  %ymm0, %ymm1, %ymm1 /* no stop; and all of it lies in pages */
	vpcmpeqb %ymm8, %ymm1, %ymm1 /* the comparison reads */
	vpmovmskb %ymm1, %eax
	test     %eax, %eax
	jnz      .Lv_found
	mov      %r9, %rdx           /* i = the limit */
	jmp      .Lv_page
.Lv_byte:
	movzbl   (%rdi,%rdx), %eax
	movzbl   (%rsi,%rdx), %ecx
	sub      %ecx, %eax
	jnz      .Lv_ret             /* unequal: the answer */
	test     %ecx, %ecx
	jz       .Lv_ret             /* both 0: equal strings (eax 0) */
	inc      %rdx
	cmp      %r9, %rdx
	jb       .Lv_byte
	jmp      .Lv_page
.Lv_found:
	bsf      %eax, %eax          /* the first stop in the block at i */
	add      %rax, %rdx
	movzbl   (%rdi,%rdx), %eax
	movzbl   (%rsi,%rdx), %ecx
	sub      %ecx, %eax
.Lv_ret:
	vzeroupper
	ret
	END(strcmp)
	NO_EXEC_STACK
