/* doc_build.c - tables built cell by cell, merged cells spread over their grid. */
#include "doctable.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "text.h"

void doc_init(struct doc *d)
{
	memset(d, 0, sizeof(*d));
	d->arena = arena_new();
}

void doc_release(struct doc *d)
{
	if (!d->arena)
		return;
	for (size_t i = 0; i < d->n_tables; i++) {
		for (size_t r = 0; r < d->tables[i].n_rows; r++)
			free(d->tables[i].rows[r].cells);
		free(d->tables[i].rows);
	}
	free(d->tables);
	free(d->lines);
	arena_free(d->arena);
	memset(d, 0, sizeof(*d));
}

/* A copy of s in the arena, NFC, white space at either end taken away. */
static const char *keep(struct doc *d, const char *s, size_t len)
{
	struct plan_buf nfc = PLAN_BUF_INIT;
	const char *copy;
	size_t a = 0, b;

	if (plan_text_nfc(&nfc, s, len) != 0)
		plan_buf_add(&nfc, s, len);
	b = nfc.len;
	while (a < b && strchr(" \t\n\r\f\v", nfc.s[a]))
		a++;
	while (b > a && strchr(" \t\n\r\f\v", nfc.s[b - 1]))
		b--;
	copy = arena_strndup(d->arena, nfc.s + a, b - a);
	plan_buf_release(&nfc);
	return copy;
}

void doc_add_line(struct doc *d, const char *s, size_t len)
{
	const char *line = keep(d, s, len);

	if (!*line)
		return;
	PLAN_GROW(d->lines, d->cap_lines, d->n_lines + 1);
	d->lines[d->n_lines++] = line;
}

void doc_table_begin(struct doc *d, struct doc_builder *b)
{
	struct doc_table *t;

	memset(b, 0, sizeof(*b));
	plan_buf_init(&b->text);
	b->doc = d;
	d->tables = plan_xreallocarray(d->tables, d->n_tables + 1, sizeof(*d->tables));
	b->table = d->n_tables;
	t = &d->tables[d->n_tables++];
	memset(t, 0, sizeof(*t));
	t->number = d->n_tables;
	t->line = d->n_lines;
	b->t = t;
}

static struct doc_table *table_of(struct doc_builder *b)
{
	return b->t = &b->doc->tables[b->table]; /* nested tables may have moved the array */
}

/* Counts n more grid positions; false, and the document too large, past the limit. */
static bool count_cells(struct doc *d, size_t n)
{
	if (d->too_large || n > DOC_MAX_CELLS - d->n_cells) {
		d->too_large = true;
		return false;
	}
	d->n_cells += n;
	return true;
}

void doc_row_begin(struct doc_builder *b, bool header)
{
	struct doc_table *t = table_of(b);

	if (!count_cells(b->doc, t->n_cols ? t->n_cols : 1))
		return;
	PLAN_GROW(t->rows, t->cap_rows, t->n_rows + 1); /* geometric: 50,000 rows copied once */
	t->rows[t->n_rows].cells = plan_xcalloc(t->n_cols + 1, sizeof(struct doc_cell));
	for (size_t c = 0; c < t->n_cols; c++)
		t->rows[t->n_rows].cells[c] = (struct doc_cell){ "", DOC_OWN, false };
	t->rows[t->n_rows].header = header;
	t->n_rows++;
	b->row = t->n_rows - 1;
	b->col = 0;
	plan_buf_reset(&b->text);
	b->italic = b->upright = false;
}

void doc_row_header(struct doc_builder *b)
{
	struct doc_table *t = table_of(b);

	if (t->n_rows)
		t->rows[b->row].header = true;
}

/* The row's cells grown to hold column col; new positions empty.  NULL past the limit. */
static struct doc_cell *cell_at(struct doc_builder *b, size_t col)
{
	struct doc_table *t = table_of(b);

	if (col >= t->n_cols) {
		if (col >= DOC_MAX_COLS || !count_cells(b->doc, (col + 1 - t->n_cols) * t->n_rows))
			return NULL;
		for (size_t i = 0; i < t->n_rows; i++) {
			t->rows[i].cells = plan_xreallocarray(t->rows[i].cells, col + 1,
							      sizeof(*t->rows[i].cells));
			for (size_t c = t->n_cols; c <= col; c++)
				t->rows[i].cells[c] = (struct doc_cell){ "", DOC_OWN, false };
		}
		t->n_cols = col + 1;
	}
	return &t->rows[b->row].cells[col];
}

/* Skips the columns a cell of a row above still covers, filling them with its text. */
static void skip_covered(struct doc_builder *b)
{
	while (b->col < b->cap_down && b->down[b->col]) {
		struct doc_cell *c = cell_at(b, b->col);

		if (!c)
			return;
		*c = (struct doc_cell){ b->down_text[b->col], DOC_ABOVE, false };
		b->down[b->col]--;
		b->col++;
	}
}

/* Marks column col covered by text for the next rows rows. */
static void cover_down(struct doc_builder *b, size_t col, size_t rows, const char *text)
{
	if (col >= b->cap_down) {
		const size_t cap = col + 16;

		b->down = plan_xreallocarray(b->down, cap, sizeof(*b->down));
		b->down_text = plan_xreallocarray(b->down_text, cap, sizeof(*b->down_text));
		for (size_t c = b->cap_down; c < cap; c++) {
			b->down[c] = 0;
			b->down_text[c] = "";
		}
		b->cap_down = cap;
	}
	b->down[col] = rows;
	b->down_text[col] = text;
}

/* A cell outside any row (a broken file) starts one; false when none can start. */
static bool in_row(struct doc_builder *b)
{
	if (!table_of(b)->n_rows)
		doc_row_begin(b, false);
	return table_of(b)->n_rows > 0;
}

static int place(struct doc_builder *b, const char *text, size_t cols, size_t rows, bool italic)
{
	if (cols < 1)
		cols = 1;
	if (rows < 1)
		rows = 1;
	if (!in_row(b))
		return -1;
	skip_covered(b);
	if (cols > DOC_MAX_COLS || b->col + cols > DOC_MAX_COLS) {
		b->doc->too_large = true;
		return -1;
	}
	for (size_t k = 0; k < cols; k++) {
		struct doc_cell *c = cell_at(b, b->col + k);

		if (!c)
			return -1;
		*c = (struct doc_cell){ text, k ? DOC_LEFT : DOC_OWN, italic };
		if (rows > 1) {
			cover_down(b, b->col + k, rows - 1, text);
		}
	}
	b->col += cols;
	plan_buf_reset(&b->text);
	b->italic = b->upright = false;
	return 0;
}

int doc_cell_end(struct doc_builder *b, size_t cols, size_t rows)
{
	const char *text = keep(b->doc, b->text.s, b->text.len);

	return place(b, text, cols, rows, b->italic && !b->upright && *text);
}

int doc_cell_continue(struct doc_builder *b, size_t cols)
{
	const struct doc_table *t;
	const char *text = "";

	if (!in_row(b))
		return -1;
	t = table_of(b);
	skip_covered(b);
	if (b->row > 0 && b->col < t->n_cols)
		text = t->rows[b->row - 1].cells[b->col].text;
	if (place(b, text, cols, 1, false) != 0)
		return -1;
	for (size_t k = 0; k < cols; k++)
		table_of(b)->rows[b->row].cells[b->col - cols + k].cover = DOC_ABOVE;
	return 0;
}

void doc_row_end(struct doc_builder *b)
{
	skip_covered(b); /* a row that ends early still has the cells above running on */
}

void doc_table_end(struct doc_builder *b)
{
	doc_builder_release(b);
}

void doc_nested_table_end(struct doc_builder *b, struct doc_builder *outer)
{
	const struct doc_table *t = table_of(b);
	struct plan_buf words = PLAN_BUF_INIT;

	if (outer)
		for (size_t i = 0; i < t->n_rows; i++)
			for (size_t c = 0; c < t->n_cols; c++)
				if (t->rows[i].cells[c].cover == DOC_OWN &&
				    *t->rows[i].cells[c].text)
					plan_buf_addf(&words, "%s\n", t->rows[i].cells[c].text);
	doc_table_end(b);
	if (words.len)
		doc_text(outer, words.s, words.len, false);
	plan_buf_release(&words);
}

void doc_builder_release(struct doc_builder *b)
{
	plan_buf_release(&b->text);
	free(b->down);
	free(b->down_text);
	b->down = NULL;
	b->down_text = NULL;
	b->cap_down = 0;
}

void doc_append_line(struct doc_builder *b, const char *s, size_t len)
{
	struct doc_table *t = table_of(b);
	struct doc_row *r;
	struct plan_buf joined = PLAN_BUF_INIT;
	size_t c;

	if (!t->n_rows || !t->n_cols || !len)
		return;
	r = &t->rows[t->n_rows - 1];
	for (c = t->n_cols; c > 0 && !*r->cells[c - 1].text; c--)
		;
	if (!c)
		c = 1;
	plan_buf_addf(&joined, "%s\n", r->cells[c - 1].text);
	plan_buf_add(&joined, s, len);
	r->cells[c - 1].text = keep(b->doc, joined.s, joined.len);
	plan_buf_release(&joined);
}

void doc_text(struct doc_builder *b, const char *s, size_t len, bool italic)
{
	bool visible = false;

	for (size_t i = 0; i < len && !visible; i++)
		visible = !strchr(" \t\n\r", s[i]);
	if (visible)
		*(italic ? &b->italic : &b->upright) = true;
	plan_buf_add(&b->text, s, len);
}

void doc_break(struct doc_builder *b)
{
	if (b->text.len && b->text.s[b->text.len - 1] != '\n')
		plan_buf_addch(&b->text, '\n');
}
