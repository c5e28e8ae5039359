/* query.c - choosing tasks by plan and status. */
#include "plan/query.h"

#include <stdlib.h>
#include <string.h>

#include "plan/alloc.h"

static bool wants_plan(const struct plan_filter *f, const struct plan *plan)
{
	if (!f->n_plans)
		return true;
	for (size_t i = 0; i < f->n_plans; i++)
		if (strcmp(f->plans[i], plan->id.s) == 0)
			return true;
	return false;
}

static bool wants_task(const struct plan_filter *f, const struct plan_task *task)
{
	return !f->statuses || (f->statuses & (1u << task->status));
}

void plan_query(const struct plan_set *set, const struct plan_filter *filter,
		struct plan_rows *rows)
{
	for (size_t i = 0; i < set->n_plans; i++) {
		const struct plan *plan = set->plans[i];

		if (!wants_plan(filter, plan))
			continue;
		for (size_t j = 0; j < plan->n_tasks; j++) {
			if (!wants_task(filter, plan->tasks[j]))
				continue;
			PLAN_GROW(rows->v, rows->cap, rows->n + 1);
			rows->v[rows->n++] = (struct plan_row){ plan->tasks[j] };
		}
	}
}

void plan_rows_release(struct plan_rows *rows)
{
	free(rows->v);
	memset(rows, 0, sizeof(*rows));
}
