/* i386 signal return trampolines.
 *
 * A handler returns (ret) into the address the kernel took from
 * sa_restorer; these ask the kernel to restore the interrupted context from
 * the frame it pushed.  i386 has two frame formats:
 *
 *   __restore_rt  after an SA_SIGINFO handler: esp points at the rt frame
 *                 (struct rt_sigframe, minus its return address)
 *   __restore     after a plain handler: esp points at the signal number
 *                 of the old struct sigframe, which sigreturn finds at
 *                 esp - 8 once that word is popped
 *
 * The kernel would fall back on its vDSO without SA_RESTORER, but qemu-i386
 * 7.2 returns from an rt frame into nowhere; naming our own works on both.
 *
 * The CFI says where the interrupted code's registers are, so that a
 * debugger unwinds from a handler through here into that code.  Both
 * frames hold a struct sigcontext (<asm/sigcontext.h>, the 32-bit one),
 * and its address is the CFA; the offsets from esp at entry (the
 * handler's ret has popped pretcode), from arch/x86/include/asm/sigframe.h:
 *
 *   struct sigframe {                struct rt_sigframe {
 *       char *pretcode;  (popped)        char *pretcode;       (popped)
 *       int sig;         esp + 0         int sig;              esp + 0
 *       struct sigcontext sc;  + 4       struct siginfo *pinfo;    + 4
 *       ...                              void *puc;                + 8
 *   };                                   struct siginfo info;      + 12
 *                                        struct ucontext uc;       + 140
 *                                        ...                (siginfo: 128)
 *                                    };
 *
 * and uc.uc_mcontext, the sigcontext, is 20 bytes into struct ucontext
 * (<asm-generic/ucontext.h>: uc_flags 4, uc_link 4, uc_stack 12), at
 * esp + 160.  In struct sigcontext (gs, fs, es, ds as 4-byte words, then
 * 4 bytes each): edi 16, esi 20, ebp 24, esp 28, ebx 32, edx 36, ecx 40,
 * eax 44, trapno 48, err 52, eip 56; offsetof() over those headers gives
 * the same numbers.  qemu-i386 builds the same frames.
 *
 * The tables are written out by hand, as on x86_64 (see its sigreturn.S
 * for why): one CIE with augmentation "S", a signal frame, and one FDE
 * per trampoline, each opening one byte early on a nop (one byte of code
 * each, in a program that handles signals).
 */
#include <bits/syscall.h>
#include "internal/asm.h"

/* The DWARF call-frame numbers used below (DWARF 4, section 7.23). */
#define DW_CFA_advance_loc1 0x02 /* the rules below hold from a byte further */
#define DW_CFA_def_cfa  0x0c     /* CFA = register + offset (two ulebs) */
#define DW_CFA_def_cfa_offset 0x0e  /* CFA = the same register + offset */
#define DW_CFA_offset   0x80     /* + register: saved at CFA + a uleb
                                    times the data alignment factor */
/* i386's DWARF register numbers (the i386 psABI's table 2.14). */
#define EAX 0
#define ECX 1
#define EDX 2
#define EBX 3
#define ESP 4
#define EBP 5
#define ESI 6
#define EDI 7
#define EIP 8

/* The interrupted registers, at their struct sigcontext offsets from the
 * CFA: the same rules for both frames. */
#define SIGCONTEXT_RULES \
	.byte DW_CFA_offset + EDI; .uleb128 16; \
	.byte DW_CFA_offset + ESI; .uleb128 20; \
	.byte DW_CFA_offset + EBP; .uleb128 24; \
	.byte DW_CFA_offset + ESP; .uleb128 28; \
	.byte DW_CFA_offset + EBX; .uleb128 32; \
	.byte DW_CFA_offset + EDX; .uleb128 36; \
	.byte DW_CFA_offset + ECX; .uleb128 40; \
	.byte DW_CFA_offset + EAX; .uleb128 44; \
	.byte DW_CFA_offset + EIP; .uleb128 56

	.text
.Lrestore:
	nop                          /* the byte before __restore (see above) */
	ENTRY_NOCFI(__restore)
	pop  %eax                    /* drop the signal number */
.Lrestore_popped:
	mov  $__NR_sigreturn, %eax   /* eax: the system call number */
	int  $0x80                   /* never returns */
	END_NOCFI(__restore)
.Lrestore_rt:
	nop                          /* the byte before __restore_rt */
	ENTRY_NOCFI(__restore_rt)
	mov  $__NR_rt_sigreturn, %eax
	int  $0x80                   /* never returns */
	END_NOCFI(__restore_rt)
.Lend:

	.section .debug_frame, "", %progbits
.Lcie:
	.long .Lcie_end - .Lcie_id   /* CIE: its length */
.Lcie_id:
	.long 0xffffffff         /* a CIE, not an FDE (.debug_frame's id) */
	.byte 1                  /* version 1 */
	.asciz "S"               /* augmentation: a signal frame */
	.uleb128 1               /* code alignment factor: 1 byte */
	.sleb128 1               /* data alignment factor: offsets in bytes */
	.byte EIP                /* the return-address column */
	.balign 4, 0             /* (no initial rules; DW_CFA_nop padding) */
.Lcie_end:

	.long .Lfde1_end - .Lfde1_cie  /* FDE of __restore: its length */
.Lfde1_cie:
	.long .Lcie              /* its CIE, as an offset in .debug_frame */
	.long .Lrestore          /* from its nop */
	.long .Lrestore_rt - .Lrestore  /* to its end */
	.byte DW_CFA_def_cfa, ESP, 4  /* CFA = esp + 4 = &sc, past sig */
	SIGCONTEXT_RULES         /* edi ... eip, from sc */
	.byte DW_CFA_advance_loc1, .Lrestore_popped - .Lrestore  /* after the
	                            pop (nop and pop: 2 bytes), */
	.byte DW_CFA_def_cfa_offset, 0  /* &sc is esp itself */
	.balign 4, 0             /* DW_CFA_nop padding */
.Lfde1_end:

	.long .Lfde2_end - .Lfde2_cie  /* FDE of __restore_rt: its length */
.Lfde2_cie:
	.long .Lcie              /* the same CIE */
	.long .Lrestore_rt       /* from its nop */
	.long .Lend - .Lrestore_rt  /* to its end */
	.byte DW_CFA_def_cfa, ESP; .uleb128 160  /* CFA = esp + 160 (140 + 20)
	                            = &uc.uc_mcontext */
	SIGCONTEXT_RULES         /* edi ... eip, from uc.uc_mcontext */
	.balign 4, 0             /* DW_CFA_nop padding */
.Lfde2_end:

	NO_EXEC_STACK
