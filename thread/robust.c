/* The kernel's robust list: how a robust mutex learns that its owner died.
 *
 * Each thread hands the kernel (set_robust_list, once per thread, at its
 * first robust lock) the address of a robust_list_head in its TCB.  The
 * head starts a singly linked list through the robust mutexes the thread
 * holds, and says where, from each node, the lock word is.  When the
 * thread dies -- pthread_exit, a crash, the whole process killed -- the
 * kernel walks that list and, for every word that still holds the dead
 * thread's tid, sets FUTEX_OWNER_DIED (keeping FUTEX_WAITERS), clears the
 * tid and wakes one sleeper.  The next locker finds the bit: EOWNERDEAD.
 *
 * The kernel cannot tell a half-done list operation from a finished one,
 * so list_op_pending names the node being locked or unlocked: a thread
 * that dies between taking the word and linking the node (or between
 * unlinking it and releasing the word) still gets its word marked.
 *
 * The list is ours to keep: only the owning thread touches it, so it
 * needs no lock.  We link it both ways (next for the kernel, prev for an
 * unlock in any order in O(1)); the head's first word is `next` too, so
 * it serves as the node before the first.  The list ends back at the head.
 *
 * A detached thread unmaps its own stack, TCB and list head included,
 * before it exits, so the kernel would find nothing (or, once the pages
 * are mapped again, someone else's memory): __robust_exit does the
 * kernel's work first and unregisters the list.
 *
 * fork: the kernel gives the child no robust list.  robust_tid remembers
 * the tid the list was registered for; the child has a new tid, so its
 * first robust lock registers again, with an empty list. */
#include <errno.h>
#include <stddef.h>
#include <limits.h>
#include "internal/futex.h"
#include "internal/mutex.h"
#include "internal/pthread.h"

#define NODE(m) ((struct robust_node *)&(m)->__robust_next)

int __robust_register(void)
{
	struct pthread *self = __self();
	struct robust_node *head = (struct robust_node *)&self->robust_head;
	int tid = __thread_tid(self), r;

	if (self->robust_tid == tid)
		return 0;
	/* Empty.  A forked child's head still lists what its parent's thread
	 * held; those mutexes are not the child's (their words hold the
	 * parent's tid), and their links are rewritten by the parent when
	 * they live in shared memory: start afresh, as glibc's fork does. */
	head->next = head;
	self->robust_head.futex_offset =
		(long)offsetof(pthread_mutex_t, __lock) - (long)offsetof(pthread_mutex_t, __robust_next);
	r = __syscall(SYS_set_robust_list, &self->robust_head, sizeof self->robust_head);
	if (r == 0)
		self->robust_tid = tid;
	return r;
}

static void mark_dead(pthread_mutex_t *m, int tid)
{
	int v = __atomic_load_n(&m->__lock, __ATOMIC_RELAXED);

	while ((v & FUTEX_TID_MASK) == tid)
		if (__atomic_compare_exchange_n(&m->__lock, &v, (v & FUTEX_WAITERS) | FUTEX_OWNER_DIED,
		                                0, __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
			if ((v & FUTEX_WAITERS) && !(m->__type & MUTEX_PI))
				__futex_wake(&m->__lock, 1, 0);
			break;
		}
}

/* The compiler must not move the list stores across the lock word's
 * atomics: the kernel reads them when the thread dies, at any instruction. */
#define BARRIER() __atomic_signal_fence(__ATOMIC_SEQ_CST)

void __robust_pending(pthread_mutex_t *m)
{
	__self()->robust_head.list_op_pending = NODE(m);
	BARRIER();
}

void __robust_done(void)
{
	BARRIER();
	__self()->robust_head.list_op_pending = 0;
}

void __robust_add(pthread_mutex_t *m)
{
	struct pthread *self = __self();
	struct robust_node *head = (struct robust_node *)&self->robust_head, *n = NODE(m);

	n->next = head->next;
	n->prev = head;
	if (n->next != head)
		n->next->prev = n;
	BARRIER();
	head->next = n;                      /* the kernel sees it from here on */
}

void __robust_remove(pthread_mutex_t *m)
{
	struct pthread *self = __self();
	struct robust_node *head = (struct robust_node *)&self->robust_head, *n = NODE(m);

	n->prev->next = n->next;             /* the kernel no longer sees it */
	if (n->next != head)
		n->next->prev = n->prev;
}

/* What the kernel's exit_robust_list does: every word (and the pending
 * one) still holding our tid gets FUTEX_OWNER_DIED, keeps FUTEX_WAITERS,
 * and one sleeper is woken (shared: robust mutexes sleep shared).  A PI
 * word is only marked: its sleepers are the kernel's, which hands the
 * word over itself when the owner's PI state dies with it. */
void __robust_exit(struct pthread *self)
{
	struct robust_node *head = (struct robust_node *)&self->robust_head, *n, *next;
	struct robust_node *pending = self->robust_head.list_op_pending;
	int tid = self->tid;

	if (self->robust_tid != tid)
		return;                      /* never registered */
	for (n = head->next; n && n != head; n = next) {
		next = n->next;
		if (n == pending)
			pending = 0;
		mark_dead((pthread_mutex_t *)((char *)n - offsetof(pthread_mutex_t, __robust_next)), tid);
	}
	if (pending)
		mark_dead((pthread_mutex_t *)((char *)pending - offsetof(pthread_mutex_t, __robust_next)), tid);
	__syscall(SYS_set_robust_list, 0, sizeof self->robust_head);
}
