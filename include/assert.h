/* No include guard: each inclusion re-reads NDEBUG, as C requires. */
#undef assert
#ifdef NDEBUG
#define assert(x) ((void)0)
#else
_Noreturn void __assert_fail(const char *expr, const char *file, int line, const char *func);
#define assert(x) ((void)((x) || (__assert_fail(#x, __FILE__, __LINE__, __func__), 0)))
#endif
#ifndef __cplusplus
#undef static_assert
#define static_assert _Static_assert
#endif
