/*
 * kept.h - the files a load read whole and kept for plan fmt (private to
 * the core): each file's bytes, read once for both the plan set and the
 * layout (plan_load_opts.keep, plan/fmt.h), and its layout, made from its
 * YAML tree as soon as the file is read, so that one file's tree is in
 * memory at a time instead of every file's.
 */
#ifndef PLAN_KEPT_H
#define PLAN_KEPT_H

#include <stddef.h>

#include "plan/buf.h"
#include "plan/fmt.h"
#include "ytree.h"

struct plan_kept_file {
	char *path;
	char *data;       /* the file's bytes, from bigmem_alloc(); NULL once not needed */
	size_t len, size; /* of the bytes, and of their block */
	bool laid_out;    /* from its tree: false when the file was read without one */
	bool same;        /* laid out, and the layout is the file's bytes */
	/* laid out and not the same: the layout, and the comments it found */
	struct plan_buf layout, comments;
};

struct plan_kept {
	struct plan_kept_file *v;
	size_t n, cap;
	bool every_file_bytes; /* plan_kept_new() */
};

/*
 * Keeps a file read as path: takes data (of a block of size bytes), lays
 * it out from tree, its tree, when not NULL (fmt_tree_unless_same()), and
 * frees tree; frees data too when the layout is data and kept is not to
 * keep every file's bytes.
 */
void plan_kept_add(struct plan_kept *kept, const char *path, char *data, size_t len, size_t size,
		   struct ytree *tree);

/* The file kept as path, or NULL. */
const struct plan_kept_file *plan_kept_find(const struct plan_kept *kept, const char *path);

#endif
