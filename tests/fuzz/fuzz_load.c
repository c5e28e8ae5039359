/*
 * fuzz_load.c - a plan file or unit registry through the loader, then
 * through everything that reads a loaded set: the checks, the units and
 * the deadlines of every task.  Nothing may crash, hang or leak; a set
 * that loads has tasks whose due dates are in order.  Loaded from its YAML
 * tree, as plan fmt loads it (plan_load_opts.keep), the file gives the same
 * result, diagnostics and plans.
 */
#include "fuzz.h"

#include "plan/check.h"
#include "plan/deadline.h"
#include "plan/diff.h"
#include "plan/fmt.h"
#include "plan/set.h"
#include "plan/schedule.h"
#include "plan/unit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The differences between a and b: those of a with itself when they are the same plans. */
static size_t differences(const struct plan_set *a, const struct plan_set *b)
{
	struct plan_diff d = { 0 };
	size_t n;

	plan_diff_sets(a, b, NULL, &d);
	n = d.n;
	plan_diff_release(&d);
	return n;
}

/* The load from the file's YAML tree says and gives what the load of its bytes did. */
static void same_from_tree(const uint8_t *data, size_t size, enum plan_load_result result,
			   const struct plan_set *set, const struct plan_diags *diags)
{
	struct plan_kept *kept = plan_kept_new(true);
	const struct plan_load_opts opts = { .keep = kept };
	struct plan_diags d2 = PLAN_DIAGS_INIT;
	struct plan_set *set2 = NULL;

	FUZZ_ASSERT(plan_set_load_buffer(&set2, "fuzz.yaml", (const char *)data, size, &opts,
					 &d2) == result);
	FUZZ_ASSERT(d2.n == diags->n && d2.errors == diags->errors);
	for (size_t i = 0; i < d2.n; i++) {
		const struct plan_diag *a = &diags->v[i], *b = &d2.v[i];

		FUZZ_ASSERT(a->severity == b->severity && a->pos.line == b->pos.line &&
			    a->pos.column == b->pos.column && strcmp(a->message, b->message) == 0);
	}
	FUZZ_ASSERT(set2->n_plans == set->n_plans && set2->n_units == set->n_units);
	FUZZ_ASSERT(differences(set, set2) == differences(set, set));
	plan_set_free(set2);
	plan_kept_free(kept);
	plan_diags_release(&d2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct plan_deadlines *engine;
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = NULL;
	enum plan_load_result result;

	if (!engine)
		engine = plan_deadlines_new();
	result = plan_set_load_buffer(&set, "fuzz.yaml", (const char *)data, size, NULL, &diags);
	same_from_tree(data, size, result, set, &diags);
	if (result == PLAN_LOAD_OK) {
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
