/* mips64el facts for the C layers. */

/* The vDSO's clock_gettime ("LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime"

/* No restorer: MIPS has no SA_RESTORER; the kernel returns from handlers
 * through its own sigreturn trampoline (the vDSO's, or the signal
 * frame's), qemu-mips64el through the trampoline it writes into the
 * frame. */

/* shmctl, semctl and msgctl are the kernel's "old" entry points on MIPS
 * (ARCH_WANT_IPC_PARSE_VERSION): IPC_64 asks for the 64-bit structs. */
#define IPC_CMD_64 0x100
