/*
 * test_check.c - warnings about deadlines plan cannot read and unit names
 * the registry does not know (src/core/check.c).
 */
#include "testutil.h"
#include "testworld.h"

#include "plan/check.h"

static void test_unknown_deadlines(void **state)
{
	static const char text[] =
	    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
	    "  - id: \"1\"\n    task: X\n    deadline: Kịp thời\n"
	    "    subtasks:\n"
	    "      - id: \"1.1\"\n        task: Y\n" /* inherits: no warning */
	    "  - id: \"2\"\n    task: X\n    deadline: Sớm nhất có thể\n"
	    "    due: 2024-05-01\n" /* an explicit due silences it */
	    "  - id: \"3\"\n    task: X\n    deadline: Quý II/2024\n"
	    "  - id: \"4\"\n    task: X\n    deadline: \"Tháng 13\"\n"
	    "    lead:\n      - Cục Không có\n"; /* no registry: no unit warnings */
	const struct want_diag want[] = {
		{ "unknown-deadline", 7, 15, PLAN_WARNING,
		  "deadline 'Kịp thời' is not understood (no date, period, recurrence or event "
		  "in it); give task 1 an explicit 'due'" },
		{ "unknown-deadline", 20, 15, PLAN_WARNING,
		  "deadline 'Tháng 13' is not understood (there is no such month); give task 4 an "
		  "explicit 'due'" },
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	struct plan_deadlines *engine = plan_deadlines_new();

	(void)state;
	assert_int_equal(diags.n, 0);
	plan_check(set, engine, &diags);
	assert_diags(&diags, want, 2);
	plan_deadlines_free(engine);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_unknown_units(void **state)
{
	static const char *const files[] = {
		"plan: p\ntitle: T\nissuer: Bộ Tư pháp\nissued: 2024-03-15\ntasks:\n"
		"  - id: \"1\"\n    task: X\n    lead:\n      - Cục Công nghệ thông tim\n"
		"    support:\n      - cuc cntt\n      - Sở Tư pháp Hà Nội\n"
		"  - id: \"2\"\n    task: Y\n    lead:\n      - Sở Tư pháp Hà Nội\n",
		"units:\n  - name: Cục Công nghệ thông tin\n    parent: Bộ Tư pháp\n",
	};
	const struct want_diag want[] = {
		{ "unknown-unit", 9, 9, PLAN_WARNING,
		  "unit 'Cục Công nghệ thông tim' is not in the registry; did you mean "
		  "'Cục Công nghệ thông tin' (Bộ Tư pháp)?" },
		{ "unknown-unit", 12, 9, PLAN_WARNING,
		  "unit 'Sở Tư pháp Hà Nội' is not in the registry" },
		{ "unknown-unit", 16, 9, PLAN_WARNING,
		  "unit 'Sở Tư pháp Hà Nội' is not in the registry" },
	};
	struct plan_deadlines *engine = plan_deadlines_new();
	struct world w;

	(void)state;
	world_load(&w, files, 2);
	plan_check(w.set, engine, &w.diags);
	assert_diags(&w.diags, want, 3);
	plan_deadlines_free(engine);
	world_unload(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_deadlines),
		cmocka_unit_test(test_unknown_units),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
