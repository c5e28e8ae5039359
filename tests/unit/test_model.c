/* test_model.c - inheritance, references, lookup, names (src/core/model.c). */
#include "testutil.h"

#include "plan/model.h"
#include "plan/set.h"

static const char text[] =
    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
    "  - id: \"1\"\n    task: X\n    lead:\n      - A\n    support:\n      - B\n"
    "    deadline: Cả năm\n    funding: NSNN\n"
    "    subtasks:\n"
    "      - id: \"1.1\"\n        task: Y\n        lead: []\n"
    "        subtasks:\n"
    "          - id: \"1.1.1\"\n            task: Z\n            deadline: Tháng 3\n";

static void test_inheritance(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	const struct plan *plan = set->plans[0];
	const struct plan_task *top = plan_find_task(plan, "1");
	const struct plan_task *mid = plan_find_task(plan, "1.1");
	const struct plan_task *leaf = plan_find_task(plan, "1.1.1");

	(void)state;
	assert_int_equal(diags.n, 0);
	assert_non_null(top);
	assert_null(plan_find_task(plan, "9"));
	/* An explicit empty list is the subtask's own: no lead, not the parent's. */
	assert_int_equal(plan_task_lead(mid)->n, 0);
	assert_int_equal(plan_task_lead(leaf)->n, 0);
	/* What is left out comes from the nearest ancestor that has it. */
	assert_string_equal(plan_task_support(leaf)->v[0].s, "B");
	assert_string_equal(plan_task_deadline(mid)->s, "Cả năm");
	assert_string_equal(plan_task_deadline(leaf)->s, "Tháng 3");
	assert_string_equal(plan_task_funding(leaf)->s, "NSNN");
	assert_string_equal(plan_task_lead(top)->v[0].s, "A");
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_refs_and_names(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	struct plan_buf ref = PLAN_BUF_INIT;
	enum plan_status st;

	(void)state;
	plan_task_ref(plan_find_task(set->plans[0], "1.1.1"), &ref);
	assert_string_equal(ref.s, "p/1.1.1");
	assert_ptr_equal(plan_set_find(set, "p"), set->plans[0]);
	assert_null(plan_set_find(set, "q"));
	assert_int_equal(plan_status_parse("dropped", 7, &st), 0);
	assert_int_equal(st, PLAN_DROPPED);
	assert_int_equal(plan_status_parse("drop", 4, &st), -1);
	assert_string_equal(plan_status_name(PLAN_DOING), "doing");
	plan_buf_release(&ref);
	plan_set_free(set);
	plan_diags_release(&diags);
}

/* Plan ids a user named: each one there, or the message that says which is not. */
static void test_check_ids(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags), *none = NULL;
	const char *good[] = { "p", "p" }, *near[] = { "p", "pp", "zz" };
	const char *far[] = { "khac-han-hoan-toan" };
	struct plan_buf msg = PLAN_BUF_INIT;

	(void)state;
	assert_int_equal(plan_set_check_ids(set, good, 2, &msg), 0);
	assert_int_equal(plan_set_check_ids(set, good, 0, &msg), 0);
	assert_string_equal(msg.s, "");
	assert_int_equal(plan_set_check_ids(set, near, 3, &msg), -1);
	assert_string_equal(msg.s, "no plan 'pp'; did you mean 'p'?");
	plan_buf_reset(&msg);
	assert_int_equal(plan_set_check_ids(set, far, 1, &msg), -1);
	assert_string_equal(msg.s, "no plan 'khac-han-hoan-toan'; the plans are p");
	plan_buf_reset(&msg);
	plan_set_load_sources(&none, NULL, 0, NULL, &diags);
	assert_int_equal(plan_set_check_ids(none, far, 1, &msg), -1);
	assert_string_equal(msg.s, "no plan 'khac-han-hoan-toan'; the plans are none");
	plan_buf_release(&msg);
	plan_set_free(none);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_name_walk(void **state)
{
	static const char two[] =
	    "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
	    "  - id: \"1\"\n    task: X\n    lead:\n      - A\n      - B\n"
	    "    support:\n      - C\n"
	    "    subtasks:\n      - id: \"1.1\"\n        task: Y\n" /* inherits: walks nothing */
	    "  - id: \"2\"\n    task: Z\n    support:\n      - D\n";
	static const char *const want[] = { "A", "B", "C", "D" };
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(two, &diags);
	struct plan_name_walk walk = PLAN_NAME_WALK_INIT(set);
	const struct plan_text *name;
	const struct plan *plan = NULL;
	size_t n = 0;

	(void)state;
	assert_int_equal(diags.n, 0);
	while ((name = plan_name_walk_next(&walk, &plan))) {
		assert_true(n < 4);
		assert_string_equal(name->s, want[n++]);
		assert_ptr_equal(plan, set->plans[0]);
	}
	assert_int_equal(n, 4);
	assert_null(plan_name_walk_next(&walk, &plan)); /* and stays done */
	plan_set_free(set);
	plan_diags_release(&diags);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inheritance),
		cmocka_unit_test(test_refs_and_names),
		cmocka_unit_test(test_name_walk),
		cmocka_unit_test(test_check_ids),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
