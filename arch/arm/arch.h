/* arm facts for the C layers. */

/* The vDSO's 64-bit-time clock_gettime ("LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime64"

/* No restorer: without SA_RESTORER the kernel returns from handlers through
 * its sigreturn page, qemu-arm through its own trampoline. */

/* arm's shmctl, semctl and msgctl are the kernel's "old" entry points,
 * which give the 64-bit structs only to a command with IPC_64 in it. */
#define IPC_CMD_64 0x100
