/* test_listing.c - tasks as table rows and JSON (src/core/listing.c). */
#include "testutil.h"

#include "plan/listing.h"

static const char text[] =
    "plan: p\ntitle: T\nissued: 2024-03-15\nsections:\n  - id: I\n    tasks:\n"
    "      - id: \"28\"\n        task: Triển khai | liên thông\n"
    "        lead:\n          - Cục Hộ tịch, quốc tịch, chứng thực\n          - Cục CNTT\n"
    "        deadline: Cả năm\n"
    "        subtasks:\n"
    "          - id: \"28.1\"\n            task: Thí điểm\n            deadline: Tháng 1\n"
    "            status: doing\n            delivered:\n"
    "              - {on: 2024-01-31, ref: Công văn 1/BTP}\n";

static void render_as_of(enum plan_listing what, enum plan_format format, size_t width,
			 plan_date today, struct plan_buf *out)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_query q = { .deadlines = engine, .today = today };
	struct plan_render_opts opts = { .width = width };

	assert_int_equal(diags.n, 0);
	q.filter.due_from = q.filter.due_to = PLAN_DATE_NONE;
	q.filter.overdue = what == PLAN_LISTING_OVERDUE;
	plan_query_run(set, &q, &rows);
	plan_listing_render(&rows, what, 0, format, &opts, out);
	plan_rows_release(&rows);
	plan_deadlines_free(engine);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void render(enum plan_format format, size_t width, struct plan_buf *out)
{
	render_as_of(PLAN_LISTING_TASKS, format, width, plan_date_make(2024, 1, 15), out);
}

static void test_table(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	render(PLAN_FORMAT_TABLE, 80, &out);
	assert_string_equal(
	    out.s,
	    "REF     LEAD               DEADLINE  DUE         STATUS  TASK\n"
	    "p/28    Cục Hộ tịch, quố…  Cả năm    2024-12-31  todo    Triển khai | liên thông\n"
	    "p/28.1  Cục Hộ tịch, quố…  Tháng 1   2024-01-31  doing   Thí điểm\n");
	plan_buf_release(&out);
}

static void test_markdown(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	render(PLAN_FORMAT_MD, 80, &out);
	assert_string_equal(
	    out.s,
	    "| REF | LEAD | DEADLINE | DUE | STATUS | TASK |\n"
	    "| --- | --- | --- | --- | --- | --- |\n"
	    "| p/28 | Cục Hộ tịch, quốc tịch, chứng thực; Cục CNTT | Cả năm | 2024-12-31 | "
	    "todo | Triển khai \\| liên thông |\n"
	    "| p/28.1 | Cục Hộ tịch, quốc tịch, chứng thực; Cục CNTT | Tháng 1 | 2024-01-31 | "
	    "doing | Thí điểm |\n");
	plan_buf_release(&out);
}

static void test_json(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	render(PLAN_FORMAT_JSON, 80, &out);
	assert_non_null(strstr(out.s, "    \"ref\": \"p/28.1\",\n"
				      "    \"plan\": \"p\",\n"
				      "    \"id\": \"28.1\",\n"
				      "    \"section\": \"I\",\n"
				      "    \"parent\": \"p/28\",\n"
				      "    \"task\": \"Thí điểm\",\n"
				      "    \"lead\": [\n"
				      "      \"Cục Hộ tịch, quốc tịch, chứng thực\",\n"
				      "      \"Cục CNTT\"\n"
				      "    ],\n"
				      "    \"support\": [],\n"
				      "    \"deadline\": \"Tháng 1\",\n"
				      "    \"due\": [\n"
				      "      \"2024-01-31\"\n"
				      "    ],\n"
				      "    \"kind\": \"date\",\n"
				      "    \"missed\": null,\n"
				      "    \"days_late\": null,\n"
				      "    \"via\": null,\n"
				      "    \"product\": null,\n"
				      "    \"funding\": null,\n"
				      "    \"note\": null,\n"
				      "    \"status\": \"doing\",\n"
				      "    \"delivered\": [\n"
				      "      {\n"
				      "        \"on\": \"2024-01-31\",\n"
				      "        \"ref\": \"Công văn 1/BTP\"\n"
				      "      }\n"
				      "    ],\n"
				      "    \"file\": \"t.yaml\",\n"
				      "    \"line\": 14\n"));
	plan_buf_release(&out);
}

static void test_overdue(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	/* On 2025-02-10: 28 (Cả năm 2024) is 41 days late; 28.1 is met by its delivery. */
	render_as_of(PLAN_LISTING_OVERDUE, PLAN_FORMAT_TABLE, 90, plan_date_make(2025, 2, 10),
		     &out);
	assert_string_equal(
	    out.s, "REF   LEAD                             DEADLINE  MISSED      LATE  TASK\n"
		   "p/28  Cục Hộ tịch, quốc tịch, chứng…   Cả năm    2024-12-31    41  Triển khai "
		   "| liên thông\n");
	plan_buf_reset(&out);
	render_as_of(PLAN_LISTING_OVERDUE, PLAN_FORMAT_CSV, 100, plan_date_make(2025, 2, 10), &out);
	assert_string_equal(out.s, "ref,lead,deadline,missed,days_late,task\r\n"
				   "p/28,\"Cục Hộ tịch, quốc tịch, chứng thực; Cục CNTT\",Cả năm,"
				   "2024-12-31,41,Triển khai | liên thông\r\n");
	plan_buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_overdue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
