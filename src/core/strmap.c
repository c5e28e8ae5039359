/* strmap.c - strings to numbers, by open addressing. */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

struct strmap_slot {
	char *key; /* NULL: empty */
	size_t len;
	size_t value;
	uint64_t hash;
};

static uint64_t hash_of(const char *s, size_t len)
{
	uint64_t h = UINT64_C(14695981039346656037); /* FNV-1a */

	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= UINT64_C(1099511628211);
	}
	return h;
}

static struct strmap_slot *find(const struct strmap *m, const char *key, size_t len, uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);

	for (;; i = (i + 1) & (m->cap - 1)) {
		struct strmap_slot *s = &m->slots[i];

		if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
			return s;
	}
}

static void grow(struct strmap *m)
{
	struct strmap old = *m;

	m->cap = old.cap ? old.cap * 2 : 64;
	m->slots = plan_xcalloc(m->cap, sizeof(*m->slots));
	for (size_t i = 0; i < old.cap; i++)
		if (old.slots[i].key)
			*find(m, old.slots[i].key, old.slots[i].len, old.slots[i].hash) =
			    old.slots[i];
	free(old.slots);
}

bool strmap_get(const struct strmap *m, const char *key, size_t len, size_t *value)
{
	const struct strmap_slot *s;

	if (!m->cap)
		return false;
	s = find(m, key, len, hash_of(key, len));
	if (!s->key)
		return false;
	*value = s->value;
	return true;
}

void strmap_put(struct strmap *m, const char *key, size_t len, size_t value)
{
	const uint64_t h = hash_of(key, len);
	struct strmap_slot *s;

	if (2 * (m->n + 1) > m->cap)
		grow(m);
	s = find(m, key, len, h);
	if (!s->key) {
		s->key = plan_xmemdup(key, len);
		s->len = len;
		s->hash = h;
		m->n++;
	}
	s->value = value;
}

void strmap_release(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	memset(m, 0, sizeof(*m));
}
