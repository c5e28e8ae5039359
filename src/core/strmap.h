/*
 * strmap.h - a map from strings to numbers (private to the core).
 *
 * Open addressing with linear probing; keys are copied.  Used where a
 * loop would otherwise fold or resolve the same name thousands of times.
 */
#ifndef PLAN_STRMAP_H
#define PLAN_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct strmap_slot;

struct strmap {
	struct strmap_slot *slots;
	size_t cap; /* a power of two, or 0 */
	size_t n;
};

#define STRMAP_INIT        \
	{                  \
		NULL, 0, 0 \
	}

/* Looks key (len bytes) up; true and *value set when it is there. */
bool strmap_get(const struct strmap *m, const char *key, size_t len, size_t *value);
/* Sets key to value, adding it when it is not there. */
void strmap_put(struct strmap *m, const char *key, size_t len, size_t value);
void strmap_release(struct strmap *m);
/* The hash of len bytes that the map uses, for tables of other things by their names. */
uint64_t strmap_hash(const char *s, size_t len);

#endif
