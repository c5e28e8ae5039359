/* alloc.c - allocation wrappers that abort on exhaustion. */
#include "alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigmem.h"

void plan_out_of_memory(size_t size)
{
	fprintf(stderr, "plan: fatal: out of memory allocating %zu bytes\n", size);
	abort();
}

void *plan_xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		plan_out_of_memory(size);
	return p;
}

void *plan_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		plan_out_of_memory(n * size);
	return p;
}

void *plan_xrealloc(void *p, size_t size)
{
	void *q = realloc(p, size ? size : 1);

	if (!q)
		plan_out_of_memory(size);
	return q;
}

void *plan_xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		plan_out_of_memory(SIZE_MAX);
	return plan_xrealloc(p, n * size);
}

char *plan_xmemdup(const char *s, size_t len)
{
	char *d = plan_xmalloc(len + 1);

	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

char *plan_xstrdup(const char *s)
{
	return plan_xmemdup(s, strlen(s));
}

void plan_grow(void *v, size_t *cap, size_t need, size_t size)
{
	void **vp = v;
	size_t n = *cap;

	if (need <= n)
		return;
	n = n < 8 ? 8 : n;
	while (n < need) {
		if (n > SIZE_MAX / 2)
			plan_out_of_memory(SIZE_MAX);
		n *= 2;
	}
	*vp = plan_xreallocarray(*vp, n, size);
	*cap = n;
	bigmem_advise(*vp, n * size); /* a big list or buffer: its fresh pages, huge */
}
