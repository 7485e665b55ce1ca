/* Holding a thread's tid while a call uses it.
 *
 * pthread_kill reads the target's tid and then calls tgkill.  If the
 * target exits in between, the kernel may hand the same tid to a new
 * thread, which then gets the signal; the same goes for sched_setscheduler
 * and the /proc/self/task/<tid>/comm file of pthread_setname_np.  So the
 * target must not be able to finish exiting while such a call is under
 * way, and once it has begun to exit no new call may start.
 *
 * One word per thread, tid_users, does both: the number of calls holding
 * the tid, plus TID_RETIRED once the thread is exiting.
 *
 *   hold:    add 1; answer 0 (ESRCH) if TID_RETIRED was set.  The
 *            caller drops in both cases, which takes the 1 back.
 *   drop:    subtract 1; if that leaves exactly TID_RETIRED, the exiting
 *            thread may be asleep waiting for this moment: wake it.
 *   retire:  set TID_RETIRED, then sleep until the word is TID_RETIRED
 *            alone (every hold taken before it has been dropped).
 *            (pthread_exit calls a no-op where this object is not
 *            linked: there nobody holds a tid.)
 *
 * Each step is one atomic read-modify-write of the same word, so either a
 * hold's add comes first, and retire sees the count and waits for it, or
 * retire's flag comes first, and the hold sees it.  Nothing here blocks a
 * caller, so no signal needs to be masked: a handler that interrupts a
 * holder and calls pthread_kill itself just holds the tid twice.
 *
 * The last drop's wake may reach the word after the exiting thread has
 * seen it drop (it re-reads the word before sleeping) and gone: a wake of
 * memory that no longer holds this word is at worst a spurious wake-up,
 * which every futex sleeper in taskrt re-checks; a joinable thread's word
 * lives until pthread_join, and after a detached thread's exit its
 * pthread_t may not be used at all.
 */
#include "internal/futex.h"
#include "internal/pthread.h"

int __thread_tid_hold(struct pthread *t)
{
	if (__atomic_fetch_add(&t->tid_users, 1, __ATOMIC_SEQ_CST) & TID_RETIRED)
		return 0;
	return __thread_tid(t);
}

void __thread_tid_drop(struct pthread *t)
{
	if (__atomic_sub_fetch(&t->tid_users, 1, __ATOMIC_SEQ_CST) == TID_RETIRED)
		__futex_wake(&t->tid_users, 1, 1);
}

void __thread_tid_retire(struct pthread *self)
{
	int users = __atomic_or_fetch(&self->tid_users, TID_RETIRED, __ATOMIC_SEQ_CST);

	while (users != TID_RETIRED) {
		__futex_wait(&self->tid_users, users, 0, 1);
		users = __atomic_load_n(&self->tid_users, __ATOMIC_SEQ_CST);
	}
}
