/*
 * testworld.h - a directory of plan files, written for a test and loaded
 * as one set: for what needs a registry beside the plans.  The caller owns
 * the world and frees it with world_unload(), which removes the directory.
 */
#ifndef PLAN_TESTWORLD_H
#define PLAN_TESTWORLD_H

#include <stdlib.h>
#include <unistd.h>

#include "testutil.h"

struct world {
	char dir[64];
	struct plan_set *set;
	struct plan_diags diags;
};

/* Writes files[i] as DIR/fI.yaml, loads the directory and asserts no errors. */
static inline void world_load(struct world *w, const char *const *files, size_t n)
{
	struct plan_buf path = PLAN_BUF_INIT;
	const char *dir = w->dir;

	snprintf(w->dir, sizeof(w->dir), "/tmp/plan-test-world.XXXXXX");
	assert_non_null(mkdtemp(w->dir));
	for (size_t i = 0; i < n; i++) {
		FILE *f;

		plan_buf_reset(&path);
		plan_buf_addf(&path, "%s/f%zu.yaml", w->dir, i);
		f = fopen(path.s, "w");
		assert_non_null(f);
		fputs(files[i], f);
		assert_int_equal(fclose(f), 0);
	}
	plan_buf_release(&path);
	w->set = NULL;
	w->diags = (struct plan_diags)PLAN_DIAGS_INIT;
	plan_set_load(&w->set, &dir, 1, NULL, &w->diags);
	print_diags(&w->diags);
	assert_int_equal(w->diags.errors, 0);
}

static inline void world_unload(struct world *w)
{
	char cmd[96];

	plan_set_free(w->set);
	plan_diags_release(&w->diags);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", w->dir);
	assert_int_equal(system(cmd), 0);
}

#endif
