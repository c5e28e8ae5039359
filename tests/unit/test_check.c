/* test_check.c - warnings about deadlines plan cannot read (src/core/check.c). */
#include "testutil.h"

#include "plan/check.h"

static void test_unknown_deadlines(void **state)
{
	static const char text[] =
	    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
	    "  - id: \"1\"\n    task: X\n    deadline: Hàng tuần\n"
	    "    subtasks:\n"
	    "      - id: \"1.1\"\n        task: Y\n" /* inherits: no warning */
	    "  - id: \"2\"\n    task: X\n    deadline: Sớm nhất có thể\n"
	    "    due: 2024-05-01\n" /* an explicit due silences it */
	    "  - id: \"3\"\n    task: X\n    deadline: Quý II/2024\n"
	    "  - id: \"4\"\n    task: X\n    deadline: \"Tháng 13\"\n";
	const struct want_diag want[] = {
		{ "unknown-deadline", 7, 15, PLAN_WARNING,
		  "deadline 'Hàng tuần' is not understood; give task 1 an explicit 'due'" },
		{ "unknown-deadline", 20, 15, PLAN_WARNING,
		  "deadline 'Tháng 13' is not understood" },
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_deadlines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
