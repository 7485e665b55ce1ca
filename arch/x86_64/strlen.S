/* x86_64 strlen: the bytes before the first 0 byte.
 *
 *   size_t strlen(const char *s)
 *
 * Registers (SysV ABI): rdi s; rax the result.  Uses only caller-saved
 * registers: rcx, rdx, xmm0-xmm2.
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
 * Rejected: AVX2 chosen at run time (glibc's): a cpuid dispatch and a
 * second copy of the code, for wider loads; 32 bytes a round: measured
 * 3x glibc at 4 KiB.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(strlen)
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
	END(strlen)
	NO_EXEC_STACK
