/*
 * test_history.c - one task through the versions of its file
 * (src/core/history.c): the steps that changed it, the summary of how its
 * due date slipped, and the text, Markdown and JSON of plan history.
 */
#include "testutil.h"

#include <stdlib.h>

#include "plan/history.h"

#define TASK1(rest) "  - {id: \"1\", task: Rà soát, " rest "}\n"
#define JSON_WANT   "XX"
#define TASK2       "  - {id: \"2\", task: Khác, lead: [Văn phòng Bộ], deadline: Tháng 12/2024}\n"

/* p/1 as first written, with its deadline slipped, with its lead changed; p without it. */
static const char v_first[] =
    PLAN_HEADER "tasks:\n" TASK1("lead: [Văn phòng Bộ], deadline: Tháng 1/2024") TASK2;
static const char v_slipped[] =
    PLAN_HEADER "tasks:\n" TASK1("lead: [Văn phòng Bộ], deadline: Quý II/2024") TASK2;
static const char v_lead[] =
    PLAN_HEADER "tasks:\n" TASK1("lead: [Cục Bổ trợ tư pháp], deadline: Quý II/2024") TASK2;
static const char v_without[] = PLAN_HEADER "tasks:\n" TASK2;
static const char v_broken[] = "plan: [p\n";

static const struct plan_history_commit commits[] = {
	{ .hash = "1111111111111111111111111111111111111111",
	  .short_hash = "1111111",
	  .author = "Nguyễn Văn A",
	  .date = "2024-07-01",
	  .subject = "Kế hoạch ban đầu" },
	{ .hash = "2222222222222222222222222222222222222222",
	  .short_hash = "2222222",
	  .author = "Trần Thị B",
	  .date = "2024-07-02",
	  .subject = "Lùi thời hạn" },
	{ .hash = "3333333333333333333333333333333333333333",
	  .short_hash = "3333333",
	  .author = "Nguyễn Văn A",
	  .date = "2024-07-03",
	  .subject = "Sửa đơn vị" },
	{ .hash = "4444444444444444444444444444444444444444",
	  .short_hash = "4444444",
	  .author = "Nguyễn Văn A",
	  .date = "2024-07-04",
	  .subject = "Bốn" },
	{ .hash = "5555555555555555555555555555555555555555",
	  .short_hash = "5555555",
	  .author = "Nguyễn Văn A",
	  .date = "2024-07-05",
	  .subject = "Năm" },
};

/*
 * Follows p/1 through texts (n of them, at most 5 and oldest first): the
 * i-th from commits[i], except the last from the work tree when worktree.
 */
static void follow(const char *const *texts, size_t n, bool worktree, struct plan_history *h)
{
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_history_revision revs[5];

	assert_true(n <= 5);
	for (size_t i = 0; i < n; i++)
		revs[i] = (struct plan_history_revision){ .commit = &commits[i],
							  .name = "plans/p.yaml",
							  .text = texts[i],
							  .len = strlen(texts[i]) };
	if (worktree && n)
		revs[n - 1].commit = NULL;
	plan_history_build(h, "p", "1", revs, n, engine);
	plan_deadlines_free(engine);
}

/* Asserts that h renders as want in format, headed by "p/1". */
static void assert_render(const struct plan_history *h, enum plan_format format, const char *want)
{
	struct plan_buf out = PLAN_BUF_INIT;

	plan_history_render(h, "p/1", format, &out);
	assert_string_equal(out.s, want);
	plan_buf_release(&out);
}

static void assert_summary(const struct plan_history *h, const char *want)
{
	struct plan_buf out = PLAN_BUF_INIT;

	plan_history_summary(h, &out);
	assert_string_equal(out.s, want);
	plan_buf_release(&out);
}

/* The same text in every version: added once, then no step; nothing moved. */
static void test_no_change(void **state)
{
	const char *const texts[] = { v_first, v_first, v_first };
	struct plan_history h;

	(void)state;
	follow(texts, 3, false, &h);
	assert_int_equal(h.n, 1);
	assert_ptr_equal(h.steps[0].commit, &commits[0]);
	assert_int_equal(h.steps[0].diff.items[0].change, PLAN_CHANGE_ADDED);
	assert_int_equal(h.moves, 0);
	assert_int_equal(h.days, 0);
	assert_summary(&h, "the due date never moved\n");
	plan_history_release(&h);
	/* No version at all, or none with the task: no step. */
	follow(texts, 0, false, &h);
	assert_int_equal(h.n, 0);
	assert_render(&h, PLAN_FORMAT_TABLE, "p/1\nthe due date never moved\n");
	assert_render(&h, PLAN_FORMAT_MD, "### p/1\n\nthe due date never moved\n");
	assert_render(&h, PLAN_FORMAT_JSON, "[]\n");
	plan_history_release(&h);
	{
		const char *const without[] = { v_without, v_broken, v_without };

		follow(without, 3, true, &h);
		assert_int_equal(h.n, 0);
		assert_int_equal(h.moves, 0);
		plan_history_release(&h);
	}
}

/* Tháng 1/2024 to Quý II/2024: once, 151 days; and back: twice, 0 days in all. */
static void test_slipped_deadline(void **state)
{
	const char *const texts[] = { v_first, v_slipped, v_slipped, v_first };
	struct plan_history h;

	(void)state;
	follow(texts, 2, false, &h);
	assert_int_equal(h.n, 2);
	assert_ptr_equal(h.steps[1].commit, &commits[1]);
	assert_int_equal(h.moves, 1);
	assert_int_equal(h.days, 151);
	assert_summary(&h, "the due date moved 1 time, +151 days in all\n");
	plan_history_release(&h);
	follow(texts, 4, false, &h);
	assert_int_equal(h.n, 3);
	assert_ptr_equal(h.steps[2].commit, &commits[3]);
	assert_int_equal(h.moves, 2);
	assert_int_equal(h.days, 0);
	assert_summary(&h, "the due date moved 2 times, +0 days in all\n");
	plan_history_release(&h);
	/* One day, singular, either way. */
	h = (struct plan_history){ .moves = 1, .days = -1 };
	assert_summary(&h, "the due date moved 1 time, -1 day in all\n");
	h = (struct plan_history){ .moves = 3, .days = 1 };
	assert_summary(&h, "the due date moved 3 times, +1 day in all\n");
}

/* A new lead is a step of its own, and no move of the due date. */
static void test_lead_changed(void **state)
{
	const char *const texts[] = { v_slipped, v_lead };
	struct plan_history h;
	const struct plan_item_diff *it;

	(void)state;
	follow(texts, 2, false, &h);
	assert_int_equal(h.n, 2);
	it = &h.steps[1].diff.items[0];
	assert_int_equal(it->change, PLAN_CHANGE_CHANGED);
	assert_int_equal(it->n_fields, 1);
	assert_string_equal(it->fields[0].field, "lead");
	assert_int_equal(h.moves, 0);
	assert_render(&h, PLAN_FORMAT_TABLE,
		      "p/1\n"
		      "2024-07-01 1111111 Nguyễn Văn A: Kế hoạch ban đầu (added)\n"
		      "  task: Rà soát\n  lead: Văn phòng Bộ\n  deadline: Quý II/2024\n"
		      "2024-07-02 2222222 Trần Thị B: Lùi thời hạn\n"
		      "  lead: - Văn phòng Bộ; + Cục Bổ trợ tư pháp\n"
		      "the due date never moved\n");
	plan_history_release(&h);
}

/*
 * The task added, removed, absent from a file that does not load, and
 * added again: three steps; the broken version is no step.
 */
static void test_added_removed(void **state)
{
	const char *const texts[] = { v_without, v_first, v_without, v_broken, v_slipped };
	struct plan_history h;

	(void)state;
	follow(texts, 5, false, &h);
	assert_int_equal(h.n, 3);
	assert_ptr_equal(h.steps[0].commit, &commits[1]);
	assert_int_equal(h.steps[0].diff.items[0].change, PLAN_CHANGE_ADDED);
	assert_ptr_equal(h.steps[1].commit, &commits[2]);
	assert_int_equal(h.steps[1].diff.items[0].change, PLAN_CHANGE_REMOVED);
	assert_ptr_equal(h.steps[2].commit, &commits[4]);
	assert_int_equal(h.steps[2].diff.items[0].change, PLAN_CHANGE_ADDED);
	/* Removed and added again is no move of the due date. */
	assert_int_equal(h.moves, 0);
	assert_render(&h, PLAN_FORMAT_TABLE,
		      "p/1\n"
		      "2024-07-02 2222222 Trần Thị B: Lùi thời hạn (added)\n"
		      "  task: Rà soát\n  lead: Văn phòng Bộ\n  deadline: Tháng 1/2024\n"
		      "2024-07-03 3333333 Nguyễn Văn A: Sửa đơn vị (removed)\n"
		      "  task: Rà soát\n  lead: Văn phòng Bộ\n  deadline: Tháng 1/2024\n"
		      "2024-07-05 5555555 Nguyễn Văn A: Năm (added)\n"
		      "  task: Rà soát\n  lead: Văn phòng Bộ\n  deadline: Quý II/2024\n"
		      "the due date never moved\n");
	plan_history_release(&h);
}

/* The three formats of one history: a commit that slipped, then the work tree's lead. */
static void test_formats(void **state)
{
	const char *const texts[] = { v_first, v_slipped, v_lead };
	struct plan_history h;

	(void)state;
	follow(texts, 3, true, &h);
	assert_int_equal(h.n, 3);
	assert_null(h.steps[2].commit);
	assert_render(&h, PLAN_FORMAT_TABLE,
		      "p/1\n"
		      "2024-07-01 1111111 Nguyễn Văn A: Kế hoạch ban đầu (added)\n"
		      "  task: Rà soát\n  lead: Văn phòng Bộ\n  deadline: Tháng 1/2024\n"
		      "2024-07-02 2222222 Trần Thị B: Lùi thời hạn\n"
		      "  deadline: Tháng 1/2024 → Quý II/2024 (due 2024-01-31 → 2024-06-30, "
		      "+151 days)\n"
		      "not committed yet\n"
		      "  lead: - Văn phòng Bộ; + Cục Bổ trợ tư pháp\n"
		      "the due date moved 1 time, +151 days in all\n");
	assert_render(&h, PLAN_FORMAT_MD,
		      "### p/1\n\n"
		      "- 2024-07-01 1111111 Nguyễn Văn A: Kế hoạch ban đầu (added)\n"
		      "  - task: Rà soát\n  - lead: Văn phòng Bộ\n  - deadline: Tháng 1/2024\n"
		      "- 2024-07-02 2222222 Trần Thị B: Lùi thời hạn\n"
		      "  - deadline: Tháng 1/2024 → Quý II/2024 (due 2024-01-31 → 2024-06-30, "
		      "+151 days)\n"
		      "- not committed yet\n"
		      "  - lead: - Văn phòng Bộ; + Cục Bổ trợ tư pháp\n"
		      "the due date moved 1 time, +151 days in all\n");
	/* Any other format is text. */
	{
		struct plan_buf text = PLAN_BUF_INIT;

		plan_history_render(&h, "p/1", PLAN_FORMAT_TABLE, &text);
		assert_render(&h, PLAN_FORMAT_CSV, text.s);
		plan_buf_release(&text);
	}
	plan_history_release(&h);
}

/* The JSON of p/1 first with Quý II/2024, then Tháng 1/2024, then in the work tree as v_lead. */
static const char json_want[] = "[\n"
				"  {\n"
				"    \"commit\": \"1111111111111111111111111111111111111111\",\n"
				"    \"date\": \"2024-07-01\",\n"
				"    \"author\": \"Nguyễn Văn A\",\n"
				"    \"subject\": \"Kế hoạch ban đầu\",\n"
				"    \"what\": \"task\",\n"
				"    \"ref\": \"p/1\",\n"
				"    \"change\": \"added\",\n"
				"    \"from\": null,\n"
				"    \"to\": null,\n"
				"    \"fields\": [\n"
				"      {\n"
				"        \"field\": \"task\",\n"
				"        \"old\": null,\n"
				"        \"new\": \"Rà soát\",\n"
				"        \"removed\": [],\n"
				"        \"added\": [],\n"
				"        \"old_due\": null,\n"
				"        \"new_due\": null,\n"
				"        \"shift_days\": null\n"
				"      },\n"
				"      {\n"
				"        \"field\": \"lead\",\n"
				"        \"old\": null,\n"
				"        \"new\": null,\n"
				"        \"removed\": [],\n"
				"        \"added\": [\n"
				"          \"Văn phòng Bộ\"\n"
				"        ],\n"
				"        \"old_due\": null,\n"
				"        \"new_due\": null,\n"
				"        \"shift_days\": null\n"
				"      },\n"
				"      {\n"
				"        \"field\": \"deadline\",\n"
				"        \"old\": null,\n"
				"        \"new\": \"Quý II/2024\",\n"
				"        \"removed\": [],\n"
				"        \"added\": [],\n"
				"        \"old_due\": null,\n"
				"        \"new_due\": null,\n"
				"        \"shift_days\": null\n"
				"      }\n"
				"    ]\n"
				"  },\n"
				"  {\n"
				"    \"commit\": \"2222222222222222222222222222222222222222\",\n"
				"    \"date\": \"2024-07-02\",\n"
				"    \"author\": \"Trần Thị B\",\n"
				"    \"subject\": \"Lùi thời hạn\",\n"
				"    \"what\": \"task\",\n"
				"    \"ref\": \"p/1\",\n"
				"    \"change\": \"changed\",\n"
				"    \"from\": null,\n"
				"    \"to\": null,\n"
				"    \"fields\": [\n"
				"      {\n"
				"        \"field\": \"deadline\",\n"
				"        \"old\": \"Quý II/2024\",\n"
				"        \"new\": \"Tháng 1/2024\",\n"
				"        \"removed\": [],\n"
				"        \"added\": [],\n"
				"        \"old_due\": \"2024-06-30\",\n"
				"        \"new_due\": \"2024-01-31\",\n"
				"        \"shift_days\": -151\n"
				"      }\n"
				"    ]\n"
				"  },\n"
				"  {\n"
				"    \"commit\": null,\n"
				"    \"date\": null,\n"
				"    \"author\": null,\n"
				"    \"subject\": null,\n"
				"    \"what\": \"task\",\n"
				"    \"ref\": \"p/1\",\n"
				"    \"change\": \"changed\",\n"
				"    \"from\": null,\n"
				"    \"to\": null,\n"
				"    \"fields\": [\n"
				"      {\n"
				"        \"field\": \"lead\",\n"
				"        \"old\": null,\n"
				"        \"new\": null,\n"
				"        \"removed\": [\n"
				"          \"Văn phòng Bộ\"\n"
				"        ],\n"
				"        \"added\": [\n"
				"          \"Cục Bổ trợ tư pháp\"\n"
				"        ],\n"
				"        \"old_due\": null,\n"
				"        \"new_due\": null,\n"
				"        \"shift_days\": null\n"
				"      },\n"
				"      {\n"
				"        \"field\": \"deadline\",\n"
				"        \"old\": \"Tháng 1/2024\",\n"
				"        \"new\": \"Quý II/2024\",\n"
				"        \"removed\": [],\n"
				"        \"added\": [],\n"
				"        \"old_due\": \"2024-01-31\",\n"
				"        \"new_due\": \"2024-06-30\",\n"
				"        \"shift_days\": 151\n"
				"      }\n"
				"    ]\n"
				"  }\n"
				"]\n";

/* JSON: each step's commit (null for the work tree) and its diff item; no summary. */
static void test_json(void **state)
{
	const char *const texts[] = { v_slipped, v_first, v_lead };
	struct plan_history h;

	(void)state;
	follow(texts, 3, true, &h);
	/* Back and forth: twice, 0 days in all. */
	assert_int_equal(h.moves, 2);
	assert_int_equal(h.days, 0);
	assert_render(&h, PLAN_FORMAT_JSON, json_want);
	plan_history_release(&h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_change),    cmocka_unit_test(test_slipped_deadline),
		cmocka_unit_test(test_lead_changed), cmocka_unit_test(test_added_removed),
		cmocka_unit_test(test_formats),      cmocka_unit_test(test_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
