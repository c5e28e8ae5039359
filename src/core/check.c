/* check.c - the checks that need more than the file: deadlines. */
#include "plan/check.h"

#include "plan/buf.h"

static void check_deadline(const struct plan_task *t, const struct plan_deadlines *engine,
			   struct plan_diags *diags)
{
	const struct plan_deadline_ctx ctx = { t->plan->year, t->plan->issued };
	struct plan_interp in;
	struct plan_buf q = PLAN_BUF_INIT;

	if (!t->deadline.s || !t->deadline.len || t->due.present)
		return;
	plan_deadline_interpret(engine, t->deadline.s, t->deadline.len, &ctx, &in);
	if (in.kind == PLAN_KIND_UNKNOWN) {
		plan_quote(&q, t->deadline.s, t->deadline.len, 80);
		plan_diags_add(
		    diags, t->plan->path, t->deadline.pos, PLAN_WARNING, "unknown-deadline",
		    "deadline %s is not understood; give task %s an explicit 'due'", q.s, t->id.s);
	}
	plan_interp_release(&in);
	plan_buf_release(&q);
}

void plan_check(const struct plan_set *set, const struct plan_deadlines *engine,
		struct plan_diags *diags)
{
	for (size_t i = 0; i < set->n_plans; i++) {
		const size_t first = diags->n;

		for (size_t j = 0; j < set->plans[i]->n_tasks; j++)
			check_deadline(set->plans[i]->tasks[j], engine, diags);
		plan_diags_sort_from(diags, first);
	}
}
