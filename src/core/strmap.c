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

/*
 * Eight bytes at a time, each word mixed in by a multiply, the end mixed
 * down so that the low bits, which pick the slot, depend on every byte.
 */
uint64_t strmap_hash(const char *s, size_t len)
{
	const uint64_t k = UINT64_C(0x9e3779b97f4a7c15);
	uint64_t h = len * k, w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	if (i < len) {
		w = 0;
		memcpy(&w, s + i, len - i);
		h = (h ^ w) * k;
	}
	h ^= h >> 32;
	h *= UINT64_C(0xd6e8feb86659fd93);
	return h ^ (h >> 32);
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
	s = find(m, key, len, strmap_hash(key, len));
	if (!s->key)
		return false;
	*value = s->value;
	return true;
}

void strmap_put(struct strmap *m, const char *key, size_t len, size_t value)
{
	const uint64_t h = strmap_hash(key, len);
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
