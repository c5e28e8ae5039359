/*
 * test_parse.c - the plan file schema (src/core/parse.c, parse_task.c,
 * link.c): what loads, and every schema error with its exact position.
 */
#include "testutil.h"

#include "plan/model.h"

#define HEADER "plan: p\ntitle: T\nissued: 2024-03-15\n"
#define E      PLAN_ERROR
#define W      PLAN_WARNING

struct schema_case {
	const char *name;
	const char *text;
	struct want_diag want[6];
	size_t n;
};

static const struct schema_case cases[] = {
	{ "clean plan with sections and subtasks",
	  HEADER "sections:\n"
		 "  - id: I\n"
		 "    title: Một\n"
		 "    tasks:\n"
		 "      - id: \"1\"\n"
		 "        task: Việc một\n"
		 "        subtasks:\n"
		 "          - id: \"1.1\"\n"
		 "            task: Việc con\n",
	  { { 0 } },
	  0 },
	{ "unknown key suggests the closest",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    deadine: Tháng 3\n",
	  { { "unknown-key", 7, 5, E, "unknown key 'deadine' in task; did you mean 'deadline'?" } },
	  1 },
	{ "unknown top-level key without a close match",
	  HEADER "colour: red\ntasks: []\n",
	  { { "unknown-key", 4, 1, E, "unknown key 'colour' in the plan" } },
	  1 },
	{ "duplicate key names the first",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    task: Y\n",
	  { { "duplicate-key", 7, 5, E, "duplicate key 'task' in task (first at line 6)" } },
	  1 },
	{ "missing required keys of the plan",
	  "number: 1/QĐ\ntasks: []\n",
	  { { "missing-key", 1, 1, E, "missing required key 'plan'" },
	    { "missing-key", 1, 1, E, "missing required key 'title'" },
	    { "missing-key", 1, 1, E, "missing required key 'issued'" } },
	  3 },
	{ "missing tasks and sections",
	  HEADER,
	  { { "missing-key", 1, 1, E, "missing required key 'tasks' (or 'sections')" } },
	  1 },
	{ "missing task id and text",
	  HEADER "tasks:\n  - deadline: Tháng 3\n",
	  { { "missing-key", 5, 5, E, "missing required key 'id' in task" },
	    { "missing-key", 5, 5, E, "missing required key 'task' in task" } },
	  2 },
	{ "a list written as a string",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    lead: Văn phòng Bộ\n",
	  { { "wrong-type", 7, 11, E, "'lead' must be a list, not a string" } },
	  1 },
	{ "a string written as a list",
	  "plan: p\ntitle: [a, b]\nissued: 2024-03-15\ntasks: []\n",
	  { { "wrong-type", 2, 8, E, "'title' must be a string, not a list" } },
	  1 },
	{ "tasks written as a mapping",
	  HEADER "tasks:\n  id: 1\n",
	  { { "wrong-type", 5, 3, E, "'tasks' must be a list of tasks, not a mapping" } },
	  1 },
	{ "a task that is not a mapping",
	  HEADER "tasks:\n  - just text\n",
	  { { "wrong-type", 5, 5, E, "'tasks' must be a list of mappings, not a string" } },
	  1 },
	{ "an empty unit in a list",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    support:\n      -\n",
	  { { "empty-value", 8, 8, E, "'support' must not be empty" } },
	  1 },
	{ "a key that is not a string",
	  HEADER "tasks: []\n? [a]\n: b\n",
	  { { "wrong-type", 5, 3, E, "a key must be a string, not a list" } },
	  1 },
	{ "no such day",
	  "plan: p\ntitle: T\nissued: 2024-02-30\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date '2024-02-30' in 'issued'; 2024-02 has 29 days" } },
	  1 },
	{ "no such month",
	  "plan: p\ntitle: T\nissued: 2024-13-01\ntasks: []\n",
	  { { "bad-date", 3, 9, E, "invalid date '2024-13-01' in 'issued'; no such month" } },
	  1 },
	{ "a date in the wrong form",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    due: 15/02/2024\n",
	  { { "bad-date", 7, 10, E, "invalid date '15/02/2024' in 'due'; expected YYYY-MM-DD" } },
	  1 },
	{ "bad dates in due lists and deliveries",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    due: [2024-01-31, 2023-02-29]\n"
		 "    delivered:\n      - 2024-04-31\n      - on: 2024-00-10\n        ref: CV 1\n",
	  { { "bad-date", 7, 23, E, "'2023-02-29' in 'due'; 2023-02 has 28 days" },
	    { "bad-date", 9, 9, E, "'2024-04-31' in 'delivered'; 2024-04 has 30 days" },
	    { "bad-date", 10, 13, E, "'2024-00-10' in 'on'; no such month" } },
	  3 },
	{ "a delivery without its date",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    delivered:\n      - ref: CV 1\n",
	  { { "missing-key", 8, 9, E, "missing required key 'on' in delivery" } },
	  1 },
	{ "duplicate task ids, subtasks included",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    subtasks:\n      - id: \"1.1\"\n"
		 "        task: Y\n  - id: \"1.1\"\n    task: Z\n",
	  { { "duplicate-id", 10, 9, E, "duplicate task id '1.1' (first at line 8)" } },
	  1 },
	{ "duplicate section ids",
	  HEADER "sections:\n  - id: I\n    tasks: []\n  - id: I\n    tasks: []\n",
	  { { "duplicate-id", 7, 9, E, "duplicate section id 'I' (first at line 5)" } },
	  1 },
	{ "subtask id without its parent's prefix",
	  HEADER "tasks:\n  - id: \"28\"\n    task: X\n    subtasks:\n      - id: \"29.1\"\n"
		 "        task: Y\n      - id: \"281\"\n        task: Z\n",
	  { { "bad-subtask-id", 8, 13, E, "subtask id '29.1' must start with its parent's id" },
	    { "bad-subtask-id", 10, 13, E, "subtask id '281' must start" } },
	  2 },
	{ "invalid ids",
	  "plan: BTP 365\ntitle: T\nissued: 2024-03-15\ntasks:\n  - id: 1/2\n    task: X\n",
	  { { "bad-id", 1, 7, E, "invalid plan id 'BTP 365'" },
	    { "bad-id", 5, 9, E, "invalid task id '1/2'" } },
	  2 },
	{ "invalid status suggests the closest",
	  HEADER "tasks:\n  - id: \"1\"\n    task: X\n    status: Done\n",
	  { { "bad-status", 7, 13, E,
	      "invalid status 'Done'; expected todo, doing, done or "
	      "dropped; did you mean 'done'?" } },
	  1 },
	{ "invalid year",
	  "plan: p\ntitle: T\nissued: 2024-03-15\nyear: 24\ntasks: []\n",
	  { { "bad-year", 4, 7, E, "invalid year '24'" } },
	  1 },
	{ "sections and tasks both",
	  HEADER "tasks: []\nsections: []\n",
	  { { "sections-and-tasks", 5, 1, E, "either 'sections' or 'tasks', not both" } },
	  1 },
	{ "empty required text",
	  "plan: p\ntitle: \"\"\nissued: 2024-03-15\ntasks: []\n",
	  { { "empty-value", 2, 8, E, "'title' must not be empty" } },
	  1 },
	{ "a registry mixed with plan keys",
	  "plan: p\nunits: []\n",
	  { { "mixed-file", 2, 1, E, "either a plan or a unit registry" } },
	  1 },
	{ "not a mapping",
	  "- a\n- b\n",
	  { { "wrong-type", 1, 1, E, "a plan file must be a mapping of keys, not a list" } },
	  1 },
	{ "empty file", "", { { "empty-file", 1, 1, E, "the file is empty" } }, 1 },
	{ "only a comment",
	  "# nothing yet\n",
	  { { "empty-file", 1, 1, E, "the file is empty" } },
	  1 },
};

static void test_schema_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_load(cases[i].name, cases[i].text, cases[i].want, cases[i].n, -1);
}

static void test_model_of_a_plan(void **state)
{
	static const char text[] = "plan: btp-365-2024\n"
				   "number: 365/QĐ-BTP\n"
				   "title: Kế hoạch\n"
				   "issuer: Bộ Tư pháp\n"
				   "issued: 2024-03-15\n"
				   "implements:\n  - 06/QĐ-TTg\n  - 04/CT-TTg\n"
				   "sections:\n"
				   "  - id: I\n"
				   "    title: Một\n"
				   "    tasks:\n"
				   "      - id: \"28\"\n"
				   "        task: Việc\n"
				   "        lead:\n          - Cục Hộ tịch, quốc tịch, chứng thực\n"
				   "        deadline: Cả năm\n"
				   "        funding: Ngân sách nhà nước\n"
				   "        due: 2024-12-31\n"
				   "        subtasks:\n"
				   "          - id: \"28.1\"\n"
				   "            task: Thí điểm\n"
				   "            deadline: Tháng 1\n"
				   "            status: doing\n"
				   "            delivered:\n"
				   "              - 2024-01-20\n"
				   "              - on: 2024-02-01\n"
				   "                ref: Công văn 123/BTP-VP\n";
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	const struct plan *plan;
	const struct plan_task *parent, *sub;

	(void)state;
	assert_int_equal(diags.n, 0);
	assert_int_equal(set->n_plans, 1);
	plan = set->plans[0];
	assert_string_equal(plan->id.s, "btp-365-2024");
	assert_int_equal(plan->year, 2024);
	assert_int_equal(plan->year_pos.line, 0);
	assert_int_equal(plan->implements.n, 2);
	assert_string_equal(plan->implements.v[1].s, "04/CT-TTg");
	assert_true(plan->has_sections);
	assert_int_equal(plan->n_tasks, 2);
	parent = plan->tasks[0];
	sub = plan->tasks[1];
	assert_ptr_equal(sub->parent, parent);
	assert_ptr_equal(sub->section, &plan->sections[0]);
	assert_ptr_equal(sub->plan, plan);
	assert_int_equal(sub->status, PLAN_DOING);
	assert_int_equal(parent->status, PLAN_TODO);
	assert_int_equal(parent->due.n, 1);
	assert_int_equal(parent->due.v[0].date, plan_date_make(2024, 12, 31));
	assert_int_equal(parent->due.v[0].pos.line, 19);
	/* A subtask keeps its own deadline and inherits what it leaves out. */
	assert_string_equal(plan_task_deadline(sub)->s, "Tháng 1");
	assert_string_equal(plan_task_lead(sub)->v[0].s, "Cục Hộ tịch, quốc tịch, chứng thực");
	assert_false(sub->lead.present);
	assert_string_equal(plan_task_funding(sub)->s, "Ngân sách nhà nước");
	assert_false(plan_task_support(sub)->present);
	assert_int_equal(sub->n_delivered, 2);
	assert_null(sub->delivered[0].ref.s);
	assert_string_equal(sub->delivered[1].ref.s, "Công văn 123/BTP-VP");
	assert_int_equal(sub->delivered[1].on, plan_date_make(2024, 2, 1));
	assert_int_equal(sub->pos.line, 21);
	assert_int_equal(sub->pos.column, 13);
	assert_int_equal(sub->id.pos.line, 21);
	assert_int_equal(sub->id.pos.column, 17);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_plain_scalars_are_text(void **state)
{
	/* Plain 28.10 stays the text "28.10": no float, no lost zero. */
	static const char text[] = HEADER "year: 2025\ntasks:\n  - id: 28.10\n    task: true\n";
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
	static const char text[] = HEADER "tasks:\n  - id: \"1\"\n    task: X\n    note:\n"
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
	    HEADER "tasks:\n  - id: \"1\"\n    task: X\n    status: finished\n"
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
		cmocka_unit_test(test_model_of_a_plan),
		cmocka_unit_test(test_plain_scalars_are_text),
		cmocka_unit_test(test_null_optional_values_are_absent),
		cmocka_unit_test(test_errors_keep_the_rest_of_the_plan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
