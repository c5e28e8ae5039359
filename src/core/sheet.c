/* sheet.c - workbooks of typed sheets, and the stream that carries them to plan-xlsx. */
#include "plan/sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "alloc.h"
#include "text.h"

struct plan_book *plan_book_new(void)
{
	struct plan_book *b = plan_xcalloc(1, sizeof(*b));

	b->text = arena_new();
	return b;
}

void plan_book_free(struct plan_book *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++) {
		free(b->sheets[i]->columns);
		free(b->sheets[i]->cells);
		free(b->sheets[i]);
	}
	free(b->sheets);
	arena_free(b->text);
	free(b);
}

/* The bytes of the first max characters of s, cut after a word when it must be cut. */
static size_t cut_words(const char *s, size_t len, size_t max)
{
	size_t keep = plan_text_prefix_chars(s, len, max), space = keep;

	if (keep == len || s[keep] == ' ')
		return keep;
	while (space > 0 && s[space - 1] != ' ')
		space--;
	return space > 1 ? space - 1 : keep;
}

/* Appends name (len bytes) as a sheet name can be: see plan_book_add_sheet(). */
static void clean_name(const char *name, size_t len, struct plan_buf *out)
{
	size_t i = 0, end = len;
	int32_t cp;

	while (i < end && name[i] == '\'')
		i++;
	while (end > i && name[end - 1] == '\'')
		end--;
	end = i + cut_words(name + i, end - i, PLAN_SHEET_NAME_MAX);
	while (i < end) {
		const size_t n = plan_utf8_next(name + i, end - i, &cp);

		if (cp < 0x20 || cp == 0x7F || (cp < 0x80 && strchr("[]:*?/\\", (int)cp)))
			plan_buf_addch(out, '_');
		else
			plan_buf_add(out, name + i, n);
		i += n;
	}
	while (out->len && (out->s[out->len - 1] == '\'' || out->s[out->len - 1] == ' '))
		plan_buf_truncate(out, out->len - 1);
	if (!out->len)
		plan_buf_addstr(out, "Sheet");
}

/* True when b has a sheet named name, in capitals or not (as spreadsheets compare them). */
static bool taken(const struct plan_book *b, const char *name, size_t len)
{
	for (size_t i = 0; i < b->n; i++) {
		const char *s = b->sheets[i]->name;
		size_t k = 0;

		while (k < len && s[k] &&
		       (s[k] == name[k] || ((s[k] | 0x20) == (name[k] | 0x20) &&
					    (s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')))
			k++;
		if (k == len && !s[k])
			return true;
	}
	return false;
}

struct plan_sheet *plan_book_add_sheet(struct plan_book *b, const char *name, size_t len)
{
	struct plan_buf base = PLAN_BUF_INIT, unique = PLAN_BUF_INIT;
	struct plan_sheet *s = plan_xcalloc(1, sizeof(*s));

	clean_name(name, len, &base);
	plan_buf_add(&unique, base.s, base.len);
	for (unsigned k = 2; taken(b, unique.s, unique.len); k++) {
		char suffix[16];
		const int n = snprintf(suffix, sizeof(suffix), " (%u)", k);

		plan_buf_reset(&unique);
		plan_buf_add(&unique, base.s,
			     cut_words(base.s, base.len, PLAN_SHEET_NAME_MAX - (size_t)n));
		plan_buf_add(&unique, suffix, (size_t)n);
	}
	s->name = arena_strndup(b->text, unique.s, unique.len);
	s->text = b->text;
	PLAN_GROW(b->sheets, b->cap, b->n + 1);
	b->sheets[b->n++] = s;
	plan_buf_release(&base);
	plan_buf_release(&unique);
	return s;
}

void plan_sheet_add_column(struct plan_sheet *s, enum plan_cell_kind kind, const char *name,
			   size_t len)
{
	PLAN_GROW(s->columns, s->cap_columns, s->n_columns + 1);
	s->columns[s->n_columns++] = (struct plan_sheet_column){
		.name = arena_strndup(s->text, name, len), .len = len, .kind = kind
	};
}

static void add_cell(struct plan_sheet *s, struct plan_sheet_value v)
{
	PLAN_GROW(s->cells, s->cap_cells, s->n_cells + 1);
	s->cells[s->n_cells++] = v;
}

void plan_sheet_add_text(struct plan_sheet *s, const char *text, size_t len)
{
	add_cell(s, (struct plan_sheet_value){ .kind = PLAN_VALUE_TEXT,
					       .s = arena_strndup(s->text, text, len),
					       .len = len });
}

void plan_sheet_add_date(struct plan_sheet *s, plan_date d)
{
	add_cell(s, (struct plan_sheet_value){ .kind = PLAN_VALUE_DATE, .date = d });
}

void plan_sheet_add_number(struct plan_sheet *s, int64_t n)
{
	add_cell(s, (struct plan_sheet_value){ .kind = PLAN_VALUE_NUMBER, .number = n });
}

void plan_sheet_add_empty(struct plan_sheet *s)
{
	add_cell(s, (struct plan_sheet_value){ .kind = PLAN_VALUE_EMPTY });
}

/* Parses an optional '-' and up to 18 digits (no overflow possible) into *out. */
static bool parse_whole(const char *s, size_t len, int64_t *out)
{
	const bool minus = len && s[0] == '-';
	int64_t v = 0;

	if (len - minus == 0 || len - minus > 18)
		return false;
	for (size_t i = minus; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = minus ? -v : v;
	return true;
}

void plan_sheet_add_value(struct plan_sheet *s, enum plan_cell_kind kind, const char *text,
			  size_t len)
{
	plan_date d;
	int64_t n;

	if (!len)
		plan_sheet_add_empty(s);
	else if (kind == PLAN_CELL_DATE && plan_date_parse(text, len, &d) == PLAN_DATE_OK)
		plan_sheet_add_date(s, d);
	else if (kind == PLAN_CELL_NUMBER && parse_whole(text, len, &n))
		plan_sheet_add_number(s, n);
	else
		plan_sheet_add_text(s, text, len);
}

size_t plan_sheet_rows(const struct plan_sheet *s)
{
	return s->n_columns ? s->n_cells / s->n_columns : 0;
}

const struct plan_sheet_value *plan_sheet_cell(const struct plan_sheet *s, size_t row, size_t col)
{
	return &s->cells[row * s->n_columns + col];
}

/* The words of the stream for the columns, by kind. */
static const char *const column_words[] = {
	[PLAN_CELL_TEXT] = "text-column",
	[PLAN_CELL_DATE] = "date-column",
	[PLAN_CELL_NUMBER] = "number-column",
};

static void record(struct plan_buf *out, const char *word, const char *data, size_t len)
{
	plan_buf_addf(out, "%s %zu\n", word, len);
	plan_buf_add(out, data, len);
	plan_buf_addch(out, '\n');
}

static void write_value(const struct plan_sheet_value *v, struct plan_buf *out)
{
	char s[32];

	switch (v->kind) {
	case PLAN_VALUE_TEXT:
		record(out, "text", v->s, v->len);
		break;
	case PLAN_VALUE_DATE:
		plan_date_format(v->date, s);
		record(out, "date", s, PLAN_DATE_LEN);
		break;
	case PLAN_VALUE_NUMBER:
		record(out, "number", s,
		       (size_t)snprintf(s, sizeof(s), "%lld", (long long)v->number));
		break;
	case PLAN_VALUE_EMPTY:
		record(out, "empty", "", 0);
		break;
	}
}

void plan_book_write(const struct plan_book *b, struct plan_buf *out)
{
	for (size_t i = 0; i < b->n; i++) {
		const struct plan_sheet *s = b->sheets[i];

		record(out, "sheet", s->name, strlen(s->name));
		for (size_t c = 0; c < s->n_columns; c++)
			record(out, column_words[s->columns[c].kind], s->columns[c].name,
			       s->columns[c].len);
		for (size_t r = 0; r < plan_sheet_rows(s); r++) {
			record(out, "row", "", 0);
			for (size_t c = 0; c < s->n_columns; c++)
				write_value(plan_sheet_cell(s, r, c), out);
		}
		record(out, "end", "", 0);
	}
}
