#include "internal/lock.h"
#include "internal/stdio.h"

/* Streams go on the list when opened and off it when closed, so that
 * fflush(NULL), exit() and fork find them all. */
void __stdio_link(FILE *f)
{
	__lock(&__stdio_list_lock);
	f->prev = 0;
	f->next = __stdio_head;
	if (f->next)
		f->next->prev = f;
	__stdio_head = f;
	f->flags |= F_LIST;
	__unlock(&__stdio_list_lock);
}

void __stdio_unlink(FILE *f)
{
	if (!(f->flags & F_LIST))
		return;
	__lock(&__stdio_list_lock);
	if (f->prev)
		f->prev->next = f->next;
	else
		__stdio_head = f->next;
	if (f->next)
		f->next->prev = f->prev;
	f->flags &= ~F_LIST;
	__unlock(&__stdio_list_lock);
}

/* fn on every stream of the list, under its lock; the OR of the results
 * (fflush.c's weak no-op stands in where this object is not linked). */
int __stdio_list_each(int (*fn)(FILE *f))
{
	int r = 0;

	__lock(&__stdio_list_lock);
	for (FILE *f = __stdio_head; f; f = f->next)
		r |= fn(f);
	__unlock(&__stdio_list_lock);
	return r;
}
