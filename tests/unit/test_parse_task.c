/*
 * test_parse_task.c - the task level of the schema (src/core/parse_task.c):
 * task keys, explicit due dates, deliveries, statuses and subtask ids.
 */
#include "testutil.h"

#include "plan/model.h"

#define E PLAN_ERROR

static const struct load_case cases[] = {
	{ "unknown key suggests the closest",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    deadine: Tháng 3\n",
	  { { "unknown-key", 7, 5, E, "unknown key 'deadine' in task; did you mean 'deadline'?" } },
	  1,
	  -1 },
	{ "missing task id and text",
	  PLAN_HEADER "tasks:\n  - deadline: Tháng 3\n",
	  { { "missing-key", 5, 5, E, "missing required key 'id' in task" },
	    { "missing-key", 5, 5, E, "missing required key 'task' in task" } },
	  2,
	  -1 },
	{ "a list written as a string",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    lead: Văn phòng Bộ\n",
	  { { "wrong-type", 7, 11, E, "'lead' must be a list, not a string" } },
	  1,
	  -1 },
	{ "an empty unit in a list",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    support:\n      -\n",
	  { { "empty-value", 8, 8, E, "'support' must not be empty" } },
	  1,
	  -1 },
	{ "a date in the wrong form",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    due: 15/02/2024\n",
	  { { "bad-date", 7, 10, E, "invalid date '15/02/2024' in 'due'; expected YYYY-MM-DD" } },
	  1,
	  -1 },
	{ "bad dates in due lists and deliveries",
	  PLAN_HEADER
	  "tasks:\n  - id: \"1\"\n    task: X\n    due: [2024-01-31, 2023-02-29]\n"
	  "    delivered:\n      - 2024-04-31\n      - on: 2024-00-10\n        ref: CV 1\n",
	  { { "bad-date", 7, 23, E, "'2023-02-29' in 'due'; 2023-02 has 28 days" },
	    { "bad-date", 9, 9, E, "'2024-04-31' in 'delivered'; 2024-04 has 30 days" },
	    { "bad-date", 10, 13, E, "'2024-00-10' in 'on'; there is no month 00" } },
	  3,
	  -1 },
	{ "a delivery without its date",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    delivered:\n      - ref: CV 1\n",
	  { { "missing-key", 8, 9, E, "missing required key 'on' in delivery" } },
	  1,
	  -1 },
	{ "subtask id without its parent's prefix",
	  PLAN_HEADER "tasks:\n  - id: \"28\"\n    task: X\n    subtasks:\n      - id: \"29.1\"\n"
		      "        task: Y\n      - id: \"281\"\n        task: Z\n",
	  { { "bad-subtask-id", 8, 13, E, "subtask id '29.1' must start with its parent's id" },
	    { "bad-subtask-id", 10, 13, E, "subtask id '281' must start" } },
	  2,
	  -1 },
	{ "invalid status suggests the closest",
	  PLAN_HEADER "tasks:\n  - id: \"1\"\n    task: X\n    status: Done\n",
	  { { "bad-status", 7, 13, E,
	      "invalid status 'Done'; expected todo, doing, done or "
	      "dropped; did you mean 'done'?" } },
	  1,
	  -1 },
	{ "invalid task ids",
	  PLAN_HEADER "tasks:\n  - id: 1/2\n    task: X\n  - id: \".5\"\n    task: Y\n",
	  { { "bad-id", 5, 9, E, "invalid task id '1/2'" },
	    { "bad-id", 7, 9, E, "invalid task id '.5'" } },
	  2,
	  -1 },
	{ "ids of Vietnamese letters, as the documents number them",
	  PLAN_HEADER "sections:\n  - id: Đ\n    tasks:\n      - id: \"2\"\n        task: X\n"
		      "        subtasks:\n          - id: 2.đ\n            task: Y\n"
		      "          - id: 2.ơ-1\n            task: Z\n",
	  { { 0 } },
	  0,
	  1 },
	{ "ids that end or begin with a separator, or hold a mark alone",
	  PLAN_HEADER "tasks:\n  - id: \"2.\"\n    task: X\n  - id: \"3..1\"\n    task: Y\n"
		      "  - id: \"\xcc\x81" "a\"\n    task: Z\n  - id: \"a)\"\n    task: W\n",
	  { { "bad-id", 5, 9, E, "invalid task id '2.'" },
	    { "bad-id", 7, 9, E, "invalid task id '3..1'" },
	    { "bad-id", 9, 9, E, "invalid task id" },
	    { "bad-id", 11, 9, E, "invalid task id 'a)'" } },
	  4,
	  -1 },
};

static void test_task_cases(void **state)
{
	(void)state;
	check_load_cases(cases, sizeof(cases) / sizeof(cases[0]));
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_task_cases),
		cmocka_unit_test(test_model_of_a_plan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
