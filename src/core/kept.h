/*
 * kept.h - the files a load read whole and kept for plan fmt (private to
 * the core): each file's bytes and YAML tree, read once for both the plan
 * set and the layout (plan_load_opts.keep, plan/fmt.h).
 */
#ifndef PLAN_KEPT_H
#define PLAN_KEPT_H

#include <stddef.h>

#include "plan/fmt.h"
#include "ytree.h"

struct plan_kept_file {
	char *path;
	char *data;         /* the file's bytes, from bigmem_alloc() */
	size_t len, size;   /* of the bytes, and of their block */
	struct ytree *tree; /* over data; NULL when the file was read without one */
};

struct plan_kept {
	struct plan_kept_file *v;
	size_t n, cap;
};

/* Keeps a file read as path: takes data (of a block of size bytes) and tree. */
void plan_kept_add(struct plan_kept *kept, const char *path, char *data, size_t len, size_t size,
		   struct ytree *tree);

/* The file kept as path, or NULL. */
const struct plan_kept_file *plan_kept_find(const struct plan_kept *kept, const char *path);

#endif
