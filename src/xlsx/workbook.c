/* workbook.c - sheets written as an .xlsx workbook with libxlsxwriter. */
#include "workbook.h"

#include <string.h>
#include <xlsxwriter.h>

#include "text.h"

/* Columns are never wider than this (their text wraps), nor narrower than that. */
enum { WIDTH_MAX = 60, WIDTH_MIN = 6 };
/* Room for the autofilter's button beside a header. */
enum { BUTTON = 3 };
/* Excel's serial number of 1970-01-01, day 0 of a plan_date. */
enum { EXCEL_1970 = 25569 };

struct formats {
	lxw_format *header, *text, *date, *number;
};

static void make_formats(lxw_workbook *wb, struct formats *f)
{
	f->header = workbook_add_format(wb);
	format_set_bold(f->header);
	format_set_align(f->header, LXW_ALIGN_VERTICAL_TOP);
	f->text = workbook_add_format(wb);
	format_set_text_wrap(f->text);
	format_set_align(f->text, LXW_ALIGN_VERTICAL_TOP);
	f->date = workbook_add_format(wb);
	format_set_num_format(f->date, "dd/mm/yyyy");
	format_set_align(f->date, LXW_ALIGN_VERTICAL_TOP);
	f->number = workbook_add_format(wb);
	format_set_align(f->number, LXW_ALIGN_VERTICAL_TOP);
}

/* The display width of the widest line of s. */
static size_t widest_line(const char *s, size_t len)
{
	size_t widest = 0;

	while (len) {
		const char *nl = memchr(s, '\n', len);
		const size_t n = nl ? (size_t)(nl - s) : len;
		const size_t w = plan_text_width(s, n);

		widest = w > widest ? w : widest;
		s += n + (nl != NULL);
		len -= n + (nl != NULL);
	}
	return widest;
}

static size_t value_width(const struct plan_sheet_value *v)
{
	char n[32];

	switch (v->kind) {
	case PLAN_VALUE_TEXT:
		return widest_line(v->s, v->len);
	case PLAN_VALUE_DATE:
		return strlen("dd/mm/yyyy");
	case PLAN_VALUE_NUMBER:
		return (size_t)snprintf(n, sizeof(n), "%lld", (long long)v->number);
	case PLAN_VALUE_EMPTY:
		break;
	}
	return 0;
}

/* Column c as wide as its widest cell or its header and button, within the bounds. */
static double column_width(const struct plan_sheet *s, size_t c)
{
	size_t w = widest_line(s->columns[c].name, s->columns[c].len) + BUTTON;

	for (size_t r = 0; r < plan_sheet_rows(s); r++) {
		const size_t cw = value_width(plan_sheet_cell(s, r, c)) + 1;

		w = cw > w ? cw : w;
	}
	return (double)(w > WIDTH_MAX ? WIDTH_MAX : w < WIDTH_MIN ? WIDTH_MIN : w);
}

static lxw_error write_value(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
			     const struct plan_sheet_value *v, const struct formats *f)
{
	switch (v->kind) {
	case PLAN_VALUE_TEXT:
		return worksheet_write_string(ws, row, col, v->s, f->text);
	case PLAN_VALUE_DATE:
		return worksheet_write_number(ws, row, col, (double)v->date + EXCEL_1970, f->date);
	case PLAN_VALUE_NUMBER:
		return worksheet_write_number(ws, row, col, (double)v->number, f->number);
	case PLAN_VALUE_EMPTY:
		break;
	}
	return LXW_NO_ERROR;
}

static int write_sheet(lxw_workbook *wb, const struct plan_sheet *s, const struct formats *f,
		       struct plan_buf *err)
{
	lxw_worksheet *ws = workbook_add_worksheet(wb, s->name);
	const size_t rows = plan_sheet_rows(s);
	lxw_error e = LXW_NO_ERROR;
	size_t r = 0, c = 0;

	if (!ws) {
		plan_buf_addf(err, "cannot add the sheet '%s'", s->name);
		return -1;
	}
	for (c = 0; c < s->n_columns && !e; c++)
		e = worksheet_write_string(ws, 0, (lxw_col_t)c, s->columns[c].name, f->header);
	for (r = 0; r < rows && !e; r++)
		for (c = 0; c < s->n_columns && !e; c++)
			e = write_value(ws, (lxw_row_t)r + 1, (lxw_col_t)c,
					plan_sheet_cell(s, r, c), f);
	/* the loops went one past the cell: r + 1 and c are its row and column, from 1 */
	if (e) {
		plan_buf_addf(err, "sheet '%s', row %zu, column %zu: %s", s->name, r + 1, c,
			      lxw_strerror(e));
		return -1;
	}
	for (c = 0; c < s->n_columns; c++) {
		const enum plan_cell_kind kind = s->columns[c].kind;

		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, column_width(s, c),
				     kind == PLAN_CELL_DATE     ? f->date
				     : kind == PLAN_CELL_NUMBER ? f->number
								: f->text);
	}
	if (s->n_columns) {
		worksheet_freeze_panes(ws, 1, 0);
		worksheet_autofilter(ws, 0, 0, (lxw_row_t)rows, (lxw_col_t)(s->n_columns - 1));
	}
	return 0;
}

int xlsx_write(const struct plan_book *b, const char *path, int64_t created, struct plan_buf *err)
{
	lxw_doc_properties props = { .created = (time_t)created };
	lxw_workbook *wb = workbook_new(path);
	struct formats f;
	lxw_error e;

	if (!wb) {
		plan_buf_addf(err, "cannot begin a workbook in '%s'", path);
		return -1;
	}
	workbook_set_properties(wb, &props);
	make_formats(wb, &f);
	for (size_t i = 0; i < b->n; i++)
		if (write_sheet(wb, b->sheets[i], &f, err)) {
			workbook_close(wb);
			return -1;
		}
	if ((e = workbook_close(wb)) != LXW_NO_ERROR) {
		plan_buf_addf(err, "cannot write the workbook: %s", lxw_strerror(e));
		return -1;
	}
	return 0;
}
