/*
 * test_schedule.c - what a task's deadline means, and when it is late
 * (src/core/schedule.c): milestones, recurring tasks with some deliveries,
 * inherited subtask deadlines, explicit due dates, done and dropped tasks.
 */
#include "testutil.h"

#include "plan/schedule.h"

static const char text[] =
    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
    "  - id: \"milestones\"\n    task: X\n"
    "    deadline: \"- Đối với Thông tư: Tháng 02; - Đối với Nghị định: Tháng 04\"\n"
    "    delivered:\n      - 2024-02-20\n"
    "  - id: \"monthly\"\n    task: X\n    deadline: Hàng tháng\n"
    "    delivered:\n      - 2024-03-30\n      - {on: 2024-05-02, ref: CV 7}\n"
    "  - id: \"parent\"\n    task: X\n    deadline: Quý II/2024\n"
    "    subtasks:\n"
    "      - id: \"parent.1\"\n        task: Y\n"
    "      - id: \"parent.2\"\n        task: Z\n        deadline: Tháng 1\n"
    "  - id: \"explicit\"\n    task: X\n    deadline: Theo lộ trình\n"
    "    due: [2024-05-10, 2024-04-10]\n"
    "    subtasks:\n      - id: \"explicit.1\"\n        task: Y\n"
    "  - id: \"done\"\n    task: X\n    deadline: Tháng 1\n    status: done\n"
    "  - id: \"dropped\"\n    task: X\n    deadline: Tháng 1\n    status: dropped\n"
    "  - id: \"ongoing\"\n    task: X\n    deadline: Thường xuyên\n"
    "  - id: \"none\"\n    task: X\n"
    "  - id: \"nodate\"\n    task: X\n    deadline: Đã hoàn thành\n    due: []\n";

struct expected {
	const char *id;
	plan_date today;
	bool overdue;
	plan_date next;
	int days_late;
};

#define D(y, m, d) plan_date_make(y, m, d)
#define NONE       PLAN_DATE_NONE

static void test_lateness(void **state)
{
	const struct expected table[] = {
		/* Thông tư (Feb) delivered; Nghị định (Apr) is next. */
		{ "milestones", D(2024, 4, 30), false, D(2024, 4, 30),
		  0 }, /* on the day: not late */
		{ "milestones", D(2024, 5, 1), true, D(2024, 4, 30), 1 },
		/* Two of the monthly occurrences met: March and April. */
		{ "monthly", D(2024, 5, 31), false, D(2024, 5, 31), 0 },
		{ "monthly", D(2024, 7, 1), true, D(2024, 5, 31), 31 },
		/* As of a day before a delivery, it had not happened. */
		{ "monthly", D(2024, 4, 30), false, D(2024, 4, 30), 0 },
		{ "monthly", D(2024, 5, 1), true, D(2024, 4, 30), 1 },
		{ "monthly", D(2024, 5, 2), false, D(2024, 5, 31), 0 },
		/* A subtask without a deadline has its parent's. */
		{ "parent", D(2024, 7, 1), true, D(2024, 6, 30), 1 },
		{ "parent.1", D(2024, 7, 1), true, D(2024, 6, 30), 1 },
		{ "parent.2", D(2024, 2, 1), true, D(2024, 1, 31), 1 },
		/* An explicit due wins over the words, sorted; its subtask has it too. */
		{ "explicit", D(2024, 4, 11), true, D(2024, 4, 10), 1 },
		{ "explicit.1", D(2024, 4, 11), true, D(2024, 4, 10), 1 },
		/* Never late. */
		{ "done", D(2030, 1, 1), false, NONE, 0 },
		{ "dropped", D(2030, 1, 1), false, NONE, 0 },
		{ "ongoing", D(2030, 1, 1), false, NONE, 0 },
		{ "none", D(2030, 1, 1), false, NONE, 0 },
		{ "nodate", D(2030, 1, 1), false, NONE, 0 },
	};
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	struct plan_deadlines *engine = plan_deadlines_new();

	(void)state;
	print_diags(&diags);
	assert_int_equal(diags.n, 0);
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
		const struct plan_task *t = plan_find_task(set->plans[0], table[i].id);
		struct plan_interp in;
		struct plan_lateness late;

		print_message("%s\n", table[i].id);
		assert_non_null(t);
		plan_schedule_interpret(engine, t, &in);
		plan_schedule_lateness(t, &in, table[i].today, &late);
		assert_int_equal(late.overdue, table[i].overdue);
		assert_int_equal(late.next, table[i].next);
		assert_int_equal(late.days_late, table[i].days_late);
		plan_interp_release(&in);
	}
	plan_deadlines_free(engine);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_explicit_due(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_interp in;

	(void)state;
	plan_schedule_interpret(engine, plan_find_task(set->plans[0], "explicit.1"), &in);
	assert_int_equal(in.kind, PLAN_KIND_DATE);
	assert_int_equal(in.n_due, 2);
	assert_int_equal(in.due[0].date, D(2024, 4, 10));
	assert_true(plan_schedule_has_explicit_due(plan_find_task(set->plans[0], "explicit.1")));
	assert_false(plan_schedule_has_explicit_due(plan_find_task(set->plans[0], "parent.1")));
	plan_interp_release(&in);
	plan_schedule_interpret(engine, plan_find_task(set->plans[0], "nodate"), &in);
	assert_int_equal(in.kind, PLAN_KIND_DATE);
	assert_int_equal(in.n_due, 0);
	plan_interp_release(&in);
	plan_deadlines_free(engine);
	plan_set_free(set);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lateness),
		cmocka_unit_test(test_explicit_due),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
