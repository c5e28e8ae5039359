/* kept.c - the files a load kept for plan fmt (kept.h). */
#include "kept.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bigmem.h"

struct plan_kept *plan_kept_new(void)
{
	return plan_xcalloc(1, sizeof(struct plan_kept));
}

void plan_kept_free(struct plan_kept *kept)
{
	if (!kept)
		return;
	for (size_t i = 0; i < kept->n; i++) {
		ytree_free(kept->v[i].tree);
		bigmem_free(kept->v[i].data, kept->v[i].size);
		free(kept->v[i].path);
	}
	free(kept->v);
	free(kept);
}

void plan_kept_add(struct plan_kept *kept, const char *path, char *data, size_t len, size_t size,
		   struct ytree *tree)
{
	PLAN_GROW(kept->v, kept->cap, kept->n + 1);
	kept->v[kept->n++] = (struct plan_kept_file){
		.path = plan_xstrdup(path), .data = data, .len = len, .size = size, .tree = tree
	};
}

const struct plan_kept_file *plan_kept_find(const struct plan_kept *kept, const char *path)
{
	for (size_t i = 0; i < kept->n; i++)
		if (strcmp(kept->v[i].path, path) == 0)
			return &kept->v[i];
	return NULL;
}
