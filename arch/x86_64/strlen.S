/* x86_64 strlen: the bytes before the first 0 byte.
 *
 *   size_t strlen(const char *s)
 *
 * Registers (SysV ABI): rdi s; rax the result.  Uses only caller-saved
 * registers: rcx, rdx, xmm0-xmm2 (ymm0-ymm2 on the AVX2 path).
 *
 * Contract: reads only aligned 16-byte blocks that hold at least one byte
 * of the string (its terminator included).  Such a block never straddles
 * a page, so the reads before s and past the terminator cannot fault
 * (every fast libc relies on the same fact).
 *
 * The first block: compare its 16 bytes with zero at once (pcmpeqb), take
 * the comparison's bit mask (pmovmskb), shift away the bits of the bytes
 * before s.  Then single blocks up to a 64-byte boundary, then a 64-byte
 * line a round: the pminub of four blocks is zero in a byte exactly where
 * one of them is, so one test per line; the line that has a 0 is looked
 * at again block by block.  pminub takes the second and fourth blocks
 * as memory operands (aligned, as SSE requires), so a round is nine
 * instructions, the load ports' pace.
 *
 * With AVX2 (arch/x86_64/avx2.S says when), the same walk with 32-byte
 * blocks and 128-byte rounds: single blocks up to a 128-byte boundary,
 * then four vpminub'd blocks a round.  An aligned 32-byte block never
 * straddles a page either.  vzeroupper before each return: SSE code after
 * a dirty ymm upper half pays a state transition on some CPUs.  On the
 * bench VM (AMD Zen, AVX2) 4 KiB took 94 ns with SSE2 only, glibc 53.
 *
 * Rejected: 32 bytes a round with SSE2: measured 3x glibc at 4 KiB;
 * AVX-512: few CPUs gain from it at these sizes, and its clock cost.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(strlen)
.Lentry:
	cmpb     $1, __x86_avx2(%rip)
	ja       .Lavx2              /* 2: AVX2 */
	jb       .Lprobe             /* 0: not known yet */
	pxor     %xmm0, %xmm0        /* xmm0: 16 zero bytes */
	mov      %edi, %ecx
	and      $15, %ecx           /* s's offset in its aligned block */
	mov      %rdi, %rax
	and      $-16, %rax          /* rax: the aligned block holding s */
	movdqa   (%rax), %xmm1
	pcmpeqb  %xmm0, %xmm1        /* 0xff where a byte is 0 */
	pmovmskb %xmm1, %edx         /* one bit per byte */
	shr      %cl, %edx           /* drop the bytes before s */
	test     %edx, %edx
	jz       .Lnext
	bsf      %edx, %eax          /* the first 0, counted from s */
	ret
.Lnext:
	add      $16, %rax           /* the next block: aligned to 16 */
.Lalign:
	test     $63, %al
	jz       .Lrounds            /* 64-aligned: the rounds can start */
	movdqa   (%rax), %xmm1       /* single blocks up to a 64-byte line */
	pcmpeqb  %xmm0, %xmm1
	pmovmskb %xmm1, %edx
	test     %edx, %edx
	jnz      .Lfound
	add      $16, %rax
	jmp      .Lalign
.Lrounds:
	sub      $64, %rax           /* (the first round's add undoes it) */
.Lloop:
	add      $64, %rax           /* the next 64-byte line: four blocks */
	movdqa   (%rax), %xmm1       /* the first, */
	pminub   16(%rax), %xmm1     /* a 0 byte where it or the second has */
	movdqa   32(%rax), %xmm2     /* the third, */
	pminub   48(%rax), %xmm2     /* a 0 where it or the fourth has */
	pminub   %xmm1, %xmm2        /* then where any of the four has */
	pcmpeqb  %xmm0, %xmm2
	pmovmskb %xmm2, %edx
	test     %edx, %edx
	jz       .Lloop              /* no 0 in this line */
.Lline:
	movdqa   (%rax), %xmm1       /* the line holds a 0: find the block */
	pcmpeqb  %xmm0, %xmm1
	pmovmskb %xmm1, %edx
	test     %edx, %edx
	jnz      .Lfound
	add      $16, %rax
	jmp      .Lline              /* (a later block of the line has it) */
.Lfound:
	bsf      %edx, %edx          /* the first 0 in the block at rax */
	add      %rdx, %rax
	sub      %rdi, %rax          /* its distance from s */
	ret
.Lprobe:
	call     __x86_avx2_probe    /* sets __x86_avx2, keeps rdi */
	jmp      .Lentry             /* and start again */
.Lavx2:
	vpxor    %xmm0, %xmm0, %xmm0 /* ymm0: 32 zero bytes (VEX clears the top) */
	mov      %edi, %ecx
	and      $31, %ecx           /* s's offset in its aligned block */
	mov      %rdi, %rax
	and      $-32, %rax          /* rax: the aligned 32 holding s */
	vpcmpeqb (%rax), %ymm0, %ymm1 /* 0xff where a byte is 0 */
	vpmovmskb %ymm1, %edx        /* one bit per byte, 32 bits */
	shr      %cl, %edx           /* drop the bytes before s */
	test     %edx, %edx
	jz       .Lv_next
	bsf      %edx, %eax          /* the first 0, counted from s */
	vzeroupper
	ret
.Lv_next:
	add      $32, %rax           /* the next block: aligned to 32 */
.Lv_align:
	test     $127, %al
	jz       .Lv_rounds          /* 128-aligned: the rounds can start */
	vpcmpeqb (%rax), %ymm0, %ymm1 /* single blocks up to a 128 boundary */
	vpmovmskb %ymm1, %edx
	test     %edx, %edx
	jnz      .Lv_found
	add      $32, %rax
	jmp      .Lv_align
.Lv_rounds:
	sub      $128, %rax          /* (the first round's add undoes it) */
.Lv_loop:
	add      $128, %rax          /* the next 128 bytes: four blocks */
	vmovdqa  (%rax), %ymm1
	vpminub  32(%rax), %ymm1, %ymm1 /* a 0 where the first or second has */
	vmovdqa  64(%rax), %ymm2
	vpminub  96(%rax), %ymm2, %ymm2 /* where the third or fourth has */
	vpminub  %ymm1, %ymm2, %ymm2 /* where any of the four has */
	vpcmpeqb %ymm0, %ymm2, %ymm2
	vpmovmskb %ymm2, %edx
	test     %edx, %edx
	jz       .Lv_loop            /* no 0 in these 128 */
.Lv_line:
	vpcmpeqb (%rax), %ymm0, %ymm1 /* they hold a 0: find the block */
	vpmovmskb %ymm1, %edx
	test     %edx, %edx
	jnz      .Lv_found
	add      $32, %rax
	jmp      .Lv_line            /* (a later block of the four has it) */
.Lv_found:
	bsf      %edx, %edx          /* the first 0 in the block at rax */
	add      %rdx, %rax
	sub      %rdi, %rax          /* its distance from s */
	vzeroupper
	ret
	END(strlen)
	NO_EXEC_STACK
