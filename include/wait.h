/* <wait.h>: the old name of <sys/wait.h>, as glibc keeps it. */
#include <sys/wait.h>
