/* x86_64 memcpy: copy n bytes between areas that do not overlap.
 *
 *   void *memcpy(void *dst, const void *src, size_t n)    returns dst
 *
 * Registers (SysV ABI): rdi dst, rsi src, rdx n; rax the result.  Uses
 * only caller-saved registers: rcx, r8, xmm0-xmm7 (ymm0-ymm7 with
 * AVX2).  SSE2 is part of the
 * x86_64 baseline, so no CPU check is needed.
 *
 * Contract: every byte of src is read before a store could reach it only
 * if the areas do not overlap (C's rule); no byte outside [src, src+n)
 * is read and none outside [dst, dst+n) written.  Any alignment.
 *
 *   n <= 16        two loads that may overlap (head and tail), two stores
 *   n <= 64        the same with two or four 16-byte SSE registers
 *   n < 2048       64 bytes a round with unaligned SSE loads and stores;
 *                  the last 64 bytes, loaded first, stored last
 *   n >= 2048      rep movsb: on CPUs since Ivy Bridge (ERMS) the fastest
 *                  copy for large sizes, and it needs no alignment work;
 *                  except when dst is 1 to 63 bytes above src modulo
 *                  4 KiB, where the string engine's loads keep waiting on
 *                  stores whose low 12 address bits match (4K aliasing;
 *                  on the AMD Zen bench VM, 1 MiB at that distance took
 *                  365 us against 45 at a distance of 64): the 64-byte
 *                  rounds then, at any size
 *
 * With AVX2 (arch/x86_64/avx2.S) and n > 32: up to 64, 128 and 256
 * bytes two, four or eight 32-byte blocks from both ends, all loaded
 * before any store; below 2048, 128-byte rounds with the last 128 bytes
 * loaded first and stored last; from 2048 the same rep movsb (after a
 * vzeroupper).  On the AMD Zen bench VM the SSE2 code took 8.4-13.1 ns
 * at 256 bytes, glibc 5.1-8.1.
 *
 * The size tests go largest cost first: n > 32 is the first test, the
 * AVX2 code follows the probe byte's test with no jump (SSE2 is out of
 * line), and the 2048 test waits until n > 256.  A copy of up to 256
 * bytes then takes one or two taken branches, not five: 256 bytes went
 * from 5.0 ns to 4.1 (glibc 4.1), 48 from 3.7 to 3.1 (glibc 2.8).
 *
 * Rejected: AVX-512: few CPUs gain at these sizes, and its clock cost;
 * 32-byte rounds at 4 KiB and more: rep movsb is as fast; aligning dst
 * before the loop: measured no faster on unaligned-tolerant cores, and
 * more code; rep movsb for every size: it starts slowly (some 30 cycles).
 */
#include "internal/asm.h"

	.text
	ISO_ENTRY(memcpy)
	mov    %rdi, %rax            /* the result is dst */
	cmp    $32, %rdx
	ja     .Lover32              /* n > 32: first, as it costs most */
	cmp    $16, %rdx
	ja     .Lover16              /* 17..32 */
	cmp    $8, %rdx
	jb     .Lunder8              /* n < 8 */
	mov    (%rsi), %rcx          /* 8..16: the first 8 bytes */
	mov    -8(%rsi,%rdx), %r8    /* and the last 8 (they may overlap) */
	mov    %rcx, (%rdi)
	mov    %r8, -8(%rdi,%rdx)
	ret
.Lunder8:
	cmp    $4, %rdx
	jb     .Lunder4              /* n < 4 */
	mov    (%rsi), %ecx          /* 4..7: first 4 and last 4 */
	mov    -4(%rsi,%rdx), %r8d
	mov    %ecx, (%rdi)
	mov    %r8d, -4(%rdi,%rdx)
	ret
.Lunder4:
	test   %rdx, %rdx
	jz     .Lret                 /* n == 0: nothing */
	movzbl (%rsi), %ecx          /* 1..3: the first byte, */
	movzbl -1(%rsi,%rdx), %r8d   /* the last byte, */
	cmp    $2, %rdx
	jb     1f                    /* (n == 1: first == last) */
	movzwl (%rsi), %ecx          /* or, for 2..3, the first two */
1:	mov    %cl, (%rdi)           /* low byte first (rewritten by the */
	cmp    $2, %rdx              /* 16-bit store when n >= 2) */
	jb     2f
	mov    %cx, (%rdi)
2:	mov    %r8b, -1(%rdi,%rdx)   /* the last byte last */
.Lret:
	ret
.Lover16:
	movdqu (%rsi), %xmm0         /* 17..32: first 16, last 16, */
	movdqu -16(%rsi,%rdx), %xmm1
	movdqu %xmm0, (%rdi)         /* two overlapping stores */
	movdqu %xmm1, -16(%rdi,%rdx)
	ret
.Lover32:
	cmpb   $1, __x86_avx2(%rip)
	jbe    .Lnot_avx2            /* 0 or 1; 2: AVX2, straight on */
.Lavx2:                              /* n > 32 */
	vmovdqu (%rsi), %ymm0        /* the first 32 and the last 32 */
	vmovdqu -32(%rsi,%rdx), %ymm3
	cmp    $64, %rdx
	ja     .Lv_over64
	vmovdqu %ymm0, (%rdi)        /* 33..64: two overlapping stores */
	vmovdqu %ymm3, -32(%rdi,%rdx)
	vzeroupper
	ret
.Lv_over64:
	vmovdqu 32(%rsi), %ymm1      /* the first 64 and the last 64 */
	vmovdqu -64(%rsi,%rdx), %ymm2
	cmp    $128, %rdx
	ja     .Lv_over128
	vmovdqu %ymm0, (%rdi)        /* 65..128: four overlapping stores */
	vmovdqu %ymm1, 32(%rdi)
	vmovdqu %ymm2, -64(%rdi,%rdx)
	vmovdqu %ymm3, -32(%rdi,%rdx)
	vzeroupper
	ret
.Lv_over128:
	cmp    $256, %rdx
	ja     .Lv_over256
	vmovdqu 64(%rsi), %ymm4      /* 129..256: the first 128 and the last */
	vmovdqu 96(%rsi), %ymm5      /* 128, all loaded before any store */
	vmovdqu -128(%rsi,%rdx), %ymm6
	vmovdqu -96(%rsi,%rdx), %ymm7
	vmovdqu %ymm0, (%rdi)
	vmovdqu %ymm1, 32(%rdi)
	vmovdqu %ymm4, 64(%rdi)
	vmovdqu %ymm5, 96(%rdi)
	vmovdqu %ymm6, -128(%rdi,%rdx)
	vmovdqu %ymm7, -96(%rdi,%rdx)
	vmovdqu %ymm2, -64(%rdi,%rdx)
	vmovdqu %ymm3, -32(%rdi,%rdx)
	vzeroupper
	ret
.Lv_over256:
	cmp    $2048, %rdx
	jae    .Lv_rep               /* large: the string instruction */
.Lv_rounds:                          /* n > 256 (or aliasing, n >= 2048) */
	vmovdqu -128(%rsi,%rdx), %ymm4 /* the last 128 bytes, stored last */
	vmovdqu -96(%rsi,%rdx), %ymm5
	vmovdqu -64(%rsi,%rdx), %ymm6
	vmovdqu -32(%rsi,%rdx), %ymm7
	lea    -128(%rdi,%rdx), %r8  /* where they go */
	lea    -128(%rdx), %rcx      /* bytes before them (> 0) */
.Lv_loop:
	vmovdqu (%rsi), %ymm0        /* 128 bytes a round: load, then store */
	vmovdqu 32(%rsi), %ymm1
	vmovdqu 64(%rsi), %ymm2
	vmovdqu 96(%rsi), %ymm3
	vmovdqu %ymm0, (%rdi)
	vmovdqu %ymm1, 32(%rdi)
	vmovdqu %ymm2, 64(%rdi)
	vmovdqu %ymm3, 96(%rdi)
	sub    $-128, %rsi           /* (imm8: -128 fits, 128 does not) */
	sub    $-128, %rdi
	sub    $128, %rcx            /* (flags as for the count: sub) */
	ja     .Lv_loop              /* more than 0 left before the tail */
	vmovdqu %ymm4, (%r8)         /* the tail, over the last round */
	vmovdqu %ymm5, 32(%r8)
	vmovdqu %ymm6, 64(%r8)
	vmovdqu %ymm7, 96(%r8)
	vzeroupper
	ret
.Lnot_avx2:
	jb     .Lprobe               /* 0: not known yet (the cmpb's flags) */
	movdqu (%rsi), %xmm0         /* first 16 */
	movdqu -16(%rsi,%rdx), %xmm1 /* last 16 */
	movdqu 16(%rsi), %xmm2       /* the second 16 */
	movdqu -32(%rsi,%rdx), %xmm3 /* and the 16 before the last */
	cmp    $64, %rdx
	ja     .Lover64              /* n > 64 */
	movdqu %xmm0, (%rdi)         /* 33..64: four overlapping stores */
	movdqu %xmm2, 16(%rdi)
	movdqu %xmm3, -32(%rdi,%rdx)
	movdqu %xmm1, -16(%rdi,%rdx)
	ret
.Lover64:
	cmp    $2048, %rdx
	jae    .Lrep                 /* large: the string instruction */
.Lrounds:
	movdqu -64(%rsi,%rdx), %xmm4 /* the last 64 bytes: xmm4, xmm5, */
	movdqu -48(%rsi,%rdx), %xmm5 /* xmm3, xmm1 */
	lea    -64(%rdi,%rdx), %r8   /* where they go */
	lea    -64(%rdx), %rcx       /* bytes before them (> 0) */
.Lloop:
	movdqu (%rsi), %xmm0         /* 64 bytes a round */
	movdqu 16(%rsi), %xmm2
	movdqu 32(%rsi), %xmm6
	movdqu 48(%rsi), %xmm7
	movdqu %xmm0, (%rdi)
	movdqu %xmm2, 16(%rdi)
	movdqu %xmm6, 32(%rdi)
	movdqu %xmm7, 48(%rdi)
	add    $64, %rsi
	add    $64, %rdi
	sub    $64, %rcx
	ja     .Lloop                /* more than 0 left before the tail */
	movdqu %xmm4, (%r8)          /* the tail, overlapping the last round */
	movdqu %xmm5, 16(%r8)
	movdqu %xmm3, 32(%r8)
	movdqu %xmm1, 48(%r8)
	ret
.Lrep:
	mov    %edi, %ecx
	sub    %esi, %ecx
	and    $4095, %ecx           /* (dst - src) mod 4 KiB */
	dec    %ecx                  /* 0 wraps to the top */
	cmp    $63, %ecx
	jb     .Lalias               /* 1..63: dst just above src in its page */
	mov    %rdx, %rcx            /* rep movsb: rcx bytes from rsi to rdi */
	rep movsb                    /* (the direction flag is clear: ABI) */
	ret
.Lv_rep:
	vzeroupper                   /* (ymm0, ymm3 written) */
	jmp    .Lrep
.Lalias:
	cmpb   $2, __x86_avx2(%rip)
	jne    .Lrounds              /* the SSE2 rounds, */
	jmp    .Lv_rounds            /* or with AVX2 the 128-byte ones */
.Lprobe:
	call   __x86_avx2_probe      /* sets __x86_avx2; keeps rdi, rsi, rdx, */
	jmp    .Lover32              /* rax */
	END(memcpy)
	NO_EXEC_STACK
