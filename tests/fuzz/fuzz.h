/*
 * fuzz.h - what the libFuzzer targets of tests/fuzz share: a check that
 * aborts (so that the fuzzer keeps the input), and the split of an input
 * into a few parts.  Private to the targets.
 */
#ifndef PLAN_FUZZ_H
#define PLAN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Aborts with a message when cond is false: a finding. */
#define FUZZ_ASSERT(cond)                                                                  \
	do {                                                                               \
		if (!(cond)) {                                                             \
			fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, \
				#cond);                                                    \
			abort();                                                           \
		}                                                                          \
	} while (0)

/* The separator of the parts of an input: a line of its own. */
#define FUZZ_SEP "\n=====\n"

/* The first FUZZ_SEP in [p, end), or NULL. */
static inline const uint8_t *fuzz_find_sep(const uint8_t *p, const uint8_t *end)
{
	const size_t n = sizeof(FUZZ_SEP) - 1;

	for (; p + n <= end; p++)
		if (memcmp(p, FUZZ_SEP, n) == 0)
			return p;
	return NULL;
}

/*
 * Splits data into at most max parts at FUZZ_SEP; returns how many.  The
 * parts point into data.
 */
static inline size_t fuzz_split(const uint8_t *data, size_t size, const uint8_t **part,
				size_t *len, size_t max)
{
	const uint8_t *p = data, *end = data + size;
	size_t n = 0;

	while (n < max) {
		const uint8_t *q = n + 1 < max ? fuzz_find_sep(p, end) : NULL;

		part[n] = p;
		len[n] = q ? (size_t)(q - p) : (size_t)(end - p);
		n++;
		if (!q)
			break;
		p = q + sizeof(FUZZ_SEP) - 1;
	}
	return n;
}

/* A NUL-terminated copy of len bytes: what most of the library is given. */
static inline char *fuzz_string(const uint8_t *s, size_t len)
{
	char *c = malloc(len + 1);

	if (!c)
		abort();
	memcpy(c, s, len);
	c[len] = '\0';
	return c;
}

#endif
