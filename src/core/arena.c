/* arena.c - bump allocation in chunks. */
#include "arena.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#include "bigmem.h"

/*
 * Chunks start at CHUNK_SIZE and double, up to MAX_CHUNK: an arena for a
 * table stays small, one for a plan of 100,000 tasks takes its memory in
 * blocks of huge pages (bigmem.h) instead of thousands of fresh pages.
 */
enum { CHUNK_SIZE = 64 * 1024, MAX_CHUNK = 2 * BIGMEM_HUGE };

struct chunk {
	struct chunk *next;
	size_t size; /* of data */
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

struct arena {
	struct chunk *head;
	size_t next_size; /* of the next chunk of the usual kind */
	size_t expected;  /* bytes the caller expects to come (arena_expect()) */
	void **adopted;   /* blocks from malloc() that the arena frees */
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
		bigmem_free(c, offsetof(struct chunk, data) + c->size);
	}
	for (size_t i = 0; i < a->n_adopted; i++)
		free(a->adopted[i]);
	free(a->adopted);
	free(a);
}

static struct chunk *new_chunk(size_t size)
{
	struct chunk *c;

	if (size > SIZE_MAX - offsetof(struct chunk, data))
		plan_out_of_memory(size);
	c = bigmem_alloc(offsetof(struct chunk, data) + size);
	c->size = size;
	c->used = 0;
	c->next = NULL;
	return c;
}

static void *alloc_aligned(struct arena *a, size_t size, size_t align)
{
	struct chunk *c = a->head;
	size_t start;

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
	if (!a->next_size)
		a->next_size = CHUNK_SIZE;
	if (a->expected > a->next_size) {
		/*
		 * One chunk for what is expected, not a dozen that double: in
		 * huge pages when it is that large, else in whole small pages
		 * (a huge page would make a small file's model 2 MiB).
		 */
		const size_t unit = a->expected >= BIGMEM_HUGE ? BIGMEM_HUGE : 4096;
		const size_t whole = (a->expected + unit - 1) / unit * unit;

		a->expected = 0;
		c = new_chunk(whole - offsetof(struct chunk, data));
		c->next = a->head;
		a->head = c;
		c->used = size;
		return c->data;
	}
	a->expected = 0;
	c = new_chunk(a->next_size - offsetof(struct chunk, data)); /* whole pages */
	if (a->next_size < MAX_CHUNK)
		a->next_size *= 2;
	c->next = a->head;
	a->head = c;
	c->used = size;
	return c->data;
}

void arena_expect(struct arena *a, size_t bytes)
{
	a->expected = bytes;
}

void *arena_alloc(struct arena *a, size_t size)
{
	return alloc_aligned(a, size ? size : 1, alignof(max_align_t));
}

void arena_absorb(struct arena *a, struct arena *other)
{
	struct chunk *last;

	if (!other)
		return;
	if (other->head) {
		/* behind a's current chunk, which goes on handing out what it has left */
		for (last = other->head; last->next; last = last->next)
			;
		if (a->head) {
			last->next = a->head->next;
			a->head->next = other->head;
		} else {
			a->head = other->head;
		}
	}
	for (size_t i = 0; i < other->n_adopted; i++)
		arena_adopt(a, other->adopted[i]);
	free(other->adopted);
	free(other);
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
