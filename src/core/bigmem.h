/*
 * bigmem.h - blocks of megabytes, in huge pages where the system offers
 * them (private to the core).
 *
 * Loading a 70 MB plan touched about 58,000 fresh pages, and on a virtual
 * machine each first touch is a fault that costs microseconds: a quarter of
 * the run.  A block from here is mapped on its own and, when it is at
 * least BIGMEM_HUGE bytes, advised to the kernel as huge pages (2 MiB, one
 * fault each) - a hint that changes no byte of what the program computes.
 * Smaller requests simply come from malloc().
 */
#ifndef PLAN_BIGMEM_H
#define PLAN_BIGMEM_H

#include <stddef.h>

enum { BIGMEM_HUGE = 2 * 1024 * 1024 };

/* Returns size bytes (not zeroed); aborts when memory is exhausted. */
void *bigmem_alloc(size_t size);
/* Frees a block of size bytes from bigmem_alloc(); p may be NULL. */
void bigmem_free(void *p, size_t size);

/*
 * Advises the huge pages inside a block of size bytes from malloc() (one
 * that grows, as a list or a buffer does); nothing for a small block.
 */
void bigmem_advise(void *p, size_t size);

#endif
