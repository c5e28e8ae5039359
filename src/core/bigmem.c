/* bigmem.c - blocks of megabytes, in huge pages where the system offers them. */
#define _DEFAULT_SOURCE /* madvise() and MADV_HUGEPAGE, beside POSIX */
#include "bigmem.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "alloc.h"

/*
 * Maps size bytes starting at a multiple of BIGMEM_HUGE, where the kernel
 * can put huge pages: maps that much more and gives back the ends.
 */
static void *map_aligned(size_t size)
{
	const size_t more = size + BIGMEM_HUGE;
	char *p, *start;
	size_t head;

	if (size > SIZE_MAX - BIGMEM_HUGE)
		plan_out_of_memory(size);
	p = mmap(NULL, more, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		plan_out_of_memory(size);
	head = (BIGMEM_HUGE - (uintptr_t)p % BIGMEM_HUGE) % BIGMEM_HUGE;
	start = p + head;
	if (head)
		(void)munmap(p, head);
	(void)munmap(start + size, more - head - size);
	return start;
}

void *bigmem_alloc(size_t size)
{
	void *p;

	if (size < BIGMEM_HUGE)
		return plan_xmalloc(size);
	p = map_aligned(size);
	bigmem_advise(p, size);
	return p;
}

void bigmem_free(void *p, size_t size)
{
	if (!p)
		return;
	if (size < BIGMEM_HUGE)
		free(p);
	else
		(void)munmap(p, size);
}

void bigmem_advise(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
	const uintptr_t from = ((uintptr_t)p + BIGMEM_HUGE - 1) & ~(uintptr_t)(BIGMEM_HUGE - 1);
	const uintptr_t to = ((uintptr_t)p + size) & ~(uintptr_t)(BIGMEM_HUGE - 1);

	if (size >= BIGMEM_HUGE && to > from) /* a hint: refused, it costs nothing */
		(void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#else
	(void)p;
	(void)size;
#endif
}
