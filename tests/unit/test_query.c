/* test_query.c - choosing tasks by plan and status (src/core/query.c). */
#include "testutil.h"

#include "plan/query.h"

static const char a[] = "plan: a\ntitle: A\nissued: 2024-03-15\ntasks:\n"
			"  - id: \"1\"\n    task: X\n    status: done\n"
			"    subtasks:\n      - id: \"1.1\"\n        task: Y\n"
			"  - id: \"2\"\n    task: Z\n    status: dropped\n";

/* A query of everything, as of 2024-06-15. */
static struct plan_query query(const struct plan_deadlines *engine)
{
	struct plan_query q;

	plan_query_init(&q, engine, plan_date_make(2024, 6, 15));
	return q;
}

static void test_filters(void **state)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(a, &diags);
	struct plan_rows rows = PLAN_ROWS_INIT;
	const char *plans_a[] = { "a" }, *plans_b[] = { "b" };
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_query all = query(engine), only_a = query(engine), only_b = query(engine);
	struct plan_query todo_or_done = query(engine);

	(void)state;
	/* No bounds on the due dates: a zero would be 1970-01-01. */
	assert_int_equal(all.filter.due_from, PLAN_DATE_NONE);
	assert_int_equal(all.filter.due_to, PLAN_DATE_NONE);
	assert_int_equal(all.sort, PLAN_SORT_DOCUMENT);
	only_a.filter.plans = plans_a;
	only_a.filter.n_plans = 1;
	only_b.filter.plans = plans_b;
	only_b.filter.n_plans = 1;
	todo_or_done.filter.statuses = (1u << PLAN_TODO) | (1u << PLAN_DONE);
	assert_int_equal(diags.n, 0);
	plan_query_run(set, &all, &rows);
	assert_int_equal(rows.n, 3);
	assert_string_equal(rows.v[0].task->id.s, "1");
	assert_string_equal(rows.v[1].task->id.s, "1.1"); /* subtasks follow their parent */
	assert_string_equal(rows.v[2].task->id.s, "2");
	plan_rows_release(&rows);
	plan_query_run(set, &only_a, &rows);
	assert_int_equal(rows.n, 3);
	plan_rows_release(&rows);
	plan_query_run(set, &only_b, &rows);
	assert_int_equal(rows.n, 0);
	plan_rows_release(&rows);
	plan_query_run(set, &todo_or_done, &rows);
	assert_int_equal(rows.n, 2);
	assert_string_equal(rows.v[1].task->id.s, "1.1");
	plan_rows_release(&rows);
	plan_deadlines_free(engine);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static const char dated[] =
    "plan: d\ntitle: D\nissued: 2024-03-15\ntasks:\n"
    "  - id: \"10\"\n    task: Báo cáo quý\n    deadline: Hàng Quý\n" /* Q1 met: next Jun 30 */
    "    delivered: [2024-03-28]\n"
    "  - id: \"2\"\n    task: Tổ chức quán triệt\n    deadline: Tháng 3\n" /* 76 days late */
    "  - id: \"1\"\n    task: Khảo sát\n    deadline: Tháng 5\n"           /* 15 days late */
    "  - id: \"3\"\n    task: Tuyên truyền\n    deadline: Thường xuyên\n"
    "    note: Quản triệt thường xuyên\n"
    "  - id: \"4\"\n    task: Xong\n    deadline: Tháng 4\n    status: done\n"
    "  - id: \"5\"\n    task: Sắp tới\n    deadline: Tháng 7\n"; /* Jul 31 */

static void ids_of(const struct plan_rows *rows, struct plan_buf *out)
{
	plan_buf_reset(out);
	for (size_t i = 0; i < rows->n; i++)
		plan_buf_addf(out, "%s%s", i ? " " : "", rows->v[i].task->id.s);
}

/* Runs q on the dated plan and returns the ids it yields, in order. */
static void run(struct plan_query *q, struct plan_buf *ids)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(dated, &diags);
	struct plan_rows rows = PLAN_ROWS_INIT;

	assert_int_equal(diags.n, 0);
	plan_query_run(set, q, &rows);
	ids_of(&rows, ids);
	plan_rows_release(&rows);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void test_due_filters_and_sorting(void **state)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_buf ids = PLAN_BUF_INIT;
	struct plan_pattern *grep;
	struct plan_query q;

	(void)state;
	q = query(engine);
	run(&q, &ids);
	assert_string_equal(ids.s, "10 2 1 3 4 5");
	q.filter.overdue = true; /* on 2024-06-15 */
	run(&q, &ids);
	assert_string_equal(ids.s, "2 1");
	q.sort = PLAN_SORT_LATE;
	q.filter.overdue = false;
	run(&q, &ids);
	assert_string_equal(ids.s, "2 1 10 3 4 5");
	q.sort = PLAN_SORT_DUE; /* next unmet due date; none last, as written */
	run(&q, &ids);
	assert_string_equal(ids.s, "2 1 10 5 3 4");
	q.sort = PLAN_SORT_REF;
	run(&q, &ids);
	assert_string_equal(ids.s, "1 2 3 4 5 10");
	q = query(engine);
	q.filter.due_from = plan_date_make(2024, 6, 15); /* --due-within 30 */
	q.filter.due_to = plan_date_make(2024, 7, 15);
	run(&q, &ids);
	assert_string_equal(ids.s, "10");
	q.filter.due_to = PLAN_DATE_NONE; /* --due-after 2024-06-14 */
	run(&q, &ids);
	assert_string_equal(ids.s, "10 5");
	q = query(engine);
	q.filter.due_to = plan_date_make(2024, 4, 30); /* --due-before 2024-05-01 */
	run(&q, &ids);
	assert_string_equal(ids.s, "2"); /* 4 is done: nothing is due of it */
	q = query(engine);
	q.filter.kinds = (1u << PLAN_KIND_RECURRING) | (1u << PLAN_KIND_ONGOING);
	run(&q, &ids);
	assert_string_equal(ids.s, "10 3");
	q = query(engine);
	grep = plan_pattern_new("quan triet", &ids);
	q.filter.grep = grep; /* task or note, with or without diacritics */
	run(&q, &ids);
	assert_string_equal(ids.s, "2 3");
	plan_pattern_free(grep);
	plan_buf_release(&ids);
	plan_deadlines_free(engine);
}

/* Where task stands in its plan's document order. */
static size_t position_of(const struct plan_task *task)
{
	for (size_t i = 0; i < task->plan->n_tasks; i++)
		if (task->plan->tasks[i] == task)
			return i;
	fail();
	return 0;
}

/* -1, 0 or 1 as row x comes before, with or after y in sort's order, ties aside. */
static int compare_rows(const struct plan_row *x, const struct plan_row *y, enum plan_sort sort)
{
	const plan_date dx = x->late.next, dy = y->late.next;

	switch (sort) {
	case PLAN_SORT_DUE:
		if (dx == dy)
			return 0;
		if (dx == PLAN_DATE_NONE || dy == PLAN_DATE_NONE)
			return dx == PLAN_DATE_NONE ? 1 : -1;
		return dx < dy ? -1 : 1;
	case PLAN_SORT_LATE:
		if (x->late.overdue != y->late.overdue)
			return x->late.overdue ? -1 : 1;
		return (x->late.days_late < y->late.days_late) -
		       (x->late.days_late > y->late.days_late);
	default:
		return plan_ref_compare(x->task->id.s, y->task->id.s);
	}
}

/*
 * 240 tasks, their ids and deadlines in a scrambled order, thirteen
 * deadlines among them: each order holds every task once, each row
 * comes before the next or ties with it, and tied rows stay as written.
 */
static void test_sorting_many_rows(void **state)
{
	static const char *const phrases[] = { "Tháng 1",     "Tháng 2",  "Tháng 3",  "Tháng 4",
					       "Tháng 5",     "Tháng 6",  "Tháng 7",  "Tháng 8",
					       "Tháng 9",     "Tháng 10", "Tháng 11", "Tháng 12",
					       "Thường xuyên" };
	static const enum plan_sort sorts[] = { PLAN_SORT_DUE, PLAN_SORT_LATE, PLAN_SORT_REF };
	enum { N = 240 };
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_buf text = PLAN_BUF_INIT;
	struct plan_set *set;

	(void)state;
	plan_buf_addstr(&text, "plan: s\ntitle: S\nissued: 2024-01-05\ntasks:\n");
	for (size_t i = 0; i < N; i++)
		plan_buf_addf(&text, "  - id: \"%zu\"\n    task: Việc %zu\n    deadline: %s\n",
			      i * 97 % N + 1, i, phrases[i * 7 % 13]);
	set = load_text(text.s, &diags);
	assert_int_equal(diags.n, 0);
	for (size_t k = 0; k < sizeof(sorts) / sizeof(sorts[0]); k++) {
		struct plan_query q = query(engine);
		struct plan_rows rows = PLAN_ROWS_INIT;
		bool seen[N] = { false };

		q.sort = sorts[k];
		plan_query_run(set, &q, &rows);
		assert_int_equal(rows.n, N);
		for (size_t i = 0; i < N; i++) {
			const size_t at = position_of(rows.v[i].task);

			assert_false(seen[at]);
			seen[at] = true;
			if (i + 1 < N) {
				const int c = compare_rows(&rows.v[i], &rows.v[i + 1], sorts[k]);

				assert_true(c <= 0);
				if (c == 0)
					assert_true(at < position_of(rows.v[i + 1].task));
			}
		}
		if (sorts[k] == PLAN_SORT_REF)
			assert_string_equal(rows.v[0].task->id.s, "1");
		plan_rows_release(&rows);
	}
	plan_set_free(set);
	plan_diags_release(&diags);
	plan_buf_release(&text);
	plan_deadlines_free(engine);
}

static void test_ref_order(void **state)
{
	(void)state;
	assert_true(plan_ref_compare("p/2", "p/10") < 0);
	assert_true(plan_ref_compare("p/28.2", "p/28.10") < 0);
	assert_true(plan_ref_compare("p/28", "p/28.1") < 0);
	assert_true(plan_ref_compare("p/B.9", "p/B.10") < 0);
	assert_true(plan_ref_compare("p/A.18", "p/B.1") < 0);
	assert_true(plan_ref_compare("p/007", "p/7") == 0);
	assert_true(plan_ref_compare("btp-365-2024/1", "btp-522-2023/1") < 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_due_filters_and_sorting),
		cmocka_unit_test(test_sorting_many_rows),
		cmocka_unit_test(test_ref_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
