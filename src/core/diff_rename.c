/* diff_rename.c - lead and support names respelled between two versions, and renamed entries. */
#include "diff_rename.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fold.h"
#include "plan/unit.h"

void renames_init(struct renames *r, const struct plan_set *new, struct arena *arena)
{
	memset(r, 0, sizeof(*r));
	r->new_set = new;
	r->arena = arena;
}

void renames_release(struct renames *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].tasks);
	free(r->v);
	plan_unit_index_free(r->index);
	memset(r, 0, sizeof(*r));
}

static bool same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

struct rename *renames_find(struct renames *r, const char *from, const char *to, const char *parent)
{
	for (size_t i = 0; i < r->n; i++)
		if (strcmp(r->v[i].from, from) == 0 && strcmp(r->v[i].to, to) == 0 &&
		    same_text(r->v[i].parent, parent))
			return &r->v[i];
	return NULL;
}

static const char *keep(struct renames *r, const char *s)
{
	return s ? arena_strndup(r->arena, s, strlen(s)) : NULL;
}

static void record(struct renames *r, const char *from, const char *to, const char *parent,
		   const char *ref)
{
	struct rename *n = renames_find(r, from, to, parent);

	if (!n) {
		PLAN_GROW(r->v, r->cap, r->n + 1);
		n = &r->v[r->n++];
		*n = (struct rename){
			keep(r, from), keep(r, to), keep(r, parent), NULL, 0, 0, false
		};
	}
	if (n->n_tasks && strcmp(n->tasks[n->n_tasks - 1], ref) == 0)
		return;
	PLAN_GROW(n->tasks, n->cap_tasks, n->n_tasks + 1);
	n->tasks[n->n_tasks++] = keep(r, ref);
}

/* Removes item i of v[0..*n). */
static void drop(const char **v, size_t *n, size_t i)
{
	memmove(&v[i], &v[i + 1], (*n - i - 1) * sizeof(*v));
	(*n)--;
}

void renames_take(struct renames *r, struct plan_field_diff *f, const struct plan_task *new,
		  const char *ref)
{
	if (!f->n_removed || !f->n_added)
		return;
	if (!r->index)
		r->index = plan_unit_index_new(r->new_set);
	for (size_t i = 0; i < f->n_removed;) {
		const struct plan_unit_ref *was =
		    plan_unit_resolve(r->index, new->plan, f->removed[i]);
		size_t k = 0;

		while (was && k < f->n_added &&
		       plan_unit_resolve(r->index, new->plan, f->added[k]) != was)
			k++;
		if (!was || k == f->n_added) {
			i++;
			continue;
		}
		record(r, f->removed[i], f->added[k], was->parent, ref);
		drop(f->removed, &f->n_removed, i);
		drop(f->added, &f->n_added, k);
	}
}

bool renames_entry(const struct plan_unit *old, const struct plan_unit *new)
{
	if (!same_text(old->parent.s, new->parent.s))
		return false;
	for (size_t i = 0; i < new->aliases.n; i++)
		if (plan_fold_equal(old->name.s, new->aliases.v[i].s, PLAN_FOLD_PUNCT))
			return true;
	return false;
}
