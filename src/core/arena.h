/*
 * arena.h - bump allocation for everything one load produces (private).
 *
 * An arena hands out memory that lives until the arena is freed; nothing
 * allocated from it is freed alone.  A loaded plan set owns one arena, so
 * every string, task and list in the model is released by one call.
 */
#ifndef PLAN_ARENA_H
#define PLAN_ARENA_H

#include <stddef.h>

struct arena;

/* Returns a new, empty arena; free it with arena_free(). */
struct arena *arena_new(void);
void arena_free(struct arena *a);

/*
 * Tells the arena about bytes more are to come (a file's model, as large
 * as the file): the next chunk it takes holds them all, in huge pages
 * when large (bigmem.h), instead of the chunks that double up to that.
 * A hint: what is not used is never touched.
 */
void arena_expect(struct arena *a, size_t bytes);
/* Returns size bytes aligned for any object; never fails. */
void *arena_alloc(struct arena *a, size_t size);
/* Returns n zeroed elements of size bytes. */
void *arena_calloc(struct arena *a, size_t n, size_t size);
/* Copies len bytes of s and a NUL into the arena. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
/*
 * Hands p, a block from malloc(), to the arena, which frees it with the
 * rest; returns p.  Lets a list grown with realloc() stay where it is
 * instead of being copied.
 */
void *arena_adopt(struct arena *a, void *p);
/*
 * Makes a own everything other holds and frees other: what other handed
 * out lives as long as a now.  other may be NULL.
 */
void arena_absorb(struct arena *a, struct arena *other);
/* Copies n elements of size bytes into the arena; NULL when n is 0. */
void *arena_memdup(struct arena *a, const void *p, size_t n, size_t size);

#endif
