/* test_query.c - choosing tasks by plan and status (src/core/query.c). */
#include "testutil.h"

#include "plan/query.h"

static const char a[] = "plan: a\ntitle: A\nissued: 2024-03-15\ntasks:\n"
			"  - id: \"1\"\n    task: X\n    status: done\n"
			"    subtasks:\n      - id: \"1.1\"\n        task: Y\n"
			"  - id: \"2\"\n    task: Z\n    status: dropped\n";

static void test_filters(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(a, &diags);
	struct plan_rows rows = PLAN_ROWS_INIT;
	const char *plans_a[] = { "a" }, *plans_b[] = { "b" };
	struct plan_filter all = { 0 }, only_a = { plans_a, 1, 0 }, only_b = { plans_b, 1, 0 };
	struct plan_filter todo_or_done = { NULL, 0, (1u << PLAN_TODO) | (1u << PLAN_DONE) };

	(void)state;
	assert_int_equal(diags.n, 0);
	plan_query(set, &all, &rows);
	assert_int_equal(rows.n, 3);
	assert_string_equal(rows.v[0].task->id.s, "1");
	assert_string_equal(rows.v[1].task->id.s, "1.1"); /* subtasks follow their parent */
	assert_string_equal(rows.v[2].task->id.s, "2");
	plan_rows_release(&rows);
	plan_query(set, &only_a, &rows);
	assert_int_equal(rows.n, 3);
	plan_rows_release(&rows);
	plan_query(set, &only_b, &rows);
	assert_int_equal(rows.n, 0);
	plan_rows_release(&rows);
	plan_query(set, &todo_or_done, &rows);
	assert_int_equal(rows.n, 2);
	assert_string_equal(rows.v[1].task->id.s, "1.1");
	plan_rows_release(&rows);
	plan_set_free(set);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_filters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
