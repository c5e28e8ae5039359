/*
 * diff_rename.h - units renamed between two versions of the plans, for
 * diff.c; private to the core.
 *
 * A task whose lead or support list lost one name and gained another that
 * the new registry reads as the same unit ("Cục CNTT" for "Cục Công nghệ
 * thông tin", or an old name the registry now keeps as an alias) has not
 * changed its units: the pair is taken out of the task's field and counted
 * as one rename of the plans, shown once with the tasks it touched.
 */
#ifndef PLAN_DIFF_RENAME_H
#define PLAN_DIFF_RENAME_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "plan/diff.h"
#include "plan/model.h"

/* One rename: an old spelling, the new one, and the tasks that changed from one to the other. */
struct rename {
	const char *from, *to; /* as written in the plans (to: the first task's spelling) */
	const char *parent;    /* the unit's body in the new registry, or NULL */
	const char **tasks;    /* references, in diff order */
	size_t n_tasks, cap_tasks;
	bool shown; /* already part of a registry entry's rename */
};

struct renames {
	const struct plan_set *new_set;
	struct plan_unit_index *index; /* of new_set; built when first needed */
	struct arena *arena;           /* the diff's: every text kept is copied there */
	struct rename *v;
	size_t n, cap;
};

/* Starts an empty list of renames read by new's registry; texts go to arena. */
void renames_init(struct renames *r, const struct plan_set *new, struct arena *arena);
void renames_release(struct renames *r);

/*
 * Takes out of f, a lead or support list changed between two versions of
 * task ref (new: the new version), each removed and added name that stand
 * for one unit, and records the pair.  f may be left with nothing.
 */
void renames_take(struct renames *r, struct plan_field_diff *f, const struct plan_task *new,
		  const char *ref);

/*
 * True when registry entry old, gone from the new registry, is new
 * renamed: the same body, and old's name is one of new's aliases.
 */
bool renames_entry(const struct plan_unit *old, const struct plan_unit *new);

/* The rename of from to to in the tasks (by the unit's body), or NULL. */
struct rename *renames_find(struct renames *r, const char *from, const char *to,
			    const char *parent);

#endif
