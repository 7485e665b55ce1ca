/* arm facts for the C layers. */

/* The vDSO's 64-bit-time clock_gettime ("LINUX_2.6"). */
#define VDSO_CLOCK_GETTIME "__vdso_clock_gettime64"

/* No restorer: without SA_RESTORER the kernel returns from handlers through
 * its sigreturn page, qemu-arm through its own trampoline. */
