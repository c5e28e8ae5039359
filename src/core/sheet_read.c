/* sheet_read.c - the sheet stream of sheet.h read back into a book, every byte checked. */
#include <stdlib.h>
#include <string.h>

#include "plan/sheet.h"
#include "text.h"

/* The longest record the stream takes, and the most columns a spreadsheet has. */
enum { RECORD_MAX = 16 * 1024 * 1024, COLUMNS_MAX = 16384 };

struct reader {
	const char *s;
	size_t len, at;
	struct plan_buf *err;
	/* the record just read */
	const char *word, *data;
	size_t word_len, data_len, start;
};

static int fail(struct reader *r, const char *what)
{
	plan_buf_addf(r->err, "at byte %zu: %s", r->start, what);
	return -1;
}

/* Reads the next record; returns 1, 0 at the end of the stream, or -1. */
static int next(struct reader *r)
{
	size_t i = r->at, n = 0, digits = 0;

	r->start = r->at;
	if (r->at == r->len)
		return 0;
	while (i < r->len && ((r->s[i] >= 'a' && r->s[i] <= 'z') || r->s[i] == '-'))
		i++;
	r->word = r->s + r->at;
	r->word_len = i - r->at;
	if (!r->word_len || i == r->len || r->s[i] != ' ')
		return fail(r, "expected a record, a word and a length ('text 5')");
	for (i++; i < r->len && r->s[i] >= '0' && r->s[i] <= '9' && digits < 9; i++, digits++)
		n = n * 10 + (size_t)(r->s[i] - '0');
	if (!digits || i == r->len || r->s[i] != '\n')
		return fail(r, "expected the length of the record, then a line feed");
	if (n > RECORD_MAX)
		return fail(r, "the record is longer than a sheet takes");
	i++;
	if (r->len - i < n + 1 || r->s[i + n] != '\n')
		return fail(r, "the record is cut short, or not ended by a line feed");
	r->data = r->s + i;
	r->data_len = n;
	r->at = i + n + 1;
	return 1;
}

static bool is(const struct reader *r, const char *word)
{
	return r->word_len == strlen(word) && memcmp(r->word, word, r->word_len) == 0;
}

/* The kind named by the record's word in words[0..n), or -1. */
static int word_index(const struct reader *r, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (is(r, words[i]))
			return (int)i;
	return -1;
}

static int check_text(struct reader *r)
{
	size_t bad;

	if (memchr(r->data, '\0', r->data_len))
		return fail(r, "the text holds a NUL byte");
	if (!plan_utf8_valid(r->data, r->data_len, &bad))
		return fail(r, "the text is not UTF-8");
	return 0;
}

static const char *const column_words[] = { "text-column", "date-column", "number-column" };

/* Reads one cell record into s. */
static int read_cell(struct reader *r, struct plan_sheet *s)
{
	plan_date d;

	if (is(r, "text")) {
		if (check_text(r))
			return -1;
		plan_sheet_add_text(s, r->data, r->data_len);
	} else if (is(r, "date")) {
		if (plan_date_parse(r->data, r->data_len, &d) != PLAN_DATE_OK)
			return fail(r, "invalid date; expected YYYY-MM-DD");
		plan_sheet_add_date(s, d);
	} else if (is(r, "number")) {
		const size_t before = s->n_cells;

		plan_sheet_add_value(s, PLAN_CELL_NUMBER, r->data, r->data_len);
		if (s->cells[before].kind != PLAN_VALUE_NUMBER) {
			s->n_cells = before;
			return fail(r,
				    "invalid number; expected a whole number of up to 18 digits");
		}
	} else if (is(r, "empty") && !r->data_len) {
		plan_sheet_add_empty(s);
	} else {
		return fail(r, "expected a cell: text, date, number or empty");
	}
	return 0;
}

/* Reads the records of a sheet after its name, up to its end. */
static int read_sheet(struct reader *r, struct plan_sheet *s)
{
	int got, kind;

	while ((got = next(r)) == 1) {
		if ((kind = word_index(r, column_words, 3)) >= 0) {
			if (s->n_cells)
				return fail(r, "a column after the first row");
			if (s->n_columns == COLUMNS_MAX || check_text(r))
				return s->n_columns == COLUMNS_MAX ? fail(r, "too many columns")
								   : -1;
			plan_sheet_add_column(s, (enum plan_cell_kind)kind, r->data, r->data_len);
		} else if (is(r, "row") || is(r, "end")) {
			if (r->data_len)
				return fail(r, "a row or an end holds no bytes");
			if (s->n_cells % (s->n_columns ? s->n_columns : 1))
				return fail(
				    r, "the row above has fewer cells than the sheet has columns");
			if (is(r, "end"))
				return 0;
			if (!s->n_columns)
				return fail(r, "a row in a sheet without columns");
			if (plan_sheet_rows(s) == PLAN_SHEET_ROWS_MAX)
				return fail(r, "more rows than a sheet holds");
			if ((got = next(r)) != 1 || (got = read_cell(r, s)) != 0)
				return got ? -1 : fail(r, "a row without cells");
		} else if (s->n_cells && s->n_cells % s->n_columns) {
			if (read_cell(r, s))
				return -1;
		} else {
			return fail(r, s->n_cells || is(r, "text") || is(r, "date") ||
					       is(r, "number") || is(r, "empty")
					   ? "more cells than the sheet has columns"
					   : "expected a column, a row or the end of the sheet");
		}
	}
	return got < 0 ? -1 : fail(r, "the stream ends within a sheet");
}

int plan_book_read(struct plan_book *b, const char *s, size_t len, struct plan_buf *err)
{
	struct reader r = { .s = s, .len = len, .err = err };
	int got;

	while ((got = next(&r)) == 1) {
		if (!is(&r, "sheet"))
			return fail(&r, "expected a sheet");
		if (check_text(&r) || read_sheet(&r, plan_book_add_sheet(b, r.data, r.data_len)))
			return -1;
	}
	return got;
}
