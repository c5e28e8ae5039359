/*
 * alloc.h - allocation that cannot fail.
 *
 * Running out of memory is the one failure plan does not report: these
 * wrappers abort the process instead of returning NULL, so callers never
 * test their results.  Everything they return is freed with free().
 */
#ifndef PLAN_ALLOC_H
#define PLAN_ALLOC_H

#include <stddef.h>

/* Says plan is out of memory allocating size bytes, and aborts. */
_Noreturn void plan_out_of_memory(size_t size);

void *plan_xmalloc(size_t size);
void *plan_xcalloc(size_t n, size_t size);
void *plan_xrealloc(void *p, size_t size);
/* Reallocates p to hold n elements of size bytes; aborts on overflow. */
void *plan_xreallocarray(void *p, size_t n, size_t size);
char *plan_xstrdup(const char *s);
/* Copies len bytes of s and a terminating NUL. */
char *plan_xmemdup(const char *s, size_t len);

/*
 * Grows the array *v (of *cap elements of size bytes) so that it holds at
 * least need elements.  Capacity grows geometrically.
 */
void plan_grow(void *v, size_t *cap, size_t need, size_t size);

#define PLAN_GROW(v, cap, need) plan_grow(&(v), &(cap), (need), sizeof(*(v)))

#endif
