#include "internal/stdio.h"

/* The _unlocked variants: the same operations, for a program that holds
 * the lock itself (flockfile) or has one thread. */
weak int getc_unlocked(FILE *f) { return __getc_unlocked(f); }
weak int fgetc_unlocked(FILE *f) { return __getc_unlocked(f); }
weak int getchar_unlocked(void) { return __getc_unlocked(stdin); }
weak int putc_unlocked(int c, FILE *f) { return __putc_unlocked(c, f); }
weak int fputc_unlocked(int c, FILE *f) { return __putc_unlocked(c, f); }
weak int putchar_unlocked(int c) { return __putc_unlocked(c, stdout); }
