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

/* Renders the rows of what, with the columns cols (NULL: the default ones). */
static void render_cols(enum plan_listing what, const struct plan_listing_columns *cols,
			enum plan_format format, size_t width, plan_date today,
			struct plan_buf *out)
{
	struct plan_diags diags = PLAN_DIAGS_INIT;
	struct plan_set *set = load_text(text, &diags);
	struct plan_rows rows = PLAN_ROWS_INIT;
	struct plan_deadlines *engine = plan_deadlines_new();
	struct plan_query q;
	struct plan_render_opts opts = { .width = width };

	assert_int_equal(diags.n, 0);
	plan_query_init(&q, engine, today);
	q.filter.overdue = what == PLAN_LISTING_OVERDUE;
	plan_query_run(set, &q, &rows);
	if (cols)
		plan_listing_render_columns(&rows, cols, format, &opts, out);
	else
		plan_listing_render(&rows, what, 0, format, &opts, out);
	plan_rows_release(&rows);
	plan_deadlines_free(engine);
	plan_set_free(set);
	plan_diags_release(&diags);
}

static void render_as_of(enum plan_listing what, enum plan_format format, size_t width,
			 plan_date today, struct plan_buf *out)
{
	render_cols(what, NULL, format, width, today, out);
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

static const char all_keys[] =
    "ref, plan, id, section, parent, lead, support, deadline, kind, due, dues, missed, "
    "days_late, status, delivered, via, product, funding, note, task, file, line or all";

static void test_columns_parse_errors(void **state)
{
	static const struct {
		const char *list, *message;
	} cases[] = {
		{ "", "no column chosen; expected " },
		{ "ref,dealine", "unknown column 'dealine' (did you mean 'deadline'?); expected " },
		{ "ref,,task", "empty column name; expected " },
		{ "ref,", "empty column name; expected " },
		{ "xyzzy", "unknown column 'xyzzy'; expected " },
		{ "Ref", "unknown column 'Ref' (did you mean 'ref'?); expected " },
		{ "task,ref,task", "column 'task' chosen twice" },
		{ "all,ref", "column 'ref' chosen twice" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct plan_listing_columns cols = { .n = 99 };
		struct plan_buf err = PLAN_BUF_INIT, want = PLAN_BUF_INIT;

		plan_buf_addstr(&want, cases[i].message);
		if (strstr(cases[i].message, "expected"))
			plan_buf_addstr(&want, all_keys);
		assert_int_equal(plan_listing_columns_parse(cases[i].list, 0, &cols, &err), -1);
		assert_string_equal(err.s, want.s);
		assert_int_equal(cols.n, 99); /* untouched */
		plan_buf_release(&err);
		plan_buf_release(&want);
	}
}

/* The CSV header of list (as of 2024-01-15) with the columns list names. */
static void csv_of(const char *list, unsigned flags, struct plan_buf *out)
{
	struct plan_listing_columns cols;
	struct plan_buf err = PLAN_BUF_INIT;

	assert_int_equal(plan_listing_columns_parse(list, flags, &cols, &err), 0);
	assert_int_equal(err.len, 0);
	render_cols(PLAN_LISTING_TASKS, &cols, PLAN_FORMAT_CSV, 80, plan_date_make(2024, 1, 15),
		    out);
	plan_buf_release(&err);
}

static void test_columns_csv(void **state)
{
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	csv_of("task,ref,status,dues,delivered", 0, &out);
	assert_string_equal(out.s,
			    "task,ref,status,dues,delivered\r\n"
			    "Triển khai | liên thông,p/28,todo,2024-12-31,\r\n"
			    "Thí điểm,p/28.1,doing,2024-01-31,2024-01-31 Công văn 1/BTP\r\n");
	plan_buf_reset(&out);
	csv_of("all", 0, &out);
	assert_string_equal(
	    out.s, "ref,plan,id,section,parent,lead,support,deadline,kind,due,dues,missed,"
		   "days_late,status,delivered,product,funding,note,task,file,line\r\n"
		   "p/28,p,28,I,,\"Cục Hộ tịch, quốc tịch, chứng thực; Cục CNTT\",,Cả năm,date,"
		   "2024-12-31,2024-12-31,,,todo,,,,,Triển khai | liên thông,t.yaml,7\r\n"
		   "p/28.1,p,28.1,I,p/28,\"Cục Hộ tịch, quốc tịch, chứng thực; Cục CNTT\",,"
		   "Tháng 1,date,2024-01-31,2024-01-31,,,doing,2024-01-31 Công văn 1/BTP,,,,"
		   "Thí điểm,t.yaml,14\r\n");
	plan_buf_reset(&out);
	csv_of("all", PLAN_LISTING_VIA, &out);
	assert_non_null(strstr(out.s, ",delivered,via,product,"));
	plan_buf_release(&out);
}

/* The default columns rendered as chosen ones give the same bytes as plan_listing_render(). */
static void test_columns_default(void **state)
{
	static const enum plan_format formats[] = { PLAN_FORMAT_TABLE, PLAN_FORMAT_MD,
						    PLAN_FORMAT_CSV };

	(void)state;
	for (size_t i = 0; i < sizeof(formats) / sizeof(*formats); i++) {
		for (int what = PLAN_LISTING_TASKS; what <= PLAN_LISTING_OVERDUE; what++) {
			struct plan_listing_columns cols;
			struct plan_buf a = PLAN_BUF_INIT, b = PLAN_BUF_INIT;
			const plan_date day = plan_date_make(2025, 2, 10);

			plan_listing_columns_default(what, 0, &cols);
			render_as_of(what, formats[i], 70, day, &a);
			render_cols(what, &cols, formats[i], 70, day, &b);
			assert_true(a.len > 0);
			assert_string_equal(a.s, b.s);
			plan_buf_release(&a);
			plan_buf_release(&b);
		}
	}
}

static void test_columns_json(void **state)
{
	struct plan_listing_columns cols;
	struct plan_buf out = PLAN_BUF_INIT, err = PLAN_BUF_INIT;

	(void)state;
	assert_int_equal(
	    plan_listing_columns_parse("ref,days_late,lead,due,note,line", 0, &cols, &err), 0);
	render_cols(PLAN_LISTING_OVERDUE, &cols, PLAN_FORMAT_JSON, 80, plan_date_make(2025, 2, 10),
		    &out);
	assert_string_equal(out.s, "[\n"
				   "  {\n"
				   "    \"ref\": \"p/28\",\n"
				   "    \"days_late\": 41,\n"
				   "    \"lead\": [\n"
				   "      \"Cục Hộ tịch, quốc tịch, chứng thực\",\n"
				   "      \"Cục CNTT\"\n"
				   "    ],\n"
				   "    \"due\": \"2024-12-31\",\n"
				   "    \"note\": null,\n"
				   "    \"line\": 7\n"
				   "  }\n"
				   "]\n");
	plan_buf_release(&out);
	plan_buf_release(&err);
}

/* Text columns give way to fit the width; references are kept whole. */
static void test_columns_table(void **state)
{
	struct plan_listing_columns cols;
	struct plan_buf out = PLAN_BUF_INIT, err = PLAN_BUF_INIT;

	(void)state;
	assert_int_equal(plan_listing_columns_parse("task,ref,lead,file", 0, &cols, &err), 0);
	render_cols(PLAN_LISTING_TASKS, &cols, PLAN_FORMAT_TABLE, 44, plan_date_make(2024, 1, 15),
		    &out);
	assert_string_equal(out.s, "TASK           REF     LEAD           FILE\n"
				   "Triển khai |…  p/28    Cục Hộ tịch,…  t.yaml\n"
				   "Thí điểm       p/28.1  Cục Hộ tịch,…  t.yaml\n");
	plan_buf_release(&out);
	plan_buf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_overdue),
		cmocka_unit_test(test_columns_parse_errors),
		cmocka_unit_test(test_columns_csv),
		cmocka_unit_test(test_columns_default),
		cmocka_unit_test(test_columns_json),
		cmocka_unit_test(test_columns_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
