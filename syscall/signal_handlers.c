/* Whether the program has ever installed a signal handler.  Until it has,
 * no handler can run anywhere, and pthread_create need not block signals
 * around its clone (three system calls saved per thread). */
#include <signal.h>

volatile int __signal_handlers_installed;
