/* kept.c - the files a load kept for plan fmt (kept.h). */
#include "kept.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bigmem.h"
#include "fmttree.h"

struct plan_kept *plan_kept_new(bool every_file_bytes)
{
	struct plan_kept *kept = plan_xcalloc(1, sizeof(*kept));

	kept->every_file_bytes = every_file_bytes;
	return kept;
}

void plan_kept_free(struct plan_kept *kept)
{
	if (!kept)
		return;
	for (size_t i = 0; i < kept->n; i++) {
		plan_buf_release(&kept->v[i].layout);
		plan_buf_release(&kept->v[i].comments);
		bigmem_free(kept->v[i].data, kept->v[i].size);
		free(kept->v[i].path);
	}
	free(kept->v);
	free(kept);
}

void plan_kept_add(struct plan_kept *kept, const char *path, char *data, size_t len, size_t size,
		   struct ytree *tree)
{
	struct plan_kept_file *f;

	PLAN_GROW(kept->v, kept->cap, kept->n + 1);
	f = &kept->v[kept->n++];
	*f = (struct plan_kept_file){ .path = plan_xstrdup(path),
				      .data = data,
				      .len = len,
				      .size = size,
				      .laid_out = tree != NULL,
				      .layout = PLAN_BUF_INIT,
				      .comments = PLAN_BUF_INIT };
	if (!tree)
		return;
	f->same = fmt_tree_unless_same(tree, &f->layout, &f->comments);
	ytree_free(tree);
	if (!f->same)
		return;
	/* a canonical file's layout is its bytes, needed only to be printed */
	plan_buf_release(&f->layout);
	plan_buf_release(&f->comments);
	if (!kept->every_file_bytes) {
		bigmem_free(f->data, f->size);
		f->data = NULL;
	}
}

const struct plan_kept_file *plan_kept_find(const struct plan_kept *kept, const char *path)
{
	for (size_t i = 0; i < kept->n; i++)
		if (strcmp(kept->v[i].path, path) == 0)
			return &kept->v[i];
	return NULL;
}
