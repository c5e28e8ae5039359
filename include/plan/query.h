/*
 * query.h - choosing tasks: which plans, which statuses.
 *
 * A query walks a plan set in order (plans in the order they were loaded,
 * tasks in document order, subtasks after their parent) and keeps the
 * tasks that pass every filter that is set.
 */
#ifndef PLAN_QUERY_H
#define PLAN_QUERY_H

#include <stddef.h>

#include "plan/model.h"

struct plan_filter {
	const char *const *plans; /* plan ids; none: every plan */
	size_t n_plans;
	unsigned statuses; /* bit (1 << status) per wanted status; 0: all */
};

/* One task in a result. */
struct plan_row {
	const struct plan_task *task;
};

struct plan_rows {
	struct plan_row *v;
	size_t n;
	size_t cap;
};

#define PLAN_ROWS_INIT     \
	{                  \
		NULL, 0, 0 \
	}

/* Appends the tasks of set that pass filter to rows. */
void plan_query(const struct plan_set *set, const struct plan_filter *filter,
		struct plan_rows *rows);
void plan_rows_release(struct plan_rows *rows);

#endif
