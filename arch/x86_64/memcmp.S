/* x86_64 memcmp: compare n bytes as unsigned chars.
 *
 *   int memcmp(const void *a, const void *b, size_t n)
 *
 * Registers (SysV ABI): rdi a, rsi b, rdx n; eax the result.  Uses only
 * caller-saved registers: rcx, r8 (the last round's start), xmm0-xmm3
 * (ymm0-ymm3 with AVX2).
 *
 * Contract: the result is a[i] - b[i] at the first i < n where they
 * differ (as unsigned chars), else 0; the same value as arch/generic's C.
 * No byte outside [a, a+n) or [b, b+n) is read, so no page check is
 * needed.  Any alignment.
 *
 *   n < 16         two overlapping 8-byte (or 4-byte) loads a side, or
 *                  bytes for n < 4; the first differing byte from the
 *                  lowest set bit of the words' xor (little-endian)
 *   n < 32         the first 16 bytes and the last 16 (overlapping),
 *                  unaligned, with nothing to set up for a loop
 *   n >= 32        the first 16 bytes unaligned; then a is rounded up to
 *                  16 (bytes skipped were just compared) so that a's
 *                  blocks are pcmpeqb memory operands; 64 bytes a round,
 *                  the four equality masks and-ed into one test; then
 *                  single blocks; last, the 16 bytes ending at a+n,
 *                  overlapping what was already found equal
 *
 * rsi holds b - a once the loop starts, so one pointer (rdi) and one
 * end (rdx = a + n) drive both strings.
 *
 * With AVX2 (arch/x86_64/avx2.S) and n >= 32, 32-byte blocks
 * (ymm0-ymm3); a block's mask plus 1 is 0 when all 32 bytes are equal,
 * and otherwise has its lowest set bit at the first unequal byte (the
 * carry runs through the equal ones).  After the first block:
 *
 *   n <= 64        the last 32 bytes
 *   n <= 128       block 1 and the two blocks ending at a+n, one test
 *   n <= 256       blocks 1-3 in one test, the four ending at a+n in
 *                  another: straight code, no loop to set up or leave
 *   n > 256        the SSE2 walk with 128-byte rounds, the last round
 *                  ending at a+n and overlapping the one before
 *
 * A group that tests unequal is searched block by block from its start
 * (.Lv_single): every byte before it was found equal, so the first
 * difference there is the first of all.  On the AMD Zen bench VM, SSE2
 * alone took 126 ns at 4 KiB, glibc 72-78; the rounds at 256 bytes
 * took 5.6 ns (two rounds and their set-up), the straight code 4.4,
 * glibc 4.1.
 *
 * Rejected: unaligned loads of both
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
	cmp      $32, %rdx
	jae      .Lbig32
	movdqu   (%rdi), %xmm0       /* 16..31: the first 16 bytes */
	movdqu   (%rsi), %xmm1
	pcmpeqb  %xmm1, %xmm0
	pmovmskb %xmm0, %eax
	sub      $0xffff, %eax       /* 0 if all 16 equal */
	jnz      .Lfound0
	movdqu   -16(%rdi,%rdx), %xmm0 /* and the last 16, overlapping */
	movdqu   -16(%rsi,%rdx), %xmm1
	pcmpeqb  %xmm1, %xmm0
	pmovmskb %xmm0, %eax
	sub      $0xffff, %eax
	jnz      .Lfound16
	ret                          /* eax 0: equal */
.Lfound16:
	sub      %rdi, %rsi          /* rsi = b - a, */
	lea      -16(%rdi,%rdx), %rdi /* rdi the last block's start */
	jmp      .Lfound
.Lbig32:
	cmpb     $1, __x86_avx2(%rip)
	ja       .Lavx2              /* 2: AVX2 */
	jb       .Lprobe             /* 0: not known yet */
.Lsse:
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
.Lprobe:
	call     __x86_avx2_probe    /* sets __x86_avx2, keeps rdi, rsi, rdx */
	jmp      .Lbig               /* and choose again */
.Lavx2:                              /* n >= 32: 32 bytes a block */
	vmovdqu  (%rsi), %ymm0       /* b's first 32 */
	vpcmpeqb (%rdi), %ymm0, %ymm0 /* against a's: 0xff where equal */
	vpmovmskb %ymm0, %eax
	inc      %eax                /* all 32 equal: 0xffffffff + 1 = 0; else */
	jnz      .Lv_found0          /* the carry stops at the first unequal */
	sub      %rdi, %rsi          /* rsi: b - a, from here on */
	cmp      $128, %rdx
	ja       .Lv_over128         /* n > 128 */
	cmp      $64, %rdx
	lea      (%rdi,%rdx), %rdx   /* rdx: a's end (lea keeps the flags) */
	jbe      .Lv_last            /* n <= 64: the last 32 finish */
	vmovdqu  32(%rdi,%rsi), %ymm0 /* 64 < n <= 128: the second block */
	vmovdqu  -64(%rdx,%rsi), %ymm1 /* and the two ending at a's end */
	vmovdqu  -32(%rdx,%rsi), %ymm2 /* (overlapping it when n < 128) */
	vpcmpeqb 32(%rdi), %ymm0, %ymm0
	vpcmpeqb -64(%rdx), %ymm1, %ymm1
	vpcmpeqb -32(%rdx), %ymm2, %ymm2
	vpand    %ymm1, %ymm0, %ymm0 /* 0xff where all three are equal */
	vpand    %ymm2, %ymm0, %ymm0
	vpmovmskb %ymm0, %eax
	inc      %eax
	jnz      .Lv_find1           /* a difference: the blocks one by one */
	vzeroupper                   /* eax 0: equal */
	ret
.Lv_over128:
	cmp      $256, %rdx
	lea      (%rdi,%rdx), %rdx   /* rdx: a's end */
	ja       .Lv_long            /* n > 256: the rounds */
	vmovdqu  32(%rdi,%rsi), %ymm0 /* 128 < n <= 256: blocks 1 to 3 in */
	vmovdqu  64(%rdi,%rsi), %ymm1 /* one test, the four ending at a's */
	vmovdqu  96(%rdi,%rsi), %ymm2 /* end in another: straight code, */
	vpcmpeqb 32(%rdi), %ymm0, %ymm0 /* no loop to enter or leave */
	vpcmpeqb 64(%rdi), %ymm1, %ymm1
	vpcmpeqb 96(%rdi), %ymm2, %ymm2
	vpand    %ymm1, %ymm0, %ymm0
	vpand    %ymm2, %ymm0, %ymm0
	vpmovmskb %ymm0, %eax
	inc      %eax
	jnz      .Lv_find1           /* a difference among the three */
	vmovdqu  -128(%rdx,%rsi), %ymm0 /* the last 128 bytes, overlapping */
	vmovdqu  -96(%rdx,%rsi), %ymm1 /* blocks 1 to 3 when n < 256 */
	vmovdqu  -64(%rdx,%rsi), %ymm2
	vmovdqu  -32(%rdx,%rsi), %ymm3
	vpcmpeqb -128(%rdx), %ymm0, %ymm0
	vpcmpeqb -96(%rdx), %ymm1, %ymm1
	vpcmpeqb -64(%rdx), %ymm2, %ymm2
	vpcmpeqb -32(%rdx), %ymm3, %ymm3
	vpand    %ymm1, %ymm0, %ymm0
	vpand    %ymm3, %ymm2, %ymm2
	vpand    %ymm2, %ymm0, %ymm0
	vpmovmskb %ymm0, %eax
	inc      %eax
	jnz      .Lv_find_tail       /* a difference in them */
	vzeroupper                   /* eax 0: equal */
	ret
.Lv_find1:
	add      $32, %rdi           /* the search starts at block 1 */
	jmp      .Lv_single
.Lv_find_tail:
	lea      -128(%rdx), %rdi    /* at the last 128 bytes: all before */
	jmp      .Lv_single          /* them were found equal */
.Lv_long:
	add      $32, %rdi           /* past the block found equal, */
	and      $-32, %rdi          /* then down to 32: a's blocks aligned */
	lea      -128(%rdx), %r8     /* r8: the last start of a whole round */
	                             /* (n > 256: rdi <= a+32 < r8) */
.Lv_loop:
	vmovdqu  (%rdi,%rsi), %ymm0  /* b's four blocks, unaligned */
	vmovdqu  32(%rdi,%rsi), %ymm1
	vmovdqu  64(%rdi,%rsi), %ymm2
	vmovdqu  96(%rdi,%rsi), %ymm3
	vpcmpeqb (%rdi), %ymm0, %ymm0 /* against a's, aligned */
	vpcmpeqb 32(%rdi), %ymm1, %ymm1
	vpcmpeqb 64(%rdi), %ymm2, %ymm2
	vpcmpeqb 96(%rdi), %ymm3, %ymm3
	vpand    %ymm1, %ymm0, %ymm0 /* 0xff where a byte of all four */
	vpand    %ymm3, %ymm2, %ymm2 /* blocks is equal */
	vpand    %ymm2, %ymm0, %ymm0
	vpmovmskb %ymm0, %eax
	inc      %eax
	jnz      .Lv_single          /* a difference: find it block by block */
	add      $128, %rdi          /* the next round, */
	cmp      %r8, %rdi
	jbe      .Lv_loop            /* if it is whole */
	cmp      %rdx, %rdi
	jae      .Lv_equal           /* the rounds ended at a's end */
	mov      %r8, %rdi           /* else one more round, the 128 bytes */
	jmp      .Lv_loop            /* ending there (a's side unaligned; */
	                             /* after it rdi = rdx, above r8) */
.Lv_single:
	lea      32(%rdi), %rcx      /* a whole block before the end? */
	cmp      %rdx, %rcx
	ja       .Lv_last            /* no: the last 32 bytes */
	vmovdqu  (%rdi,%rsi), %ymm0
	vpcmpeqb (%rdi), %ymm0, %ymm0
	vpmovmskb %ymm0, %eax
	inc      %eax
	jnz      .Lv_found           /* the difference is in this block */
	mov      %rcx, %rdi          /* the next block */
	jmp      .Lv_single
.Lv_last:
	lea      -32(%rdx), %rdi     /* the 32 bytes ending at a's end */
	vmovdqu  (%rdi,%rsi), %ymm0  /* (earlier ones found equal) */
	vpcmpeqb (%rdi), %ymm0, %ymm0
	vpmovmskb %ymm0, %eax
	inc      %eax
	jnz      .Lv_found
.Lv_equal:
	xor      %eax, %eax          /* all n bytes equal */
	vzeroupper
	ret
.Lv_found0:
	sub      %rdi, %rsi          /* as in the loop: rsi = b - a */
.Lv_found:
	bsf      %eax, %eax          /* the lowest set bit: the first */
	add      %rax, %rdi          /* unequal byte's offset */
	movzbl   (%rdi), %eax        /* a's byte there */
	movzbl   (%rdi,%rsi), %ecx   /* and b's */
	sub      %ecx, %eax
	vzeroupper
	ret
	END(memcmp)
	NO_EXEC_STACK
