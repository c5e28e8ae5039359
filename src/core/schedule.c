/* schedule.c - a task's due dates and its lateness. */
#include "plan/schedule.h"

/* The task whose due or deadline text decides task's meaning. */
static const struct plan_task *deciding(const struct plan_task *task)
{
	while (!task->due.present && !(task->deadline.s && task->deadline.len) && task->parent)
		task = task->parent;
	return task;
}

bool plan_schedule_has_explicit_due(const struct plan_task *task)
{
	return deciding(task)->due.present;
}

bool plan_schedule_has_deadline(const struct plan_task *task)
{
	const struct plan_task *src = deciding(task);

	return src->due.present || (src->deadline.s && src->deadline.len);
}

void plan_schedule_interpret(const struct plan_deadlines *engine, const struct plan_task *task,
			     struct plan_interp *out)
{
	const struct plan_task *src = deciding(task);
	const struct plan_deadline_ctx ctx = { task->plan->year, task->plan->issued };

	if (src->due.present) {
		plan_interp_init(out);
		out->kind = PLAN_KIND_DATE;
		for (size_t i = 0; i < src->due.n; i++)
			plan_interp_add(out, src->due.v[i].date, NULL, 0);
		return;
	}
	if (src->deadline.s && src->deadline.len) {
		plan_deadline_interpret(engine, src->deadline.s, src->deadline.len, &ctx, out);
		return;
	}
	plan_interp_init(out); /* no deadline at all: unknown */
}

void plan_schedule_lateness(const struct plan_task *task, const struct plan_interp *in,
			    plan_date today, struct plan_lateness *out)
{
	size_t met = 0, passed = 0;

	out->overdue = false;
	out->next = PLAN_DATE_NONE;
	out->days_late = 0;
	if (task->status == PLAN_DONE || task->status == PLAN_DROPPED)
		return;
	if (in->kind != PLAN_KIND_DATE && in->kind != PLAN_KIND_RECURRING)
		return;
	for (size_t i = 0; i < task->n_delivered; i++)
		met += task->delivered[i].on <= today;
	while (passed < in->n_due && in->due[passed].date < today)
		passed++;
	if (met < in->n_due)
		out->next = in->due[met].date;
	if (passed > met) {
		out->overdue = true;
		out->days_late = (int)(today - out->next);
	}
}
