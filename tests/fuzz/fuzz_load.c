/*
 * fuzz_load.c - a plan file or unit registry through the loader, then
 * through everything that reads a loaded set: the checks, the units and
 * the deadlines of every task.  Nothing may crash, hang or leak; a set
 * that loads has tasks whose due dates are in order.
 */
#include "fuzz.h"

#include "plan/check.h"
#include "plan/deadline.h"
#include "plan/set.h"
#include "plan/schedule.h"
#include "plan/unit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_deadlines *engine;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;

	if (!engine)
		engine = plan_deadlines_new();
	if (plan_set_load_buffer(&set, "fuzz.yaml", (const char *)data, size, NULL, &diags) ==
	    PLAN_LOAD_OK) {
		struct plan_unit_index *idx = plan_unit_index_new(set);

		plan_check(set, engine, &diags);
		for (size_t i = 0; i < set->n_plans; i++) {
			for (size_t k = 0; k < set->plans[i]->n_tasks; k++) {
				const struct plan_task *t = set->plans[i]->tasks[k];
				struct plan_interp in;

				plan_schedule_interpret(engine, t, &in);
				for (size_t d = 1; d < in.n_due; d++)
					FUZZ_ASSERT(in.due[d - 1].date <= in.due[d].date);
				plan_interp_release(&in);
				for (size_t u = 0; u < t->lead.n; u++)
					FUZZ_ASSERT(plan_unit_of(idx, &t->lead.v[u]) != NULL);
			}
		}
		plan_unit_index_free(idx);
	}
	plan_set_free(set);
	plan_diags_release(&diags);
	return 0;
}
