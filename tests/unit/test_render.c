/* test_render.c - terminal tables, Markdown and CSV (src/core/render.c). */
#include "testutil.h"

#include "plan/render.h"
#include "text.h"

static const struct plan_column columns[] = {
	{ .header = "REF", .key = "ref", .keep = true },
	{ .header = "LEAD", .key = "lead", .min_width = 6, .max_width = 12 },
	{ .header = "TASK", .key = "task", .min_width = 8, .ideal_width = 20, .flex = true },
};

static struct plan_table *sample(void)
{
	struct plan_table *t = plan_table_new(columns, 3);
	const struct plan_cell a[] = {
		{ "p/1", 3, PLAN_STYLE_PLAIN },
		{ "Cục Công nghệ thông tin", strlen("Cục Công nghệ thông tin"), PLAN_STYLE_PLAIN },
		{ "Rà soát, sửa đổi | bổ sung", strlen("Rà soát, sửa đổi | bổ sung"),
		  PLAN_STYLE_BAD },
	};
	const struct plan_cell b[] = {
		{ "p/28.1", 6, PLAN_STYLE_PLAIN },
		{ "Văn phòng Bộ", strlen("Văn phòng Bộ"), PLAN_STYLE_PLAIN },
		{ NULL, 0, PLAN_STYLE_PLAIN },
	};

	plan_table_add(t, a);
	plan_table_add(t, b);
	return t;
}

static void test_terminal_table_fits(void **state)
{
	struct plan_table *t = sample();
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_render_opts wide = { .width = 80, .color = false },
				narrow = { .width = 30, .color = false },
				tiny = { .width = 10, .color = false };

	(void)state;
	assert_int_equal(plan_table_rows(t), 2);
	plan_table_render(t, PLAN_FORMAT_TABLE, &wide, &out);
	assert_string_equal(out.s, "REF     LEAD                     TASK\n"
				   "p/1     Cục Công nghệ thông tin  Rà soát, sửa đổi | bổ sung\n"
				   "p/28.1  Văn phòng Bộ\n");
	plan_buf_reset(&out);
	plan_table_render(t, PLAN_FORMAT_TABLE, &narrow, &out);
	/* The task gives way to its ideal width, the lead to its minimum, then the task. */
	assert_string_equal(out.s, "REF     LEAD    TASK\n"
				   "p/1     Cục C…  Rà soát, sửa…\n"
				   "p/28.1  Văn p…\n");
	/* Too narrow for the minimums: references stay whole, lines run over. */
	plan_buf_reset(&out);
	plan_table_render(t, PLAN_FORMAT_TABLE, &tiny, &out);
	assert_string_equal(out.s, "REF     LEAD    TASK\n"
				   "p/1     Cục C…  Rà soát…\n"
				   "p/28.1  Văn p…\n");
	plan_buf_release(&out);
	plan_table_free(t);
}

static void test_color(void **state)
{
	struct plan_table *t = sample();
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_render_opts opts = { .width = 80, .color = true };

	(void)state;
	plan_table_render(t, PLAN_FORMAT_TABLE, &opts, &out);
	assert_non_null(strstr(out.s, "\033[1mREF\033[0m"));
	assert_non_null(strstr(out.s, "\033[31mRà soát, sửa đổi | bổ sung\033[0m\n"));
	plan_buf_release(&out);
	plan_table_free(t);
}

static void test_markdown(void **state)
{
	struct plan_table *t = sample();
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_table_render(t, PLAN_FORMAT_MD, NULL, &out);
	assert_string_equal(out.s,
			    "| REF | LEAD | TASK |\n"
			    "| --- | --- | --- |\n"
			    "| p/1 | Cục Công nghệ thông tin | Rà soát, sửa đổi \\| bổ sung |\n"
			    "| p/28.1 | Văn phòng Bộ |  |\n");
	plan_buf_reset(&out);
	plan_md_escape(&out, "*a* _b_ [c](d) <e> `f` ~g~ \\\nh &copy; #1",
		       strlen("*a* _b_ [c](d) <e> `f` ~g~ \\\nh &copy; #1"));
	assert_string_equal(out.s, "\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\~g\\~ \\\\ h "
				   "\\&copy; \\#1");
	plan_buf_reset(&out);
	plan_md_escape(&out, "Đề\x7F án\t06", strlen("Đề\x7F án\t06"));
	assert_string_equal(out.s, "Đề  án 06"); /* DEL and tab as spaces; letters as they are */
	plan_buf_release(&out);
	plan_table_free(t);
}

static void test_right_aligned_numbers(void **state)
{
	static const struct plan_column counts[] = {
		{ .header = "UNIT", .key = "unit" },
		{ .header = "LATE", .key = "late", .right = true },
		{ .header = "N", .key = "n", .right = true },
	};
	struct plan_table *t = plan_table_new(counts, 3);
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_render_opts opts = { .width = 80, .color = false };
	const struct plan_cell a[] = { { "Cục CNTT", strlen("Cục CNTT"), PLAN_STYLE_PLAIN },
				       { "7", 1, PLAN_STYLE_PLAIN },
				       { "120", 3, PLAN_STYLE_PLAIN } };
	const struct plan_cell b[] = { { "Văn phòng Bộ", strlen("Văn phòng Bộ"), PLAN_STYLE_PLAIN },
				       { "12", 2, PLAN_STYLE_PLAIN },
				       { "3", 1, PLAN_STYLE_PLAIN } };

	(void)state;
	plan_table_add(t, a);
	plan_table_add(t, b);
	plan_table_render(t, PLAN_FORMAT_TABLE, &opts, &out);
	assert_string_equal(out.s, "UNIT          LATE    N\n"
				   "Cục CNTT         7  120\n"
				   "Văn phòng Bộ    12    3\n");
	plan_buf_reset(&out);
	plan_table_render(t, PLAN_FORMAT_MD, &opts, &out);
	assert_string_equal(out.s, "| UNIT | LATE | N |\n"
				   "| --- | ---: | ---: |\n"
				   "| Cục CNTT | 7 | 120 |\n"
				   "| Văn phòng Bộ | 12 | 3 |\n");
	{ /* and so row by row, without a table */
		struct plan_buf streamed = PLAN_BUF_INIT;

		plan_md_table_head(&streamed, counts, 3);
		plan_md_table_row(&streamed, a, 3);
		plan_md_table_row(&streamed, b, 3);
		assert_string_equal(streamed.s, out.s);
		plan_buf_release(&streamed);
	}
	plan_buf_release(&out);
	plan_table_free(t);
}

static void test_csv(void **state)
{
	struct plan_table *t = plan_table_new(columns, 3);
	struct plan_buf out = PLAN_BUF_INIT;
	const struct plan_cell row[] = {
		{ "p/1", 3, PLAN_STYLE_PLAIN },
		{ "Các bộ, ngành", strlen("Các bộ, ngành"), PLAN_STYLE_PLAIN },
		{ "nói \"có\"\nhai dòng", strlen("nói \"có\"\nhai dòng"), PLAN_STYLE_PLAIN },
	};

	(void)state;
	plan_table_render(t, PLAN_FORMAT_CSV, NULL, &out);
	assert_string_equal(out.s, "ref,lead,task\r\n");
	plan_table_add(t, row);
	plan_buf_reset(&out);
	plan_table_render(t, PLAN_FORMAT_CSV, NULL, &out);
	assert_string_equal(out.s, "ref,lead,task\r\n"
				   "p/1,\"Các bộ, ngành\",\"nói \"\"có\"\"\nhai dòng\"\r\n");
	plan_buf_release(&out);
	plan_table_free(t);
}

static void test_empty_tables_print_nothing(void **state)
{
	struct plan_table *t = plan_table_new(columns, 3);
	struct plan_buf out = PLAN_BUF_INIT;
	struct plan_render_opts opts = { .width = 80, .color = false };

	(void)state;
	plan_table_render(t, PLAN_FORMAT_TABLE, &opts, &out);
	plan_table_render(t, PLAN_FORMAT_MD, &opts, &out);
	assert_string_equal(out.s, "");
	plan_buf_release(&out);
	plan_table_free(t);
}

static void test_format_names(void **state)
{
	enum plan_format f;

	(void)state;
	assert_int_equal(plan_format_parse("md", &f), 0);
	assert_int_equal(f, PLAN_FORMAT_MD);
	assert_int_equal(plan_format_parse("xml", &f), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terminal_table_fits),
		cmocka_unit_test(test_color),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_right_aligned_numbers),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_empty_tables_print_nothing),
		cmocka_unit_test(test_format_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
