/*
 * test_calendar.c - the due dates of tasks as calendar entries
 * (src/core/calendar.c): rules found for regular recurrences and not for
 * irregular ones, one entry per unmet milestone, delivered occurrences
 * excluded, nothing for done, dropped or fully delivered tasks, undated
 * tasks counted, UIDs that do not move when tasks are added, and the texts.
 */
#include "testquery.h"

#include <stdlib.h>

#include "plan/calendar.h"

#define D(y, m, d) plan_date_make(y, m, d)
#define NONE       PLAN_DATE_NONE

struct rule_case {
	const char *what;
	enum plan_every every;
	plan_date dates[6];
	size_t n;
	bool found;
	struct plan_cal_rule rule;
};

static void test_rules(void **state)
{
	const struct rule_case cases[] = {
		{ "last day of each month",
		  PLAN_EVERY_MONTH,
		  { D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30) },
		  4,
		  true,
		  { PLAN_CAL_MONTHLY, 1, -1, 0, D(2024, 4, 30) } },
		{ "the 15th of each month",
		  PLAN_EVERY_MONTH,
		  { D(2024, 1, 15), D(2024, 2, 15), D(2024, 3, 15) },
		  3,
		  true,
		  { PLAN_CAL_MONTHLY, 1, 15, 0, D(2024, 3, 15) } },
		{ "quarters",
		  PLAN_EVERY_QUARTER,
		  { D(2024, 3, 31), D(2024, 6, 30), D(2024, 9, 30), D(2024, 12, 31) },
		  4,
		  true,
		  { PLAN_CAL_MONTHLY, 3, -1, 0, D(2024, 12, 31) } },
		{ "halves",
		  PLAN_EVERY_HALF,
		  { D(2024, 6, 30), D(2024, 12, 31) },
		  2,
		  true,
		  { PLAN_CAL_MONTHLY, 6, -1, 0, D(2024, 12, 31) } },
		{ "years, on 14 December",
		  PLAN_EVERY_YEAR,
		  { D(2024, 12, 14), D(2025, 12, 14) },
		  2,
		  true,
		  { PLAN_CAL_YEARLY, 1, 14, 12, D(2025, 12, 14) } },
		{ "one year's end",
		  PLAN_EVERY_YEAR,
		  { D(2024, 12, 31) },
		  1,
		  true,
		  { PLAN_CAL_YEARLY, 1, -1, 12, D(2024, 12, 31) } },
		{ "weeks",
		  PLAN_EVERY_WEEK,
		  { D(2024, 12, 1), D(2024, 12, 8), D(2024, 12, 15) },
		  3,
		  true,
		  { PLAN_CAL_WEEKLY, 1, 0, 0, D(2024, 12, 15) } },
		{ "a week skipped",
		  PLAN_EVERY_WEEK,
		  { D(2024, 12, 1), D(2024, 12, 15) },
		  2,
		  false,
		  { PLAN_CAL_ONCE, 0, 0, 0, NONE } },
		{ "a month skipped",
		  PLAN_EVERY_MONTH,
		  { D(2024, 1, 31), D(2024, 3, 31) },
		  2,
		  false,
		  { PLAN_CAL_ONCE, 0, 0, 0, NONE } },
		{ "days that differ",
		  PLAN_EVERY_MONTH,
		  { D(2024, 1, 15), D(2024, 2, 16) },
		  2,
		  false,
		  { PLAN_CAL_ONCE, 0, 0, 0, NONE } },
		{ "30th of months, February's last",
		  PLAN_EVERY_MONTH,
		  { D(2024, 1, 30), D(2024, 2, 29), D(2024, 3, 30) },
		  3,
		  false,
		  { PLAN_CAL_ONCE, 0, 0, 0, NONE } },
		{ "no period",
		  PLAN_EVERY_NONE,
		  { D(2024, 1, 31) },
		  1,
		  false,
		  { PLAN_CAL_ONCE, 0, 0, 0, NONE } },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct rule_case *c = &cases[i];
		struct plan_due due[6];
		struct plan_cal_rule got = { PLAN_CAL_ONCE, 0, 0, 0, NONE };

		print_message("%s\n", c->what);
		for (size_t j = 0; j < c->n; j++)
			due[j] = (struct plan_due){ c->dates[j], NULL };
		assert_int_equal(plan_cal_rule_find(due, c->n, c->every, &got), c->found);
		assert_int_equal(got.freq, c->rule.freq);
		assert_int_equal(got.interval, c->rule.interval);
		assert_int_equal(got.month_day, c->rule.month_day);
		assert_int_equal(got.month, c->rule.month);
		assert_int_equal(got.until, c->rule.until);
	}
}

static const char text[] =
    "plan: p\nnumber: 7/KH-VP\ntitle: Kế hoạch thử\nissued: 2024-03-15\ntasks:\n"
    "  - id: \"m\"\n    task: Sửa đổi Thông tư và Nghị định\n    lead: [Vụ A, Vụ B]\n"
    "    support: [Cục C]\n    product: Nghị định\n"
    "    deadline: \"- Đối với Thông tư: Tháng 02; - Đối với Nghị định: Tháng 04\"\n"
    "    delivered:\n      - 2024-02-20\n"
    "  - id: \"monthly\"\n    task: |\n      Báo cáo\n      hằng tháng\n    deadline: Hàng tháng\n"
    "    delivered: [2024-03-29, 2024-04-26, 2024-07-01]\n"
    "  - id: \"odd\"\n    task: X\n    deadline: Hàng quý\n"
    "  - id: \"due\"\n    task: X\n    deadline: Theo lộ trình\n"
    "    due: [2024-04-10, 2024-05-10]\n"
    "    subtasks:\n      - id: \"due.1\"\n        task: Y\n"
    "  - id: \"done\"\n    task: X\n    deadline: Tháng 1\n    status: done\n"
    "  - id: \"dropped\"\n    task: X\n    deadline: Tháng 1\n    status: dropped\n"
    "  - id: \"met\"\n    task: X\n    deadline: Tháng 1\n    delivered: [2024-01-20]\n"
    "  - id: \"ongoing\"\n    task: X\n    deadline: Thường xuyên\n"
    "  - id: \"event\"\n    task: X\n    deadline: Theo yêu cầu của Bộ\n"
    "  - id: \"unknown\"\n    task: X\n    deadline: Sớm nhất có thể\n"
    "  - id: \"none\"\n    task: X\n"
    "  - id: \"ongoing-done\"\n    task: X\n    deadline: Thường xuyên\n    status: done\n";

/* The calendar of text as of today; the caller releases it and frees w. */
static struct queried *build(const char *plan, plan_date today, struct plan_calendar *cal)
{
	struct queried *w = queried_new(plan, today);
	struct plan_rows rows = PLAN_ROWS_INIT;

	plan_query_run(w->set, &w->q, &rows);
	plan_calendar_build(&rows, today, cal);
	plan_rows_release(&rows);
	return w;
}

static const struct plan_cal_entry *find(const struct plan_calendar *cal, const char *uid)
{
	for (size_t i = 0; i < cal->n; i++)
		if (strcmp(cal->v[i].uid, uid) == 0)
			return &cal->v[i];
	return NULL;
}

static void test_entries(void **state)
{
	const char *const uids[] = {
		"p/m/2@plan",   "p/monthly/every@plan", "p/odd/every@plan", "p/due/1@plan",
		"p/due/2@plan", "p/due.1/1@plan",       "p/due.1/2@plan",
	};
	struct plan_calendar cal = PLAN_CALENDAR_INIT;
	struct queried *w = build(text, D(2024, 6, 15), &cal);
	const struct plan_cal_entry *e;

	(void)state;
	assert_int_equal(cal.n, sizeof(uids) / sizeof(uids[0]));
	for (size_t i = 0; i < cal.n; i++)
		assert_string_equal(cal.v[i].uid, uids[i]);
	/* none, ongoing, event, unknown: no date; done, dropped, met: nothing to do */
	assert_int_equal(cal.undated, 4);

	e = find(&cal, "p/m/2@plan"); /* Thông tư delivered; Nghị định is left */
	assert_int_equal(e->date, D(2024, 4, 30));
	assert_int_equal(e->rule.freq, PLAN_CAL_ONCE);
	assert_int_equal(e->n_exdates, 0);
	assert_string_equal(e->summary, "p/m (Nghị định) Sửa đổi Thông tư và Nghị định");
	assert_string_equal(
	    e->description,
	    "Kế hoạch: 7/KH-VP (p): Kế hoạch thử\n"
	    "Đơn vị chủ trì: Vụ A; Vụ B\n"
	    "Đơn vị phối hợp: Cục C\n"
	    "Thời hạn: - Đối với Thông tư: Tháng 02; - Đối với Nghị định: Tháng 04\n"
	    "Mốc: 2/2 (Nghị định)\n"
	    "Sản phẩm: Nghị định");

	/* Two of ten occurrences met by 15 June; the July delivery had not happened. */
	e = find(&cal, "p/monthly/every@plan");
	assert_int_equal(e->date, D(2024, 3, 31));
	assert_int_equal(e->rule.freq, PLAN_CAL_MONTHLY);
	assert_int_equal(e->rule.month_day, -1);
	assert_int_equal(e->rule.until, D(2024, 12, 31));
	assert_int_equal(e->n_exdates, 2);
	assert_int_equal(e->exdates[0], D(2024, 3, 31));
	assert_int_equal(e->exdates[1], D(2024, 4, 30));
	assert_string_equal(e->summary, "p/monthly Báo cáo hằng tháng"); /* one line */
	assert_non_null(strstr(e->description, "Định kỳ: 10 lần, đã giao 2"));

	e = find(&cal, "p/due/1@plan"); /* explicit dates, no milestone label */
	assert_string_equal(e->summary, "p/due (1/2) X");
	assert_non_null(strstr(e->description, "Thời hạn: Theo lộ trình\nMốc: 1/2"));
	assert_non_null(find(&cal, "p/due.1/2@plan")); /* inherited */
	plan_calendar_release(&cal);
	queried_free(w);
}

/* A task added before another, or a plan reformatted, leaves the UIDs as they were. */
static void test_stable_uids(void **state)
{
	static const char before[] = "plan: p\ntitle: T\nissued: 2024-03-15\ntasks:\n"
				     "  - id: \"2\"\n    task: X\n    deadline: Tháng 9\n";
	static const char after[] = "plan: p\ntitle: T\nissued: 2024-03-15\n\ntasks:\n"
				    "  - id: \"1\"\n    task: New\n    deadline: Tháng 8\n"
				    "  -   id: '2'\n      task: X\n      deadline: Tháng 9\n";
	struct plan_calendar a = PLAN_CALENDAR_INIT, b = PLAN_CALENDAR_INIT;
	struct queried *wa = build(before, D(2024, 6, 15), &a);
	struct queried *wb = build(after, D(2024, 6, 15), &b);

	(void)state;
	assert_int_equal(a.n, 1);
	assert_int_equal(b.n, 2);
	assert_string_equal(a.v[0].uid, "p/2/1@plan");
	assert_string_equal(b.v[1].uid, a.v[0].uid);
	assert_int_equal(b.v[1].date, a.v[0].date);
	plan_calendar_release(&a);
	plan_calendar_release(&b);
	queried_free(wa);
	queried_free(wb);
}

/* Every occurrence delivered: nothing, and nothing undated either. */
static void test_all_delivered(void **state)
{
	static const char plan[] = "plan: p\ntitle: T\nissued: 2024-10-15\ntasks:\n"
				   "  - id: \"q\"\n    task: X\n    deadline: Hàng quý\n"
				   "    delivered: [2024-12-20]\n";
	struct plan_calendar cal = PLAN_CALENDAR_INIT;
	struct queried *w = build(plan, D(2024, 12, 25), &cal);

	(void)state;
	assert_int_equal(cal.n, 0);
	assert_int_equal(cal.undated, 0);
	plan_calendar_release(&cal);
	queried_free(w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_entries),
		cmocka_unit_test(test_stable_uids),
		cmocka_unit_test(test_all_delivered),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
