/* test_sheet.c - typed sheets and their stream (src/core/sheet.c, sheet_read.c). */
#include "testutil.h"

#include "plan/render.h"
#include "plan/sheet.h"

static const char task[] = "Triển khai thí điểm tái cấu trúc quy trình giải quyết TTHC "
			   "“cấp Giấy xác nhận tình trạng hôn nhân”";
/* Every control character but NUL, and lines that look like records. */
static const char hostile[] = "\x01\x02\x07\b\t\n\v\f\r\x1b\x1f\x7f row 0\nend 0\n"
			      "sheet 3\nabc\ntext 99\n";

static struct plan_book *sample(void)
{
	struct plan_book *b = plan_book_new();
	struct plan_sheet *s = plan_book_add_sheet(b, "Quá hạn", strlen("Quá hạn"));

	plan_sheet_add_column(s, PLAN_CELL_TEXT, "ref", 3);
	plan_sheet_add_column(s, PLAN_CELL_DATE, "missed", 6);
	plan_sheet_add_column(s, PLAN_CELL_NUMBER, "days_late", 9);
	plan_sheet_add_column(s, PLAN_CELL_TEXT, "task", 4);
	plan_sheet_add_text(s, "demo-b/28.1", 11);
	plan_sheet_add_date(s, plan_date_make(2022, 1, 31));
	plan_sheet_add_number(s, 866);
	plan_sheet_add_text(s, task, strlen(task));
	plan_sheet_add_text(s, hostile, strlen(hostile));
	plan_sheet_add_empty(s);
	plan_sheet_add_number(s, -9223372036854775807LL / 1000); /* 16 digits */
	plan_sheet_add_text(s, "", 0);
	plan_book_add_sheet(b, "Trống", strlen("Trống")); /* no columns, no rows */
	return b;
}

static void assert_same_value(const struct plan_sheet_value *a, const struct plan_sheet_value *b)
{
	assert_int_equal(a->kind, b->kind);
	if (a->kind == PLAN_VALUE_TEXT) {
		assert_int_equal(a->len, b->len);
		assert_memory_equal(a->s, b->s, a->len);
		assert_int_equal(b->s[b->len], '\0');
	}
	if (a->kind == PLAN_VALUE_DATE)
		assert_int_equal(a->date, b->date);
	if (a->kind == PLAN_VALUE_NUMBER)
		assert_true(a->number == b->number);
}

static void assert_same_book(const struct plan_book *a, const struct plan_book *b)
{
	assert_int_equal(a->n, b->n);
	for (size_t i = 0; i < a->n; i++) {
		const struct plan_sheet *x = a->sheets[i], *y = b->sheets[i];

		assert_string_equal(x->name, y->name);
		assert_int_equal(x->n_columns, y->n_columns);
		assert_int_equal(plan_sheet_rows(x), plan_sheet_rows(y));
		for (size_t c = 0; c < x->n_columns; c++) {
			assert_string_equal(x->columns[c].name, y->columns[c].name);
			assert_int_equal(x->columns[c].kind, y->columns[c].kind);
		}
		for (size_t r = 0; r < plan_sheet_rows(x); r++)
			for (size_t c = 0; c < x->n_columns; c++)
				assert_same_value(plan_sheet_cell(x, r, c),
						  plan_sheet_cell(y, r, c));
	}
}

static void test_round_trip(void **state)
{
	struct plan_book *b = sample(), *back = plan_book_new();
	struct plan_buf stream = PLAN_BUF_INIT, again = PLAN_BUF_INIT, err = PLAN_BUF_INIT;

	(void)state;
	plan_book_write(b, &stream);
	assert_int_equal(plan_book_read(back, stream.s, stream.len, &err), 0);
	assert_same_book(b, back);
	assert_int_equal(plan_sheet_cell(back->sheets[0], 0, 1)->kind, PLAN_VALUE_DATE);
	assert_string_equal(plan_sheet_cell(back->sheets[0], 0, 3)->s, task);
	assert_string_equal(plan_sheet_cell(back->sheets[0], 1, 0)->s, hostile);
	assert_int_equal(plan_sheet_cell(back->sheets[0], 1, 3)->kind, PLAN_VALUE_TEXT);
	plan_book_write(back, &again);
	assert_int_equal(stream.len, again.len);
	assert_memory_equal(stream.s, again.s, stream.len);
	plan_buf_release(&stream);
	plan_buf_release(&again);
	plan_buf_release(&err);
	plan_book_free(b);
	plan_book_free(back);
}

static void test_stream_bytes(void **state)
{
	struct plan_book *b = plan_book_new();
	struct plan_sheet *s = plan_book_add_sheet(b, "Đơn vị", strlen("Đơn vị"));
	struct plan_buf out = PLAN_BUF_INIT;

	(void)state;
	plan_sheet_add_column(s, PLAN_CELL_TEXT, "unit", 4);
	plan_sheet_add_column(s, PLAN_CELL_NUMBER, "lead", 4);
	plan_sheet_add_text(s, "Văn phòng Bộ", strlen("Văn phòng Bộ"));
	plan_sheet_add_number(s, 3);
	plan_book_write(b, &out);
	assert_string_equal(out.s, "sheet 10\nĐơn vị\ntext-column 4\nunit\nnumber-column 4\nlead\n"
				   "row 0\n\ntext 16\nVăn phòng Bộ\nnumber 1\n3\nend 0\n\n");
	plan_buf_release(&out);
	plan_book_free(b);
}

static void test_empty(void **state)
{
	struct plan_book *b = plan_book_new(), *back = plan_book_new();
	struct plan_buf out = PLAN_BUF_INIT, err = PLAN_BUF_INIT;

	(void)state;
	plan_book_write(b, &out);
	assert_int_equal(out.len, 0);
	assert_int_equal(plan_book_read(back, "", 0, &err), 0);
	assert_int_equal(back->n, 0);
	plan_book_add_sheet(b, "list", 4);
	plan_book_write(b, &out);
	assert_string_equal(out.s, "sheet 4\nlist\nend 0\n\n");
	assert_int_equal(plan_book_read(back, out.s, out.len, &err), 0);
	assert_int_equal(back->n, 1);
	assert_int_equal(plan_sheet_rows(back->sheets[0]), 0);
	plan_buf_release(&out);
	plan_buf_release(&err);
	plan_book_free(b);
	plan_book_free(back);
}

/* Tables' text typed by their columns' kinds, as render.c hands it over. */
static void test_values_typed(void **state)
{
	struct plan_book *b = plan_book_new();
	struct plan_sheet *s = plan_book_add_sheet(b, "x", 1);
	static const struct {
		enum plan_cell_kind kind;
		const char *text;
		enum plan_value_kind want;
	} cases[] = {
		{ PLAN_CELL_DATE, "2024-06-30", PLAN_VALUE_DATE },
		{ PLAN_CELL_DATE, "2024-02-30", PLAN_VALUE_TEXT },
		{ PLAN_CELL_DATE, "30/06/2024", PLAN_VALUE_TEXT },
		{ PLAN_CELL_DATE, "", PLAN_VALUE_EMPTY },
		{ PLAN_CELL_NUMBER, "-12", PLAN_VALUE_NUMBER },
		{ PLAN_CELL_NUMBER, "12 ngày", PLAN_VALUE_TEXT },
		{ PLAN_CELL_NUMBER, "1234567890123456789", PLAN_VALUE_TEXT },
		{ PLAN_CELL_NUMBER, "-", PLAN_VALUE_TEXT },
		{ PLAN_CELL_TEXT, "2024-06-30", PLAN_VALUE_TEXT },
		{ PLAN_CELL_TEXT, "42", PLAN_VALUE_TEXT },
	};

	(void)state;
	plan_sheet_add_column(s, PLAN_CELL_TEXT, "a", 1);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		plan_sheet_add_value(s, cases[i].kind, cases[i].text, strlen(cases[i].text));
		assert_int_equal(plan_sheet_cell(s, i, 0)->kind, cases[i].want);
	}
	assert_int_equal(plan_sheet_cell(s, 0, 0)->date, plan_date_make(2024, 6, 30));
	assert_true(plan_sheet_cell(s, 4, 0)->number == -12);
	plan_book_free(b);
}

static void test_sheet_names(void **state)
{
	struct plan_book *b = plan_book_new();
	static const struct {
		const char *given, *name;
	} cases[] = {
		{ "Nhiệm vụ quá hạn", "Nhiệm vụ quá hạn" },
		{ "nhiệm vụ QUÁ hạn", "nhiệm vụ QUÁ hạn" }, /* capitals fold in ASCII only */
		{ "NHIệM Vụ QUá HạN", "NHIệM Vụ QUá HạN (2)" },
		{ "a/b:c[d]*e?f\\g", "a_b_c_d__e_f_g" },
		{ "'quoted'", "quoted" },
		{ "''", "Sheet" },
		{ "", "Sheet (2)" },
		{ "Tab\there", "Tab_here" },
		{ "Nhiệm vụ đến hạn trong 7 ngày tới", "Nhiệm vụ đến hạn trong 7 ngày" },
		{ "Mộtừthậtdàikhôngcókhoảngtrắngnàocả", "Mộtừthậtdàikhôngcókhoảngtrắngnà" },
		{ "Các đơn vị thuộc, trực thuộc Bộ Tư pháp", "Các đơn vị thuộc, trực thuộc Bộ" },
		{ "Các đơn vị thuộc, trực thuộc Bộ Nội vụ", "Các đơn vị thuộc, trực (2)" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_string_equal(
		    plan_book_add_sheet(b, cases[i].given, strlen(cases[i].given))->name,
		    cases[i].name);
	plan_book_free(b);
}

static void test_bad_streams(void **state)
{
	static const struct {
		const char *stream, *error;
	} cases[] = {
		{ "text 1\na\n", "at byte 0: expected a sheet" },
		{ "sheet 1\nx\n", "at byte 10: the stream ends within a sheet" },
		{ "sheet 1\nx", "at byte 0: the record is cut short, or not ended by a line feed" },
		{ "sheet 5\nx\n",
		  "at byte 0: the record is cut short, or not ended by a line feed" },
		{ "sheet x\n", "at byte 0: expected the length of the record, then a line feed" },
		{ "Sheet 1\nx\n", "at byte 0: expected a record, a word and a length ('text 5')" },
		{ "sheet 9999999999\n",
		  "at byte 0: expected the length of the record, then a line feed" },
		{ "sheet 1\nx\nrow 0\n\n", "at byte 10: a row in a sheet without columns" },
		{ "sheet 1\nx\ntext-column 1\na\nrow 0\n\nend 0\n\n",
		  "at byte 33: expected a cell: text, date, number or empty" },
		{ "sheet 1\nx\ntext-column 1\na\ntext-column 1\nb\nrow 0\n\ntext 1\n1\nend 0\n\n",
		  "at byte 58: the row above has fewer cells than the sheet has columns" },
		{ "sheet 1\nx\ntext-column 1\na\nrow 0\n\ntext 1\n1\ntext 1\n2\n",
		  "at byte 42: more cells than the sheet has columns" },
		{ "sheet 1\nx\ntext-column 1\na\nrow 0\n\ntext 1\n1\ntext-column 1\nb\n",
		  "at byte 42: a column after the first row" },
		{ "sheet 1\nx\ndate-column 1\nd\nrow 0\n\ndate 10\n2024-13-01\n",
		  "at byte 33: invalid date; expected YYYY-MM-DD" },
		{ "sheet 1\nx\nnumber-column 1\nn\nrow 0\n\nnumber 3\n1.5\n",
		  "at byte 35: invalid number; expected a whole number of up to 18 digits" },
		{ "sheet 1\nx\ntext-column 1\na\nrow 0\n\ntext 2\n\xc3(\n",
		  "at byte 33: the text is not UTF-8" },
		{ "sheet 1\nx\ntext-column 1\na\nrow 0\n\ntext 1\n\0\n",
		  "at byte 33: the text holds a NUL byte" },
		{ "sheet 1\nx\nend 1\nx\n", "at byte 10: a row or an end holds no bytes" },
	};
	struct plan_buf err = PLAN_BUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct plan_book *b = plan_book_new();
		const char *s = cases[i].stream;
		size_t len = strlen(s);

		if (strstr(cases[i].error, "NUL"))
			len += 3; /* the NUL and what follows it */
		plan_buf_reset(&err);
		assert_int_equal(plan_book_read(b, s, len, &err), -1);
		assert_string_equal(err.s, cases[i].error);
		plan_book_free(b);
	}
	plan_buf_release(&err);
}

/* A table rendered as XLSX is one sheet of the stream, typed by its columns. */
static void test_table_as_sheet(void **state)
{
	static const struct plan_column columns[] = {
		{ .header = "REF", .key = "ref" },
		{ .header = "DUE", .key = "due", .kind = PLAN_CELL_DATE },
		{ .header = "LATE", .key = "days_late", .kind = PLAN_CELL_NUMBER },
	};
	const struct plan_cell row[] = { { "a/1", 3, PLAN_STYLE_PLAIN },
					 { "2024-06-30", 10, PLAN_STYLE_PLAIN },
					 { "5", 1, PLAN_STYLE_PLAIN } };
	const struct plan_render_opts opts = { .sheet = "demo-b" };
	struct plan_table *t = plan_table_new(columns, 3);
	struct plan_buf out = PLAN_BUF_INIT, err = PLAN_BUF_INIT;
	struct plan_book *b = plan_book_new();

	(void)state;
	plan_table_add(t, row);
	plan_table_render(t, PLAN_FORMAT_XLSX, &opts, &out);
	assert_string_equal(
	    out.s, "sheet 6\ndemo-b\ntext-column 3\nref\ndate-column 3\ndue\n"
		   "number-column 9\ndays_late\nrow 0\n\ntext 3\na/1\ndate 10\n2024-06-30\n"
		   "number 1\n5\nend 0\n\n");
	plan_table_render(t, PLAN_FORMAT_XLSX, &opts, &out); /* end to end: a second sheet */
	assert_int_equal(plan_book_read(b, out.s, out.len, &err), 0);
	assert_int_equal(b->n, 2);
	assert_string_equal(b->sheets[1]->name, "demo-b (2)");
	plan_table_free(t);
	plan_book_free(b);
	plan_buf_release(&out);
	plan_buf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),     cmocka_unit_test(test_stream_bytes),
		cmocka_unit_test(test_empty),          cmocka_unit_test(test_values_typed),
		cmocka_unit_test(test_sheet_names),    cmocka_unit_test(test_bad_streams),
		cmocka_unit_test(test_table_as_sheet),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
