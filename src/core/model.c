/* model.c - accessors over the loaded model: inheritance, references, lookup. */
#include "plan/model.h"
#include "plan/set.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "suggest.h"
#include "text.h"

const char *const plan_status_names[PLAN_STATUS_COUNT] = {
	"todo",
	"doing",
	"done",
	"dropped",
};

const char *plan_status_name(enum plan_status status)
{
	return plan_status_names[status];
}

int plan_status_parse(const char *name, size_t len, enum plan_status *out)
{
	int i = plan_name_find(plan_status_names, PLAN_STATUS_COUNT, name, len);

	if (i < 0)
		return -1;
	*out = (enum plan_status)i;
	return 0;
}

const struct plan_texts *plan_task_lead(const struct plan_task *task)
{
	while (!task->lead.present && task->parent)
		task = task->parent;
	return &task->lead;
}

const struct plan_texts *plan_task_support(const struct plan_task *task)
{
	while (!task->support.present && task->parent)
		task = task->parent;
	return &task->support;
}

const struct plan_text *plan_task_deadline(const struct plan_task *task)
{
	while (!task->deadline.s && task->parent)
		task = task->parent;
	return &task->deadline;
}

const struct plan_text *plan_task_funding(const struct plan_task *task)
{
	while (!task->funding.s && task->parent)
		task = task->parent;
	return &task->funding;
}

void plan_task_ref(const struct plan_task *task, struct plan_buf *out)
{
	/* no printf: a listing asks it of every row */
	plan_buf_addstr(out, task->plan->id.s ? task->plan->id.s : "");
	plan_buf_addch(out, '/');
	plan_buf_addstr(out, task->id.s ? task->id.s : "");
}

const struct plan_text *plan_name_walk_next(struct plan_name_walk *walk, const struct plan **plan)
{
	const struct plan_set *set = walk->set;

	for (; walk->plan < set->n_plans; walk->plan++, walk->task = 0) {
		const struct plan *p = set->plans[walk->plan];

		for (; walk->task < p->n_tasks; walk->task++, walk->list = 0) {
			const struct plan_task *t = p->tasks[walk->task];

			for (; walk->list < 2; walk->list++, walk->item = 0) {
				const struct plan_texts *list = walk->list ? &t->support : &t->lead;

				if (walk->item < list->n) {
					*plan = p;
					return &list->v[walk->item++];
				}
			}
		}
	}
	return NULL;
}

const struct plan *plan_set_find(const struct plan_set *set, const char *id)
{
	for (size_t i = 0; i < set->n_plans; i++)
		if (strcmp(set->plans[i]->id.s, id) == 0)
			return set->plans[i];
	return NULL;
}

int plan_set_check_ids(const struct plan_set *set, const char *const *ids, size_t n,
		       struct plan_buf *msg)
{
	const char **known = plan_xcalloc(set->n_plans + 1, sizeof(*known));
	const char *hint;
	size_t i;

	for (i = 0; i < set->n_plans; i++)
		known[i] = set->plans[i]->id.s;
	for (i = 0; i < n && plan_set_find(set, ids[i]); i++)
		;
	if (i < n && (hint = plan_suggest(ids[i], known, set->n_plans))) {
		plan_buf_addf(msg, "no plan '%s'; did you mean '%s'?", ids[i], hint);
	} else if (i < n) {
		plan_buf_addf(msg, "no plan '%s'; the plans are ", ids[i]);
		for (size_t k = 0; k < set->n_plans; k++)
			plan_buf_addf(msg, "%s%s", k ? ", " : "", known[k]);
		if (!set->n_plans)
			plan_buf_addstr(msg, "none");
	}
	free(known);
	return i < n ? -1 : 0;
}

const struct plan_task *plan_find_task(const struct plan *plan, const char *id)
{
	for (size_t i = 0; i < plan->n_tasks; i++)
		if (strcmp(plan->tasks[i]->id.s, id) == 0)
			return plan->tasks[i];
	return NULL;
}
