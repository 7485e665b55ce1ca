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

/* NaNs are MIPS' legacy ones (gcc's -mnan=legacy, the MIPS64r2 default):
 * quiet with the fraction's top bit clear, signaling with it set. */
#define ARCH_NAN_LEGACY 1

/* The FPU calls a result tiny (underflow) when it is below the smallest
 * normal after rounding, as glibc's mips tininess.h says: strtod's ERANGE
 * follows. */
#define ARCH_TININESS_AFTER_ROUNDING 1
