/* arena.c - bump allocation in chunks. */
#include "arena.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan/alloc.h"

enum { CHUNK_SIZE = 64 * 1024 };

struct chunk {
	struct chunk *next;
	size_t size;
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

struct arena {
	struct chunk *head;
	void **adopted; /* blocks from malloc() that the arena frees */
	size_t n_adopted, cap_adopted;
};

struct arena *arena_new(void)
{
	return plan_xcalloc(1, sizeof(struct arena));
}

void arena_free(struct arena *a)
{
	struct chunk *c, *next;

	if (!a)
		return;
	for (c = a->head; c; c = next) {
		next = c->next;
		free(c);
	}
	for (size_t i = 0; i < a->n_adopted; i++)
		free(a->adopted[i]);
	free(a->adopted);
	free(a);
}

static struct chunk *new_chunk(size_t size)
{
	struct chunk *c = plan_xmalloc(offsetof(struct chunk, data) + size);

	c->size = size;
	c->used = 0;
	c->next = NULL;
	return c;
}

static void *alloc_aligned(struct arena *a, size_t size, size_t align)
{
	struct chunk *c = a->head;
	size_t start;

	if (size > SIZE_MAX - CHUNK_SIZE)
		size = SIZE_MAX - CHUNK_SIZE; /* plan_xmalloc will fail loudly */
	if (c) {
		start = (c->used + align - 1) & ~(align - 1);
		if (start <= c->size && c->size - start >= size) {
			c->used = start + size;
			return c->data + start;
		}
	}
	if (size > CHUNK_SIZE / 4) {
		/* A big block gets a chunk of its own behind the current one. */
		struct chunk *big = new_chunk(size);

		big->used = size;
		if (c) {
			big->next = c->next;
			c->next = big;
		} else {
			a->head = big;
		}
		return big->data;
	}
	c = new_chunk(CHUNK_SIZE);
	c->next = a->head;
	a->head = c;
	c->used = size;
	return c->data;
}

void *arena_alloc(struct arena *a, size_t size)
{
	return alloc_aligned(a, size ? size : 1, alignof(max_align_t));
}

void *arena_adopt(struct arena *a, void *p)
{
	if (p) {
		PLAN_GROW(a->adopted, a->cap_adopted, a->n_adopted + 1);
		a->adopted[a->n_adopted++] = p;
	}
	return p;
}

void *arena_calloc(struct arena *a, size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size)
		n = SIZE_MAX / size;
	p = arena_alloc(a, n * size);
	memset(p, 0, n * size);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *d = alloc_aligned(a, len + 1, 1);

	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

void *arena_memdup(struct arena *a, const void *p, size_t n, size_t size)
{
	void *d;

	if (!n)
		return NULL;
	d = arena_alloc(a, n * size);
	memcpy(d, p, n * size);
	return d;
}
