/* The generic arch facts for the C layers: what an arch/<arch>/arch.h
 * replaces (see docs/porting.md).
 *
 *   VDSO_CLOCK_GETTIME        the vDSO's clock_gettime symbol; left
 *                             undefined, clock_gettime is a system call
 *   ARCH_SIGNAL_RESTORER(f)   the sa_restorer trampoline for sa_flags f,
 *                             on arches whose kernel needs one (x86);
 *                             left undefined, the kernel's own return
 *                             path is used
 *   IPC_CMD_64                what shmctl/semctl/msgctl commands carry so
 *                             that the kernel uses its 64-bit structs
 *                             (IPC_64 where they are the kernel's "old"
 *                             entry points); left undefined, nothing
 *   ARCH_TININESS_AFTER_ROUNDING  defined where the FPU decides underflow
 *                             after rounding (x86, riscv); left undefined,
 *                             before rounding (arm, aarch64), which
 *                             strtod's ERANGE follows as glibc does
 *   ARCH_NAN_LEGACY           defined where a NaN is quiet with the
 *                             fraction's top bit clear (MIPS before R6,
 *                             gcc's -mnan=legacy); left undefined, IEEE
 *                             754-2008's quiet bit set
 *   ARCH_INT_ONLY_VARARGS     the attribute that builds a variadic
 *                             function without the vector registers, so
 *                             that its va_start saves none of them (the
 *                             printf family's __*_sel_int, which no
 *                             floating argument reaches); left undefined,
 *                             each twin is an alias of the full function
 */
