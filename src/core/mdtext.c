/* mdtext.c - Markdown as plain text, for the text part of a mail (md4c's parser). */
#include "mdtext.h"

#include <md4c.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "alloc.h"
#include "plan/render.h"
#include "text.h"

struct mdtext {
	struct plan_buf *out;
	size_t width;
	struct plan_buf text; /* the text of the block being read */
	unsigned heading;     /* its level, or 0 */
	unsigned lists;       /* lists the block is in */
	/* a table: its columns from its head, its rows as they come */
	struct arena *arena;
	struct plan_column *columns;
	size_t n_columns, cap_columns;
	struct plan_table *table;
	struct plan_cell *row;
	size_t n_row, cap_row;
	bool in_head, right; /* in the head; the cell is aligned right */
};

/* Appends text wrapped at m->width, the first line after first, the others after rest. */
static void put_wrapped(struct mdtext *m, const char *text, size_t len, const char *first,
			const char *rest)
{
	const char *prefix = first;
	size_t at = plan_text_blanks(text, len);

	do {
		const size_t room = m->width > strlen(prefix) ? m->width - strlen(prefix) : 1;
		size_t next = 0, line = 0;

		if (at < len)
			line = plan_text_wrap(text + at, len - at, room, &next);
		plan_buf_addstr(m->out, prefix);
		plan_buf_add(m->out, text + at, line);
		plan_buf_addch(m->out, '\n');
		at += next;
		prefix = rest;
	} while (at < len);
}

/* A line of c as wide as text, or as the lines are when it wraps. */
static void underline(struct mdtext *m, const char *text, size_t len, char c)
{
	size_t w = plan_text_width(text, len);

	plan_buf_addchars(m->out, c, w < m->width ? w : m->width);
	plan_buf_addch(m->out, '\n');
}

static void end_block(struct mdtext *m, MD_BLOCKTYPE type)
{
	const char *s = m->text.s ? m->text.s : "";
	const size_t len = m->text.len;

	switch (type) {
	case MD_BLOCK_H:
		put_wrapped(m, s, len, "", "");
		underline(m, s, len, m->heading == 1 ? '=' : '-');
		plan_buf_addch(m->out, '\n');
		break;
	case MD_BLOCK_P:
	case MD_BLOCK_LI: /* a tight list's item holds its text, a loose one's a paragraph */
		if (m->lists && len) {
			put_wrapped(m, s, len, "- ", "  ");
		} else if (type == MD_BLOCK_P) {
			put_wrapped(m, s, len, "", "");
			plan_buf_addch(m->out, '\n');
		}
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		if (!--m->lists)
			plan_buf_addch(m->out, '\n');
		return;
	case MD_BLOCK_HR:
		plan_buf_addchars(m->out, '-', m->width < 40 ? m->width : 40);
		plan_buf_addstr(m->out, "\n\n");
		break;
	default:
		return;
	}
	plan_buf_reset(&m->text);
}

/* The cell just read: a column of the head, or the next cell of a row. */
static void end_cell(struct mdtext *m)
{
	const char *s = arena_strndup(m->arena, m->text.s ? m->text.s : "", m->text.len);

	if (m->in_head) {
		PLAN_GROW(m->columns, m->cap_columns, m->n_columns + 1);
		m->columns[m->n_columns++] = (struct plan_column){
			.header = s, .key = s, .min_width = 4, .right = m->right
		};
	} else {
		PLAN_GROW(m->row, m->cap_row, m->n_row + 1);
		m->row[m->n_row++] = (struct plan_cell){ s, strlen(s), PLAN_STYLE_PLAIN };
	}
	plan_buf_reset(&m->text);
}

static void end_row(struct mdtext *m)
{
	if (m->in_head) {
		if (m->n_columns) {
			/* the last column, the longest texts, takes the room the others leave */
			m->columns[m->n_columns - 1].flex = true;
			m->columns[m->n_columns - 1].min_width = 10;
		}
		m->table = plan_table_new(m->columns, m->n_columns);
		return;
	}
	while (m->n_row < m->n_columns) {
		PLAN_GROW(m->row, m->cap_row, m->n_row + 1);
		m->row[m->n_row++] = (struct plan_cell){ "", 0, PLAN_STYLE_PLAIN };
	}
	if (m->table)
		plan_table_add(m->table, m->row);
	m->n_row = 0;
}

static void end_table(struct mdtext *m)
{
	if (m->table)
		plan_table_render_wrapped(m->table, m->width, m->out);
	plan_buf_addch(m->out, '\n');
	plan_table_free(m->table);
	m->table = NULL;
	free(m->columns);
	m->columns = NULL;
	m->n_columns = m->cap_columns = 0;
}

static int enter_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	struct mdtext *m = data;

	switch (type) {
	case MD_BLOCK_H:
		m->heading = ((MD_BLOCK_H_DETAIL *)detail)->level;
		break;
	case MD_BLOCK_UL:
	case MD_BLOCK_OL:
		m->lists++;
		break;
	case MD_BLOCK_THEAD:
		m->in_head = true;
		break;
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		m->right = ((MD_BLOCK_TD_DETAIL *)detail)->align == MD_ALIGN_RIGHT;
		plan_buf_reset(&m->text);
		break;
	default:
		break;
	}
	return 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *data)
{
	struct mdtext *m = data;

	(void)detail;
	switch (type) {
	case MD_BLOCK_THEAD:
		m->in_head = false;
		break;
	case MD_BLOCK_TH:
	case MD_BLOCK_TD:
		end_cell(m);
		break;
	case MD_BLOCK_TR:
		end_row(m);
		break;
	case MD_BLOCK_TABLE:
		end_table(m);
		break;
	default:
		end_block(m, type);
		break;
	}
	return 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *data)
{
	(void)type;
	(void)detail;
	(void)data;
	return 0;
}

/* A link keeps its address after its text: a mail's text shows both. */
static int leave_span(MD_SPANTYPE type, void *detail, void *data)
{
	struct mdtext *m = data;

	if (type == MD_SPAN_A) {
		const MD_ATTRIBUTE *href = &((MD_SPAN_A_DETAIL *)detail)->href;

		plan_buf_addstr(&m->text, " <");
		plan_buf_add(&m->text, href->text, href->size);
		plan_buf_addch(&m->text, '>');
	}
	return 0;
}

/* The character an entity stands for: the few Markdown escaping writes. */
static void put_entity(struct plan_buf *out, const char *s, size_t len)
{
	static const struct {
		const char *name, *text;
	} known[] = { { "&amp;", "&" },   { "&lt;", "<" },  { "&gt;", ">" },
		      { "&quot;", "\"" }, { "&#39;", "'" }, { "&nbsp;", " " } };

	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strlen(known[i].name) == len && memcmp(known[i].name, s, len) == 0) {
			plan_buf_addstr(out, known[i].text);
			return;
		}
	plan_buf_add(out, s, len);
}

static int text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE size, void *data)
{
	struct mdtext *m = data;

	switch (type) {
	case MD_TEXT_NULLCHAR:
		plan_buf_addstr(&m->text, "\xEF\xBF\xBD");
		break;
	case MD_TEXT_BR:
	case MD_TEXT_SOFTBR:
		plan_buf_addch(&m->text, ' ');
		break;
	case MD_TEXT_ENTITY:
		put_entity(&m->text, s, size);
		break;
	default:
		plan_buf_add(&m->text, s, size);
		break;
	}
	return 0;
}

int plan_md_text(const char *md, size_t len, size_t width, struct plan_buf *out)
{
	const MD_PARSER parser = { 0,           MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
				   enter_block, leave_block,
				   enter_span,  leave_span,
				   text,        NULL,
				   NULL };
	struct mdtext m = { .out = out, .width = width ? width : PLAN_MAIL_WIDTH };
	int status;

	plan_buf_init(&m.text);
	m.arena = arena_new();
	status = md_parse(md, (MD_SIZE)len, &parser, &m) == 0 ? 0 : -1;
	while (out->len >= 2 && out->s[out->len - 1] == '\n' && out->s[out->len - 2] == '\n')
		plan_buf_truncate(out, out->len - 1);
	plan_table_free(m.table);
	free(m.columns);
	free(m.row);
	arena_free(m.arena);
	plan_buf_release(&m.text);
	return status;
}
