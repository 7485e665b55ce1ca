/* The functions behind CPU_COUNT, CPU_ALLOC and CPU_FREE (<sched.h>),
 * under glibc's names, so that a program's object files built against
 * either header link with either library. */
#include <sched.h>
#include <stdlib.h>

/* A bit loop, not __builtin_popcountl: that is a libgcc call on the
 * arches without a population-count instruction. */
int __sched_cpucount(size_t size, const cpu_set_t *set)
{
	/* a set from CPU_ALLOC may be longer than cpu_set_t's own array:
	 * its words are read through a plain pointer */
	const unsigned long *bits = set->__bits;
	int n = 0;

	for (size_t i = 0; i < size / sizeof(unsigned long); i++)
		for (unsigned long w = bits[i]; w; w &= w - 1)
			n++;                      /* clears the lowest set bit */
	return n;
}

cpu_set_t *__sched_cpualloc(size_t count)
{
	return malloc(CPU_ALLOC_SIZE(count));
}

void __sched_cpufree(cpu_set_t *set)
{
	free(set);
}
