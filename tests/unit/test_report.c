/*
 * test_report.c - status reports and digests as Markdown, and their mail
 * subjects (src/core/report.c, digest.c and the blocks of docmd.c).
 */
#include "testquery.h"
#include "testutil.h"

#include <stdlib.h>

#include "plan/digest.h"
#include "plan/report.h"
#include "plan/sheet.h"

/* Issued 2024-01-01, looked at on 2024-06-15 with a window of 7 days. */
static const char text[] =
    "plan: p\nnumber: 12/KH-BTP\ntitle: Kế hoạch *thử* <b>nghiệm</b>\n"
    "issuer: Bộ Tư pháp\nissued: 2024-01-01\ntasks:\n"
    "  - {id: \"1\", task: Long late | piped, lead: [Cục A], deadline: Tháng 3/2024}\n"
    "  - {id: \"2\", task: Just late, lead: [Cục B], due: 2024-06-10}\n"
    "  - {id: \"3\", task: Due soon, lead: [Cục A], due: 2024-06-20}\n"
    "  - {id: \"4\", task: Delivered, lead: [Cục B], due: 2024-06-30,\n"
    "     delivered: [{on: 2024-06-12, ref: Công văn 5/BTP}]}\n"
    "  - {id: \"5\", task: Far, lead: [Cục A], due: 2024-12-31}\n";

static int setup(void **state)
{
	*state = queried_new(text, plan_date_make(2024, 6, 15));
	return 0;
}

static int teardown(void **state)
{
	queried_free(*state);
	return 0;
}

static struct plan_report_meta meta_of(const struct queried *f, enum plan_lang lang)
{
	return (struct plan_report_meta){ .lang = lang,
					  .plans = (const struct plan *const *)f->set->plans,
					  .n_plans = f->set->n_plans };
}

/* Asserts that the lines of want appear in out, in this order. */
static void assert_in_order(const char *out, const char *const *want, size_t n)
{
	const char *at = out;

	for (size_t i = 0; i < n; i++) {
		const char *found = strstr(at, want[i]);

		if (!found) {
			print_message("missing, or out of order: %s\n--- in:\n%s\n", want[i], out);
			fail();
		}
		at = found + strlen(want[i]);
	}
}

static void test_report(void **state)
{
	static const char *const want[] = {
		"# Báo cáo tình hình thực hiện kế hoạch 12/KH-BTP tính đến ngày 15/06/2024\n\n",
		/* Text from the plan is escaped: no markup, no raw HTML. */
		"- **12/KH-BTP** ngày 01/01/2024 của Bộ Tư pháp: Kế hoạch \\*thử\\* "
		"\\<b\\>nghiệm\\</b\\>\n\n",
		"## Tổng hợp\n\n| Chỉ tiêu | Số nhiệm vụ |\n| --- | ---: |\n"
		"| Tổng số nhiệm vụ | 5 |\n",
		"| Quá hạn | 2 |\n| Đến hạn trong 7 ngày tới | 1 |\n| Chưa đến hạn | 2 |\n",
		"## Theo đơn vị chủ trì\n\n",
		"| Cục A | 3 | 0 | 0 | 1 | 1 | 1 | 0 | 0 | 0 |\n",
		"| Cục B | 2 | 0 | 0 | 1 | 0 | 1 | 0 | 0 | 0 |\n",
		"## Nhiệm vụ quá hạn\n\n",
		/* One plan: ids without the plan's; most late first. */
		"| 1 | Cục A | Tháng 3/2024 | 31/03/2024 | 76 | Long late \\| piped |\n",
		"| 2 | Cục B |  | 10/06/2024 | 5 | Just late |\n",
		"## Nhiệm vụ đến hạn trong 7 ngày tới\n\n",
		"| 3 | Cục A |  | 20/06/2024 | Due soon |\n",
		"## Kết quả thực hiện trong 7 ngày qua\n\n",
		"| 12/06/2024 | 4 | Cục B | Công văn 5/BTP | Delivered |\n",
		"---\n\n*Lập bằng plan từ các tệp kế hoạch.*\n",
	};
	const struct queried *f = *state;
	struct plan_report_meta meta = meta_of(f, PLAN_LANG_VI);
	struct plan_snapshot snap;
	struct plan_buf out = PLAN_BUF_INIT;

	plan_snapshot_take(&snap, f->set, &f->q, f->idx, 7);
	plan_report_write(&snap, &meta, &out);
	assert_in_order(out.s, want, sizeof(want) / sizeof(want[0]));
	assert_null(strstr(out.s, "<b>"));
	plan_buf_release(&out);
	plan_snapshot_release(&snap);
}

static void test_report_in_english_and_empty(void **state)
{
	static const char *const want[] = {
		"# Status report on plan 12/KH-BTP as of 2025-01-01 — Cục B\n\n",
		"- Unit: Cục B (lead or support, with tasks given to a group it belongs to)\n",
		"## Overdue tasks\n\nNo task is overdue.\n\n",
		"## Tasks due in the next 7 days\n\nNo task falls due in the next 7 days.\n\n",
		"## Deliveries in the last 7 days\n\nNo delivery was recorded in the last 7 "
		"days.\n\n",
		"*Made by plan from the plan files at commit `abc1234` (with uncommitted "
		"changes).*\n",
	};
	const struct queried *f = *state;
	struct plan_report_meta meta = meta_of(f, PLAN_LANG_EN);
	struct plan_unit_refs b = PLAN_UNIT_REFS_INIT;
	struct plan_query q = f->q;
	struct plan_snapshot snap;
	struct plan_buf out = PLAN_BUF_INIT;

	plan_unit_lookup(f->idx, "cuc b", &b);
	assert_int_equal(b.n, 1);
	meta.units = b.v;
	meta.n_units = 1;
	meta.role = PLAN_ROLE_ANY;
	meta.collectives = true;
	meta.commit = "abc1234";
	meta.uncommitted = true;
	q.today = plan_date_make(2025, 1, 1); /* everything of Cục B is settled or late */
	q.filter.index = f->idx;
	q.filter.units = b.v;
	q.filter.n_units = 1;
	q.filter.role = PLAN_ROLE_ANY;
	q.filter.statuses = 1u << PLAN_DONE; /* none: an empty report still says so */
	plan_snapshot_take(&snap, f->set, &q, f->idx, 7);
	plan_report_write(&snap, &meta, &out);
	assert_in_order(out.s, want, sizeof(want) / sizeof(want[0]));
	assert_null(strstr(out.s, "By lead unit")); /* no unit leads a task kept */
	plan_buf_reset(&out);
	plan_report_subject(&snap, &meta, &out);
	assert_string_equal(out.s,
			    "[plan] Status report on 12/KH-BTP, 2025-01-01: 0 overdue tasks, "
			    "0 due soon — Cục B");
	plan_buf_release(&out);
	plan_unit_refs_release(&b);
	plan_snapshot_release(&snap);
}

static void test_digest(void **state)
{
	static const char *const want[] = {
		"# Nhắc việc: nhiệm vụ quá hạn và sắp đến hạn, ngày 15/06/2024\n\n",
		"- Kế hoạch: 12/KH-BTP\n\n",
		/* Late by at most the window: newly; more: still. */
		"## Mới quá hạn trong 7 ngày qua\n\n",
		"| 2 | Cục B |  | 10/06/2024 | 5 | Just late |\n",
		"## Vẫn còn quá hạn\n\n",
		"| 1 | Cục A | Tháng 3/2024 | 31/03/2024 | 76 | Long late \\| piped |\n",
		"## Nhiệm vụ đến hạn trong 7 ngày tới\n\n",
		"## Kết quả thực hiện trong 7 ngày qua\n\n",
		"---\n\n",
	};
	const struct queried *f = *state;
	struct plan_report_meta meta = meta_of(f, PLAN_LANG_VI);
	struct plan_snapshot snap;
	struct plan_buf out = PLAN_BUF_INIT;

	plan_snapshot_take(&snap, f->set, &f->q, f->idx, 7);
	assert_true(plan_digest_write(&snap, &meta, &out));
	assert_in_order(out.s, want, sizeof(want) / sizeof(want[0]));
	plan_buf_reset(&out);
	plan_digest_subject(&snap, &meta, &out);
	assert_string_equal(out.s, "[plan] 2 nhiệm vụ quá hạn, 1 sắp đến hạn — 12/KH-BTP");
	plan_buf_release(&out);
	plan_snapshot_release(&snap);
}

static void test_digest_with_nothing_to_say(void **state)
{
	const struct queried *f = *state;
	struct plan_report_meta meta = meta_of(f, PLAN_LANG_EN);
	struct plan_query q = f->q;
	struct plan_snapshot snap;
	struct plan_buf out = PLAN_BUF_INIT;

	q.today = plan_date_make(2024, 1, 2); /* nothing late, due or delivered yet */
	plan_snapshot_take(&snap, f->set, &q, f->idx, 7);
	assert_false(plan_digest_write(&snap, &meta, &out));
	assert_int_equal(out.len, 0);
	plan_digest_subject(&snap, &meta, &out);
	assert_string_equal(out.s, "[plan] 0 overdue tasks, 0 due soon — 12/KH-BTP");
	plan_buf_release(&out);
	plan_snapshot_release(&snap);
}

/* The report's tables as sheets: named by their sections, dates and counts typed, texts whole. */
static void test_report_sheets(void **state)
{
	static const char *const names[] = { "Tổng hợp", "Theo đơn vị chủ trì", "Nhiệm vụ quá hạn",
					     "Nhiệm vụ đến hạn trong 7 ngày",
					     "Kết quả thực hiện trong 7 ngày" };
	const struct queried *f = *state;
	struct plan_report_meta meta = meta_of(f, PLAN_LANG_VI);
	struct plan_buf out = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct plan_book *b = plan_book_new();
	const struct plan_sheet *late;
	struct plan_snapshot snap;

	plan_snapshot_take(&snap, f->set, &f->q, f->idx, 7);
	plan_report_sheets(&snap, &meta, &out);
	assert_int_equal(plan_book_read(b, out.s, out.len, &err), 0);
	assert_int_equal(b->n, 5);
	for (size_t i = 0; i < 5; i++)
		assert_string_equal(b->sheets[i]->name, names[i]);
	assert_int_equal(plan_sheet_rows(b->sheets[0]), 9);
	assert_int_equal(plan_sheet_cell(b->sheets[0], 0, 1)->kind, PLAN_VALUE_NUMBER);
	assert_true(plan_sheet_cell(b->sheets[0], 0, 1)->number == 5);
	late = b->sheets[2];
	assert_int_equal(plan_sheet_rows(late), 2);
	assert_string_equal(late->columns[3].name, "Hạn hoàn thành");
	assert_int_equal(late->columns[3].kind, PLAN_CELL_DATE);
	assert_int_equal(plan_sheet_cell(late, 0, 3)->date, plan_date_make(2024, 3, 31));
	assert_true(plan_sheet_cell(late, 0, 4)->number == 76);
	/* not Markdown: no escaping */
	assert_string_equal(plan_sheet_cell(late, 0, 5)->s, "Long late | piped");
	assert_int_equal(plan_sheet_cell(b->sheets[4], 0, 0)->date, plan_date_make(2024, 6, 12));
	plan_book_free(b);
	plan_buf_release(&out);
	plan_buf_release(&err);
	plan_snapshot_release(&snap);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report),
		cmocka_unit_test(test_report_in_english_and_empty),
		cmocka_unit_test(test_report_sheets),
		cmocka_unit_test(test_digest),
		cmocka_unit_test(test_digest_with_nothing_to_say),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
