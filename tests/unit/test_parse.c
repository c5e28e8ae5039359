/*
 * test_parse.c - the plan file schema at the levels of src/core/parse.c:
 * keys, values and lists, the plan and its sections; every error with its
 * exact position.
 */
#include "testutil.h"

#include "plan/model.h"

#define E PLAN_ERROR

static const struct load_case cases[] = {
	{ "clean plan with sections and subtasks",
	  PLAN_HEADER "sections:\n"
		      "  - id: I\n"
		      "    title: Một\n"
		      "    tasks:\n"
		      "      - id: \"1\"\n"
		      "        task: Việc một\n"
		      "        subtasks:\n"
		      "          - id: \"1.1\"\n"
		      "            task: Việc con\n",
	  { { 0 } },
	  0,
	  -1 },
	{ "unknown top-level key without a close match",
	  PLAN_HEADER "colour: red\ntasks: []\n",
	  { { "unknown-key", 4, 1, E, "unknown key 'colour' in the plan" } },
	  1,
	  -1 },
	{ "duplicate key names the first",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    task: Y\n",
	  { { "duplicate-key", 7, 5, E, "duplicate key 'task' in task (first at line 6)" } },
	  1,
	  -1 },
	{ "missing required keys of the plan",
	  "number: 1/QĐ\ntasks: []\n",
	  { { "missing-key", 1, 1, E, "missing required key 'plan'" },
	    { "missing-key", 1, 1, E, "missing required key 'title'" },
	    { "missing-key", 1, 1, E, "missing required key 'issued'" } },
	  3,
	  -1 },
	{ "missing tasks and sections",
	  PLAN_HEADER,
	  { { "missing-key", 1, 1, E, "missing required key 'tasks' (or 'sections')" } },
	  1,
	  -1 },
	{ "a string written as a list",
	  "plan: p\ntitle: [a, b]\nissued: 2024-03-15\ntasks: []\n",
	  { { "wrong-type", 2, 8, E, "'title' must be a string, not a list" } },
	  1,
	  -1 },
	{ "tasks written as a mapping",
	  PLAN_HEADER "tasks:\n  id: 1\n",
	  { { "wrong-type", 5, 3, E, "'tasks' must be a list of tasks, not a mapping" } },
	  1,
	  -1 },
	{ "a task that is not a mapping",
	  PLAN_HEADER "tasks:\n  - just text\n",
	  { { "wrong-type", 5, 5, E, "'tasks' must be a list of mappings, not a string" } },
	  1,
	  -1 },
	{ "a key that is not a string",
	  PLAN_HEADER "tasks: []\n? [a]\n: b\n",
	  { { "wrong-type", 5, 3, E, "a key must be a string, not a list" } },
	  1,
	  -1 },
	{ "no such day",
	  "plan: p\ntitle: T\nissued: 2024-02-30\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date '2024-02-30' in 'issued'; 2024-02 has 29 days" } },
	  1,
	  -1 },
	{ "no such month",
	  "plan: p\ntitle: T\nissued: 2024-13-01\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date '2024-13-01' in 'issued'; there is no month 13" } },
	  1,
	  -1 },
	{ "no year 0000",
	  "plan: p\ntitle: T\nissued: 0000-05-01\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date '0000-05-01' in 'issued'; there is no year 0000" } },
	  1,
	  -1 },
	{ "invalid year",
	  "plan: p\ntitle: T\nissued: 2024-03-15\nyear: 24\ntasks: []\n",
	  { { "bad-year", 4, 7, E, "invalid year '24'" } },
	  1,
	  -1 },
	{ "a year too large for any integer",
	  "plan: p\ntitle: T\nissued: 2024-03-15\nyear: 99999999999999999999\ntasks: []\n",
	  { { "bad-year", 4, 7, E, "invalid year '99999999999999999999'" } },
	  1,
	  -1 },
	{ "sections and tasks both",
	  PLAN_HEADER "tasks: []\nsections: []\n",
	  { { "sections-and-tasks", 5, 1, E, "either 'sections' or 'tasks', not both" } },
	  1,
	  -1 },
	{ "empty required text",
	  "plan: p\ntitle: \"\"\nissued: 2024-03-15\ntasks: []\n",
	  { { "empty-value", 2, 8, E, "'title' must not be empty" } },
	  1,
	  -1 },
	{ "a registry mixed with plan keys",
	  "plan: p\nunits: []\n",
	  { { "mixed-file", 2, 1, E, "either a plan or a unit registry" } },
	  1,
	  -1 },
	{ "not a mapping",
	  "- a\n- b\n",
	  { { "wrong-type", 1, 1, E, "a plan file must be a mapping of keys, not a list" } },
	  1,
	  -1 },
	{ "empty file", "", { { "empty-file", 1, 1, E, "the file is empty" } }, 1, -1 },
	{ "only a comment",
	  "# nothing yet\n",
	  { { "empty-file", 1, 1, E, "the file is empty" } },
	  1,
	  -1 },
	{ "invalid plan id",
	  "plan: BTP 365\ntitle: T\nissued: 2024-03-15\ntasks: []\n",
	  { { "bad-id", 1, 7, E, "invalid plan id 'BTP 365'" } },
	  1,
	  -1 },
};

static void test_schema_cases(void **state)
{
	(void)state;
	check_load_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_plain_scalars_are_text(void **state)
{
	/* Plain 28.10 stays the text "28.10": no float, no lost zero. */
	static const char text[] =
	    PLAN_HEADER "year: 2025\ntasks:\n  - id: 28.10\n    task: true\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);

	(void)state;
	assert_int_equal(diags.n, 0);
	assert_string_equal(set->plans[0]->tasks[0]->id.s, "28.10");
	assert_string_equal(set->plans[0]->tasks[0]->text.s, "true");
	assert_int_equal(set->plans[0]->year, 2025);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_null_optional_values_are_absent(void **state)
{
	static const char text[] = PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    note:\n"
					       "    lead: ~\n    subtasks:\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	const struct plan_task *t;

	(void)state;
	assert_int_equal(diags.n, 0);
	t = set->plans[0]->tasks[0];
	assert_null(t->note.s);
	assert_false(t->lead.present);
	assert_int_equal(t->n_subtasks, 0);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_errors_keep_the_rest_of_the_plan(void **state)
{
	static const char text[] =
	    PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    status: finished\n"
			"  - id: \"2\"\n    task: Y\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);

	(void)state;
	assert_int_equal(diags.errors, 1);
	assert_int_equal(set->n_plans, 1);
	assert_int_equal(set->plans[0]->n_tasks, 2);
	assert_int_equal(set->plans[0]->tasks[0]->status, PLAN_TODO);
	plan_set_free(set);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_schema_cases),
		cmocka_unit_test(test_plain_scalars_are_text),
		cmocka_unit_test(test_null_optional_values_are_absent),
		cmocka_unit_test(test_errors_keep_the_rest_of_the_plan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
