/* x86_64 memmove: copy n bytes between areas that may overlap.
 *
 *   void *memmove(void *dst, const void *src, size_t n)   returns dst
 *
 * Registers (SysV ABI): rdi dst, rsi src, rdx n; rax the result.  Uses
 * only caller-saved registers: rcx, r8, xmm0-xmm7 (ymm0-ymm8 with AVX2).
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
 * With AVX2 (arch/x86_64/avx2.S): up to 128 bytes, four possibly
 * overlapping 32-byte blocks, all loaded first, up to 256 eight; beyond,
 * the first 128 and
 * the last 32 bytes are loaded first, and 128-byte rounds go down from
 * dst's end rounded down to 32, so that every store is aligned; the last
 * 32 are stored after the rounds (their stores could reach source bytes
 * a round still reads), the first 128 last.  On the AMD Zen bench VM the
 * SSE2 rounds took 123 ns at 4 KiB (257 with src and dst misaligned),
 * glibc 72.
 *
 * Rejected: std; rep movsb for the backward case: the string engine's
 * fast path is forward only; loading the next round before storing
 * this one: measured no faster (and it reads below src at the end);
 * the C's word loop: 7-8x glibc from 256 bytes on.
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memmove)
.Lentry:
	mov    %rdi, %rcx
	sub    %rsi, %rcx            /* dst - src, as unsigned */
	cmp    %rdx, %rcx
	jae    memcpy                /* no overlap that a forward copy hurts */
	cmp    $64, %rdx
	jbe    memcpy                /* small: memcpy loads all, then stores */
	mov    %rdi, %rax            /* the result is dst */
	cmpb   $1, __x86_avx2(%rip)
	ja     .Lavx2                /* 2: AVX2 */
	jb     .Lprobe               /* 0: not known yet */
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
.Lprobe:
	call   __x86_avx2_probe      /* sets __x86_avx2, keeps rdi, rsi, rdx */
	jmp    .Lentry               /* and start again */
.Lavx2:
	vmovdqu (%rsi), %ymm4        /* the first 128 bytes, stored last */
	vmovdqu 32(%rsi), %ymm5      /* (or, up to 128, all of it) */
	cmp    $128, %rdx
	ja     .Lv_long
	vmovdqu -64(%rsi,%rdx), %ymm6 /* 65..128: the last 64 too, */
	vmovdqu -32(%rsi,%rdx), %ymm7
	vmovdqu %ymm6, -64(%rdi,%rdx) /* all loaded before any store */
	vmovdqu %ymm7, -32(%rdi,%rdx)
	vmovdqu %ymm4, (%rdi)
	vmovdqu %ymm5, 32(%rdi)
	vzeroupper
	ret
.Lv_long:
	vmovdqu 64(%rsi), %ymm6
	vmovdqu 96(%rsi), %ymm7
	cmp    $256, %rdx
	ja     .Lv_rounds
	vmovdqu -128(%rsi,%rdx), %ymm0 /* 129..256: the last 128 too, all */
	vmovdqu -96(%rsi,%rdx), %ymm1  /* loaded before any store */
	vmovdqu -64(%rsi,%rdx), %ymm2
	vmovdqu -32(%rsi,%rdx), %ymm3
	vmovdqu %ymm0, -128(%rdi,%rdx)
	vmovdqu %ymm1, -96(%rdi,%rdx)
	vmovdqu %ymm2, -64(%rdi,%rdx)
	vmovdqu %ymm3, -32(%rdi,%rdx)
	jmp    .Lv_head
.Lv_rounds:
	vmovdqu -32(%rsi,%rdx), %ymm8 /* the last 32, stored after the rounds */
	lea    (%rdi,%rdx), %rcx
	and    $-32, %rcx            /* dst's end, down to a 32 boundary */
	sub    %rdi, %rcx            /* as an offset from dst (> 96) */
	sub    $128, %rcx            /* rcx: this round's offset */
	add    %rcx, %rsi            /* rsi, r8: this round's source and */
	lea    (%rdi,%rcx), %r8      /* destination, r8 32-aligned */
.Lv_loop:
	vmovdqu 96(%rsi), %ymm3      /* a round of 128: load all four */
	vmovdqu 64(%rsi), %ymm2      /* blocks, */
	vmovdqu 32(%rsi), %ymm1
	vmovdqu (%rsi), %ymm0
	vmovdqa %ymm3, 96(%r8)       /* then store them, aligned, top first */
	vmovdqa %ymm2, 64(%r8)
	vmovdqa %ymm1, 32(%r8)
	vmovdqa %ymm0, (%r8)
	sub    $128, %rsi            /* the round below */
	sub    $128, %r8
	cmp    %rdi, %r8
	ja     .Lv_loop              /* while it starts above dst */
	vmovdqu %ymm8, -32(%rdi,%rdx) /* the last 32, over the first round */
.Lv_head:
	vmovdqu %ymm4, (%rdi)        /* the first 128, over the last round */
	vmovdqu %ymm5, 32(%rdi)
	vmovdqu %ymm6, 64(%rdi)
	vmovdqu %ymm7, 96(%rdi)
	vzeroupper
	ret
	END(memmove)
	NO_EXEC_STACK
