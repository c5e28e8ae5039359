/* test_snapshot.c - tasks classed and counted on a day (src/core/snapshot.c). */
#include "testquery.h"
#include "testutil.h"

#include <stdlib.h>

#include "plan/snapshot.h"

/* Issued 2024-01-01; looked at on 2024-06-15 with a window of 30 days. */
static const char text[] =
    "plan: p\ntitle: T\nissuer: Bộ Tư pháp\nissued: 2024-01-01\ntasks:\n"
    "  - {id: \"1\", task: Late, lead: [Cục A], deadline: Tháng 3/2024}\n"
    "  - {id: \"2\", task: Done late, lead: [Cục A], deadline: Tháng 3/2024, status: done,\n"
    "     delivered: [{on: 2024-04-05, ref: Công văn 1}]}\n"
    "  - {id: \"3\", task: Done, lead: [Cục B], deadline: Tháng 5/2024, status: done,\n"
    "     delivered: [2024-05-17]}\n"
    "  - {id: \"4\", task: Due, lead: [Cục A, Cục B], deadline: Tháng 6/2024}\n"
    "  - {id: \"5\", task: Due today, lead: [Cục A, CỤC A], due: 2024-06-15}\n"
    "  - {id: \"6\", task: Just after, lead: [Cục B], due: 2024-07-15}\n"
    "  - {id: \"7\", task: Last day, lead: [Cục B], due: 2024-07-14}\n"
    "  - {id: \"8\", task: Ongoing, lead: [Cục A], deadline: Thường xuyên}\n"
    "  - {id: \"9\", task: Event, lead: [Cục C], deadline: Theo đề nghị của Bộ Công an}\n"
    "  - {id: \"10\", task: Dropped, lead: [Cục C], deadline: Quý I/2024, status: dropped}\n"
    "  - {id: \"11\", task: Monthly, lead: [Cục A], deadline: Hàng tháng,\n"
    "     delivered: [2024-01-31, 2024-02-29, 2024-03-31, 2024-04-30, 2024-05-31,\n"
    "                 2024-06-16]}\n"
    "  - {id: \"12\", task: Delivered, lead: [Cục B], deadline: Tháng 5/2024,\n"
    "     delivered: [2024-05-16, 2024-06-01]}\n";

struct fixture {
	struct queried *w;
	struct plan_snapshot snap;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	f->w = queried_new(text, plan_date_make(2024, 6, 15));
	assert_int_equal(f->w->diags.n, 0);
	f->w->q.sort = PLAN_SORT_LATE; /* ignored: the snapshot keeps document order */
	plan_snapshot_take(&f->snap, f->w->set, &f->w->q, f->w->idx, 30);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	plan_snapshot_release(&f->snap);
	queried_free(f->w);
	free(f);
	return 0;
}

static void test_classes(void **state)
{
	static const enum plan_class want[] = {
		PLAN_CLASS_OVERDUE,  PLAN_CLASS_DONE,    PLAN_CLASS_DONE,     PLAN_CLASS_DUE_SOON,
		PLAN_CLASS_DUE_SOON, PLAN_CLASS_LATER,   PLAN_CLASS_DUE_SOON, PLAN_CLASS_ONGOING,
		PLAN_CLASS_UNDATED,  PLAN_CLASS_DROPPED, PLAN_CLASS_DUE_SOON, PLAN_CLASS_LATER,
	};
	static const char *const ids[] = { "1", "2", "3", "4",  "5",  "6",
					   "7", "8", "9", "10", "11", "12" };
	const struct fixture *f = *state;
	const struct plan_snapshot *s = &f->snap;

	assert_int_equal(s->rows.n, 12);
	for (size_t i = 0; i < 12; i++) {
		print_message("task %s\n", s->rows.v[i].task->id.s);
		assert_string_equal(s->rows.v[i].task->id.s, ids[i]);
		assert_int_equal(s->classes[i], want[i]);
	}
	assert_int_equal(s->counts.total, 12);
	assert_int_equal(s->counts.of[PLAN_CLASS_DONE], 2);
	assert_int_equal(s->counts.done_late, 1);
	assert_int_equal(s->counts.of[PLAN_CLASS_DUE_SOON], 4);
	assert_int_equal(s->counts.of[PLAN_CLASS_LATER], 2);
	assert_true(plan_row_done_late(&s->rows.v[1]));
	assert_false(plan_row_done_late(&s->rows.v[2]));
	assert_false(plan_row_done_late(&s->rows.v[0])); /* late, but not done */
}

static void test_unit_counts(void **state)
{
	const struct fixture *f = *state;
	const struct plan_snapshot *s = &f->snap;
	const struct plan_counts *a, *b, *c;

	assert_int_equal(s->n_units, 3);
	assert_string_equal(s->units[0].unit->name, "Cục A");
	assert_string_equal(s->units[1].unit->name, "Cục B");
	assert_string_equal(s->units[2].unit->name, "Cục C");
	a = &s->units[0].counts;
	b = &s->units[1].counts;
	c = &s->units[2].counts;
	/* Task 5 names Cục A twice: it counts once. */
	assert_int_equal(a->total, 6);
	assert_int_equal(a->of[PLAN_CLASS_DUE_SOON], 3);
	assert_int_equal(a->done_late, 1);
	assert_int_equal(a->of[PLAN_CLASS_OVERDUE], 1);
	assert_int_equal(a->of[PLAN_CLASS_ONGOING], 1);
	assert_int_equal(b->total, 5);
	assert_int_equal(b->of[PLAN_CLASS_LATER], 2);
	assert_int_equal(b->of[PLAN_CLASS_DONE], 1);
	assert_int_equal(c->total, 2);
	assert_int_equal(c->of[PLAN_CLASS_UNDATED], 1);
	assert_int_equal(c->of[PLAN_CLASS_DROPPED], 1);
}

static void test_lists(void **state)
{
	const struct fixture *f = *state;
	const struct plan_snapshot *s = &f->snap;

	assert_int_equal(s->n_overdue, 1);
	assert_int_equal(s->overdue[0]->late.days_late, 76);
	/* By date; 4 and 11 both on 2024-06-30, in document order. */
	assert_int_equal(s->n_due_soon, 4);
	assert_string_equal(s->due_soon[0]->task->id.s, "5");
	assert_string_equal(s->due_soon[1]->task->id.s, "4");
	assert_string_equal(s->due_soon[2]->task->id.s, "11");
	assert_string_equal(s->due_soon[3]->task->id.s, "7");
	/* 2024-05-17 to 2024-06-15: not 05-16, not 06-16. */
	assert_int_equal(s->n_delivered, 3);
	assert_string_equal(s->delivered[0].row->task->id.s, "3");
	assert_int_equal(s->delivered[0].delivery->on, plan_date_make(2024, 5, 17));
	assert_string_equal(s->delivered[1].row->task->id.s, "11");
	assert_string_equal(s->delivered[2].row->task->id.s, "12");
	assert_int_equal(s->delivered[2].delivery->on, plan_date_make(2024, 6, 1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_unit_counts),
		cmocka_unit_test(test_lists),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
