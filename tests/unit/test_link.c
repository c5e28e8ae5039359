/*
 * test_link.c - finishing a plan (src/core/link.c): links between tasks,
 * the index of every task in document order, ids used twice.
 */
#include "testutil.h"

#include "plan/model.h"

#define E PLAN_ERROR

static const struct load_case cases[] = {
	{ "duplicate task ids, subtasks included",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    subtasks:\n      - id: \"1.1\"\n"
		      "        task: Y\n  - id: \"1.1\"\n    task: Z\n",
	  { { "duplicate-id", 10, 9, E, "duplicate task id '1.1' (first at line 8)" } },
	  1,
	  -1 },
	{ "the first of an id is the one written first, a parent's id after its subtasks",
	  PLAN_HEADER "tasks:\n  - task: P\n    subtasks:\n      - id: \"2\"\n"
		      "        task: S\n    id: \"2\"\n  - id: \"2\"\n    task: T\n"
		      "  - id: \"3\"\n    task: U\n  - id: \"3\"\n    task: V\n",
	  { { "bad-subtask-id", 7, 13, E,
	      "subtask id '2' must start with its parent's id and a dot ('2.')" },
	    { "duplicate-id", 9, 9, E, "duplicate task id '2' (first at line 7)" },
	    { "duplicate-id", 10, 9, E, "duplicate task id '2' (first at line 7)" },
	    { "duplicate-id", 14, 9, E, "duplicate task id '3' (first at line 12)" } },
	  4,
	  -1 },
	{ "duplicate section ids",
	  PLAN_HEADER "sections:\n  - id: I\n    tasks: []\n  - id: I\n    tasks: []\n",
	  { { "duplicate-id", 7, 9, E, "duplicate section id 'I' (first at line 5)" } },
	  1,
	  -1 },
};

static void test_duplicate_ids(void **state)
{
	(void)state;
	check_load_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_links_and_order(void **state)
{
	static const char text[] =
	    PLAN_HEADER "sections:\n"
			"  - id: A\n    tasks:\n"
			"      - id: \"1\"\n        task: X\n        subtasks:\n"
			"          - id: \"1.1\"\n            task: Y\n            subtasks:\n"
			"              - id: \"1.1.1\"\n                task: Z\n"
			"          - id: \"1.2\"\n            task: W\n"
			"  - id: B\n    tasks:\n"
			"      - id: \"2\"\n        task: V\n";
	static const char *const order[] = { "1", "1.1", "1.1.1", "1.2", "2" };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	const struct plan *plan = set->plans[0];

	(void)state;
	assert_int_equal(diags.n, 0);
	assert_int_equal(plan->n_tasks, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(plan->tasks[i]->id.s, order[i]);
		assert_ptr_equal(plan->tasks[i]->plan, plan);
	}
	assert_null(plan->tasks[0]->parent);
	assert_ptr_equal(plan->tasks[1]->parent, plan->tasks[0]);
	assert_ptr_equal(plan->tasks[2]->parent, plan->tasks[1]);
	assert_ptr_equal(plan->tasks[3]->parent, plan->tasks[0]);
	assert_ptr_equal(plan->tasks[2]->section, &plan->sections[0]);
	assert_ptr_equal(plan->tasks[4]->section, &plan->sections[1]);
	assert_ptr_equal(plan->sections[1].plan, plan);
	plan_set_free(set);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_duplicate_ids),
		cmocka_unit_test(test_links_and_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
