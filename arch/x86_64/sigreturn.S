/* x86_64 signal return trampoline.
 *
 * The kernel pushes this address as the handler's return address (from
 * sa_restorer, which x86_64 requires).  When the handler returns here, rsp
 * points at the signal frame (struct rt_sigframe) the kernel built, and
 * rt_sigreturn restores every register from it.  No stack frame of our own:
 * the kernel finds the frame by rsp alone.
 *
 * The CFI says where the interrupted code's registers are, so that a
 * debugger unwinds from a handler through here into that code.  The
 * frame, with the offsets from rsp here (the handler's ret has popped
 * pretcode):
 *
 *   struct rt_sigframe {            arch/x86/include/asm/sigframe.h
 *       char *pretcode;             (popped)
 *       struct ucontext uc;         rsp + 0
 *       struct siginfo info;
 *   };
 *   struct ucontext {               <asm-generic/ucontext.h>
 *       unsigned long uc_flags;     rsp + 0
 *       struct ucontext *uc_link;   rsp + 8
 *       stack_t uc_stack;           rsp + 16 (ss_sp, ss_flags + 4 padding,
 *                                   ss_size: 24 bytes, <asm/signal.h>)
 *       struct sigcontext uc_mcontext;  rsp + 40: the CFA
 *       ...
 *   };
 *
 * Each register is at its struct sigcontext field's offset from the CFA
 * (<asm/sigcontext.h>, 64-bit: r8 ... r15, rdi, rsi, rbp, rbx, rdx, rax,
 * rcx, rsp, rip, one 8-byte word each); offsetof() over those headers
 * gives the same numbers.  qemu-x86_64 builds the same frame.
 *
 * The tables are written out by hand, not with .cfi_* directives: a
 * debugger must know this is a signal frame (augmentation "S" in the CIE),
 * and clang's assembler drops .cfi_signal_frame from .debug_frame.
 * And a debugger looks up a caller's CFI at its return address - 1 (in
 * the call instruction); gdb does so for a signal frame too, before it
 * tries the address itself, and the handler's return address is
 * __restore_rt.  So the FDE opens one byte early, on a nop: the byte
 * before the trampoline must be ours, not the end of whatever function
 * the linker put there.  (One byte of code in a program that handles
 * signals; a program that does not never links this file.)
 */
#include <bits/syscall.h>
#include "internal/asm.h"

/* The DWARF call-frame numbers used below (DWARF 4, section 7.23). */
#define DW_CFA_def_cfa  0x0c     /* CFA = register + offset (two ulebs) */
#define DW_CFA_offset   0x80     /* + register: saved at CFA + a uleb
                                    times the data alignment factor */
/* x86_64's DWARF register numbers (the psABI's table 3.36). */
#define RAX 0
#define RDX 1
#define RCX 2
#define RBX 3
#define RSI 4
#define RDI 5
#define RBP 6
#define RSP 7
#define RIP 16

	.text
.Lcode:
	nop                      /* the byte before __restore_rt (see above) */
	ENTRY_NOCFI(__restore_rt)
	mov  $__NR_rt_sigreturn, %eax   /* rax: the system call number */
	syscall                          /* never returns */
	END_NOCFI(__restore_rt)
.Lcode_end:

	.section .debug_frame, "", %progbits
.Lcie:
	.long .Lcie_end - .Lcie_id   /* CIE: its length */
.Lcie_id:
	.long 0xffffffff         /* a CIE, not an FDE (.debug_frame's id) */
	.byte 1                  /* version 1 */
	.asciz "S"               /* augmentation: a signal frame */
	.uleb128 1               /* code alignment factor: 1 byte */
	.sleb128 1               /* data alignment factor: offsets in bytes */
	.byte RIP                /* the return-address column */
	.balign 8, 0             /* (no initial rules; DW_CFA_nop padding) */
.Lcie_end:
	.long .Lfde_end - .Lfde_cie  /* FDE: its length */
.Lfde_cie:
	.long .Lcie              /* its CIE, as an offset in .debug_frame */
	.quad .Lcode             /* from the nop */
	.quad .Lcode_end - .Lcode  /* to the end of __restore_rt */
	.byte DW_CFA_def_cfa, RSP, 40  /* CFA = rsp + 40 = &uc.uc_mcontext */
	.byte DW_CFA_offset + 8; .uleb128 0     /* r8 at CFA + 0: uc_mcontext.r8 */
	.byte DW_CFA_offset + 9; .uleb128 8     /* r9 */
	.byte DW_CFA_offset + 10; .uleb128 16   /* r10 */
	.byte DW_CFA_offset + 11; .uleb128 24   /* r11 */
	.byte DW_CFA_offset + 12; .uleb128 32   /* r12 */
	.byte DW_CFA_offset + 13; .uleb128 40   /* r13 */
	.byte DW_CFA_offset + 14; .uleb128 48   /* r14 */
	.byte DW_CFA_offset + 15; .uleb128 56   /* r15 */
	.byte DW_CFA_offset + RDI; .uleb128 64  /* rdi */
	.byte DW_CFA_offset + RSI; .uleb128 72  /* rsi */
	.byte DW_CFA_offset + RBP; .uleb128 80  /* rbp */
	.byte DW_CFA_offset + RBX; .uleb128 88  /* rbx */
	.byte DW_CFA_offset + RDX; .uleb128 96  /* rdx */
	.byte DW_CFA_offset + RAX; .uleb128 104 /* rax */
	.byte DW_CFA_offset + RCX; .uleb128 112 /* rcx */
	.byte DW_CFA_offset + RSP; .uleb128 120 /* rsp: the interrupted stack */
	.byte DW_CFA_offset + RIP; .uleb128 128 /* rip: the interrupted pc */
	.balign 8, 0             /* DW_CFA_nop padding */
.Lfde_end:

	NO_EXEC_STACK
