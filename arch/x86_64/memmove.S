/* x86_64 memmove: copy n bytes between areas that may overlap.
 *
 *   void *memmove(void *dst, const void *src, size_t n)   returns dst
 *
 * Registers (SysV ABI): rdi dst, rsi src, rdx n; rax the result.  Uses
 * only caller-saved registers: rcx, r8, xmm0-xmm7.
 *
 * Contract: dst's bytes end as src's were before the call, whatever the
 * overlap; no byte outside [src, src+n) is read, none outside
 * [dst, dst+n) written.  Any alignment.
 *
 * Forward copies go to memcpy (arch/x86_64/memcpy.S), which is a correct
 * forward memmove: up to 64 bytes it loads everything before its first
 * store; its 64-byte rounds load a round before storing it and go up, so
 * with dst <= src a store never reaches a byte not yet loaded; its tail
 * is loaded before the rounds; rep movsb copies as a byte loop going up.
 * So memcpy takes n <= 64, and every n when dst - src >= n as unsigned
 * numbers (dst below src, or above it by n or more: no harmful overlap).
 *
 * Backward (src < dst < src + n, n > 64): the first 64 bytes are loaded
 * first and stored last; then 64-byte rounds go down from the end, each
 * loading its four blocks before storing them, so a store only lands on
 * source bytes above the ones still to be read.  The last round may
 * overlap the first 64 bytes: they are stored over it at the end.
 *
 * Rejected: std; rep movsb for the backward case: the string engine's
 * fast path is forward only; loading the next round before storing
 * this one: measured no faster (and it reads below src at the end);
 * the C's word loop: 7-8x glibc from 256 bytes on.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memmove)
	mov    %rdi, %rcx
	sub    %rsi, %rcx            /* dst - src, as unsigned */
	cmp    %rdx, %rcx
	jae    memcpy                /* no overlap that a forward copy hurts */
	cmp    $64, %rdx
	jbe    memcpy                /* small: memcpy loads all, then stores */
	mov    %rdi, %rax            /* the result is dst */
	movdqu (%rsi), %xmm4         /* the first 64 bytes, stored last */
	movdqu 16(%rsi), %xmm5
	movdqu 32(%rsi), %xmm6
	movdqu 48(%rsi), %xmm7
	lea    -64(%rsi,%rdx), %rsi  /* rsi, rcx: this round's source and */
	lea    -64(%rdi,%rdx), %rcx  /* destination (one register each: */
.Lloop:                              /* plain stores, no index) */
	movdqu 48(%rsi), %xmm3       /* a round of 64: load all four */
	movdqu 32(%rsi), %xmm2       /* blocks, */
	movdqu 16(%rsi), %xmm1
	movdqu (%rsi), %xmm0
	movdqu %xmm3, 48(%rcx)       /* then store them, top first */
	movdqu %xmm2, 32(%rcx)
	movdqu %xmm1, 16(%rcx)
	movdqu %xmm0, (%rcx)
	sub    $64, %rsi             /* the round below */
	sub    $64, %rcx
	cmp    %rdi, %rcx
	ja     .Lloop                /* while it starts above dst */
	movdqu %xmm4, (%rdi)         /* the first 64 bytes, over the last */
	movdqu %xmm5, 16(%rdi)       /* round's overlap */
	movdqu %xmm6, 32(%rdi)
	movdqu %xmm7, 48(%rdi)
	ret
	END(memmove)
	NO_EXEC_STACK
